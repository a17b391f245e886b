import { stepIds, type Measure } from "../trace/names.js";
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
  measure: Measure,
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

/**
 * A measure's funding, as the survey form totals it: 事業費 (every line's amount), 特定財源 and 一般財源等
 * (事業費 − 特定財源), over all its lines, eligible or not.
 */
export function sumFunding(
  measure: Measure,
  lines: readonly Line[],
  label: { ja: string; en: string },
): { projectCost: DecValue; specific: DecValue; ownBurden: DecValue; step: TraceStep } {
  let projectCost = new Dec(0);
  let specific = new Dec(0);
  let ownBurden = new Dec(0);
  for (const line of lines) {
    projectCost = projectCost.plus(line.amountYen);
    specific = specific.plus(line.specificRevenueYen);
    ownBurden = ownBurden.plus(line.ownBurdenYen);
  }
  if (!projectCost.eq(specific.plus(ownBurden)))
    throw new Error("funding: totals do not balance (a defect of the library; please report it)");
  const g = groupedString;
  return {
    projectCost,
    specific,
    ownBurden,
    step: {
      id: stepIds.measure(measure, "funding"),
      rule: "funding",
      cite: "audit 特定財源の控除 (事業費 − 特定財源 = 一般財源等)",
      subject: `${measure} funding`,
      inputs: { lines: String(lines.length) },
      output: {
        projectCostYen: decimalString(projectCost),
        specificRevenueYen: decimalString(specific),
        ownBurdenYen: decimalString(ownBurden),
      },
      note: {
        ja: `${label.ja}: 事業費 ${g(projectCost)}円 − 特定財源 ${g(specific)}円 = 一般財源等 ${g(ownBurden)}円（${lines.length}行）。`,
        en: `${label.en}: cost ¥${g(projectCost)} − specific revenue ¥${g(specific)} = own burden ¥${g(ownBurden)} (${lines.length} lines).`,
      },
    },
  };
}
