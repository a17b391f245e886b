import type { Calculation } from "../calculation.js";
import type { Ruleset } from "../../rulesets/index.js";

/**
 * What {@link summarize} returns: the figures of a {@link Calculation} without its trace.
 *
 * `lines` are the same lines (every disposition, `rules` and `needsReview`) and `allocation` the same
 * amounts; left out are the step list, the embedded input, the digests and the review items that point
 * into the steps.
 *
 * @example
 * ```ts
 * const summary = summarize(application);
 * summary.fiscalCorrection;                         //=> { index: "0.45", coefficient: "1.00" }
 * Object.keys(summary);                             //=> ["fiscalYear", "body", "fiscalCorrection", "allocation", "lines", "caveats"]
 * ```
 * @category Summary
 */
export type Summary = Pick<
  Calculation,
  "fiscalYear" | "body" | "fiscalCorrection" | "allocation" | "lines" | "caveats"
>;

/**
 * Options of {@link summarize}: as for {@link calculate}.
 *
 * @example
 * ```ts
 * summarize(application, { ruleset: "FY2025" }).allocation.totalYen;   //=> "5600000"
 * ```
 * @category Summary
 */
export interface SummaryOptions {
  /** A ruleset, or the id of a known one ("FY2025"). By default, the ruleset of the input's fiscal year. */
  readonly ruleset?: Ruleset | string;
}
