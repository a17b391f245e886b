import { describe, expect, it } from "vitest";
import { calculate, classifyExpense, InputError, getRuleset, rulesets } from "../../src/index.js";
import { validApplication } from "../support.js";
import { wordSteps } from "../../src/index.js";

describe("calculate", () => {
  it("is deterministic to the byte", () => {
    expect(JSON.stringify(calculate(validApplication()))).toBe(JSON.stringify(calculate(validApplication())));
  });

  it("embeds the canonical input, which parses back to itself", () => {
    const app = validApplication();
    app.projects[0].expenses[0].amount = "1,200,000";
    app.fiscalYear = "令和7年度";
    const first = calculate(app);
    expect(first.trace.input.projects[0]?.expenses[0]?.amount).toBe("1200000");
    expect(first.trace.input.fiscalYear).toBe(2025);
    expect(calculate(first.trace.input)).toEqual(first);
  });

  it("does not depend on the order of keys in the input", () => {
    const app = validApplication();
    const reordered = {
      coordinators: app.coordinators,
      projects: app.projects,
      body: { ...app.body },
      fiscalYear: app.fiscalYear,
    };
    expect(JSON.stringify(calculate(reordered))).toBe(JSON.stringify(calculate(app)));
  });

  it("lists every flagged step in review, in trace order, with the step's own code and note", () => {
    const app = validApplication();
    app.projects[0].expenses.push({
      id: "E9",
      item: "opportunity.other",
      amount: "100000",
      description: "a workshop like a tour",
      cashHandout: false,
    });
    app.projects.push({
      id: "P2",
      primaryPurpose: "migration",
      expenses: [{ id: "E10", item: "information.consultation-events", amount: "200000" }],
    });
    const calc = calculate(app);
    const flagged = wordSteps(calc).filter((s) => s.needsReview);
    expect(calc.review.map((r) => [r.stepId, r.subject, r.code])).toEqual([
      ["line/E9/other-item", "line E9", "other-item"],
      ["project/P2/fn5", "project P2", "migration-measure"],
    ]);
    expect(calc.review.map((r) => r.note)).toEqual(flagged.map((s) => s.needsReview?.note));
    expect(calc.review[0]?.note.en).toBe(
      "Counted as other spending of the same kind (等) under きっかけづくり; whether it is alike needs review: a workshop like a tour",
    );
    expect(calculate(validApplication()).review).toEqual([]);
  });

  it("writes in each step the facts it read: purpose weights (※5), every check of a line, a concurrent post's cap", () => {
    // Weights 3 : 1 send P1 to this measure; E1 (private new build) fails ※2 and passes ※3; A's concurrent
    // post caps ¥500,000 at ¥400,000.
    const calc = calculate({
      fiscalYear: 2025,
      body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
      projects: [
        {
          id: "P1",
          purposeWeights: { dualResidence: 3, migration: 1 },
          expenses: [
            {
              id: "E1",
              item: "opportunity.facilities",
              amount: "100",
              facility: { implementer: "private", work: "new" },
              cashHandout: false,
            },
          ],
        },
      ],
      coordinators: [
        {
          id: "C1",
          person: "A",
          post: "concurrent",
          cost: "500000",
          primaryPurpose: "dual-residence",
          activities: ["planning"],
        },
      ],
    });
    const step = (id: string) => wordSteps(calc).find((s) => s.id === id);
    expect(step("project/P1/fn5")?.inputs).toEqual({
      "purposeWeights.dualResidence": "3",
      "purposeWeights.migration": "1",
    });
    expect(step("line/E1")).toMatchObject({
      inputs: { amountYen: "100", checks: "fn2=excluded, fn3=passes" },
      output: { disposition: "excluded", eligibleYen: "0", excludedYen: "100" },
      note: {
        en: "Trial housing, satellite offices, coworking and workation facilities: excluded (fn2); eligible ¥0, excluded ¥100.",
      },
    });
    expect(step("person/dual-residence/A/coordinator-cap")).toMatchObject({
      cite: "seed 兼任の場合40万円上限",
      inputs: { post: "concurrent", capYen: "400000", "C1.costYen": "500000" },
      output: { totalYen: "500000", countedYen: "400000", excessYen: "100000", "C1.eligibleYen": "400000" },
      note: {
        ja: "A の経費合計 500,000円 に兼任の上限 400,000円 を適用し、400,000円 を算入（記録の順に充当）。",
        en: "A's costs total ¥500,000; the concurrent cap ¥400,000 counts ¥400,000 (filled in record order).",
      },
    });
  });

  it("ends its trace with a balanced ledger", () => {
    const steps = calculate(validApplication()).trace.steps;
    expect(steps.at(-1)).toMatchObject({
      id: "ledger",
      inputs: { amountYen: "10400000" },
      output: { eligibleYen: "9200000", excludedYen: "1200000", balanced: "true" },
    });
  });

  it("gives every step a unique id and decimal-string numbers", () => {
    const steps = calculate(validApplication()).trace.steps;
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    for (const step of steps)
      for (const value of [...Object.values(step.inputs), ...Object.values(step.output)])
        expect(typeof value).toBe("string");
  });

  it("accepts a ruleset by id or object, and refuses one that does not match the year", () => {
    expect(calculate(validApplication(), { ruleset: "FY2025" }).trace.rulesetId).toBe("FY2025");
    expect(calculate(validApplication(), { ruleset: getRuleset("R7") }).trace.rulesetId).toBe("FY2025");
    expect(() => calculate(validApplication(), { ruleset: "FY2030" })).toThrow(InputError);
    expect(() =>
      calculate(validApplication(), { ruleset: { ...getRuleset(2025), fiscalYear: 2026, id: "X" } }),
    ).toThrow(/does not match/);
    expect(Object.keys(rulesets)).toEqual(["FY2025", "FY2026"]);
  });

  it("notes that amounts are before the 財源超過額 deduction, more strongly above FCI 1", () => {
    const app = validApplication();
    app.body = { code: "014036", name: "泊村", kind: "municipality", fiscalCapabilityIndex: "1.53" };
    const { caveats, fiscalCorrection } = calculate(app);
    expect(fiscalCorrection).toEqual({ index: "1.53", coefficient: "0.50" });
    expect(caveats.map((c) => c.en).join(" ")).toMatch(/before the ordinance's deduction.*FCI 1\.53 is above 1/s);
  });
});

describe("classifyExpense", () => {
  it("classifies one expense with the steps that decided it", () => {
    const result = classifyExpense({
      id: "X1",
      item: "opportunity.facilities",
      amount: "30,000,000",
      facility: { implementer: "private", work: "new" },
    });
    expect(result).toMatchObject({
      id: "X1",
      disposition: "excluded",
      eligibleYen: "0",
      excludedYen: "30000000",
      rules: ["fn2"],
      measure: "dual-residence",
    });
    expect(result.steps.map((s) => s.id)).toEqual(["project/(project)/fn5", "line/X1/fn2", "line/X1"]);
  });

  it("follows the project's purpose (※5)", () => {
    const result = classifyExpense(
      { id: "X1", item: "information.event-booths", amount: 1000 },
      { purposeWeights: { dualResidence: 1, migration: 2 } },
    );
    expect(result).toMatchObject({ measure: "migration", rules: ["fn5"], needsReview: ["migration-measure"] });
  });

  it("throws InputError with every problem", () => {
    try {
      classifyExpense({ id: "X 1", item: "opportunity.facilities", amount: "-5" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((i) => i.path)).toEqual(["$.id", "$.amount", "$.facility"]);
    }
  });
});
