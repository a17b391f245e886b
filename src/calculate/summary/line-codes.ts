import { LINE_RULE_IDS, REVIEW_CODES, type LineRuleId, type ReviewCode } from "../../trace/names.js";

/*
 * A line's `rules` and `needsReview` as bit sets (bit i for the i-th id of trace/names.ts), turned into
 * arrays in that fixed order. Arrays are shared between lines and frozen: a national run makes millions of
 * lines and only a few dozen distinct lists.
 */

const bitsOf = <T extends string>(order: readonly T[]): Readonly<Record<T, number>> =>
  Object.fromEntries(order.map((id, i) => [id, 1 << i])) as Record<T, number>;

/** The bit of each rule id. */
export const RULE = bitsOf(LINE_RULE_IDS);
/** The bit of each review code. */
export const REVIEW = bitsOf(REVIEW_CODES);

function table<T>(order: readonly T[]): (readonly T[])[] {
  const out: (readonly T[])[] = [];
  for (let mask = 0; mask < 1 << order.length; mask++)
    out.push(Object.freeze(order.filter((_, bit) => (mask & (1 << bit)) !== 0)));
  return out;
}

const RULE_LISTS = table(LINE_RULE_IDS);
const REVIEW_LISTS = table(REVIEW_CODES);

export const ruleList = (mask: number): readonly LineRuleId[] => RULE_LISTS[mask] as readonly LineRuleId[];
export const reviewList = (mask: number): readonly ReviewCode[] => REVIEW_LISTS[mask] as readonly ReviewCode[];

/** The bits of a list of rule ids or review codes. */
export const ruleBits = (ids: readonly LineRuleId[]): number => ids.reduce((m, id) => m | RULE[id], 0);
export const reviewBits = (codes: readonly ReviewCode[]): number => codes.reduce((m, c) => m | REVIEW[c], 0);
