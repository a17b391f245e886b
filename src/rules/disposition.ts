import { decimalString, groupedString, ZERO, type Dec as DecValue } from "../money/decimal.js";
import type { Disposition } from "./line.js";
import type { ReviewFlag, TraceStep } from "../trace/step.js";
import { stepIds } from "../trace/names.js";
import type { Verdict } from "./rule.js";

const DISPOSITION_JA: Record<Disposition, string> = {
  eligible: "対象",
  excluded: "対象外",
  capped: "上限超過分を除外",
};

/**
 * A line's disposition within its measure: listed spending counts unless a rule takes it out; a rule that
 * excludes takes the whole line (the footnotes speak of whole costs; a partly covered cost is split into
 * two lines by the applicant). Coordinators pass their capped part here.
 */
export function disposition(
  lineId: string,
  amount: DecValue,
  verdicts: readonly Verdict[],
  capped: { eligible: DecValue } | null,
  label: { ja: string; en: string },
  review?: ReviewFlag,
): {
  disposition: Disposition;
  eligible: DecValue;
  excluded: DecValue;
  amountYen: string;
  eligibleYen: string;
  excludedYen: string;
  step: TraceStep;
} {
  const excluders = verdicts.filter((v) => v.outcome === "excluded").map((v) => v.rule);
  let result: Disposition;
  let eligible: DecValue;
  if (excluders.length > 0) {
    result = "excluded";
    eligible = ZERO;
  } else if (capped && capped.eligible.lt(amount)) {
    result = "capped";
    eligible = capped.eligible;
  } else {
    result = "eligible";
    eligible = amount;
  }
  // All or nothing needs no subtraction; each figure is written out once, the line and the step share it.
  const excluded = eligible === amount ? ZERO : eligible === ZERO ? amount : amount.minus(eligible);
  const amountYen = decimalString(amount);
  const eligibleYen = eligible === amount ? amountYen : decimalString(eligible);
  const excludedYen = excluded === amount ? amountYen : decimalString(excluded);
  const eligibleGrouped = groupedString(eligibleYen);
  const excludedGrouped = groupedString(excludedYen);
  const checks = verdicts.map((v) => `${v.rule}=${v.outcome}`).join(", ");
  const because =
    excluders.length > 0
      ? excluders.join(", ")
      : result === "capped"
        ? "coordinator-cap"
        : checks
          ? "all checks pass"
          : "listed item";
  return {
    disposition: result,
    eligible,
    excluded,
    amountYen,
    eligibleYen,
    excludedYen,
    step: {
      id: stepIds.line(lineId),
      rule: "disposition",
      cite: "seed 対象経費 (five pillars)",
      subject: `line ${lineId}`,
      inputs: {
        amountYen,
        checks: checks || "none",
        ...(capped && { cappedEligibleYen: decimalString(capped.eligible) }),
      },
      output: { disposition: result, eligibleYen, excludedYen },
      note: {
        ja: `${label.ja}: ${DISPOSITION_JA[result]}（対象 ${eligibleGrouped}円、除外 ${excludedGrouped}円）。`,
        en: `${label.en}: ${result} (${because}); eligible ¥${eligibleGrouped}, excluded ¥${excludedGrouped}.`,
      },
      ...(review && { needsReview: review }),
    },
  };
}
