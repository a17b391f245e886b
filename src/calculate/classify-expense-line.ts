import { yen } from "../money/yen.js";
import { disposition } from "../rules/disposition.js";
import { trackMarks } from "../rules/furusato-cost-cap.js";
import type { Line } from "../rules/line.js";
import type { Ruleset } from "../rulesets/index.js";
import type { Expense } from "../schema/application.js";
import { orderReviews, orderRules, type LineRuleId, type ReviewCode } from "../trace/names.js";
import type { StepData } from "../trace/step.js";
import { fundingOf, itemRules, runLineRules } from "./line-rules.js";
import type { Routing } from "./route.js";

/**
 * One expense: its 特定財源 deducted, the rules its catalog item names (in the ruleset's order), then its
 * disposition on the own burden. Only order lives here; each decision is a rule unit's.
 */
export function classifyExpenseLine(
  expense: Expense,
  routing: Routing & { readonly projectId: string },
  ruleset: Ruleset,
): { line: Line; steps: StepData[] } {
  const item = ruleset.catalog.findItem(expense.item);
  if (!item) throw new Error(`unreachable: item ${expense.item} was validated`);
  const steps: StepData[] = [];
  const amount = yen(expense.amount);
  const funding = fundingOf(expense.id, amount, expense.specificRevenue, ruleset, steps);
  const context = { sharedWithOtherActivities: false, pillarJa: ruleset.catalog.pillarOf(item).label.ja };
  const record = expense as unknown as Readonly<Record<string, unknown>>;
  const verdicts = runLineRules(itemRules(item, ruleset), expense.id, record, ruleset, context, steps);
  const decided = disposition(expense.id, amount, funding, verdicts, null);
  const rules: LineRuleId[] = verdicts.filter((v) => v.outcome === "excluded" || v.review).map((v) => v.rule);
  const reviews: ReviewCode[] = verdicts.flatMap((v) => (v.review ? [v.review.code] : []));
  // The ふるさと住民 track's items are on the track (their pillar); the track's unit marks the line.
  const marks = trackMarks(item.pillar === "furusato", routing, ruleset);
  rules.push(...marks.rules);
  reviews.push(...marks.reviews);
  steps.push(decided.step);
  const line: Line = {
    id: expense.id,
    kind: "expense",
    projectId: routing.projectId,
    item: expense.item,
    measure: marks.measure,
    amountYen: decided.amountYen,
    specificRevenueYen: decided.specificRevenueYen,
    ownBurdenYen: decided.ownBurdenYen,
    disposition: decided.disposition,
    eligibleYen: decided.eligibleYen,
    excludedYen: decided.excludedYen,
    rules: rules.length === 0 ? [] : orderRules(rules),
    needsReview: reviews.length === 0 ? [] : orderReviews(reviews),
  };
  // The parts of 特定財源 after their sum, where stated (no spread in the literal: it runs for every line).
  return { line: expense.specificRevenue === undefined ? line : withParts(line, expense.specificRevenue), steps };
}

/** The line with its 特定財源 parts beside their sum (the key order every writer of a line keeps). */
export function withParts(line: Line, parts: NonNullable<Line["specificRevenue"]>): Line {
  const { ownBurdenYen, disposition, eligibleYen, excludedYen, rules, needsReview, ...head } = line;
  return {
    ...head,
    specificRevenue: parts,
    ownBurdenYen,
    disposition,
    eligibleYen,
    excludedYen,
    rules,
    needsReview,
  };
}
