import { describe, expect, it } from "vitest";
import {
  calculate,
  defineRuleset,
  explainLine,
  getRuleset,
  summarize,
  verify,
  type CatalogItem,
  type Ruleset,
} from "../../src/index.js";
import type { LineRule } from "../../src/rules/rule.js";
import { wordSteps } from "../../src/index.js";

/*
 * A year that changes the law, built with defineRuleset and no edit to rule code: a higher full-time cap
 * (a parameter), a new item (the catalog) and ※3 read differently (a new version of the rule's unit).
 */

const fy2025 = getRuleset(2025);

/** A test year's ※3: a cash handout counts when it is at most the rule's threshold (here: always passes). */
const fn3Lifted: LineRule<boolean> = {
  ...fy2025.rules.fn3,
  decide: (cashHandout) => ({
    rule: "fn3",
    outcome: "passes",
    conditions: [{ fact: "cashHandout", expected: "true or false", received: String(cashHandout), passed: true }],
  }),
  note: () => ({
    ja: "試験年度: 現金給付も対象（※3を適用しない）。",
    en: "Test year: cash handouts count (※3 lifted).",
  }),
  step: (lineId, cashHandout, verdict, ruleset) => ({
    ...fy2025.rules.fn3.step(lineId, cashHandout, verdict, ruleset),
  }),
};

const workationCamp: CatalogItem = {
  id: "opportunity.workation-camps",
  pillar: "opportunity",
  label: { ja: "ワーケーション合宿の実施", en: "Workation camps" },
  footnotes: ["fn3", "fn5"],
  requiredFacts: [],
  optionalFacts: ["cashHandout", "description"],
  isOther: false,
};

const testYear: Ruleset = defineRuleset(fy2025, {
  id: "FY2027-test",
  fiscalYear: 2027,
  parameters: {
    coordinator: {
      capFullTimeYen: { value: "6000000", cite: { source: "seed", ref: "test: 600万円上限", inference: false } },
    },
  },
  catalog: { add: [workationCamp] },
  rules: { fn3: fn3Lifted },
});

const application = (fiscalYear: number) => ({
  fiscalYear,
  body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
  projects: [
    {
      id: "P1",
      primaryPurpose: "dual-residence",
      expenses: [
        { id: "E1", item: "opportunity.workation-camps", amount: "800000" },
        { id: "E2", item: "reception.jobs-and-side-jobs", amount: "300000", cashHandout: true },
      ],
    },
  ],
  coordinators: [
    {
      id: "C1",
      person: "A",
      post: "full-time",
      cost: "6200000",
      primaryPurpose: "dual-residence",
      activities: ["planning"],
    },
  ],
});

describe("defineRuleset: a year that changes a cap, adds an item and swaps a rule", () => {
  it("leaves the base year as it is", () => {
    expect(testYear.coordinator.capConcurrentYen).toBe(fy2025.coordinator.capConcurrentYen);
    expect(testYear.rules.fn1).toBe(fy2025.rules.fn1);
    expect(fy2025.catalog.findItem("opportunity.workation-camps")).toBeUndefined();
    expect(testYear.catalog.items).toHaveLength(fy2025.catalog.items.length + 1);
    expect(fy2025.coordinator.capFullTimeYen.value).toBe("5000000");
  });

  it("computes the year's law: the new item counts, ※3 no longer excludes, the cap is ¥6,000,000", () => {
    const calc = calculate(application(2027), { ruleset: testYear });
    expect(calc.lines.map((l) => [l.id, l.disposition, l.eligibleYen])).toEqual([
      ["E1", "eligible", "800000"],
      ["E2", "eligible", "300000"],
      ["C1", "capped", "6000000"],
    ]);
    // (800,000 + 300,000) × 0.5 × 1.00 + 6,000,000 = 6,550,000
    expect(calc.allocation.totalYen).toBe("6550000");
    expect(wordSteps(calc, { ruleset: testYear }).find((s) => s.id === "line/E2/fn3")?.note.en).toBe(
      "Test year: cash handouts count (※3 lifted).",
    );
    expect(wordSteps(calc, { ruleset: testYear }).find((s) => s.rule === "coordinator-cap")?.cite).toBe(
      "seed test: 600万円上限",
    );
  });

  it("summarize runs the same rules and gives the same figures", () => {
    const calc = calculate(application(2027), { ruleset: testYear });
    const summary = summarize(application(2027), { ruleset: testYear });
    expect(summary.allocation).toEqual(calc.allocation);
    expect(summary.lines).toEqual(calc.lines);
  });

  it("replays under the same ruleset and explains lines with its rules", () => {
    const calc = calculate(application(2027), { ruleset: testYear });
    expect(verify(JSON.parse(JSON.stringify(calc)), { ruleset: testYear }).ok).toBe(true);
    expect(explainLine(calc, "C1")?.reasons[0]?.cap?.capYen).toBe("6000000");
  });

  it("the base year still refuses the new item and still excludes the cash handout", () => {
    const e2 = calculate({
      ...application(2025),
      projects: [{ ...application(2025).projects[0]!, expenses: [application(2025).projects[0]!.expenses[1]!] }],
    });
    expect(e2.lines[0]?.disposition).toBe("excluded");
    expect(() => calculate(application(2025))).toThrow(/unknown item "opportunity.workation-camps"/);
  });

  it("refuses the base's own id: two rulesets must not share one", () => {
    expect(() => defineRuleset(fy2025, { id: "FY2025", fiscalYear: 2025 })).toThrow(
      "defineRuleset: give the new ruleset an id of its own, not FY2025",
    );
  });

  it("refuses to add an item that exists or withdraw one that does not", () => {
    expect(() =>
      defineRuleset(fy2025, { id: "X", fiscalYear: 2027, catalog: { add: [fy2025.catalog.items[0]!] } }),
    ).toThrow("defineRuleset: item information.consultation-events exists");
    expect(() => defineRuleset(fy2025, { id: "X", fiscalYear: 2027, catalog: { withdraw: ["nope"] } })).toThrow(
      "defineRuleset: no item nope to withdraw",
    );
  });
});
