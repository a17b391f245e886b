import { compute } from "../calculate/calculate.js";
import { TRACE_SCHEMA_VERSION, type Calculation, type CalculationDigests } from "../calculate/calculation.js";
import { findRuleset, KNOWN_RULESETS, type Ruleset } from "../rulesets/index.js";
import { validatedApplication } from "../calculate/validated-input.js";
import { compareCalculations, isPlainObject, type Mismatch } from "./compare.js";
import { canonicalDigest, resultPart } from "../calculate/digests.js";
import { asVersion2 } from "./version-2.js";
import { asVersion3 } from "./version-3.js";

export type { Mismatch } from "./compare.js";

/**
 * What `verify` found: `ok` when the replay matches the file in every field and every digest.
 *
 * @example
 * ```ts
 * verify(calculate(application));  //=> { ok: true, mismatches: [] }
 * ```
 * @category Audit
 */
export interface VerifyResult {
  /** True when nothing differs. */
  readonly ok: boolean;
  /** Every difference, field-level first (document order), then the digests. */
  readonly mismatches: readonly Mismatch[];
  /** How a file of an earlier `schemaVersion` was replayed (absent for the current version). */
  readonly note?: string;
}

/** Versions verify replays: the current one, "3" (steps with their words) and "2" (before the own burden), each in its own shape. */
const SUPPORTED_VERSIONS: ReadonlySet<string> = new Set([TRACE_SCHEMA_VERSION, "3", "2"]);

const VERSION_3_NOTE =
  'schemaVersion "3" (every step with its words and source text): replayed with this release and compared in version 3\'s shape';

const VERSION_2_NOTE =
  'schemaVersion "2" (before 特定財源 and double claims): replayed with this release on the same gross cost and compared in version 2\'s shape';

/**
 * Replays a calculation from the input and ruleset id embedded in its trace and compares every field of
 * the result and every step; then checks the three SHA-256 digests against the file as it stands. Any
 * edited number, disposition, line or step shows up as a mismatch naming its path and step; an edited part
 * (input, ruleset, result) shows up at `trace.digests.<part>`. A file of `schemaVersion` "2" (written before
 * the own burden) is replayed with this release and compared in version 2's shape; `note` says so. Pass `ruleset` when the calculation was made
 * with a ruleset object the library does not know by id. A file of another `schemaVersion`, an unknown
 * ruleset or an invalid input is refused with one mismatch saying so. It does not throw on parsed JSON.
 *
 * @example
 * ```ts
 * const calc = JSON.parse(JSON.stringify(calculate(application)));   // the README's application
 * verify(calc).ok;                                 //=> true
 * calc.lines[1].disposition = "eligible";          // an edit
 * verify(calc).mismatches;
 * //=> [{ path: "lines[1].disposition", stepId: "line/E2", expected: '"excluded"', actual: '"eligible"' },
 * //    { path: "trace.digests.result", expected: '"72551a14…"', actual: '"a03a6ee1…"',
 * //      reason: "the result (every field but trace.input and trace.digests) was edited after it was digested: …" }]
 * ```
 * @category Audit
 */
export function verify(calculation: unknown, options: { ruleset?: Ruleset } = {}): VerifyResult {
  const given = calculation as Partial<Calculation> | null;
  const trace = given && typeof given === "object" ? given.trace : undefined;
  if (!trace || typeof trace !== "object") {
    // An application (the input) given where its calculation was meant: say so, and how to make one.
    const looksLikeInput =
      given !== null &&
      typeof given === "object" &&
      ("body" in given || "projects" in given || "coordinators" in given);
    return {
      ok: false,
      mismatches: [
        {
          path: "trace",
          expected: "a calculation with a trace",
          ...(looksLikeInput && {
            reason:
              "this is an application (the input), not a calculation: compute its calculation first — calculate(application), or `dra calc application.json --out calculation.json` — and verify that",
          }),
        },
      ],
    };
  }
  if (!SUPPORTED_VERSIONS.has(trace.schemaVersion)) {
    const known = [...SUPPORTED_VERSIONS].map((v) => JSON.stringify(v)).join(" or ");
    const hint =
      trace.schemaVersion === "1"
        ? ' (version "1" predates digests: recalculate it from its trace.input with this release)'
        : "";
    return fail(
      "trace.schemaVersion",
      `schemaVersion ${known}: this library cannot replay version ${JSON.stringify(trace.schemaVersion)}${hint}`,
    );
  }
  const ruleset = options.ruleset ?? (typeof trace.rulesetId === "string" ? findRuleset(trace.rulesetId) : undefined);
  if (!ruleset || ruleset.id !== trace.rulesetId) {
    return {
      ok: false,
      mismatches: [
        {
          path: "trace.rulesetId",
          expected: `a known ruleset id (got ${JSON.stringify(trace.rulesetId)})`,
          ...(typeof trace.rulesetId === "string" && { actual: JSON.stringify(trace.rulesetId) }),
          reason: options.ruleset
            ? `the calculation names ruleset ${JSON.stringify(trace.rulesetId)}, but ${JSON.stringify(options.ruleset.id)} was given: pass the ruleset it was made with`
            : `this library knows ${KNOWN_RULESETS}; a calculation made with a ruleset of your own (defineRuleset) is verified with verify(calculation, { ruleset })`,
        },
      ],
    };
  }
  const parsed = validatedApplication(trace.input, ruleset);
  if (!parsed.ok) return fail("trace.input", `a valid input (${parsed.error.message})`);
  const current = compute(parsed.application, ruleset);
  const version = trace.schemaVersion;
  const replayed =
    version === "2"
      ? asVersion2(asVersion3(current, ruleset), ruleset)
      : version === "3"
        ? asVersion3(current, ruleset)
        : current;
  const mismatches = [
    ...compareCalculations(replayed, calculation),
    ...digestMismatches(given as Calculation, replayed.trace.digests, ruleset),
  ];
  const note = version === "2" ? VERSION_2_NOTE : version === "3" ? VERSION_3_NOTE : undefined;
  return { ok: mismatches.length === 0, mismatches, ...(note !== undefined && { note }) };
}

function fail(path: string, expected: string): VerifyResult {
  return { ok: false, mismatches: [{ path, expected }] };
}

const PART_NAMES = {
  input: "trace.input",
  ruleset: "ruleset",
  result: "result (every field but trace.input and trace.digests)",
} as const;

/**
 * Each part's recorded digest against the part as it stands in the file (an edit after digesting), and a
 * self-consistent digest against the replay's (a part edited and re-digested, or another ruleset).
 */
function digestMismatches(given: Calculation, replayed: CalculationDigests, ruleset: Ruleset): Mismatch[] {
  const recorded: unknown = given.trace.digests;
  if (!isPlainObject(recorded))
    return [{ path: "trace.digests", expected: JSON.stringify(replayed), reason: "the digests are missing" }];
  const out: Mismatch[] = [];
  if (recorded.algorithm !== "SHA-256")
    out.push({ path: "trace.digests.algorithm", expected: '"SHA-256"', actual: JSON.stringify(recorded.algorithm) });
  const now: Record<keyof typeof PART_NAMES, string | undefined> = {
    input: digestOf(() => given.trace.input),
    ruleset: replayed.ruleset,
    result: digestOf(() => resultPart(given)),
  };
  let inputEdited = false;
  for (const part of ["input", "ruleset", "result"] as const) {
    const path = `trace.digests.${part}`;
    const stored = recorded[part];
    const actual = JSON.stringify(stored);
    if (part === "ruleset" && stored !== now.ruleset) {
      out.push({
        path,
        expected: JSON.stringify(now.ruleset),
        actual,
        reason: `the calculation was made with another ruleset than the ${ruleset.id} replayed here (its digest differs): compare the rulesets, or pass the original one`,
      });
    } else if (stored !== now[part]) {
      inputEdited ||= part === "input";
      out.push({
        path,
        ...(now[part] !== undefined && { expected: JSON.stringify(now[part]) }),
        actual,
        reason: `the ${PART_NAMES[part]} was edited after it was digested: its SHA-256 is no longer the one recorded`,
      });
    } else if (stored !== replayed[part] && !(part === "result" && inputEdited)) {
      // (After an edited input the replay is of another input: the field mismatches say what changed.)
      out.push({
        path,
        expected: JSON.stringify(replayed[part]),
        actual,
        reason: `the recorded digest is not the replay's: the ${PART_NAMES[part]}, or the input it was computed from, was edited and re-digested`,
      });
    }
  }
  return out;
}

function digestOf(part: () => unknown): string | undefined {
  try {
    return canonicalDigest(part());
  } catch {
    return undefined; // a value JSON cannot hold: reported as an edit
  }
}
