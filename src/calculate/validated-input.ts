import type { ApplicationInput } from "../schema/application-schema.js";
import { canonicalApplication, parseApplication, type ParseResult } from "../schema/parse-application.js";
import type { Ruleset } from "../rulesets/index.js";
import { readPlainly } from "./summary/plainly-valid.js";

/**
 * The input validated completely, as `parseApplication` validates it, but without the schema walk (most of
 * the cost of a large application) for input as JSON makes it and valid: summarize's one-pass reader
 * accepts only what the full validator accepts, so `canonicalApplication` may read that input as it reads
 * zod's output. Anything else, and every problem, goes the full way. Tests and the fuzzer hold the two
 * paths to the same results.
 */
export function validatedApplication(input: unknown, rulesetOverride?: Ruleset): ParseResult {
  const plain = readPlainly(input, rulesetOverride);
  if (plain)
    return {
      ok: true,
      application: canonicalApplication(input as ApplicationInput, plain.ruleset),
      ruleset: plain.ruleset,
    };
  return parseApplication(input, rulesetOverride);
}
