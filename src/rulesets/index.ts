import { fy2025 } from "./fy2025.js";
import type { Ruleset } from "./types.js";

export type { Ruleset, Citation, Cited, CorrectionBand } from "./types.js";

/**
 * Every ruleset the library knows, by id.
 *
 * @example
 * ```ts
 * import { rulesets } from "dual-residence-allocation";
 *
 * Object.keys(rulesets);                     //=> ["FY2025"]
 * rulesets.FY2025?.coordinator.capFullTimeYen.value;   //=> "5000000"
 * ```
 * @category Rules
 */
export const rulesets: Readonly<Record<string, Ruleset>> = Object.freeze({ [fy2025.id]: deepFreeze(fy2025) });

/**
 * Freezes a built-in ruleset through and through: every calculation in the program shares it, so an edit by
 * one caller must not change another's figures (and its digest can be taken once, see trace/digest.ts).
 * To try other parameters, pass a changed copy as `options.ruleset`.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** The first fiscal year of the measure (令和7年度). */
export const FIRST_FISCAL_YEAR = 2025;

/** The ruleset of a fiscal year (2025), or of an id ("FY2025"); undefined when none is known. */
export function findRuleset(key: number | string): Ruleset | undefined {
  if (typeof key === "number") return Object.values(rulesets).find((r) => r.fiscalYear === key);
  return Object.prototype.hasOwnProperty.call(rulesets, key) ? rulesets[key] : undefined;
}
export { formatCitation } from "./cite.js";
