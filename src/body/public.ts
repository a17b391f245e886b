import { readNonNegativeDecimal } from "../money/index.js";
import { findRuleset, type Ruleset } from "../rulesets/index.js";
import type { BodyKind } from "../schema/application.js";
import { InputError } from "../schema/input-error.js";
import { fiscalCapabilityIndex } from "./fiscal-capability-index.js";
import { correctionCoefficient } from "./fiscal-correction.js";

/**
 * The 財政力補正 of a body: its FCI rounded half-up to 2 decimals, and the coefficient of its band.
 * Throws `InputError` for an FCI that is not a non-negative decimal or an unknown kind.
 */
export function fiscalCorrection(fci: string | number, bodyKind: BodyKind, ruleset?: Ruleset): { index: string; coefficient: string } {
  const read = readNonNegativeDecimal(fci, "fci");
  const issues = [];
  if (!read.ok) issues.push({ path: "$fci", code: "invalid_fci" as const, message: read.message });
  if (bodyKind !== "municipality" && bodyKind !== "prefecture") {
    issues.push({ path: "$bodyKind", code: "invalid_value" as const, message: 'bodyKind must be "municipality" or "prefecture"' });
  }
  if (!read.ok || issues.length > 0) throw new InputError(issues);
  const rules = ruleset ?? (findRuleset("FY2025") as Ruleset);
  const { index } = fiscalCapabilityIndex({ code: "000000", kind: bodyKind, fiscalCapabilityIndex: read.text }, rules);
  return { index, coefficient: correctionCoefficient(index, bodyKind, rules).coefficient };
}
