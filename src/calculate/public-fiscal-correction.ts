import { readNonNegativeDecimal } from "../money/index.js";
import { LATEST_RULESET, type Ruleset } from "../rulesets/index.js";
import type { BodyKind } from "../schema/application.js";
import { InputError } from "../schema/input-error.js";
import { fiscalCapabilityIndex } from "../body/fiscal-capability-index.js";
import { correctionCoefficient } from "../body/fiscal-correction.js";

/**
 * The 財政力補正 of a body: its FCI rounded half-up to 2 decimals, and the coefficient of its band.
 *
 * @example
 * ```ts
 * import { fiscalCorrection } from "dual-residence-allocation";
 *
 * fiscalCorrection("0.52158", "prefecture");          //=> { index: "0.52", coefficient: "0.95" }
 * fiscalCorrection(0.6, "municipality").coefficient;  //=> "0.83"
 * fiscalCorrection("0.45", "municipality").coefficient;  //=> "1.00"
 * ```
 * @param ruleset - whose bands and rounding apply; by default the latest ruleset the library knows (FY2025), as
 *   the 財政力補正 has not changed between the years it knows.
 * @throws An {@link InputError} for an FCI that is not a non-negative decimal (code `invalid_fci`) or a kind
 * other than "municipality" and "prefecture" (`invalid_value`); both at once if both are wrong.
 * @category Rules
 */
export function fiscalCorrection(
  fci: string | number,
  bodyKind: BodyKind,
  ruleset?: Ruleset,
): {
  /** 財政力指数, half-up to 2 decimals ("0.52"). */
  index: string;
  /** 財政力補正, 2 decimals ("0.95"). */
  coefficient: string;
} {
  const read = readNonNegativeDecimal(fci, "fci");
  const issues = [];
  if (!read.ok) issues.push({ path: "$fci", code: "invalid_fci" as const, message: read.message });
  const kind: unknown = bodyKind; // JavaScript callers may pass anything
  if (kind !== "municipality" && kind !== "prefecture") {
    issues.push({
      path: "$bodyKind",
      code: "invalid_value" as const,
      message: 'bodyKind must be "municipality" or "prefecture"',
    });
  }
  if (!read.ok || issues.length > 0) throw new InputError(issues);
  const rules = ruleset ?? LATEST_RULESET;
  const { index } = fiscalCapabilityIndex({ code: "000000", kind: bodyKind, fiscalCapabilityIndex: read.text }, rules);
  return { index, coefficient: correctionCoefficient(index, bodyKind, rules).coefficient };
}
