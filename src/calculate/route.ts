import type { PurposeFacts } from "../rules/fn5-primary-purpose/index.js";
import type { Ruleset } from "../rulesets/index.js";
import type { Purpose } from "../trace/names.js";
import type { StepData } from "../trace/step.js";

/** Where ※5 sent a project or a coordinator record, and whether it was mixed. */
export interface Routing {
  readonly measure: Purpose;
  readonly mixed: boolean;
}

/** ※5 on one project or coordinator record, through the ruleset's version of the rule: its decision and step. */
export function route(
  subject: { kind: "project" | "coordinator"; id: string },
  facts: PurposeFacts,
  ruleset: Ruleset,
): Routing & { step: StepData } {
  const rule = ruleset.rules.fn5;
  const decision = rule.decide(facts);
  return { measure: decision.measure, mixed: decision.mixed, step: rule.step(subject, facts, decision, ruleset) };
}
