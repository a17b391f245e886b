import type { CatalogItem, CoordinatorActivity } from "../catalog/types.js";
import { LINE_RULE_ORDER, type AnyLineRule, type LineContext, type Verdict } from "../rules/index.js";
import { rulesets, type Ruleset } from "../rulesets/index.js";
import type { StepData } from "../trace/step.js";
import type { Dec } from "../money/decimal.js";
import type { SpecificRevenueFacts } from "../rules/own-burden/index.js";

/**
 * The line rules that run for a catalog item or a coordinator's activities, in the ruleset's order: those
 * that bear on every line (double claims), the footnotes the catalog names for it, and 等 for an `*.other`
 * item or activity.
 */
export function lineRulesOf(entry: Pick<CatalogItem, "footnotes" | "isOther">, ruleset: Ruleset): AnyLineRule[] {
  return LINE_RULE_ORDER.map((id) => ruleset.rules[id] as AnyLineRule).filter((rule) =>
    rule.everyLine === true
      ? true
      : rule.id === "other-item"
        ? entry.isOther
        : (entry.footnotes as readonly string[]).includes(rule.id),
  );
}

/**
 * Each item's line rules, worked out once for the built-in rulesets (when the module loads): a national run
 * asks for them 1.8 million times. Another ruleset's are worked out per call.
 */
const BUILT_IN_ITEM_RULES: ReadonlyMap<Ruleset, ReadonlyMap<string, AnyLineRule[]>> = new Map(
  Object.values(rulesets).map((r) => [r, new Map(r.catalog.items.map((i) => [i.id, lineRulesOf(i, r)]))]),
);

/** The line rules of a catalog item of the ruleset. */
export function itemRules(item: CatalogItem, ruleset: Ruleset): AnyLineRule[] {
  return BUILT_IN_ITEM_RULES.get(ruleset)?.get(item.id) ?? lineRulesOf(item, ruleset);
}

/** The line rules of a coordinator record: those of each of its activities, once each, in the ruleset's order. */
export function coordinatorRulesOf(activities: readonly CoordinatorActivity[], ruleset: Ruleset): AnyLineRule[] {
  return lineRulesOf(
    { footnotes: activities.flatMap((a) => a.footnotes), isOther: activities.some((a) => a.isOther) },
    ruleset,
  );
}

/**
 * Runs the rules on one line's record: each rule whose facts the record states decides; its step is
 * recorded when `steps` is given (the trace), and not even built when it is null (the summary).
 */
export function runLineRules(
  rules: readonly AnyLineRule[],
  lineId: string,
  record: Readonly<Record<string, unknown>>,
  ruleset: Ruleset,
  context: LineContext,
  steps: StepData[] | null,
): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const rule of rules) {
    const facts: unknown = record[rule.facts.field] ?? rule.facts.whenAbsent;
    // A rule runs where its facts are stated (the input checks made them required where the item needs them).
    if (facts === undefined) continue;
    const verdict = rule.decide(facts, ruleset, context);
    verdicts.push(verdict);
    if (steps) steps.push(rule.step(lineId, facts, verdict, ruleset));
  }
  return verdicts;
}

/**
 * A line's 特定財源 (null where it states none), its deduction recorded as a step when the line states it.
 */
export function fundingOf(
  lineId: string,
  amount: Dec,
  facts: SpecificRevenueFacts | undefined,
  ruleset: Ruleset,
  steps: StepData[],
): Dec | null {
  if (facts === undefined) return null;
  const rule = ruleset.rules["own-burden"];
  const result = rule.deduct(amount, facts);
  steps.push(rule.step(lineId, amount, facts, result, ruleset));
  return result.specific;
}
