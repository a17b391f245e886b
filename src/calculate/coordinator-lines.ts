import { yen } from "../money/yen.js";
import { coordinatorCap, type CappedRecord, type CoordinatorRecord } from "../rules/coordinator-cap.js";
import { disposition } from "../rules/disposition.js";
import { footnote4 } from "../rules/footnote-4-regional-study.js";
import { footnote5, routingMarks } from "../rules/footnote-5-primary-purpose.js";
import { otherItem } from "../rules/other-item.js";
import type { RuleVerdict } from "../rules/verdict.js";
import type { Ruleset } from "../rulesets/index.js";
import type { Coordinator, Purpose } from "../schema/application.js";
import type { LineRuleId, ReviewCode, TraceStep } from "../trace/step.js";
import { orderReviews, orderRules, type Line } from "./line.js";

/**
 * Coordinators: ※5 routes each record, ※4 checks regional-study support, then each person's remaining
 * records are capped together, then each record gets its disposition. Steps come in that order.
 */
export function coordinatorLines(
  coordinators: readonly Coordinator[],
  ruleset: Ruleset,
): { lines: Line[]; steps: TraceStep[] } {
  const steps: TraceStep[] = [];
  const checked = coordinators.map((c) => {
    const routing = footnote5({ kind: "coordinator", id: c.id }, c, ruleset);
    steps.push(routing.step);
    const verdicts: RuleVerdict[] = [];
    if (c.regionalStudy) verdicts.push(footnote4(c.id, c.regionalStudy, ruleset, c.activities.length > 1));
    if (c.activities.includes("other"))
      verdicts.push(otherItem(c.id, c.description ?? "", "コーディネーターによる支援"));
    for (const v of verdicts) steps.push(v.step);
    const excluded = verdicts.some((v) => v.excludes);
    return { c, routing, verdicts, excluded, cost: yen(c.cost) };
  });

  // Records that survived the footnotes, grouped by measure and person in order of first appearance.
  const groups = new Map<string, { person: string; measure: Purpose; records: CoordinatorRecord[] }>();
  for (const x of checked) {
    if (x.excluded) continue;
    const key = `${x.routing.measure}\u0000${x.c.person}`;
    const group = groups.get(key) ?? { person: x.c.person, measure: x.routing.measure, records: [] };
    group.records.push({ id: x.c.id, post: x.c.post, cost: x.cost });
    groups.set(key, group);
  }
  const cappedById = new Map<string, { record: CappedRecord; mixed: boolean }>();
  for (const group of groups.values()) {
    const result = coordinatorCap(group.person, group.measure, group.records, ruleset);
    steps.push(result.step);
    for (const record of result.records) cappedById.set(record.id, { record, mixed: result.mixed });
  }

  const lines = checked.map(({ c, routing, verdicts, cost }): Line => {
    const capped = cappedById.get(c.id);
    const decided = disposition(c.id, cost, verdicts, capped ? capped.record : null, {
      ja: `コーディネーター ${c.person}`,
      en: `coordinator ${c.person}`,
    });
    steps.push(decided.step);
    const rules: LineRuleId[] = verdicts.filter((v) => v.excludes || v.review).map((v) => v.rule);
    const reviews: ReviewCode[] = verdicts.flatMap((v) => (v.review ? [v.review.code] : []));
    const marks = routingMarks(routing);
    rules.push(...marks.rules);
    reviews.push(...marks.reviews);
    if (decided.disposition === "capped") rules.push("coordinator-cap");
    if (capped?.mixed) reviews.push("mixed-posts");
    return {
      id: c.id,
      kind: "coordinator",
      person: c.person,
      post: c.post,
      activities: c.activities,
      measure: routing.measure,
      amountYen: decided.amountYen,
      disposition: decided.disposition,
      eligibleYen: decided.eligibleYen,
      excludedYen: decided.excludedYen,
      rules: orderRules(rules),
      needsReview: orderReviews(reviews),
    };
  });
  return { lines, steps };
}
