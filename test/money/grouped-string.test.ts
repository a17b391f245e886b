import { describe, expect, it } from "vitest";
import { Dec, groupedString } from "../../src/money/decimal.js";

describe("groupedString: thousands separators for notes people read", () => {
  it.each([
    ["0", "0"],
    ["7", "7"],
    ["999", "999"],
    ["1000", "1,000"],
    ["12345", "12,345"],
    ["123456", "123,456"],
    ["1234567", "1,234,567"],
    ["512345.305", "512,345.305"],
    ["0.5", "0.5"],
    ["1000.125", "1,000.125"],
    ["-1", "-1"],
    ["-999", "-999"],
    ["-1000", "-1,000"],
    ["-1234567", "-1,234,567"],
    ["-1234.5", "-1,234.5"],
    ["", ""],
    [".1234", ".1234"],
    ["-", "-"],
    ["99999999999999999999", "99,999,999,999,999,999,999"],
  ])("%j → %j", (text, grouped) => {
    expect(groupedString(text)).toBe(grouped);
  });

  it("takes a Decimal in plain notation", () => {
    expect(groupedString(new Dec("1e21"))).toBe("1,000,000,000,000,000,000,000");
    expect(groupedString(new Dec("1234567.891"))).toBe("1,234,567.891");
  });

  it.each([
    ["1a2345", "1a2,345"],
    ["12/4567", "12/4,567"],
    ["12:4567", "12:4,567"],
    ["abc", "abc"],
  ])("falls back to the general pattern for text that is not plain digits: %j → %j", (text, grouped) => {
    expect(groupedString(text)).toBe(grouped);
  });
});
