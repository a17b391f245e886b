import type { Ruleset } from "../../rulesets/index.js";
import { objectPrototypeIsClean } from "./plain.js";
import { readPlain } from "./read-application.js";
import type { Summary } from "./summary.js";

/**
 * The fast reader on raw input, guarded: null unless it vouches for the input. Input it cannot read
 * plainly — a polluted `Object.prototype`, a getter or proxy that throws — is left to the full validator,
 * which reads it again and reports what it finds. Used by `summarize`, and by `validatedApplication` (src/calculate) to skip
 * the schema walk for input the full validator would accept anyway.
 */
export function readPlainly(
  input: unknown,
  override: Ruleset | undefined,
): { summary: Summary; ruleset: Ruleset } | null {
  if (!objectPrototypeIsClean()) return null;
  try {
    return readPlain(input, override);
  } catch {
    return null;
  }
}
