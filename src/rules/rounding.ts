import { stepIds, type Measure } from "../trace/names.js";
import { Decimal } from "decimal.js";
import { decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { formatCitation } from "./cite.js";
import type { RulesetParameters as Ruleset } from "./parameters.js";
import type { StepData } from "../trace/step.js";
import type { NoteTemplate } from "./note.js";

/**
 * Rounding (ordinance): an item's amount is expressed in 千円, fractions half-up (四捨五入), once, on the
 * item's total. Exact yen stay beside the rounded figure.
 */
export function roundToThousand(
  measure: Measure,
  totalYen: DecValue,
  ruleset: Ruleset,
): { thousand: DecValue; step: StepData } {
  const unit = ruleset.rounding.value.unitYen;
  const thousand = thousandYen(totalYen, ruleset);
  return {
    thousand,
    step: {
      id: stepIds.measure(measure, "rounding"),
      rule: "rounding",
      cite: formatCitation(ruleset.rounding.cite),
      subject: `${measure} total`,
      inputs: { totalYen: decimalString(totalYen), unitYen: unit },
      output: { totalThousandYen: decimalString(thousand) },
    },
  };
}

/** The rounding alone (no step), for `summarize`: total ÷ 1000, half-up to whole 千円. */
export function thousandYen(totalYen: DecValue, ruleset: Ruleset): DecValue {
  return totalYen.div(ruleset.rounding.value.unitYen).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** The words of the rounding: total ÷ unit, half-up, in 千円. */
export const roundingNote: NoteTemplate = ({ inputs, output }) => {
  const total = groupedString(inputs.totalYen ?? "0");
  const unit = inputs.unitYen ?? "";
  const thousand = groupedString(output.totalThousandYen ?? "0");
  return {
    ja: `${total}円 ÷ ${unit} の千円未満を四捨五入して ${thousand}千円。`,
    en: `¥${total} ÷ ${unit}, half-up to whole thousands: ${thousand} thousand yen.`,
  };
};
