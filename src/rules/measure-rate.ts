import { stepIds } from "../trace/names.js";
import { decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { formatCitation } from "./cite.js";
import type { RulesetParameters as Ruleset } from "./parameters.js";
import type { TraceStep } from "../trace/step.js";

/** The measure rate's amount alone (no step), for `summarize`: eligible cost × rate (× coefficient), exact. */
export function ratedCosts(
  measure: "dual-residence" | "migration",
  eligibleCosts: DecValue,
  coefficient: string | null,
  ruleset: Ruleset,
): DecValue {
  const rate = measure === "dual-residence" ? ruleset.measureRate : ruleset.migration.costRate;
  return coefficient === null ? eligibleCosts.times(rate.value) : eligibleCosts.times(rate.value).times(coefficient);
}

/**
 * Measure rate (seed: 措置率0.5×財政力補正): eligible cost × 0.5 × coefficient, exact; the one rounding
 * comes later, on the item's total. The migration measure applies its own rate and no correction.
 */
export function measureRate(
  measure: "dual-residence" | "migration",
  eligibleCosts: DecValue,
  coefficient: string | null,
  ruleset: Ruleset,
): { amount: DecValue; step: TraceStep } {
  const rate = measure === "dual-residence" ? ruleset.measureRate : ruleset.migration.costRate;
  const amount = ratedCosts(measure, eligibleCosts, coefficient, ruleset);
  const formula = `${decimalString(eligibleCosts)} × ${rate.value}${coefficient === null ? "" : ` × ${coefficient}`}`;
  return {
    amount,
    step: {
      id: stepIds.measure(measure, "measure-rate"),
      rule: "measure-rate",
      cite: formatCitation(rate.cite),
      subject: `${measure} costs`,
      inputs: {
        eligibleCostsYen: decimalString(eligibleCosts),
        rate: rate.value,
        ...(coefficient !== null && { coefficient }),
      },
      output: { amountYen: decimalString(amount) },
      note:
        coefficient === null
          ? {
              ja: `対象経費 × 措置率（財政力補正なし）: ${formula} = ${groupedString(amount)}円。`,
              en: `Eligible costs × rate (no fiscal correction): ${formula} = ¥${groupedString(amount)}.`,
            }
          : {
              ja: `対象経費 × 措置率 × 財政力補正: ${formula} = ${groupedString(amount)}円（端数は最後に一度だけ丸める）。`,
              en: `Eligible costs × rate × coefficient: ${formula} = ¥${groupedString(amount)} (rounded once, at the end).`,
            },
    },
  };
}

/** Coordinator rate: 1.0 (an inference, cited): eligible coordinator cost × rate. */
export function coordinatorRate(
  measure: "dual-residence" | "migration",
  eligible: DecValue,
  ruleset: Ruleset,
): { amount: DecValue; step: TraceStep } {
  const rate = measure === "dual-residence" ? ruleset.coordinator.rate : ruleset.migration.coordinatorRate;
  const amount = ratedCoordinators(measure, eligible, ruleset);
  return {
    amount,
    step: {
      id: stepIds.measure(measure, "coordinator-rate"),
      rule: "coordinator-rate",
      cite: formatCitation(rate.cite),
      subject: `${measure} coordinators`,
      inputs: { eligibleYen: decimalString(eligible), rate: rate.value },
      output: { amountYen: decimalString(amount) },
      note: {
        ja: `上限適用後のコーディネーター経費 × ${rate.value} = ${groupedString(amount)}円。`,
        en: `Coordinator costs within the caps × ${rate.value} = ¥${groupedString(amount)}.`,
      },
    },
  };
}

/** The coordinator rate's amount alone (no step), for `summarize`: eligible coordinator cost × rate. */
export function ratedCoordinators(
  measure: "dual-residence" | "migration",
  eligible: DecValue,
  ruleset: Ruleset,
): DecValue {
  return eligible.times(
    (measure === "dual-residence" ? ruleset.coordinator.rate : ruleset.migration.coordinatorRate).value,
  );
}
