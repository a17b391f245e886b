import { describe, expect, it } from "vitest";
import { classifyExpense, getRuleset, InputError, type InputIssue } from "../../src/index.js";

const expense = { id: "X1", item: "information.event-booths", amount: 1000 };
const issuesOf = (context: Parameters<typeof classifyExpense>[1]): InputIssue[] => {
  try {
    classifyExpense(expense, context);
  } catch (error) {
    if (error instanceof InputError) return [...error.issues];
    throw error;
  }
  return [];
};

describe("regression (property: bad input gets a typed InputError, never a line computed from it)", () => {
  it("refuses a primaryPurpose that is neither measure, instead of returning a line with that measure", () => {
    expect(issuesOf({ primaryPurpose: "bogus" as never })).toEqual([
      {
        path: "$context.primaryPurpose",
        code: "invalid_value",
        message: 'primaryPurpose must be "dual-residence" or "migration", got "bogus"',
      },
    ]);
  });
});

describe("classifyExpense context", () => {
  it("defaults to the dual-residence measure, project '(project)' and the latest ruleset (FY2026, carried)", () => {
    const line = classifyExpense(expense);
    expect(line).toMatchObject({
      measure: "dual-residence",
      projectId: "(project)",
      disposition: "eligible",
      eligibleYen: "1000",
    });
    expect(line.steps[0]?.cite).toBe("seed ※5 (inference)");
  });

  it("takes a ruleset by id or as an object", () => {
    expect(classifyExpense(expense, { ruleset: "FY2025" }).eligibleYen).toBe("1000");
    expect(classifyExpense(expense, { ruleset: getRuleset(2025), primaryPurpose: "migration" })).toMatchObject({
      measure: "migration",
      rules: ["fn5"],
      needsReview: ["migration-measure"],
    });
  });

  it("marks a mixed project that ※5 sent wholly one way", () => {
    expect(
      classifyExpense(expense, { purposeWeights: { dualResidence: "3", migration: "1" }, projectId: "P9" }),
    ).toMatchObject({ measure: "dual-residence", projectId: "P9", rules: ["fn5"], needsReview: [] });
    expect(classifyExpense(expense, { purposeWeights: { dualResidence: 0, migration: 1 } })).toMatchObject({
      measure: "migration",
      rules: ["fn5"],
    });
    expect(classifyExpense(expense, { purposeWeights: { dualResidence: 1, migration: 0 } })).toMatchObject({
      measure: "dual-residence",
      rules: [],
    });
  });

  it.each([
    [
      { purposeWeights: { dualResidence: "1", migration: "1.0" } },
      "tied_purpose",
      "purposeWeights are tied; ※5 needs one primary purpose: give primaryPurpose instead",
    ],
    [
      { purposeWeights: { dualResidence: "x", migration: 1 } },
      "invalid_decimal",
      'purposeWeights.dualResidence "x" is not a non-negative decimal; write digits with an optional point, e.g. "0.45"',
    ],
    [
      { purposeWeights: { dualResidence: 1, migration: -1 } },
      "invalid_decimal",
      "purposeWeights.migration -1 is negative; it must be a non-negative decimal",
    ],
  ])("refuses bad weights %j", (context, code, message) => {
    expect(issuesOf(context)).toEqual([{ path: "$context.purposeWeights", code, message }]);
  });

  it("refuses an unknown ruleset, together with the expense's own problems", () => {
    try {
      classifyExpense({ ...expense, amount: "-1" }, { ruleset: "FY1999" });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues.map((i) => [i.path, i.code])).toEqual([
        ["$", "unsupported_fiscal_year"],
        ["$.amount", "invalid_amount"],
      ]);
    }
  });

  it("refuses a hostile expense before reading it", () => {
    expect(() => classifyExpense(JSON.parse('{"__proto__": {"x": 1}}'))).toThrow(InputError);
  });
});

describe("classifyExpense context that is not an object", () => {
  it("is refused as input (InputError), never a TypeError, naming the context and the fix", () => {
    for (const bad of [null, 5, "dual-residence"]) {
      expect(() => classifyExpense(expense, bad as never)).toThrow(InputError);
      expect(issuesOf(bad as never)).toEqual([
        {
          path: "$context",
          code: "invalid_type",
          message: 'the context must be an object such as { primaryPurpose: "dual-residence" } (or left out)',
        },
      ]);
    }
  });
});
