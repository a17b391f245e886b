import { Dec, decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { stepIds, type LineRuleId, type Measure, type Purpose, type ReviewCode } from "../trace/names.js";
import type { RoutingRule } from "./fn5-primary-purpose/index.js";
import type { ReviewFlag, StepData } from "../trace/step.js";
import type { NoteTemplate } from "./note.js";
import { formatCitation } from "./cite.js";
import type { RulesetParameters as Ruleset } from "./parameters.js";

/*
 * The provisional ふるさと住民 track (FY2026; DOMAIN.md §12, confidence medium-low). Reported: 「制度の準備・
 * 運用に要する経費（事業費1,000万円を上限）に50％×財政力補正の特別交付税措置」. Read: the track's eligible
 * own burden is capped at ¥10,000,000 per body and year, then × 0.5 × 財政力補正. Every step of the track is
 * flagged for review.
 */

/** The flag every figure of the track carries. */
export const FURUSATO_REVIEW: ReviewFlag = {
  code: "furusato-provisional",
  note: {
    ja: "ふるさと住民登録制度の措置は報道に基づく暫定の読み（令和8年度、確度: 中〜低）。総務省の通知で要確認。",
    en: "The ふるさと住民 track is a provisional reading of press reports (FY2026, confidence medium-low): to be checked against the ministry's notice.",
  },
};

/**
 * What being on the track, or not, marks on a line: on it, its measure is the track's and it needs review
 * (※5 does not route it: the track is a measure of its own); off it, ※5's marks of its routing.
 */
export function trackMarks(
  onTrack: boolean,
  routing: { readonly measure: Measure; readonly mixed: boolean },
  ruleset: Ruleset & { readonly rules: { readonly fn5: RoutingRule } },
): { measure: Measure; rules: LineRuleId[]; reviews: ReviewCode[] } {
  if (onTrack) return { measure: "furusato-resident", rules: [], reviews: [FURUSATO_REVIEW.code] };
  const marks = ruleset.rules.fn5.marks(routing as { measure: Purpose; mixed: boolean });
  return { measure: routing.measure, rules: marks.rules, reviews: marks.reviews };
}

/** min(eligible costs, the track's cap), with its step. */
export function furusatoCostCap(eligible: DecValue, ruleset: Ruleset): { capped: DecValue; step: StepData } {
  if (!ruleset.furusato) throw new Error(`the ruleset ${ruleset.id} has no ふるさと住民 track`);
  const cap = ruleset.furusato.costCapYen;
  const capped = Dec.min(eligible, cap.value);
  return {
    capped,
    step: {
      id: stepIds.measure("furusato-resident", "cost-cap"),
      rule: "furusato-cost-cap",
      cite: formatCitation(cap.cite),
      subject: "furusato-resident costs",
      inputs: { eligibleCostsYen: decimalString(eligible), capYen: cap.value },
      output: { cappedCostsYen: decimalString(capped) },
      needsReview: FURUSATO_REVIEW,
    },
  };
}

/** The words of the track's cost cap: eligible costs against the cap. */
export const furusatoCostCapNote: NoteTemplate = ({ inputs, output }) => {
  const [eligible, cap, capped] = [inputs.eligibleCostsYen, inputs.capYen, output.cappedCostsYen].map((v) =>
    groupedString(v ?? "0"),
  );
  return {
    ja: `ふるさと住民登録制度の対象経費 ${eligible}円 に上限 ${cap}円 を適用し ${capped}円。`,
    en: `The track's eligible costs ¥${eligible} against its cap ¥${cap}: ¥${capped}.`,
  };
};
