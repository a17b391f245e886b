import { catalog, findItem } from "../catalog/index.js";
import { yen } from "../money/yen.js";
import { footnote1 } from "../rules/footnote-1-registration-system.js";
import { footnote2 } from "../rules/footnote-2-facilities.js";
import { footnote3 } from "../rules/footnote-3-cash-handouts.js";
import { footnote4 } from "../rules/footnote-4-regional-study.js";
import { otherItem } from "../rules/other-item.js";
import { disposition } from "../rules/disposition.js";
import type { RuleVerdict } from "../rules/verdict.js";
import type { Ruleset } from "../rulesets/index.js";
import type { Expense, Purpose } from "../schema/application.js";
import type { LineRuleId, ReviewCode, TraceStep } from "../trace/step.js";
import { orderReviews, orderRules, type Line } from "./line.js";
import { routingMarks } from "../rules/footnote-5-primary-purpose.js";

/** Where ※5 sent the expense's project, and whether the project was mixed. */
export interface Routing {
  readonly projectId: string;
  readonly measure: Purpose;
  readonly mixed: boolean;
}

/**
 * One expense through the footnotes its item and facts call for, in citation order, then its disposition.
 * Only order lives here; each decision is a rule module's.
 */
export function classifyExpenseLine(
  expense: Expense,
  routing: Routing,
  ruleset: Ruleset,
): { line: Line; steps: TraceStep[] } {
  const item = findItem(expense.item);
  if (!item) throw new Error(`unreachable: item ${expense.item} was validated`);
  const verdicts: RuleVerdict[] = [];
  // The footnotes read the expense itself (no copies: this runs for every line of a national run).
  if (expense.system)
    verdicts.push(footnote1(expense as Expense & { system: NonNullable<Expense["system"]> }, ruleset));
  if (expense.facility)
    verdicts.push(footnote2(expense as Expense & { facility: NonNullable<Expense["facility"]> }, ruleset));
  if (expense.cashHandout !== undefined)
    verdicts.push(footnote3(expense as Expense & { cashHandout: boolean }, ruleset));
  if (expense.regionalStudy) verdicts.push(footnote4(expense.id, expense.regionalStudy, ruleset));
  if (item.isOther)
    verdicts.push(otherItem(expense.id, expense.description ?? "", catalog.pillars[item.pillar].label.ja));
  const amount = yen(expense.amount);
  const decided = disposition(expense.id, amount, verdicts, null, item.label);
  const rules: LineRuleId[] = verdicts.filter((v) => v.excludes || v.review).map((v) => v.rule);
  const reviews: ReviewCode[] = verdicts.flatMap((v) => (v.review ? [v.review.code] : []));
  const marks = routingMarks(routing);
  rules.push(...marks.rules);
  reviews.push(...marks.reviews);
  return {
    line: {
      id: expense.id,
      kind: "expense",
      projectId: routing.projectId,
      item: expense.item,
      measure: routing.measure,
      amountYen: decided.amountYen,
      disposition: decided.disposition,
      eligibleYen: decided.eligibleYen,
      excludedYen: decided.excludedYen,
      rules: rules.length === 0 ? [] : orderRules(rules),
      needsReview: reviews.length === 0 ? [] : orderReviews(reviews),
    },
    steps: verdicts.length === 0 ? [decided.step] : [...verdicts.map((v) => v.step), decided.step],
  };
}
