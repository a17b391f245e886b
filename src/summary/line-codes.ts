import type { LineRuleId, ReviewCode } from "../trace/step.js";

/*
 * A line's `rules` and `needsReview` as bit sets, turned into arrays in the fixed order of
 * calculate/line.ts. Arrays are shared between lines and frozen: a national run makes millions of lines
 * and only a few dozen distinct lists.
 */

const RULE_ORDER: readonly LineRuleId[] = ["fn5", "fn1", "fn2", "fn3", "fn4", "other-item", "coordinator-cap"];
const REVIEW_ORDER: readonly ReviewCode[] = [
  "other-item",
  "migration-measure",
  "fn4-coordinator-not-apportioned",
  "mixed-posts",
];

export const RULE = { fn5: 1, fn1: 2, fn2: 4, fn3: 8, fn4: 16, otherItem: 32, coordinatorCap: 64 } as const;
export const REVIEW = { otherItem: 1, migration: 2, fn4NotApportioned: 4, mixedPosts: 8 } as const;

function table<T>(order: readonly T[]): (readonly T[])[] {
  const out: (readonly T[])[] = [];
  for (let mask = 0; mask < 1 << order.length; mask++)
    out.push(Object.freeze(order.filter((_, bit) => (mask & (1 << bit)) !== 0)));
  return out;
}

const RULE_LISTS = table(RULE_ORDER);
const REVIEW_LISTS = table(REVIEW_ORDER);

export const ruleList = (mask: number): readonly LineRuleId[] => RULE_LISTS[mask] as readonly LineRuleId[];
export const reviewList = (mask: number): readonly ReviewCode[] => REVIEW_LISTS[mask] as readonly ReviewCode[];
