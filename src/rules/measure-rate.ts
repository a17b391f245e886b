import { stepIds, type Measure } from "../trace/names.js";
import { decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { formatCitation } from "./cite.js";
import type { Cited, RulesetParameters as Ruleset } from "./parameters.js";
import type { StepData } from "../trace/step.js";
import type { NoteTemplate } from "./note.js";

/** A measure's cost rate and coordinator rate, with their citations. */
export function ratesOf(measure: Measure, ruleset: Ruleset): { costs: Cited<string>; coordinators: Cited<string> } {
  if (measure === "dual-residence") return { costs: ruleset.measureRate, coordinators: ruleset.coordinator.rate };
  if (measure === "migration")
    return { costs: ruleset.migration.costRate, coordinators: ruleset.migration.coordinatorRate };
  if (!ruleset.furusato) throw new Error(`the ruleset ${ruleset.id} has no ふるさと住民 track`);
  return { costs: ruleset.furusato.costRate, coordinators: ruleset.furusato.coordinatorRate };
}

/** The measure rate's amount alone (no step), for `summarize`: eligible cost × rate (× coefficient), exact. */
export function ratedCosts(
  measure: Measure,
  eligibleCosts: DecValue,
  coefficient: string | null,
  ruleset: Ruleset,
): DecValue {
  const rate = ratesOf(measure, ruleset).costs;
  return coefficient === null ? eligibleCosts.times(rate.value) : eligibleCosts.times(rate.value).times(coefficient);
}

/**
 * Measure rate (seed: 措置率0.5×財政力補正): eligible cost × 0.5 × coefficient, exact; the one rounding
 * comes later, on the item's total. The migration measure applies its own rate and no correction.
 */
export function measureRate(
  measure: Measure,
  eligibleCosts: DecValue,
  coefficient: string | null,
  ruleset: Ruleset,
): { amount: DecValue; step: StepData } {
  const rate = ratesOf(measure, ruleset).costs;
  const amount = ratedCosts(measure, eligibleCosts, coefficient, ruleset);
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
    },
  };
}

/** Coordinator rate: 1.0 (an inference, cited): eligible coordinator cost × rate. */
export function coordinatorRate(
  measure: Measure,
  eligible: DecValue,
  ruleset: Ruleset,
): { amount: DecValue; step: StepData } {
  const rate = ratesOf(measure, ruleset).coordinators;
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
    },
  };
}

/** The coordinator rate's amount alone (no step), for `summarize`: eligible coordinator cost × rate. */
export function ratedCoordinators(measure: Measure, eligible: DecValue, ruleset: Ruleset): DecValue {
  return eligible.times(ratesOf(measure, ruleset).coordinators.value);
}

/** The words of the measure rate: eligible costs × rate (× 財政力補正), exact. */
export const measureRateNote: NoteTemplate = ({ inputs, output }) => {
  const coefficient = inputs.coefficient;
  const formula = `${inputs.eligibleCostsYen ?? ""} × ${inputs.rate ?? ""}${coefficient === undefined ? "" : ` × ${coefficient}`}`;
  const amount = groupedString(output.amountYen ?? "0");
  return coefficient === undefined
    ? {
        ja: `対象経費 × 措置率（財政力補正なし）: ${formula} = ${amount}円。`,
        en: `Eligible costs × rate (no fiscal correction): ${formula} = ¥${amount}.`,
      }
    : {
        ja: `対象経費 × 措置率 × 財政力補正: ${formula} = ${amount}円（端数は最後に一度だけ丸める）。`,
        en: `Eligible costs × rate × coefficient: ${formula} = ¥${amount} (rounded once, at the end).`,
      };
};

/** The words of the coordinator rate: coordinator costs within the caps × rate. */
export const coordinatorRateNote: NoteTemplate = ({ inputs, output }) => {
  const amount = groupedString(output.amountYen ?? "0");
  return {
    ja: `上限適用後のコーディネーター経費 × ${inputs.rate ?? ""} = ${amount}円。`,
    en: `Coordinator costs within the caps × ${inputs.rate ?? ""} = ¥${amount}.`,
  };
};
