import { footnote5 } from "../rules/footnote-5-primary-purpose.js";
import { Dec } from "../money/decimal.js";
import { readNonNegativeDecimal } from "../money/index.js";
import type { Ruleset } from "../rulesets/index.js";
import { REVIEW, RULE } from "./line-codes.js";
import { plainKeys } from "./plain.js";
import type { Routing, Tally } from "./tally.js";

/**
 * ※5 for a project or coordinator: exactly one of `primaryPurpose` or untied `purposeWeights`, as the
 * schema and semantic checks require. Weights are decided by rules/footnote-5-primary-purpose.ts itself.
 */
export function readRouting(
  record: Record<string, unknown>,
  keys: readonly string[],
  id: string,
  kind: "project" | "coordinator",
  ruleset: Ruleset,
  tally: Tally,
): Routing | null {
  const hasPrimary = keys.includes("primaryPurpose");
  if (hasPrimary === keys.includes("purposeWeights")) return null;
  if (hasPrimary) {
    const purpose = record.primaryPurpose;
    if (purpose === "dual-residence") return { id, measure: purpose, rules: 0, reviews: 0 };
    if (purpose === "migration") return { id, measure: purpose, rules: RULE.fn5, reviews: REVIEW.migration };
    return null;
  }
  const weights = record.purposeWeights;
  const weightKeys = plainKeys(weights);
  if (weightKeys === null || weightKeys.length !== 2) return null;
  tally.nodes++;
  const w = weights as Record<string, unknown>;
  const dual = readNonNegativeDecimal(w.dualResidence, "weight");
  const migration = readNonNegativeDecimal(w.migration, "weight");
  if (!dual.ok || !migration.ok || new Dec(dual.text).eq(migration.text)) return null;
  const { measure, mixed } = footnote5(
    { kind, id },
    { purposeWeights: { dualResidence: dual.text, migration: migration.text } },
    ruleset,
  );
  return {
    id,
    measure,
    rules: measure === "migration" || mixed ? RULE.fn5 : 0,
    reviews: measure === "migration" ? REVIEW.migration : 0,
  };
}
