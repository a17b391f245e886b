import type { Calculation, CalculationDigests } from "./calculation.js";
import { rulesetParameters, rulesets, type Ruleset } from "../rulesets/index.js";
import { canonicalJson } from "../trace/canonical-json.js";
import { writeCanonicalUtf8 } from "../trace/canonical-utf8.js";
import { sha256Stream } from "../trace/sha256.js";

/** A calculation before its digests are added: what the pipeline builds. */
export type UndigestedCalculation = Omit<Calculation, "trace"> & {
  readonly trace: Omit<Calculation["trace"], "digests">;
};

/** The part of a calculation the `result` digest covers: everything but `trace.input` and `trace.digests`. */
export function resultPart(calculation: { readonly trace?: unknown }): Record<string, unknown> {
  const { trace, ...rest } = calculation as Record<string, unknown>;
  if (trace === null || typeof trace !== "object" || Array.isArray(trace)) return { ...rest, trace };
  const { input: _input, digests: _digests, ...kept } = trace as Record<string, unknown>;
  return { ...rest, trace: kept };
}

/**
 * Recomputes the three digests of a calculation made with `ruleset`, as `calculate` records them in
 * `trace.digests` (SHA-256 over `canonicalJson` of each part).
 *
 * @example
 * ```ts
 * const calc = calculate(application);
 * calculationDigests(calc, getRuleset(2025));
 * //=> { algorithm: "SHA-256", input: "302d3d19…", ruleset: "7a1a4a24…", result: "a03a6ee1…" }  (= calc.trace.digests)
 * ```
 * @throws {TypeError} when a part holds a value JSON cannot hold.
 * @category Audit
 */
export function calculationDigests(calculation: Calculation, ruleset: Ruleset): CalculationDigests {
  return digestsOf(calculation, ruleset);
}

function digestsOf(calculation: UndigestedCalculation | Calculation, ruleset: Ruleset): CalculationDigests {
  return {
    algorithm: "SHA-256",
    input: canonicalDigest(calculation.trace.input),
    ruleset: BUILT_IN_RULESET_DIGESTS.get(ruleset) ?? canonicalDigest(rulesetParameters(ruleset)),
    result: canonicalDigest(resultPart(calculation)),
  };
}

/** The calculation with `trace.digests` filled in (placed after `rulesetId`, before the long `input`). */
export function withDigests(calculation: UndigestedCalculation, ruleset: Ruleset): Calculation {
  const { schemaVersion, rulesetId, input, sources, steps } = calculation.trace;
  return {
    ...calculation,
    trace: { schemaVersion, rulesetId, digests: digestsOf(calculation, ruleset), input, sources, steps },
  };
}

/** The built-in rulesets' digests, taken once: they are deeply frozen, so they cannot change. */
const BUILT_IN_RULESET_DIGESTS: ReadonlyMap<Ruleset, string> = new Map(
  Object.values(rulesets).map((r) => [r, canonicalDigest(rulesetParameters(r))]),
);

/**
 * SHA-256 (hex) of `canonicalJson(value)`, its UTF-8 written straight into the hash chunk by chunk: no
 * string and no copy of a large calculation is made.
 *
 * @throws {TypeError} for a value JSON cannot hold, naming its path.
 */
export function canonicalDigest(value: unknown): string {
  const hash = sha256Stream();
  if (
    !writeCanonicalUtf8(value, (bytes) => {
      hash.update(bytes);
    })
  )
    canonicalJson(value); // throws, naming the path
  return hash.hex();
}
