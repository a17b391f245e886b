import { describe, expect, it } from "vitest";
import { calculate, catalog, classifyExpense, type CatalogItem, type FactName } from "../../src/index.js";
import type { Input } from "./arbitraries.js";
import { model } from "./reference-model.js";
import { PROPERTY_TIMEOUT } from "./runs.js";

/*
 * Exhaustive, not random: every catalog item with every combination of the facts it may carry
 * (absent where optional), under both purposes, against the reference model: 444 cases.
 */

const ABSENT = Symbol("absent");
const bools = [true, false];
const VALUES: Record<FactName, unknown[]> = {
  system: [
    { phase: "build", digitalBondCovers: true },
    { phase: "build", digitalBondCovers: false },
    { phase: "upkeep" },
  ],
  facility: ["private", "government"].flatMap((implementer) =>
    ["new", "renovation"].flatMap((work) =>
      [...bools, ...(implementer === "private" ? [ABSENT] : [])].map((covers) => ({
        implementer,
        work,
        ...(covers !== ABSENT && { regionalBondCovers: covers }),
      })),
    ),
  ),
  regionalStudy: bools.flatMap((takesOutsideStudents) =>
    bools.flatMap((mainlySchoolAppeal) =>
      bools.map((inStrategyPlan) => ({ takesOutsideStudents, mainlySchoolAppeal, inStrategyPlan })),
    ),
  ),
  cashHandout: bools,
  description: ["同種の経費"],
};

function combinations(item: CatalogItem): Input[] {
  let out: Input[] = [{}];
  for (const fact of [...item.requiredFacts, ...item.optionalFacts]) {
    const values = item.requiredFacts.includes(fact) ? VALUES[fact] : [ABSENT, ...VALUES[fact]];
    out = out.flatMap((facts) => values.map((v) => (v === ABSENT ? facts : { ...facts, [fact]: v })));
  }
  return out;
}

const cases = catalog.items.flatMap((item) =>
  combinations(item).flatMap((facts) =>
    (["dual-residence", "migration"] as const).map((purpose) => ({ item, facts, purpose })),
  ),
);

describe("every item × every footnote fact combination × both purposes", PROPERTY_TIMEOUT, () => {
  it("covers the combinations: 14 plain items × 6, ※1 18, ※2 60, ※4 48, jobs 4, four *.other 2 each; × 2 purposes", () => {
    expect(cases.length).toBe((14 * 6 + 18 + 60 + 48 + 4 + 4 * 2) * 2);
  });

  it("calculate and classifyExpense agree with the reference model on each", () => {
    for (const { item, facts, purpose } of cases) {
      const expense = { id: "X", item: item.id, amount: "1000", ...facts };
      const input = {
        fiscalYear: 2025,
        body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
        projects: [{ id: "P", primaryPurpose: purpose, expenses: [expense] }],
      };
      const [predicted] = model(input).lines;
      const [line] = calculate(input).lines;
      const context = `${item.id} ${JSON.stringify(facts)} ${purpose}`;
      expect({ context, line: { ...line, kind: undefined, projectId: undefined, item: undefined } }).toEqual({
        context,
        line: { ...predicted },
      });
      const alone = classifyExpense(expense, { primaryPurpose: purpose, projectId: "P" });
      expect({ context, disposition: alone.disposition, rules: alone.rules }).toEqual({
        context,
        disposition: predicted?.disposition,
        rules: predicted?.rules,
      });
    }
  });
});
