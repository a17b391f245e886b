import type { CatalogItem } from "../../catalog/types.js";
import { coordinatorRulesOf, itemRules } from "../line-rules.js";
import { LINE_RULE_ORDER, type AnyLineRule, type LineContext, type Verdict } from "../../rules/index.js";
import { rulesets, type Ruleset } from "../../rulesets/index.js";
import { compileCheck, type Check } from "./compiled-check.js";
import { RULE, REVIEW } from "./line-codes.js";
import { isPlainArray, plainKeys } from "./plain.js";

/*
 * How the fast reader reads the facts of a line: with the rule units of the application's ruleset. Each
 * stated fact is checked by its rule's own zod fragment and cross check (never by a copy kept here), and the
 * rules decide as they do in `calculate`; only the summing is the fast reader's own.
 */

/** What the fast reader needs of one catalog item: its rules, its facts, its pillar's words. */
export interface ItemEntry {
  readonly item: CatalogItem;
  readonly rules: readonly AnyLineRule[];
  readonly required: readonly string[];
  readonly allowed: ReadonlySet<string>;
  readonly context: LineContext;
}

/** The ruleset's items, the rule that owns each fact field and its compiled check, worked out once. */
export interface FactReader {
  readonly ruleset: Ruleset;
  readonly items: ReadonlyMap<string, ItemEntry>;
  readonly fieldRules: ReadonlyMap<string, AnyLineRule>;
  readonly checks: ReadonlyMap<AnyLineRule, Check>;
}

/** The built-in rulesets' readers, made when the module loads; another ruleset's is made per call. */
const BUILT_IN_READERS: ReadonlyMap<Ruleset, FactReader> = new Map(
  Object.values(rulesets).map((r) => [r, makeFactReader(r)]),
);

/** The fact reader of a ruleset. */
export function factReaderOf(ruleset: Ruleset): FactReader {
  return BUILT_IN_READERS.get(ruleset) ?? makeFactReader(ruleset);
}

function makeFactReader(ruleset: Ruleset): FactReader {
  const items = new Map<string, ItemEntry>();
  for (const item of ruleset.catalog.items) {
    items.set(item.id, {
      item,
      rules: itemRules(item, ruleset),
      required: item.requiredFacts,
      // Facts of the rules that bear on every line (double claims) are allowed on every item.
      allowed: new Set([
        ...item.requiredFacts,
        ...item.optionalFacts,
        ...LINE_RULE_ORDER.map((id) => ruleset.rules[id] as AnyLineRule)
          .filter((rule) => rule.everyLine === true)
          .map((rule) => rule.facts.field),
      ]),
      context: { sharedWithOtherActivities: false, pillarJa: ruleset.catalog.pillarOf(item).label.ja },
    });
  }
  const rules = LINE_RULE_ORDER.map((id) => ruleset.rules[id]);
  const fieldRules = new Map(rules.map((rule) => [rule.facts.field, rule]));
  const checks = new Map(rules.map((rule) => [rule, compileCheck(rule.facts.schema)]));
  return { ruleset, items, fieldRules, checks };
}

/** The rules of a coordinator record's activities (ids checked by the caller). */
export function coordinatorRules(reader: FactReader, activityIds: readonly string[]): AnyLineRule[] {
  const activities = activityIds.flatMap((id) => reader.ruleset.catalog.findActivity(id) ?? []);
  return coordinatorRulesOf(activities, reader.ruleset);
}

/**
 * Whether one stated fact is plainly valid: an object made as JSON makes it (counted against the structure
 * guard's limit), accepted by its rule's fragment, with no problem its cross check would report.
 */
export function factIsPlain(rule: AnyLineRule, value: unknown, tally: { nodes: number; reader: FactReader }): boolean {
  if (typeof value === "object") {
    if (isPlainArray(value)) tally.nodes += 1 + value.length;
    else if (plainKeys(value) === null) return false;
    else tally.nodes++;
  }
  const check = tally.reader.checks.get(rule);
  if (check === undefined || !check(value)) return false;
  const cross = rule.facts.crossCheck;
  return cross === undefined || cross(value as Readonly<Record<string, unknown>>).length === 0;
}

/** The verdicts as the line's codes: whether a rule took it out, and its rule and review bits. */
export function verdictBits(verdicts: readonly Verdict[]): { excluded: boolean; rules: number; reviews: number } {
  let excluded = false;
  let rules = 0;
  let reviews = 0;
  for (const v of verdicts) {
    if (v.outcome === "excluded") excluded = true;
    if (v.outcome === "excluded" || v.review) rules |= RULE[v.rule];
    if (v.review) reviews |= REVIEW[v.review.code];
  }
  return { excluded, rules, reviews };
}

/** Whether a record passes the record-level checks of the rules whose facts it states. */
export function recordIsPlain(rules: readonly AnyLineRule[], record: Readonly<Record<string, unknown>>): boolean {
  for (const rule of rules) if (rule.recordCheck !== undefined && rule.recordCheck(record).length > 0) return false;
  return true;
}
