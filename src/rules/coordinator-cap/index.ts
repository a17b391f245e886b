import { decimalString, groupedString, type Dec } from "../../money/decimal.js";
import { formatCitation } from "../cite.js";
import type { Cited, RulesetParameters as Ruleset } from "../parameters.js";
import { POST_TERMS } from "../../trace/glossary.js";
import { stepIds, type Post, type Purpose } from "../../trace/names.js";
import type { ReviewFlag, TraceStep } from "../../trace/step.js";
import { DECIMAL, type Arithmetic } from "../arithmetic.js";

/*
 * Coordinator cap (seed: 「1人当たり500万円上限（兼任の場合40万円上限）」): a person's records within one
 * measure are summed, then capped per fiscal year. The cap is filled in input order, so the first records
 * count in full and later ones carry the excess. Where one person holds both posts the rules are silent:
 * the smaller cap applies and the step needs review. The migration measure's caps are a conservative
 * reading (its ruleset citations say so). This unit is the only reader of the caps.
 */

/** One record of a person, as the cap reads it. */
export interface CapRecord<N> {
  readonly id: string;
  readonly post: Post;
  readonly cost: N;
}

/** A record's part within the cap and its excess. */
export interface CappedRecord<N> {
  readonly id: string;
  readonly eligible: N;
  readonly excluded: N;
}

export const MIXED_POSTS_REVIEW: ReviewFlag = {
  code: "mixed-posts",
  note: {
    ja: "同一人物に専任と兼任の記録があるため、小さい方の上限（兼任）を適用（規定なし、要確認）。",
    en: "One person has both full-time and concurrent records; the smaller (concurrent) cap is applied (the rules are silent): needs review.",
  },
};

/** The cap that applies to one person's records in a measure: the smaller one where posts are mixed. */
export function capOf(
  measure: Purpose,
  posts: Iterable<Post>,
  ruleset: Ruleset,
): { post: Post; mixed: boolean; cap: Cited<string> } {
  const caps = measure === "dual-residence" ? ruleset.coordinator : ruleset.migration;
  const set = new Set(posts);
  const post: Post = set.has("concurrent") ? "concurrent" : "full-time";
  return { post, mixed: set.size > 1, cap: post === "full-time" ? caps.capFullTimeYen : caps.capConcurrentYen };
}

/**
 * Fills the cap in record order, over any exact arithmetic (Decimal for the trace, safe integers for the
 * summary): each record gets min(cost, what is left).
 */
export function fillCap<N>(records: readonly CapRecord<N>[], cap: N, n: Arithmetic<N>): CappedRecord<N>[] {
  let remaining = cap;
  return records.map((record) => {
    const eligible = n.min(record.cost, remaining);
    remaining = n.minus(remaining, eligible);
    return { id: record.id, eligible, excluded: n.minus(record.cost, eligible) };
  });
}

/** The cap on one person's records in one measure, with its step. */
export function coordinatorCap(
  person: string,
  measure: Purpose,
  records: readonly CapRecord<Dec>[],
  ruleset: Ruleset,
): { records: CappedRecord<Dec>[]; mixed: boolean; step: TraceStep } {
  const { post, mixed, cap: capParam } = capOf(
    measure,
    records.map((r) => r.post),
    ruleset,
  );
  const cap = DECIMAL.of(capParam.value);
  const capped = fillCap(records, cap, DECIMAL);
  const total = records.reduce((sum, r) => sum.plus(r.cost), DECIMAL.of("0"));
  const counted = DECIMAL.min(total, cap);
  const inputs: Record<string, string> = { post, capYen: capParam.value };
  for (const r of records) inputs[`${r.id}.costYen`] = decimalString(r.cost);
  const output: Record<string, string> = {
    totalYen: decimalString(total),
    countedYen: decimalString(counted),
    excessYen: decimalString(total.minus(counted)),
  };
  for (const r of capped) output[`${r.id}.eligibleYen`] = decimalString(r.eligible);
  return {
    records: capped,
    mixed,
    step: {
      id: stepIds.personCap(measure, person),
      rule: "coordinator-cap",
      cite: formatCitation(capParam.cite),
      subject: `person ${person}`,
      inputs,
      output,
      note: {
        ja: `${person} の経費合計 ${groupedString(total)}円 に${POST_TERMS[post].ja}の上限 ${groupedString(capParam.value)}円 を適用し、${groupedString(counted)}円 を算入（記録の順に充当）。`,
        en: `${person}'s costs total ¥${groupedString(total)}; the ${post} cap ¥${groupedString(capParam.value)} counts ¥${groupedString(counted)} (filled in record order).`,
      },
      ...(mixed && { needsReview: MIXED_POSTS_REVIEW }),
    },
  };
}
