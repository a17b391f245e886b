import { describe, expect, it } from "vitest";
import { classifyExpense, getRuleset, InputError } from "../../src/index.js";
import { classifyExpenseLine } from "../../src/calculate/classify-expense-line.js";
import { coordinatorLines } from "../../src/calculate/coordinator-lines.js";
import { worded } from "../support.js";
import type { StepData } from "../../src/trace/step.js";

/* The line builders trust validated input; called directly, they still fail loudly, never silently. */

const ruleset = getRuleset(2025);
const routing = { projectId: "P1", measure: "dual-residence" as const, mixed: false };

describe("classifyExpenseLine", () => {
  it("throws on an item the catalog does not know (validation would have refused it)", () => {
    expect(() => classifyExpenseLine({ id: "E1", item: "no.such-item", amount: "1" }, routing, ruleset)).toThrow(
      "unreachable: item no.such-item was validated",
    );
  });

  it("an other item without a description is shown with an empty one", () => {
    const { steps } = classifyExpenseLine(
      { id: "E1", item: "reception.other", amount: "1", cashHandout: false },
      routing,
      ruleset,
    );
    expect(steps.find((s) => s.id === "line/E1/other-item")?.inputs).toEqual({ description: "" });
  });

  it("a line no rule flags has no rules and no review codes", () => {
    expect(
      classifyExpenseLine({ id: "E1", item: "opportunity.fan-club", amount: "1" }, routing, ruleset).line,
    ).toMatchObject({ rules: [], needsReview: [] });
  });
});

describe("coordinatorLines", () => {
  it("an other activity without a description is shown with an empty one", () => {
    const { lines, steps } = coordinatorLines(
      [
        {
          id: "C1",
          person: "A",
          post: "full-time",
          cost: "1",
          primaryPurpose: "dual-residence",
          activities: ["other"],
        },
      ],
      ruleset,
    );
    expect(steps.find((s) => s.id === "line/C1/other-item")?.inputs).toEqual({ description: "" });
    expect(lines[0]).toMatchObject({ rules: ["other-item"], needsReview: ["other-item"] });
    expect(worded(steps.find((s) => s.id === "line/C1/other-item") as StepData).note.ja).toBe(
      "「コーディネーターによる支援」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: ",
    );
  });

  it("a record no rule flags has no rules and no review codes", () => {
    const { lines } = coordinatorLines(
      [
        {
          id: "C1",
          person: "A",
          post: "concurrent",
          cost: "1",
          primaryPurpose: "dual-residence",
          activities: ["planning"],
        },
      ],
      ruleset,
    );
    expect(lines[0]).toMatchObject({ disposition: "eligible", rules: [], needsReview: [] });
  });
});

describe("classifyExpense refusals", () => {
  const issues = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof InputError) return error.issues;
      throw error;
    }
    return [];
  };

  it("a prototype key is refused as forbidden before the schema reads it", () => {
    expect(
      issues(() =>
        classifyExpense(
          JSON.parse('{"id": "E1", "item": "opportunity.fan-club", "amount": "1", "__proto__": {"x": 1}}'),
        ),
      ),
    ).toEqual([
      {
        path: "$.__proto__",
        code: "forbidden_key",
        message: 'the key "__proto__" is not allowed (it could alter object prototypes); remove it',
      },
    ]);
  });

  it("long names are clipped in messages", () => {
    const expense = { id: "E1", item: "opportunity.fan-club", amount: "1" };
    expect(issues(() => classifyExpense(expense, { ruleset: "FY2099-and-some-more-text" }))[0]?.message).toBe(
      'no ruleset "FY2099-and-some-more"; known: FY2025, FY2026',
    );
    expect(issues(() => classifyExpense(expense, { primaryPurpose: "x".repeat(40) as never }))[0]?.message).toBe(
      `primaryPurpose must be "dual-residence" or "migration", got "${"x".repeat(30)}"`,
    );
  });
});
