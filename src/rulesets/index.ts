import { fy2025 } from "./fy2025.js";
import { fy2026 } from "./fy2026.js";
import type { Ruleset, RulesetParameters } from "./types.js";

export type { Ruleset, Citation, Cited, CorrectionBand, RulesetParameters } from "./types.js";
export { formatCitation } from "../rules/cite.js";
export { defineRuleset, type ParameterPatch, type RulesetPatch } from "./define-ruleset.js";

/**
 * Every ruleset the library knows, by id.
 *
 * @example
 * ```ts
 * import { rulesets } from "dual-residence-allocation";
 *
 * Object.keys(rulesets);                     //=> ["FY2025", "FY2026"]
 * rulesets.FY2025?.coordinator.capFullTimeYen.value;   //=> "5000000"
 * ```
 * @category Rules
 */
export const rulesets: Readonly<Record<string, Ruleset>> = Object.freeze({
  [fy2025.id]: freezeParameters(fy2025),
  [fy2026.id]: freezeParameters(fy2026),
});

/**
 * Freezes a built-in ruleset's parameters and catalog through and through: every calculation in the program
 * shares them, so an edit by one caller must not change another's figures (and the digest can be taken
 * once, see calculate/digests.ts). The rule units are code, left as they are. To try other parameters,
 * pass `defineRuleset(…)` or a changed copy as `options.ruleset`.
 */
function freezeParameters(ruleset: Ruleset): Ruleset {
  for (const [key, value] of Object.entries(ruleset)) if (key !== "rules") deepFreeze(value);
  return Object.freeze(ruleset);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    // Into frozen objects too: a catalog freezes its top level only.
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** The first fiscal year of the measure (令和7年度). */
export const FIRST_FISCAL_YEAR = 2025;

/** The ruleset of the latest fiscal year the library knows: what a function uses when given no year. */
export const LATEST_RULESET: Ruleset = Object.values(rulesets).reduce((a, b) => (b.fiscalYear > a.fiscalYear ? b : a));

/** The years of the known rulesets, for messages: "FY2025 (令和7年度), FY2026 (令和8年度)". */
export const KNOWN_YEARS: string = Object.values(rulesets)
  .map((r) => `FY${r.fiscalYear} (令和${r.fiscalYear - 2018}年度)`)
  .join(", ");

/** The ids of the known rulesets, for messages: "FY2025". */
export const KNOWN_RULESETS: string = Object.keys(rulesets).join(", ");

/** The ruleset of a fiscal year (2025), or of an id ("FY2025"); undefined when none is known. */
export function findRuleset(key: number | string): Ruleset | undefined {
  if (typeof key === "number") return Object.values(rulesets).find((r) => r.fiscalYear === key);
  return Object.hasOwn(rulesets, key) ? rulesets[key] : undefined;
}

/**
 * A ruleset's parameters and citations alone (no catalog, no rule code): what its digest covers and the
 * rule reference lists.
 */
export function rulesetParameters(ruleset: RulesetParameters): RulesetParameters {
  const { catalog: _catalog, rules: _rules, ...parameters } = ruleset as Ruleset;
  return parameters;
}
