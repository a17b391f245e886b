import { describe, expect, it } from "vitest";
import { readYen } from "../../src/money/yen.js";
import { readNonNegativeDecimal } from "../../src/money/decimal-input.js";
import { groupedString, roundHalfUp, Dec } from "../../src/money/decimal.js";

describe("readYen", () => {
  it.each([
    ["1200000", "1200000"],
    ["1,200,000", "1200000"],
    ["0", "0"],
    [0, "0"],
    [-0, "0"],
    [4999999, "4999999"],
    [Number.MAX_SAFE_INTEGER, "9007199254740991"],
    ["90071992547409910000", "90071992547409910000"],
  ])("accepts %j as %s", (input, digits) => {
    expect(readYen(input)).toEqual({ ok: true, digits });
  });

  it.each([
    [-1, "negative"],
    ["-1", "negative"],
    [1.5, "fraction"],
    ["1.5", "fraction"],
    [0.1, "fraction"],
    [Number.MAX_SAFE_INTEGER + 1, "MAX_SAFE_INTEGER"],
    [Number.POSITIVE_INFINITY, "finite"], // what a literal past Number.MAX_VALUE (1e309) reads as
    [Number.NaN, "finite"],
    ["１２００００", "full-width"],
    ["120万円", "unit"],
    ["1,20,000", "not integer yen"],
    ["01200", "not integer yen"],
    ["", "not integer yen"],
    [" 1200", "not integer yen"],
    ["1e6", "not integer yen"],
    ["123456789012345678901", "digits"],
    [true, "string of digits"],
    [null, "string of digits"],
  ])("refuses %j (%s)", (input, words) => {
    const read = readYen(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.message).toContain(words);
  });
});

describe("readNonNegativeDecimal", () => {
  it.each([
    ["0.45", "0.45"],
    [0.45, "0.45"],
    ["0.52158", "0.52158"],
    ["1", "1"],
    ["0.50", "0.5"],
  ])("reads %j as %s", (input, text) => {
    expect(readNonNegativeDecimal(input, "fci")).toEqual({ ok: true, text });
  });

  it.each(["-0.1", "abc", "0.4.5", "", "０.４５", ".5", "1e-3"])("refuses %j", (input) => {
    expect(readNonNegativeDecimal(input, "fci").ok).toBe(false);
  });

  it("refuses negative and non-finite numbers", () => {
    expect(readNonNegativeDecimal(-0.1, "fci").ok).toBe(false);
    expect(readNonNegativeDecimal(Number.POSITIVE_INFINITY, "fci").ok).toBe(false);
  });
});

describe("rounding helpers", () => {
  it("rounds half up, not to even", () => {
    expect(roundHalfUp(new Dec("0.445"), 2).toFixed(2)).toBe("0.45");
    expect(roundHalfUp(new Dec("0.525"), 2).toFixed(2)).toBe("0.53");
    expect(roundHalfUp(new Dec("0.5249999"), 2).toFixed(2)).toBe("0.52");
  });

  it("groups thousands on the integer part only", () => {
    expect(groupedString("512345.305")).toBe("512,345.305");
    expect(groupedString("1000")).toBe("1,000");
    expect(groupedString("999")).toBe("999");
    expect(groupedString("0.12345")).toBe("0.12345");
  });
});
