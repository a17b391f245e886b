import type { Calculation, CalculationDigests } from "../calculate/calculation.js";
import { canonicalDigest, resultPart } from "../calculate/digests.js";
import { wordSteps } from "../calculate/word-steps.js";
import type { Ruleset } from "../rulesets/index.js";
import type { WordedStep } from "../trace/step.js";

/*
 * Calculations of trace schemaVersion "3" (before the data-only trace) are still verified: version 4 computes
 * the same figures and the same steps, and only stores them otherwise (data only, the sources once, the
 * unchanged lines in one step). The replay is written back in version 3's shape — every step with its words
 * and its source's text, no `sources` table — and compared field by field and digest by digest.
 */

/** A calculation as version 3 wrote it: each step with its note and its source's text. */
export type CalculationV3 = Omit<Calculation, "trace"> & {
  readonly trace: Omit<Calculation["trace"], "sources" | "steps"> & { readonly steps: readonly WordedStep[] };
};

/** A replay of this release, written in version 3's shape, with version 3's digests. */
export function asVersion3(replayed: Calculation, ruleset: Ruleset): CalculationV3 {
  const { digests, input, rulesetId } = replayed.trace;
  const shaped = {
    ...replayed,
    trace: { schemaVersion: "3", rulesetId, digests, input, steps: wordSteps(replayed, { ruleset }) },
  };
  const v3: CalculationDigests = {
    algorithm: "SHA-256",
    input: digests.input,
    ruleset: digests.ruleset,
    result: canonicalDigest(resultPart(shaped)),
  };
  return { ...shaped, trace: { ...shaped.trace, digests: v3 } };
}
