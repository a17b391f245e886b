import type { Ruleset } from "../../rulesets/index.js";
import { reviewBits, ruleBits } from "./line-codes.js";
import { plainKeys } from "./plain.js";
import type { Routing, Tally } from "./tally.js";

/**
 * ※5 for a project or coordinator, through the ruleset's unit: its fragments check the facts, its cross
 * check wants exactly one of `primaryPurpose` and untied `purposeWeights`, its decision routes. Null when
 * the facts are not plainly valid (the full validator then reports them).
 */
export function readRouting(
  record: Record<string, unknown>,
  keys: readonly string[],
  id: string,
  kind: "project" | "coordinator",
  ruleset: Ruleset,
  tally: Tally,
): Routing | null {
  const rule = ruleset.rules.fn5;
  const { schemas } = rule.facts;
  if (keys.includes("primaryPurpose") === keys.includes("purposeWeights")) return null;
  let facts;
  if (keys.includes("primaryPurpose")) {
    const primary = schemas.primaryPurpose.safeParse(record.primaryPurpose);
    if (!primary.success) return null;
    facts = { primaryPurpose: primary.data };
  } else {
    if (plainKeys(record.purposeWeights) === null) return null;
    tally.nodes++;
    const weights = schemas.purposeWeights.safeParse(record.purposeWeights);
    if (!weights.success || rule.facts.crossCheck(record, kind).length > 0) return null;
    facts = { purposeWeights: rule.facts.canonicalWeights(weights.data) };
  }
  const decision = rule.decide(facts);
  const marks = rule.marks(decision);
  return { id, measure: decision.measure, rules: ruleBits(marks.rules), reviews: reviewBits(marks.reviews) };
}
