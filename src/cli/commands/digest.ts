import { calculationDigests, rulesets, type Calculation, type CalculationDigests } from "../../index.js";
import { quoteValue } from "../../text/visible.js";
import { oneOf, parseCommandArgs, text } from "../args.js";
import { EXIT, formatProblem, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import { displayName, writeOutput, type Streams } from "../io.js";
import { readJson } from "./read-json.js";
import { rulesetDigestV2 } from "../../audit/version-2.js";

type Part = "input" | "ruleset" | "result";
const PARTS: readonly Part[] = ["input", "ruleset", "result"];

/** What `dra digest --format json` prints. */
interface DigestReport {
  readonly algorithm: "SHA-256";
  /** Recomputed from the file (the ruleset's from the library's ruleset of `trace.rulesetId`; null if unknown). */
  readonly recomputed: { readonly input: string; readonly ruleset: string | null; readonly result: string };
  /** What `trace.digests` records (null when the file has none). */
  readonly recorded: Partial<Record<Part, unknown>> | null;
  /** True when every recorded digest is the recomputed one. */
  readonly ok: boolean;
}

/**
 * dra digest <calculation.json>: the three SHA-256 digests of a calculation file recomputed from the file
 * (input, result) and from the library's ruleset of its id (ruleset), side by side with `trace.digests`.
 * Exit 0 when they all match, 1 when one differs or cannot be recomputed. It does not replay the
 * calculation (that is `dra verify`): it is the audit recipe of docs/audit.md, done by the library.
 */
export async function digestCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    "digest",
    args,
    { format: { type: "string", short: "f" }, out: { type: "string", short: "o" } },
    { min: 1, max: 1 },
  );
  if (parsed.help) return showHelp("digest", io.stdout);
  const format = oneOf("digest", "format", parsed.values.format, ["text", "json"] as const, "text");
  const path = parsed.positionals[0] as string;
  const file = displayName(path);
  const read = await readJson(path, io, "digest");
  if (!read.ok) {
    io.stderr.write(`${formatProblem(read.problem)}\n`);
    return EXIT.invalid;
  }
  const trace = isObject(read.value) ? read.value.trace : undefined;
  if (!isObject(trace) || !("input" in trace)) {
    io.stderr.write(`${file}: not a calculation: it has no trace.input (give the JSON that "dra calc" writes)\n`);
    return EXIT.invalid;
  }
  const id = trace.rulesetId;
  const ruleset = typeof id === "string" && Object.hasOwn(rulesets, id) ? rulesets[id] : undefined;
  // With no ruleset of that id, the ruleset digest is left out (the other two do not depend on it).
  const anyRuleset = ruleset ?? Object.values(rulesets)[0];
  if (!anyRuleset) throw new Error("the library has no ruleset");
  let digests: CalculationDigests;
  try {
    digests = calculationDigests(read.value as Calculation, anyRuleset);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    io.stderr.write(`${file}: ${error.message}\n`);
    return EXIT.invalid;
  }
  // A version 2 file digested its ruleset as version 2 knew it (before the own burden and the ふるさと住民 track).
  const rulesetDigest = ruleset && (trace.schemaVersion === "2" ? rulesetDigestV2(ruleset) : digests.ruleset);
  const recomputed = { input: digests.input, ruleset: rulesetDigest ?? null, result: digests.result };
  const recorded = isObject(trace.digests) ? (trace.digests as Partial<Record<Part, unknown>>) : null;
  const matches = (part: Part) => recorded !== null && recomputed[part] !== null && recorded[part] === recomputed[part];
  const ok = PARTS.every(matches);
  let output: string;
  if (format === "json") {
    const report: DigestReport = { algorithm: "SHA-256", recomputed, recorded, ok };
    output = `${JSON.stringify(report, null, 2)}\n`;
  } else {
    const lines = PARTS.map((part) => {
      const value = recomputed[part];
      const shown =
        value ?? `(no ruleset ${typeof id === "string" ? quoteValue(id) : "id"} in this library: not recomputed)`;
      const given = recorded?.[part];
      const verdict =
        recorded === null || given === undefined
          ? "not recorded in the file"
          : matches(part)
            ? `= trace.digests.${part}`
            : `differs from trace.digests.${part}: ${typeof given === "string" ? quoteValue(given, 64) : "not a string"}`;
      return `  ${part.padEnd(7)} ${shown}  ${verdict}`;
    });
    output =
      `${file}: SHA-256 of the canonical JSON (RFC 8785) of each part, recomputed\n${lines.join("\n")}\n` +
      `${ok ? "all three match the file's trace.digests" : "NOT all three match the file's trace.digests"}\n`;
  }
  await writeOutput(output, text(parsed.values.out), io);
  return ok ? EXIT.ok : EXIT.invalid;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
