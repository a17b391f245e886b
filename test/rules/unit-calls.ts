import { fn1 } from "../../src/rules/fn1-registration-system/index.js";
import { fn2 } from "../../src/rules/fn2-facilities/index.js";
import { fn3 } from "../../src/rules/fn3-cash-handouts/index.js";
import { fn4, type RegionalStudyFacts } from "../../src/rules/fn4-regional-study/index.js";
import { fn5, type PurposeFacts } from "../../src/rules/fn5-primary-purpose/index.js";
import { otherItem as otherItemRule } from "../../src/rules/other-item/index.js";
import type { AnyLineRule, Verdict } from "../../src/rules/rule.js";
import type { Ruleset } from "../../src/rulesets/index.js";
import type { Expense } from "../../src/schema/application.js";
import type { ReviewFlag, WordedStep } from "../../src/trace/step.js";
import { worded } from "../support.js";

/*
 * The rule units called one at a time, as the pipeline calls them: a verdict, whether it excludes, and its
 * step. The tests of the trace's wording and of each footnote's outcomes read them through these.
 */

export interface RuleResult {
  readonly rule: Verdict["rule"];
  readonly excludes: boolean;
  readonly review?: ReviewFlag;
  readonly verdict: Verdict;
  readonly step: WordedStep;
}

function run(
  rule: AnyLineRule,
  lineId: string,
  facts: unknown,
  ruleset: Ruleset,
  shared = false,
  pillarJa = "",
): RuleResult {
  const verdict = rule.decide(facts, ruleset, { sharedWithOtherActivities: shared, pillarJa });
  const result = {
    rule: verdict.rule,
    excludes: verdict.outcome === "excluded",
    ...(verdict.review && { review: verdict.review }),
    step: worded(rule.step(lineId, facts, verdict, ruleset), undefined, ruleset),
  };
  // The verdict rides along unlisted, so that tests comparing the result whole see what the trace sees.
  return Object.defineProperty(result, "verdict", { value: verdict, enumerable: false }) as RuleResult;
}

export const footnote1 = (e: Expense, ruleset: Ruleset): RuleResult => run(fn1, e.id, e.system, ruleset);
export const footnote2 = (e: Expense, ruleset: Ruleset): RuleResult => run(fn2, e.id, e.facility, ruleset);
export const footnote3 = (e: Expense, ruleset: Ruleset): RuleResult => run(fn3, e.id, e.cashHandout, ruleset);
export const footnote4 = (lineId: string, facts: RegionalStudyFacts, ruleset: Ruleset, shared = false): RuleResult =>
  run(fn4, lineId, facts, ruleset, shared);
export const otherItem = (lineId: string, description: string, pillarJa: string): RuleResult =>
  run(otherItemRule, lineId, description, {} as Ruleset, false, pillarJa);

/** ※5 on a project or record: its decision and step. */
export function footnote5(
  subject: { kind: "project" | "coordinator"; id: string },
  facts: PurposeFacts,
  ruleset: Ruleset,
) {
  const decision = fn5.decide(facts);
  return { ...decision, step: fn5.step(subject, facts, decision, ruleset) };
}

export const routingMarks = fn5.marks;
