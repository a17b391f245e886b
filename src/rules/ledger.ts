import { MEASURES, stepIds, type Measure } from "../trace/names.js";
import { Dec, decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { addSafe, safeYen } from "../money/safe-yen.js";
import type { Line } from "./line.js";
import type { StepData } from "../trace/step.js";
import type { NoteTemplate } from "./note.js";

/** The ledger's `cite`: it is arithmetic, not a source's rule. */
export const LEDGER_CITE = "conservation (every input yen has a disposition)";

/**
 * Conservation: every input yen is 特定財源, eligible or excluded, per line, per measure and in total
 * (amount = specific revenue + eligible + excluded). The step shows the four sums; an imbalance is a defect
 * of the library, never of the input, so it throws.
 */
export function ledger(lines: readonly Line[]): StepData {
  const inputs: Record<string, string> = {};
  const output: Record<string, string> = {};
  // One pass: each line is read and checked once, its yen added to its measure's sums.
  const sums = integerSums(lines) ?? decimalSums(lines);
  let amount = new Dec(0);
  let specific = new Dec(0);
  let eligible = new Dec(0);
  let excluded = new Dec(0);
  // Both measures always; the ふるさと住民 track where a line is on it.
  const measures = MEASURES.filter((m) => m !== "furusato-resident" || lines.some((l) => l.measure === m));
  for (const measure of measures) {
    const { a, sp, el, ex } = sums[measure];
    inputs[`${measure}.amountYen`] = decimalString(a);
    output[`${measure}.specificRevenueYen`] = decimalString(sp);
    output[`${measure}.eligibleYen`] = decimalString(el);
    output[`${measure}.excludedYen`] = decimalString(ex);
    amount = amount.plus(a);
    specific = specific.plus(sp);
    eligible = eligible.plus(el);
    excluded = excluded.plus(ex);
  }
  if (!amount.eq(specific.plus(eligible).plus(excluded)))
    throw new Error("ledger: totals do not balance (a defect of the library; please report it)");
  inputs.lines = String(lines.length);
  inputs.amountYen = decimalString(amount);
  output.specificRevenueYen = decimalString(specific);
  output.eligibleYen = decimalString(eligible);
  output.excludedYen = decimalString(excluded);
  output.balanced = "true";
  return {
    id: stepIds.ledger,
    rule: "ledger",
    cite: LEDGER_CITE,
    subject: "all lines",
    inputs,
    output,
  };
}

type Sums = Record<Measure, { a: DecValue; sp: DecValue; el: DecValue; ex: DecValue }>;

const unbalanced = (line: Line): Error =>
  new Error(`ledger: line ${line.id} does not balance (a defect of the library; please report it)`);

/**
 * The sums in safe-integer yen, when every figure is a canonical integer of at most 15 digits and every
 * sum stays at or below MAX_SAFE_INTEGER (so each addition is exact); else null, and Decimal does it.
 */
function integerSums(lines: readonly Line[]): Sums | null {
  const n = {
    "dual-residence": { a: 0, sp: 0, el: 0, ex: 0 },
    migration: { a: 0, sp: 0, el: 0, ex: 0 },
    "furusato-resident": { a: 0, sp: 0, el: 0, ex: 0 },
  };
  for (const line of lines) {
    const a = safeYen(line.amountYen);
    const sp = safeYen(line.specificRevenueYen);
    const el = safeYen(line.eligibleYen);
    const ex = safeYen(line.excludedYen);
    if (a < 0 || sp < 0 || el < 0 || ex < 0) return null;
    // Each term is at most a, a safe integer: the sums below are exact.
    if (a !== sp + el + ex || safeYen(line.ownBurdenYen) !== el + ex) throw unbalanced(line);
    const sum = n[line.measure];
    if (
      (sum.a = addSafe(sum.a, a)) < 0 ||
      (sum.sp = addSafe(sum.sp, sp)) < 0 ||
      (sum.el = addSafe(sum.el, el)) < 0 ||
      (sum.ex = addSafe(sum.ex, ex)) < 0
    )
      return null;
  }
  const dec = (s: { a: number; sp: number; el: number; ex: number }) => ({
    a: new Dec(s.a),
    sp: new Dec(s.sp),
    el: new Dec(s.el),
    ex: new Dec(s.ex),
  });
  return {
    "dual-residence": dec(n["dual-residence"]),
    migration: dec(n.migration),
    "furusato-resident": dec(n["furusato-resident"]),
  };
}

function decimalSums(lines: readonly Line[]): Sums {
  const sums: Sums = {
    "dual-residence": { a: new Dec(0), sp: new Dec(0), el: new Dec(0), ex: new Dec(0) },
    migration: { a: new Dec(0), sp: new Dec(0), el: new Dec(0), ex: new Dec(0) },
    "furusato-resident": { a: new Dec(0), sp: new Dec(0), el: new Dec(0), ex: new Dec(0) },
  };
  for (const line of lines) {
    const a = new Dec(line.amountYen);
    const sp = new Dec(line.specificRevenueYen);
    const el = new Dec(line.eligibleYen);
    const ex = new Dec(line.excludedYen);
    if (!a.eq(sp.plus(el).plus(ex)) || !new Dec(line.ownBurdenYen).eq(el.plus(ex))) throw unbalanced(line);
    const sum = sums[line.measure];
    sum.a = sum.a.plus(a);
    sum.sp = sum.sp.plus(sp);
    sum.el = sum.el.plus(el);
    sum.ex = sum.ex.plus(ex);
  }
  return sums;
}

/** The words of the ledger: every line's yen = 特定財源 + eligible + excluded. */
export const ledgerNote: NoteTemplate = ({ inputs, output }) => {
  const n = inputs.lines ?? "0";
  const [amount, specific, eligible, excluded] = [
    inputs.amountYen,
    output.specificRevenueYen,
    output.eligibleYen,
    output.excludedYen,
  ].map((v) => groupedString(v ?? "0"));
  return {
    ja: `全${n}行の合計 ${amount}円 = 特定財源 ${specific}円 + 対象 ${eligible}円 + 除外 ${excluded}円。`,
    en: `All ${n} lines: ¥${amount} in = ¥${specific} specific revenue + ¥${eligible} eligible + ¥${excluded} excluded.`,
  };
};
