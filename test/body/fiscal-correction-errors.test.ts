import { describe, expect, it } from "vitest";
import { fiscalCorrection, InputError, type BodyKind } from "../../src/index.js";

const issuesOf = (fci: unknown, kind: unknown) => {
  try {
    fiscalCorrection(fci as string, kind as BodyKind);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  return "no error";
};

describe("fiscalCorrection refuses bad arguments with InputError", () => {
  it("a bad FCI", () => {
    expect(issuesOf("abc", "municipality")).toEqual([
      {
        path: "$fci",
        code: "invalid_fci",
        message: 'fci "abc" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"',
      },
    ]);
  });

  it("a bad kind", () => {
    expect(issuesOf("0.45", "town")).toEqual([
      { path: "$bodyKind", code: "invalid_value", message: 'bodyKind must be "municipality" or "prefecture"' },
    ]);
  });

  it("both at once", () => {
    expect(issuesOf(-1, "village")).toEqual([
      { path: "$fci", code: "invalid_fci", message: "fci -1 is negative; it must be a non-negative decimal" },
      { path: "$bodyKind", code: "invalid_value", message: 'bodyKind must be "municipality" or "prefecture"' },
    ]);
  });

  it("accepts both kinds", () => {
    expect(fiscalCorrection("0.60", "municipality")).toEqual({ index: "0.60", coefficient: "0.83" });
    expect(fiscalCorrection(0.6, "prefecture")).toEqual({ index: "0.60", coefficient: "0.73" });
  });
});
