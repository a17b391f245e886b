import type { CoordinatorActivityId } from "../catalog/index.js";
import type { Post, Purpose } from "../schema/application.js";
import type { LineRuleId, ReviewCode } from "../trace/step.js";

/** Within its measure: all counts, a rule says no, or a coordinator's cost is above the cap. */
export type Disposition = "eligible" | "excluded" | "capped";

/** One input line (expense or coordinator) and what became of every yen of it. */
export interface Line {
  readonly id: string;
  readonly kind: "expense" | "coordinator";
  /** Expense lines: their project. */
  readonly projectId?: string;
  /** Expense lines: their catalog item. */
  readonly item?: string;
  /** Coordinator lines: the person (records of one person share a cap) and the post. */
  readonly person?: string;
  readonly post?: Post;
  readonly activities?: readonly CoordinatorActivityId[];
  /** Where ※5 sent the line. */
  readonly measure: Purpose;
  readonly amountYen: string;
  readonly disposition: Disposition;
  readonly eligibleYen: string;
  readonly excludedYen: string;
  /** Rules that changed or flagged this line, in a fixed order. */
  readonly rules: readonly LineRuleId[];
  readonly needsReview: readonly ReviewCode[];
}

const RULE_ORDER: readonly LineRuleId[] = ["fn5", "fn1", "fn2", "fn3", "fn4", "other-item", "coordinator-cap"];
const REVIEW_ORDER: readonly ReviewCode[] = ["other-item", "migration-measure", "fn4-coordinator-not-apportioned", "mixed-posts"];

/** Rule ids in the fixed order, each once. */
export function orderRules(rules: Iterable<LineRuleId>): LineRuleId[] {
  const set = new Set(rules);
  return RULE_ORDER.filter((r) => set.has(r));
}

/** Review codes in the fixed order, each once. */
export function orderReviews(codes: Iterable<ReviewCode>): ReviewCode[] {
  const set = new Set(codes);
  return REVIEW_ORDER.filter((c) => set.has(c));
}
