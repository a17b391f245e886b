import { describe, expect, it } from "vitest";
import { readYen } from "../../src/money/yen.js";

const refused = (message: string) => ({ ok: false, problem: { code: "invalid_amount", message } });

describe("readYen: each refusal says why and how to fix it", () => {
  it.each([
    ["1-000", 'amount "1-000" is not integer yen; use digits, optionally with thousands separators ("1,200,000")'],
    ["-5", 'amount "-5" is negative; expenses are given as non-negative yen'],
    ["-", 'amount "-" is negative; expenses are given as non-negative yen'],
    ["12.50", 'amount "12.50" has a fraction; give whole yen (円未満は不可)'],
    ["1,200.", 'amount "1,200." has a fraction; give whole yen (円未満は不可)'],
    [".5", 'amount ".5" has a fraction; give whole yen (円未満は不可)'],
    ["12.5x", 'amount "12.5x" is not integer yen; use digits, optionally with thousands separators ("1,200,000")'],
    ["x12.5", 'amount "x12.5" is not integer yen; use digits, optionally with thousands separators ("1,200,000")'],
    ["12.55", 'amount "12.55" has a fraction; give whole yen (円未満は不可)'],
  ])("%j", (value, message) => {
    expect(readYen(value)).toEqual(refused(message));
  });

  it("clips a long amount to 40 characters in its message", () => {
    const long = `x${"9".repeat(59)}`;
    expect(readYen(long)).toEqual(
      refused(
        `amount "${long.slice(0, 40)}…" is not integer yen; use digits, optionally with thousands separators ("1,200,000")`,
      ),
    );
    const forty = `x${"9".repeat(39)}`;
    expect(readYen(forty)).toEqual(
      refused(`amount "${forty}" is not integer yen; use digits, optionally with thousands separators ("1,200,000")`),
    );
    expect(readYen("1".repeat(21))).toEqual(refused("amount has 21 digits; at most 20 are accepted"));
  });
});
