import { calculate, InputError, summarize, type Calculation, type Summary } from "../../../src/index.js";

/** The part of a calculation a summary must reproduce: everything but the trace and the review items. */
export function withoutTrace(c: Calculation): Summary {
  return {
    fiscalYear: c.fiscalYear,
    body: c.body,
    fiscalCorrection: c.fiscalCorrection,
    allocation: c.allocation,
    lines: c.lines,
    caveats: c.caveats,
  };
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function attempt(f: () => unknown): Outcome {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** What a caller sees: the value, or the error's class, message and issues. Comparable with toEqual. */
function seen(outcome: Outcome): unknown {
  if (outcome.ok) return { ok: true, value: outcome.value };
  const e = outcome.error;
  if (e instanceof InputError) return { ok: false, name: e.name, message: e.message, issues: e.issues };
  return {
    ok: false,
    name: e instanceof Error ? e.constructor.name : typeof e,
    message: e instanceof Error ? e.message : String(e),
  };
}

/** `summarize` and `calculate` on one input, as the caller sees them (the calculation without its trace). */
export function bothWays(
  input: unknown,
  options: Parameters<typeof summarize>[1] = {},
): { summary: unknown; calculation: unknown } {
  const calculation = attempt(() => withoutTrace(calculate(input, options)));
  const summary = attempt(() => summarize(input, options));
  return { summary: seen(summary), calculation: seen(calculation) };
}
