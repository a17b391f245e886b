import { COORDINATOR_PILLAR_JA } from "../catalog/index.js";
import { yen } from "../money/yen.js";
import {
  coordinatorCap,
  similarPersonsReview,
  type CappedRecord,
  type CapRecord,
} from "../rules/coordinator-cap/index.js";
import { identityKey, nearDuplicates } from "../text/identity-key.js";
import { ZERO, type Dec } from "../money/decimal.js";
import { disposition } from "../rules/disposition.js";
import { trackMarks } from "../rules/furusato-cost-cap.js";
import type { Line } from "../rules/line.js";
import type { Ruleset } from "../rulesets/index.js";
import type { Coordinator } from "../schema/application.js";
import { orderReviews, orderRules, type LineRuleId, type Measure, type ReviewCode } from "../trace/names.js";
import type { StepData } from "../trace/step.js";
import { coordinatorRulesOf, fundingOf, runLineRules } from "./line-rules.js";
import { route } from "./route.js";

/**
 * Coordinators: ※5 routes each record, its 特定財源 is deducted, the rules of its activities check it (※4, 等), then each person's
 * remaining records are capped together, then each record gets its disposition. Steps come in that order.
 */
export function coordinatorLines(
  coordinators: readonly Coordinator[],
  ruleset: Ruleset,
): { lines: Line[]; steps: StepData[] } {
  const steps: StepData[] = [];
  const context = { sharedWithOtherActivities: false, pillarJa: COORDINATOR_PILLAR_JA };
  // Records are grouped by the person's key (NFKC, white space folded); keys that differ only in case or
  // kana are kept apart and flagged on both records.
  const keyOf = new Map(coordinators.map((c) => [c.id, identityKey(c.person)]));
  const near = nearDuplicates(coordinators.map((c) => ({ id: c.id, key: keyOf.get(c.id) ?? c.person })));
  const checked = coordinators.map((c) => {
    // A record of the ふるさと住民 track is its own measure: ※5 does not route it.
    const onTrack = c.track === "furusato-resident";
    let routing: { measure: Measure; mixed: boolean } = { measure: "furusato-resident", mixed: false };
    if (!onTrack) {
      const routed = route({ kind: "coordinator", id: c.id }, c, ruleset);
      steps.push(routed.step);
      routing = routed;
    }
    const activities = c.activities.flatMap((id) => ruleset.catalog.findActivity(id) ?? []);
    const record = c as unknown as Readonly<Record<string, unknown>>;
    const shared = { ...context, sharedWithOtherActivities: c.activities.length > 1 };
    const cost = yen(c.cost);
    const specific = fundingOf(c.id, cost, c.specificRevenue, ruleset, steps);
    const verdicts = runLineRules(coordinatorRulesOf(activities, ruleset), c.id, record, ruleset, shared, steps);
    const excluded = verdicts.some((v) => v.outcome === "excluded");
    return { c, routing, onTrack, verdicts, excluded, cost, specific };
  });

  // Records that survived the rules, grouped by measure and person in order of first appearance.
  const groups = new Map<string, { person: string; measure: Measure; records: CapRecord<Dec>[] }>();
  for (const x of checked) {
    if (x.excluded) continue;
    const person = keyOf.get(x.c.id) ?? x.c.person;
    const key = `${x.routing.measure}\u0000${person}`;
    const group = groups.get(key) ?? { person, measure: x.routing.measure, records: [] };
    group.records.push({ id: x.c.id, post: x.c.post, cost: x.cost, specific: x.specific ?? ZERO, written: x.c.person });
    groups.set(key, group);
  }
  const cappedById = new Map<string, { record: CappedRecord<Dec>; mixed: boolean; basisMatters: boolean }>();
  for (const group of groups.values()) {
    const result = coordinatorCap(group.person, group.measure, group.records, ruleset);
    steps.push(...result.steps);
    for (const record of result.records)
      cappedById.set(record.id, { record, mixed: result.mixed, basisMatters: result.basisMatters });
  }

  const lines = checked.map(({ c, routing, onTrack, verdicts, cost, specific }): Line => {
    const capped = cappedById.get(c.id);
    const similar = near.get(c.id);
    const decided = disposition(
      c.id,
      cost,
      specific,
      verdicts,
      capped ? capped.record : null,
      similar && similarPersonsReview(c.id, similar),
    );
    steps.push(decided.step);
    const rules: LineRuleId[] = verdicts.filter((v) => v.outcome === "excluded" || v.review).map((v) => v.rule);
    const reviews: ReviewCode[] = verdicts.flatMap((v) => (v.review ? [v.review.code] : []));
    const marks = trackMarks(onTrack, routing, ruleset);
    rules.push(...marks.rules);
    reviews.push(...marks.reviews);
    if (decided.disposition === "capped") rules.push("coordinator-cap");
    if (capped?.mixed) reviews.push("mixed-posts");
    if (similar) reviews.push("similar-persons");
    if (capped?.basisMatters) reviews.push("cap-basis");
    return {
      id: c.id,
      kind: "coordinator",
      person: c.person,
      post: c.post,
      activities: c.activities,
      measure: marks.measure,
      amountYen: decided.amountYen,
      specificRevenueYen: decided.specificRevenueYen,
      ...(c.specificRevenue !== undefined && { specificRevenue: c.specificRevenue }),
      ownBurdenYen: decided.ownBurdenYen,
      disposition: decided.disposition,
      eligibleYen: decided.eligibleYen,
      excludedYen: decided.excludedYen,
      rules: orderRules(rules),
      needsReview: orderReviews(reviews),
    };
  });
  return { lines, steps };
}
