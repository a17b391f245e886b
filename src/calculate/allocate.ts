import { decimalString } from "../money/decimal.js";
import { coordinatorRate, measureRate } from "../rules/measure-rate.js";
import { roundToThousand } from "../rules/rounding.js";
import { measureTotal, sumEligible, sumFunding } from "../rules/sum.js";
import type { Ruleset } from "../rulesets/index.js";
import { MEASURE_TERMS } from "../trace/glossary.js";
import { stepIds, type Purpose } from "../trace/names.js";
import type { TraceStep } from "../trace/step.js";
import type { Allocation } from "./calculation.js";
import type { Line } from "../rules/line.js";

/** One measure: its funding (事業費, 特定財源, 一般財源等), sum the eligible lines, apply the rates, add, round once. Order only; the rules decide. */
function allocateMeasure(measure: Purpose, lines: readonly Line[], coefficient: string | null, ruleset: Ruleset) {
  const mine = lines.filter((l) => l.measure === measure);
  const funding = sumFunding(measure, mine, {
    ja: `${MEASURE_TERMS[measure].ja}の全行`,
    en: `${measure} lines`,
  });
  const costs = sumEligible(
    stepIds.measure(measure, "eligible-costs"),
    `${measure} costs`,
    mine.filter((l) => l.kind === "expense"),
    {
      ja: `${MEASURE_TERMS[measure].ja}の施策経費`,
      en: `${measure} expense lines`,
    },
  );
  const rated = measureRate(measure, costs.sum, coefficient, ruleset);
  const people = sumEligible(
    stepIds.measure(measure, "coordinators"),
    `${measure} coordinators`,
    mine.filter((l) => l.kind === "coordinator"),
    {
      ja: `${MEASURE_TERMS[measure].ja}のコーディネーター経費（上限適用後）`,
      en: `${measure} coordinator lines (within caps)`,
    },
  );
  const coordinators = coordinatorRate(measure, people.sum, ruleset);
  const total = measureTotal(measure, rated.amount, coordinators.amount);
  const rounded = roundToThousand(measure, total.total, ruleset);
  return {
    values: {
      projectCostYen: decimalString(funding.projectCost),
      specificRevenueYen: decimalString(funding.specific),
      ownBurdenYen: decimalString(funding.ownBurden),
      eligibleCostsYen: decimalString(costs.sum),
      costsYen: decimalString(rated.amount),
      coordinatorsYen: decimalString(coordinators.amount),
      totalYen: decimalString(total.total),
      totalThousandYen: decimalString(rounded.thousand),
    },
    steps: [funding.step, costs.step, rated.step, people.step, coordinators.step, total.step, rounded.step],
  };
}

/** Both measures' allocations: this measure with the 財政力補正, the migration measure without it. */
export function allocate(
  lines: readonly Line[],
  coefficient: string,
  ruleset: Ruleset,
): { allocation: Allocation; steps: TraceStep[] } {
  const dual = allocateMeasure("dual-residence", lines, coefficient, ruleset);
  const migration = allocateMeasure("migration", lines, null, ruleset);
  return {
    allocation: {
      projectCostYen: dual.values.projectCostYen,
      specificRevenueYen: dual.values.specificRevenueYen,
      ownBurdenYen: dual.values.ownBurdenYen,
      eligibleCostsYen: dual.values.eligibleCostsYen,
      measureCostsYen: dual.values.costsYen,
      coordinatorsYen: dual.values.coordinatorsYen,
      totalYen: dual.values.totalYen,
      totalThousandYen: dual.values.totalThousandYen,
      migration: migration.values,
    },
    steps: [...dual.steps, ...migration.steps],
  };
}
