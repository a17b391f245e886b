import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessExpense,
  classifyExpense,
  getRuleset,
  InputError,
  ITEM_IDS,
  type ExpenseAssessment,
  type ExpenseContext,
} from "../../src/index.js";
import { anyValue, HOSTILE } from "../fuzz/inputs.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

/* assessExpense never throws, whatever it is given, and agrees with classifyExpense: decided exactly when
   classifyExpense returns a line (the same line); otherwise classifyExpense's InputError, or the questions
   of the facts that error asks for. An app that answers every question it is asked reaches a decision. */

const anything = anyValue;

/** Values of the fields an expense may hold, right and wrong, given or left blank. */
const factValue = fc.oneof(
  fc.constantFrom(undefined, "", "  ", true, false, "new", "renovation", "private", "government", "build", "upkeep"),
  fc.constantFrom("相談会の託児", "demolish", null, 0, -1, "1,200,000"),
  fc.dictionary(
    fc.constantFrom(
      "implementer",
      "work",
      "regionalBondCovers",
      "phase",
      "digitalBondCovers",
      "takesOutsideStudents",
      "mainlySchoolAppeal",
      "inStrategyPlan",
      "other",
    ),
    fc.constantFrom(undefined, "", true, false, "new", "renovation", "private", "government", "build", "upkeep", 1),
    { maxKeys: 4 },
  ),
);

/** Expense-shaped values: a real item, an id and amount mostly right, its facts right, wrong, partly given or blank. */
const expenseLike = fc.constantFrom(...ITEM_IDS).chain((item) => {
  const entry = getRuleset(2026).catalog.findItem(item);
  const fields = entry ? [...entry.requiredFacts, ...entry.optionalFacts] : [];
  return fc.record(
    {
      id: fc.oneof({ weight: 8, arbitrary: fc.constant("E1") }, { weight: 1, arbitrary: anything }),
      item: fc.oneof({ weight: 8, arbitrary: fc.constant(item) }, { weight: 1, arbitrary: anything }),
      amount: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom("1,200,000", 80000, 0) },
        { weight: 1, arbitrary: anything },
      ),
      ...Object.fromEntries(fields.map((f) => [f, factValue])),
      alsoClaimedUnder: fc.constantFrom(["other"], [], ["migration-settlement"]),
    },
    { requiredKeys: ["id", "item", "amount"] },
  );
});

/** Now and then a field its item does not take, or one no expense has. */
const withStray = fc
  .tuple(expenseLike, fc.option(fc.constantFrom("facility", "system", "unknown"), { freq: 5 }), factValue)
  .map(([expense, stray, value]) => (stray === null ? expense : { ...expense, [stray]: value }));

const contextLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      primaryPurpose: fc.constantFrom("dual-residence", "migration", "other"),
      purposeWeights: fc.record({ dualResidence: fc.constantFrom(1, "2", "x"), migration: fc.constantFrom(1, 3) }),
      ruleset: fc.constantFrom("FY2025", "FY2026", "FY1999"),
      projectId: fc.constantFrom("P1", "P 1"),
    },
    { requiredKeys: [] },
  ),
  anything,
);

/** classifyExpense's answer, as a value: its line or what it threw. */
function classified(expense: unknown, context: unknown): { line: unknown } | { thrown: unknown } {
  try {
    return { line: classifyExpense(expense, context as ExpenseContext) };
  } catch (thrown) {
    return { thrown };
  }
}

/** assessExpense agrees with classifyExpense on the same value. */
function agrees(result: ExpenseAssessment, expense: unknown, context: unknown): void {
  const plain = classified(expense, context);
  if (result.status === "decided") {
    expect(plain).toEqual({ line: result.line });
  } else if (result.status === "invalid") {
    expect(result.error).toBeInstanceOf(InputError);
    if ("thrown" in plain && plain.thrown instanceof InputError) expect(result.error).toEqual(plain.thrown);
  } else {
    expect("thrown" in plain && plain.thrown instanceof InputError).toBe(true);
    expect(result.missing.length).toBeGreaterThan(0);
    // Every question asked is about a path the error names (the fact, or the field that holds it).
    const paths = "thrown" in plain && plain.thrown instanceof InputError ? plain.thrown.issues.map((i) => i.path) : [];
    for (const m of result.missing)
      expect(
        paths.some((p) => p === `$.${m.path}` || p === `$.${m.fact}`),
        `${m.path} in ${paths.join(", ")}`,
      ).toBe(true);
  }
}

describe("assessExpense: never throws, agrees with classifyExpense", PROPERTY_TIMEOUT, () => {
  it("on arbitrary values and contexts", () => {
    fc.assert(
      fc.property(anything, contextLike, (expense, context) => {
        const result = assessExpense(expense, context as ExpenseContext);
        expect(["decided", "needs-facts", "invalid"]).toContain(result.status);
        agrees(result, expense, context);
      }),
      runs(300),
    );
  });

  it("on expense-shaped values (real items, facts right, wrong, partly given or blank)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(withStray, contextLike, (expense, context) => {
        const result = assessExpense(expense, context as ExpenseContext);
        seen.add(result.status);
        agrees(result, expense, context);
      }),
      runs(500),
    );
    expect([...seen].sort()).toEqual(["decided", "invalid", "needs-facts"]);
  });

  it.each(HOSTILE.map((h) => [h.label, h.make] as const))("on a hostile value: %s", (_label, make) => {
    expect(() => assessExpense(make())).not.toThrow();
    expect(() =>
      assessExpense({ id: "E1", item: "reception.other", amount: 1 }, make() as ExpenseContext),
    ).not.toThrow();
  });
});

describe("answering every question asked reaches a decision", PROPERTY_TIMEOUT, () => {
  it("for every item, answers chosen at random among each question's options", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ITEM_IDS), fc.infiniteStream(fc.nat()), (item, choices) => {
        const expense: Record<string, unknown> = { id: "E1", item, amount: "1,200,000" };
        const picks = choices[Symbol.iterator]();
        let result = assessExpense(expense);
        // Each round answers what is missing; an answer may call for a conditional question (at most one more round).
        for (let round = 0; round < 3 && result.status === "needs-facts"; round++) {
          for (const m of result.missing) {
            const n = picks.next().value as number;
            const answer = m.options.length > 0 ? m.options[n % m.options.length]?.value : "同種の経費の内容";
            const [field = "", key] = m.path.split(".");
            if (key === undefined) expense[field] = answer;
            else expense[field] = { ...(expense[field] as object | undefined), [key]: answer };
          }
          result = assessExpense(expense);
        }
        expect(result.status).toBe("decided");
      }),
      runs(200),
    );
  });
});
