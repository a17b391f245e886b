import { stepIds, type Purpose } from "../trace/names.js";
import { Dec, decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { addSafe, safeYen } from "../money/safe-yen.js";
import type { Line } from "./line.js";
import type { TraceStep } from "../trace/step.js";

/** Σ eligible yen over the given lines, each line's figure listed so the sum can be redone by hand. */
export function sumEligible(
  id: string,
  subject: string,
  lines: readonly Line[],
  label: { ja: string; en: string },
): { sum: DecValue; step: TraceStep } {
  const inputs: Record<string, string> = {};
  // Safe-integer yen while every figure is a canonical integer of ≤ 15 digits and the sum stays exact.
  let exact = 0;
  for (const line of lines) {
    inputs[line.id] = line.eligibleYen;
    exact = addSafe(exact, safeYen(line.eligibleYen));
  }
  const sum = exact >= 0 ? new Dec(exact) : lines.reduce((s, line) => s.plus(line.eligibleYen), new Dec(0));
  const grouped = groupedString(sum);
  return {
    sum,
    step: {
      id,
      rule: "sum",
      cite: "seed 対象経費 (sum of eligible lines)",
      subject,
      inputs,
      output: { sumYen: decimalString(sum) },
      note: {
        ja: `${label.ja}: ${lines.length}行の対象額の合計 ${grouped}円。`,
        en: `${label.en}: the eligible yen of ${lines.length} lines sum to ¥${grouped}.`,
      },
    },
  };
}

/** A measure's total before rounding: its costs after the rate plus its coordinators. */
export function measureTotal(
  measure: Purpose,
  costs: DecValue,
  coordinators: DecValue,
): { total: DecValue; step: TraceStep } {
  const total = costs.plus(coordinators);
  return {
    total,
    step: {
      id: stepIds.measure(measure, "total"),
      rule: "total",
      cite: "seed 措置の二つの経費 (measure costs and coordinators)",
      subject: `${measure} total`,
      inputs: { costsYen: decimalString(costs), coordinatorsYen: decimalString(coordinators) },
      output: { totalYen: decimalString(total) },
      note: {
        ja: `施策経費 ${groupedString(costs)}円 + コーディネーター ${groupedString(coordinators)}円 = ${groupedString(total)}円。`,
        en: `Costs ¥${groupedString(costs)} + coordinators ¥${groupedString(coordinators)} = ¥${groupedString(total)}.`,
      },
    },
  };
}
