import { decimalString, groupedString, ZERO, type Dec as DecValue } from "../money/decimal.js";
import type { Disposition } from "./line.js";
import type { ReviewFlag, StepData } from "../trace/step.js";
import { stepIds } from "../trace/names.js";
import { subjectId, type NoteTemplate } from "./note.js";
import type { Verdict } from "./rule.js";

const DISPOSITION_JA: Record<Disposition, string> = {
  eligible: "対象",
  excluded: "対象外",
  capped: "上限超過分を除外",
};

/**
 * A line's disposition within its measure, on its own burden (cost − 特定財源): listed spending counts unless
 * a rule takes it out; a rule that excludes takes the whole own burden (the footnotes speak of whole costs;
 * a partly covered cost is split into two lines by the applicant). Coordinators pass their capped part here.
 * `specific` is the line's 特定財源 (null where the line states none): never eligible, never excluded.
 */
export function disposition(
  lineId: string,
  gross: DecValue,
  specific: DecValue | null,
  verdicts: readonly Verdict[],
  capped: { eligible: DecValue } | null,
  review?: ReviewFlag,
): {
  disposition: Disposition;
  eligible: DecValue;
  excluded: DecValue;
  amountYen: string;
  specificRevenueYen: string;
  ownBurdenYen: string;
  eligibleYen: string;
  excludedYen: string;
  step: StepData;
} {
  // The own burden is what the rules divide; without 特定財源 it is the cost itself (no subtraction).
  const amount = specific === null || specific.isZero() ? gross : gross.minus(specific);
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
  const grossYen = amount === gross ? amountYen : decimalString(gross);
  const specificYen = specific === null ? "0" : decimalString(specific);
  const eligibleYen = eligible === amount ? amountYen : decimalString(eligible);
  const excludedYen = excluded === amount ? amountYen : decimalString(excluded);
  const checks = verdicts.map((v) => `${v.rule}=${v.outcome}`).join(", ");
  return {
    disposition: result,
    eligible,
    excluded,
    amountYen: grossYen,
    specificRevenueYen: specificYen,
    ownBurdenYen: amountYen,
    eligibleYen,
    excludedYen,
    step: {
      id: stepIds.line(lineId),
      rule: "disposition",
      cite: "seed 対象経費 (five pillars)",
      subject: `line ${lineId}`,
      inputs: {
        amountYen: grossYen,
        ...(specific !== null && { specificRevenueYen: specificYen, ownBurdenYen: amountYen }),
        checks: checks || "none",
        ...(capped && { cappedEligibleYen: decimalString(capped.eligible) }),
      },
      output: { disposition: result, eligibleYen, excludedYen },
      ...(review && { needsReview: review }),
    },
  };
}

/**
 * The words of a line's disposition: the line's item (or coordinator), its disposition and why (the rules
 * that excluded it, the cap, or none), the eligible and excluded yen, and the own burden where 特定財源 is
 * stated.
 */
export const dispositionNote: NoteTemplate = (step, { line, catalog }) => {
  const lineId = subjectId(step);
  const record = line(lineId);
  const label =
    record?.kind === "expense"
      ? (catalog.findItem(record.item ?? "")?.label ?? { ja: record.item ?? "", en: record.item ?? "" })
      : { ja: `コーディネーター ${record?.person ?? ""}`, en: `coordinator ${record?.person ?? ""}` };
  const { inputs, output } = step;
  const result = output.disposition as Disposition;
  const checks = inputs.checks ?? "none";
  const excluders = checks === "none" ? [] : checks.split(", ").filter((c) => c.endsWith("=excluded"));
  const because =
    excluders.length > 0
      ? excluders.map((c) => c.slice(0, c.indexOf("="))).join(", ")
      : result === "capped"
        ? "coordinator-cap"
        : checks !== "none"
          ? "all checks pass"
          : "listed item";
  const eligibleGrouped = groupedString(output.eligibleYen ?? "0");
  const excludedGrouped = groupedString(output.excludedYen ?? "0");
  const ownBurden = inputs.ownBurdenYen;
  const funding =
    ownBurden === undefined
      ? { ja: "", en: "" }
      : { ja: `一般財源等 ${groupedString(ownBurden)}円のうち`, en: ` of the own burden ¥${groupedString(ownBurden)}` };
  return {
    ja: `${label.ja}: ${DISPOSITION_JA[result]}（${funding.ja}対象 ${eligibleGrouped}円、除外 ${excludedGrouped}円）。`,
    en: `${label.en}: ${result} (${because}); eligible ¥${eligibleGrouped}, excluded ¥${excludedGrouped}${funding.en}.`,
  };
};
