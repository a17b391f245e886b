import { compute } from "../calculate/calculate.js";
import { TRACE_SCHEMA_VERSION, type Calculation } from "../calculate/calculation.js";
import { findRuleset, type Ruleset } from "../rulesets/index.js";
import { parseApplication } from "../schema/parse-application.js";

/** One difference between a calculation as given and as replayed. */
export interface Mismatch {
  /** Where: a path into the calculation, e.g. "allocation.totalYen" or "trace.steps[14].output.amountYen". */
  readonly path: string;
  /** The step the difference sits in, when it is in the trace. */
  readonly stepId?: string;
  /** The replayed value (JSON text), or undefined if the replay has nothing there. */
  readonly expected?: string;
  /** The value in the given calculation (JSON text), or undefined if it is missing. */
  readonly actual?: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly mismatches: readonly Mismatch[];
}

const SUPPORTED_VERSIONS = new Set([TRACE_SCHEMA_VERSION]);

/**
 * Replays a calculation from the input and ruleset id embedded in its trace and compares every field of
 * the result and every step. Any edited number, disposition, line or step shows up as a mismatch.
 * Pass `ruleset` when the calculation was made with a ruleset object the library does not know by id.
 */
export function verify(calculation: unknown, options: { ruleset?: Ruleset } = {}): VerifyResult {
  const given = calculation as Partial<Calculation> | null;
  const trace = given && typeof given === "object" ? given.trace : undefined;
  if (!trace || typeof trace !== "object") return fail("trace", "a calculation with a trace");
  if (!SUPPORTED_VERSIONS.has(trace.schemaVersion)) {
    return fail("trace.schemaVersion", `schemaVersion ${[...SUPPORTED_VERSIONS].join(" or ")} (this library cannot replay version ${JSON.stringify(trace.schemaVersion)})`);
  }
  const ruleset = options.ruleset ?? (typeof trace.rulesetId === "string" ? findRuleset(trace.rulesetId) : undefined);
  if (!ruleset || ruleset.id !== trace.rulesetId) return fail("trace.rulesetId", `a known ruleset id (got ${JSON.stringify(trace.rulesetId)})`);
  const parsed = parseApplication(trace.input, ruleset);
  if (!parsed.ok) return fail("trace.input", `a valid input (${parsed.error.message})`);
  const replayed = compute(parsed.application, ruleset);
  const mismatches: Mismatch[] = [];
  diff(replayed, calculation, "", mismatches, replayed.trace.steps as unknown as { id: string }[]);
  return { ok: mismatches.length === 0, mismatches };
}

function fail(path: string, expected: string): VerifyResult {
  return { ok: false, mismatches: [{ path, expected }] };
}

const text = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));

/** Walks both values together; records every leaf that differs, and keys or items only one side has. */
function diff(expected: unknown, actual: unknown, path: string, out: Mismatch[], steps: { id: string }[]): void {
  const stepId = stepOf(path, steps);
  const record = () => out.push({ path: path || "(root)", ...(stepId !== undefined && { stepId }), ...optional("expected", text(expected)), ...optional("actual", text(actual)) });
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) diff(expected[i], actual[i], `${path}[${i}]`, out, steps);
    return;
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) diff(expected[key], actual[key], path ? `${path}.${key}` : key, out, steps);
    return;
  }
  if (isPlainObject(expected) || isPlainObject(actual) || Array.isArray(expected) || Array.isArray(actual) || !Object.is(expected, actual)) record();
}

function optional(key: "expected" | "actual", value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stepOf(path: string, steps: { id: string }[]): string | undefined {
  const match = /^trace\.steps\[(\d+)\]/.exec(path);
  return match ? steps[Number(match[1])]?.id : undefined;
}
