import { Dec, decimalString, groupedString, type Dec as DecValue } from "../money/decimal.js";
import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { Post, Purpose } from "../schema/application.js";
import type { ReviewFlag, TraceStep } from "../trace/step.js";

export interface CoordinatorRecord {
  readonly id: string;
  readonly post: Post;
  readonly cost: DecValue;
}

export interface CappedRecord {
  readonly id: string;
  readonly eligible: DecValue;
  readonly excluded: DecValue;
}

export const MIXED_POSTS_REVIEW: ReviewFlag = {
  code: "mixed-posts",
  note: {
    ja: "同一人物に専任と兼任の記録があるため、小さい方の上限（兼任）を適用（規定なし、要確認）。",
    en: "One person has both full-time and concurrent records; the smaller (concurrent) cap is applied (the rules are silent): needs review.",
  },
};

/**
 * Coordinator cap (seed: 1人当たり500万円上限（兼任の場合40万円上限）): a person's records within one
 * measure are summed, then capped per fiscal year. The cap is filled in input order, so the first records
 * count in full and later ones carry the excess. Where one person holds both posts the rules are silent:
 * the smaller cap applies and the step needs review.
 */
export function coordinatorCap(
  person: string,
  measure: Purpose,
  records: readonly CoordinatorRecord[],
  ruleset: Ruleset,
): { records: CappedRecord[]; mixed: boolean; step: TraceStep } {
  const caps = measure === "dual-residence" ? ruleset.coordinator : ruleset.migration;
  const posts = new Set(records.map((r) => r.post));
  const mixed = posts.size > 1;
  const post: Post = posts.has("concurrent") ? "concurrent" : "full-time";
  const capParam = post === "full-time" ? caps.capFullTimeYen : caps.capConcurrentYen;
  const cap = new Dec(capParam.value);
  let remaining = cap;
  let total = new Dec(0);
  const capped = records.map((record) => {
    const eligible = Dec.min(record.cost, remaining);
    remaining = remaining.minus(eligible);
    total = total.plus(record.cost);
    return { id: record.id, eligible, excluded: record.cost.minus(eligible) };
  });
  const counted = Dec.min(total, cap);
  const inputs: Record<string, string> = { post, capYen: capParam.value };
  for (const r of records) inputs[`${r.id}.costYen`] = decimalString(r.cost);
  const output: Record<string, string> = {
    totalYen: decimalString(total),
    countedYen: decimalString(counted),
    excessYen: decimalString(total.minus(counted)),
  };
  for (const r of capped) output[`${r.id}.eligibleYen`] = decimalString(r.eligible);
  const postJa = post === "full-time" ? "専任" : "兼任";
  return {
    records: capped,
    mixed,
    step: {
      id: `person/${measure}/${person}/coordinator-cap`,
      rule: "coordinator-cap",
      cite: formatCitation(capParam.cite),
      subject: `person ${person}`,
      inputs,
      output,
      note: {
        ja: `${person} の経費合計 ${groupedString(total)}円 に${postJa}の上限 ${groupedString(capParam.value)}円 を適用し、${groupedString(counted)}円 を算入（記録の順に充当）。`,
        en: `${person}'s costs total ¥${groupedString(total)}; the ${post} cap ¥${groupedString(capParam.value)} counts ¥${groupedString(counted)} (filled in record order).`,
      },
      ...(mixed && { needsReview: MIXED_POSTS_REVIEW }),
    },
  };
}
