import type { Catalog } from "../catalog/types.js";
import type { RuleVersions } from "../rules/index.js";
import type { RulesetParameters } from "../rules/parameters.js";

export type { Citation, Cited, CorrectionBand, RulesetParameters } from "../rules/parameters.js";

/**
 * One fiscal year's law as the library applies it: its parameters (each with its citation), its catalog of
 * eligible items and the version of each rule it uses. A new year is `defineRuleset(base, patch)` in a
 * file of its own, never an edit of rule code. docs/rules.md lists every parameter of every ruleset.
 *
 * @example
 * ```ts
 * const ruleset = getRuleset(2025);
 * ruleset.measureRate.value;        //=> "0.5"
 * ruleset.rounding.value;           //=> { unitYen: "1000", mode: "half-up" }
 * ruleset.footnotes.fn3.ref;        //=> "※3"
 * ruleset.catalog.items.length;     //=> 22
 * ```
 * @category Rules
 */
export interface Ruleset extends RulesetParameters {
  /** The items, pillars and coordinator activities of the year. */
  readonly catalog: Catalog;
  /** The unit of each rule the year uses. */
  readonly rules: RuleVersions;
}
