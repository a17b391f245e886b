import { stepIds, type Measure } from "../trace/names.js";
import { Dec, decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { addSafe, safeYen } from "../money/safe-yen.js";
import type { Line } from "./line.js";
import type { StepData } from "../trace/step.js";
import { MEASURE_TERMS, termOf } from "../trace/glossary.js";
import type { NoteTemplate } from "./note.js";

/** Σ eligible yen over the given lines, each line's figure listed so the sum can be redone by hand. */
export function sumEligible(id: string, subject: string, lines: readonly Line[]): { sum: DecValue; step: StepData } {
  const inputs: Record<string, string> = {};
  // Safe-integer yen while every figure is a canonical integer of ≤ 15 digits and the sum stays exact.
  let exact = 0;
  for (const line of lines) {
    inputs[line.id] = line.eligibleYen;
    exact = addSafe(exact, safeYen(line.eligibleYen));
  }
  const sum = exact >= 0 ? new Dec(exact) : lines.reduce((s, line) => s.plus(line.eligibleYen), new Dec(0));
  return {
    sum,
    step: {
      id,
      rule: "sum",
      cite: "seed 対象経費 (sum of eligible lines)",
      subject,
      inputs,
      output: { sumYen: decimalString(sum) },
    },
  };
}

/** A measure's total before rounding: its costs after the rate plus its coordinators. */
export function measureTotal(
  measure: Measure,
  costs: DecValue,
  coordinators: DecValue,
): { total: DecValue; step: StepData } {
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
): { projectCost: DecValue; specific: DecValue; ownBurden: DecValue; step: StepData } {
  // Safe-integer yen while every figure is a canonical integer of ≤ 15 digits and the sums stay exact (as
  // the ledger and the eligible sums do); Decimal otherwise.
  let [cost, spec, own] = [0, 0, 0];
  for (const line of lines) {
    cost = addSafe(cost, safeYen(line.amountYen));
    spec = addSafe(spec, safeYen(line.specificRevenueYen));
    own = addSafe(own, safeYen(line.ownBurdenYen));
  }
  const exact = cost >= 0 && spec >= 0 && own >= 0;
  const total = (field: "amountYen" | "specificRevenueYen" | "ownBurdenYen", n: number): DecValue =>
    exact ? new Dec(n) : lines.reduce((sum, line) => sum.plus(line[field]), new Dec(0));
  const projectCost = total("amountYen", cost);
  const specific = total("specificRevenueYen", spec);
  const ownBurden = total("ownBurdenYen", own);
  if (!projectCost.eq(specific.plus(ownBurden)))
    throw new Error("funding: totals do not balance (a defect of the library; please report it)");
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
    },
  };
}

/** The measure a measure's step is about, from its id ("migration/eligible-costs" → "migration"). */
const measureOf = (step: StepData): Measure => step.id.slice(0, step.id.indexOf("/")) as Measure;

/** The words of a sum: the measure's expense lines or its coordinators (within the caps), how many, and the sum. */
export const sumNote: NoteTemplate = (step) => {
  const measure = measureOf(step);
  const label = step.id.endsWith("/coordinators")
    ? {
        ja: `${termOf(MEASURE_TERMS, measure).ja}のコーディネーター経費（上限適用後）`,
        en: `${measure} coordinator lines (within caps)`,
      }
    : { ja: `${termOf(MEASURE_TERMS, measure).ja}の施策経費`, en: `${measure} expense lines` };
  const count = Object.keys(step.inputs).length;
  const grouped = groupedString(step.output.sumYen ?? "0");
  return {
    ja: `${label.ja}: ${count}行の対象額の合計 ${grouped}円。`,
    en: `${label.en}: the eligible yen of ${count} lines sum to ¥${grouped}.`,
  };
};

/** The words of a measure's total: costs + coordinators. */
export const totalNote: NoteTemplate = ({ inputs, output }) => {
  const [costs, coordinators, total] = [inputs.costsYen, inputs.coordinatorsYen, output.totalYen].map((v) =>
    groupedString(v ?? "0"),
  );
  return {
    ja: `施策経費 ${costs}円 + コーディネーター ${coordinators}円 = ${total}円。`,
    en: `Costs ¥${costs} + coordinators ¥${coordinators} = ¥${total}.`,
  };
};

/** The words of a measure's funding: 事業費 − 特定財源 = 一般財源等, over how many lines. */
export const fundingNote: NoteTemplate = (step) => {
  const measure = measureOf(step);
  const { inputs, output } = step;
  const [cost, specific, own] = [output.projectCostYen, output.specificRevenueYen, output.ownBurdenYen].map((v) =>
    groupedString(v ?? "0"),
  );
  const lines = inputs.lines ?? "0";
  return {
    ja: `${termOf(MEASURE_TERMS, measure).ja}の全行: 事業費 ${cost}円 − 特定財源 ${specific}円 = 一般財源等 ${own}円（${lines}行）。`,
    en: `${measure} lines: cost ¥${cost} − specific revenue ¥${specific} = own burden ¥${own} (${lines} lines).`,
  };
};
