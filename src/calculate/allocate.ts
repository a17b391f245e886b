import { decimalString, type Dec } from "../money/decimal.js";
import { FURUSATO_REVIEW, furusatoCostCap } from "../rules/furusato-cost-cap.js";
import { coordinatorRate, measureRate } from "../rules/measure-rate.js";
import { roundToThousand } from "../rules/rounding.js";
import { measureTotal, sumEligible, sumFunding } from "../rules/sum.js";
import type { Ruleset } from "../rulesets/index.js";
import { stepIds, type Measure } from "../trace/names.js";
import type { StepData } from "../trace/step.js";
import type { Allocation, FurusatoAllocation } from "./calculation.js";
import type { Line } from "../rules/line.js";

/**
 * One measure: its funding (事業費, 特定財源, 一般財源等), sum the eligible lines, (the ふるさと住民 track: its
 * cost cap), apply the rates, add, round once. Order only; the rules decide.
 */
function allocateMeasure(measure: Measure, lines: readonly Line[], coefficient: string | null, ruleset: Ruleset) {
  const mine = lines.filter((l) => l.measure === measure);
  const funding = sumFunding(measure, mine);
  const costs = sumEligible(
    stepIds.measure(measure, "eligible-costs"),
    `${measure} costs`,
    mine.filter((l) => l.kind === "expense"),
  );
  const capped: { capped: Dec; step: StepData } | null =
    measure === "furusato-resident" ? furusatoCostCap(costs.sum, ruleset) : null;
  const rated = measureRate(measure, capped ? capped.capped : costs.sum, coefficient, ruleset);
  const people = sumEligible(
    stepIds.measure(measure, "coordinators"),
    `${measure} coordinators`,
    mine.filter((l) => l.kind === "coordinator"),
  );
  const coordinators = coordinatorRate(measure, people.sum, ruleset);
  const total = measureTotal(measure, rated.amount, coordinators.amount);
  const rounded = roundToThousand(measure, total.total, ruleset);
  const steps = [
    funding.step,
    costs.step,
    ...(capped ? [capped.step] : []),
    rated.step,
    people.step,
    coordinators.step,
    total.step,
    rounded.step,
  ];
  return {
    values: {
      projectCostYen: decimalString(funding.projectCost),
      specificRevenueYen: decimalString(funding.specific),
      ownBurdenYen: decimalString(funding.ownBurden),
      eligibleCostsYen: decimalString(costs.sum),
      ...(capped && { cappedCostsYen: decimalString(capped.capped) }),
      costsYen: decimalString(rated.amount),
      coordinatorsYen: decimalString(coordinators.amount),
      totalYen: decimalString(total.total),
      totalThousandYen: decimalString(rounded.thousand),
    },
    // Every figure of the provisional track needs review.
    steps: measure === "furusato-resident" ? steps.map((s) => ({ ...s, needsReview: FURUSATO_REVIEW })) : steps,
  };
}

/**
 * Every measure's allocation: this measure with the 財政力補正, the migration measure without it, and the
 * ふるさと住民 track (with the 財政力補正) where a line is on it.
 */
export function allocate(
  lines: readonly Line[],
  coefficient: string,
  ruleset: Ruleset,
): { allocation: Allocation; steps: StepData[] } {
  const dual = allocateMeasure("dual-residence", lines, coefficient, ruleset);
  const migration = allocateMeasure("migration", lines, null, ruleset);
  const furusato = lines.some((l) => l.measure === "furusato-resident")
    ? allocateMeasure("furusato-resident", lines, coefficient, ruleset)
    : null;
  const { cappedCostsYen: _none, ...migrationValues } = migration.values;
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
      migration: migrationValues,
      ...(furusato && { furusatoResident: furusato.values as FurusatoAllocation }),
    },
    steps: [...dual.steps, ...migration.steps, ...(furusato ? furusato.steps : [])],
  };
}
