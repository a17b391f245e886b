import { Dec, decimalString, groupedString } from "../money/decimal.js";
import type { Line } from "../calculate/line.js";
import type { TraceStep } from "../trace/step.js";

/**
 * Conservation: every input yen is either eligible or excluded, per line, per measure and in total. The
 * step shows the three sums; an imbalance is a defect of the library, never of the input, so it throws.
 */
export function ledger(lines: readonly Line[]): TraceStep {
  const inputs: Record<string, string> = {};
  const output: Record<string, string> = {};
  let amount = new Dec(0);
  let eligible = new Dec(0);
  let excluded = new Dec(0);
  for (const measure of ["dual-residence", "migration"] as const) {
    let a = new Dec(0);
    let el = new Dec(0);
    let ex = new Dec(0);
    for (const line of lines) {
      if (!new Dec(line.amountYen).eq(new Dec(line.eligibleYen).plus(line.excludedYen))) {
        throw new Error(`ledger: line ${line.id} does not balance (a defect of the library; please report it)`);
      }
      if (line.measure !== measure) continue;
      a = a.plus(line.amountYen);
      el = el.plus(line.eligibleYen);
      ex = ex.plus(line.excludedYen);
    }
    inputs[`${measure}.amountYen`] = decimalString(a);
    output[`${measure}.eligibleYen`] = decimalString(el);
    output[`${measure}.excludedYen`] = decimalString(ex);
    amount = amount.plus(a);
    eligible = eligible.plus(el);
    excluded = excluded.plus(ex);
  }
  if (!amount.eq(eligible.plus(excluded))) throw new Error("ledger: totals do not balance (a defect of the library; please report it)");
  inputs.lines = String(lines.length);
  inputs.amountYen = decimalString(amount);
  output.eligibleYen = decimalString(eligible);
  output.excludedYen = decimalString(excluded);
  output.balanced = "true";
  return {
    id: "ledger",
    rule: "ledger",
    cite: "conservation (every input yen has a disposition)",
    subject: "all lines",
    inputs,
    output,
    note: {
      ja: `全${lines.length}行の合計 ${groupedString(amount)}円 = 対象 ${groupedString(eligible)}円 + 除外 ${groupedString(excluded)}円。`,
      en: `All ${lines.length} lines: ¥${groupedString(amount)} in = ¥${groupedString(eligible)} eligible + ¥${groupedString(excluded)} excluded.`,
    },
  };
}
