import type { Calculation, CalculationDigests } from "../calculate/calculation.js";
import type { Ruleset } from "../rulesets/index.js";
import { writeCanonicalPieces } from "./canonical-json.js";
import { sha256Stream } from "./sha256.js";

/** A calculation before its digests are added: what the pipeline builds. */
export type UndigestedCalculation = Omit<Calculation, "trace"> & { readonly trace: Omit<Calculation["trace"], "digests"> };

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
 * //=> { algorithm: "SHA-256", input: "302d3d19…", ruleset: "e4441d53…", result: "2ef577c1…" }  (= calc.trace.digests)
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
    ruleset: canonicalDigest(ruleset),
    result: canonicalDigest(resultPart(calculation)),
  };
}

/** The calculation with `trace.digests` filled in (placed after `rulesetId`, before the long `input`). */
export function withDigests(calculation: UndigestedCalculation, ruleset: Ruleset): Calculation {
  const { schemaVersion, rulesetId, input, steps } = calculation.trace;
  return { ...calculation, trace: { schemaVersion, rulesetId, digests: digestsOf(calculation, ruleset), input, steps } };
}

/**
 * SHA-256 (hex) of `canonicalJson(value)`, fed piece by piece: the same digest without one long string of
 * a large calculation (and its copy) alive at once. Pieces are gathered to about 64 K characters per update.
 */
export function canonicalDigest(value: unknown): string {
  const hash = sha256Stream();
  let buffered = "";
  writeCanonicalPieces(value, (piece) => {
    buffered += piece;
    if (buffered.length >= 65536) {
      hash.update(buffered);
      buffered = "";
    }
  });
  hash.update(buffered);
  return hash.hex();
}
