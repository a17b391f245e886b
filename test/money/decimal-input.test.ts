import { describe, expect, it } from "vitest";
import { calculate, safeCalculate, verify } from "../../src/index.js";
import { readNonNegativeDecimal } from "../../src/money/decimal-input.js";
import { validApplication } from "../support.js";

describe("regression (property: verify(calculate(x)).ok)", () => {
  it("refuses a number whose written-out form is longer than 40 characters, as it refuses such a string", () => {
    // 5e-324 was accepted and canonicalised to 324 digits, which the embedded input then refused on replay.
    expect(readNonNegativeDecimal(5e-324, "fci")).toEqual({
      ok: false,
      message: 'fci 5e-324 has more than 40 characters written out; give it as a decimal string, e.g. "0.45"',
    });
    expect(readNonNegativeDecimal(1e-39, "fci").ok).toBe(false); // "0." + 38 zeros + "1": 41 characters
    expect(readNonNegativeDecimal(1e300, "fci").ok).toBe(false);
    const app = validApplication();
    (app.body as Record<string, unknown>).fiscalCapabilityIndex = 5e-324;
    const result = safeCalculate(app);
    expect(!result.ok && result.error.issues.map((i) => [i.path, i.code])).toEqual([
      ["$.body.fiscalCapabilityIndex", "invalid_fci"],
    ]);
  });

  it("accepts a number of exactly 40 characters written out, and its calculation replays", () => {
    expect(readNonNegativeDecimal(1e-38, "fci")).toEqual({ ok: true, text: `0.${"0".repeat(37)}1` });
    const app = validApplication();
    const project = (app.projects as Record<string, unknown>[])[0]!;
    project.purposeWeights = { dualResidence: 1e-38, migration: 0 };
    delete project.primaryPurpose;
    expect(verify(calculate(app)).ok).toBe(true);
  });
});

describe("readNonNegativeDecimal", () => {
  it.each([
    [0.45, "0.45"],
    [-0, "0"],
    [1e21, "1000000000000000000000"],
    [1e-7, "0.0000001"],
    ["0.52158", "0.52158"],
    ["0.50", "0.5"],
    ["12", "12"],
  ] as const)("reads %s as %s", (value, text) => {
    expect(readNonNegativeDecimal(value, "x")).toEqual({ ok: true, text });
  });

  it.each([
    [Number.NaN, 'x must be a finite non-negative decimal, e.g. "0.45"'],
    [Number.POSITIVE_INFINITY, 'x must be a finite non-negative decimal, e.g. "0.45"'],
    [-0.5, "x -0.5 is negative; it must be a non-negative decimal"],
    [null, 'x must be a decimal string such as "0.45" (or a number)'],
    ["０.45", 'x "０.45" has full-width characters; write half-width, e.g. "0.45"'],
    ["0．45", 'x "0．45" has full-width characters; write half-width, e.g. "0.45"'],
    ["0,45", 'x "0,45" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"'],
    ["1e3", 'x "1e3" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"'],
    [".5", 'x ".5" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"'],
    ["5.", 'x "5." is not a non-negative decimal; write digits with an optional point, e.g. "0.45"'],
    ["05", 'x "05" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"'],
    ["-0", 'x "-0" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"'],
    [" 0.5", 'x " 0.5" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"'],
    [
      "1".repeat(41),
      `x "${"1".repeat(20)}" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"`,
    ],
  ] as const)("refuses %s", (value, message) => {
    expect(readNonNegativeDecimal(value, "x")).toEqual({ ok: false, message });
  });

  it("accepts a 40-character string", () => {
    expect(readNonNegativeDecimal("1".repeat(40), "x")).toEqual({ ok: true, text: "1".repeat(40) });
  });
});
