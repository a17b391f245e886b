import { verify, wordSteps, type Calculation } from "../../index.js";
import { oneOf, parseCommandArgs, text } from "../args.js";
import { EXIT, formatProblem, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import { displayName, writeOutput, type Streams } from "../io.js";
import { showControls } from "../../text/visible.js";
import { readJson } from "./read-json.js";

/** dra verify <calculation.json>: replays the trace; exit 0 when every number matches, 1 otherwise. */
export async function verifyCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    "verify",
    args,
    { format: { type: "string", short: "f" }, out: { type: "string", short: "o" } },
    { min: 1, max: 1 },
  );
  if (parsed.help) return showHelp("verify", io.stdout);
  const format = oneOf("verify", "format", parsed.values.format, ["text", "json"] as const, "text");
  const path = parsed.positionals[0] as string;
  const read = await readJson(path, io, "verify");
  if (!read.ok) {
    io.stderr.write(`${formatProblem(read.problem)}\n`);
    return EXIT.invalid;
  }
  const result = verify(read.value);
  const file = displayName(path);
  let output: string;
  // How an earlier format was replayed, said before the verdict.
  const note = result.note === undefined ? "" : `${file}: ${result.note}\n`;
  if (format === "json") output = `${JSON.stringify(result, null, 2)}\n`;
  else if (result.ok)
    output = `${note}${file}: verified: every number, disposition and step matches a replay of its input\n`;
  else {
    // A step as the file's 計算書 numbers it ("step 6 (line/E3/fn1)"), and by its id alone where it has none.
    const numbers = stepNumbers(read.value);
    const step = (id: string) => (numbers.has(id) ? `step ${String(numbers.get(id))} (${id})` : `step ${id}`);
    // An edited value may hold any character: shown as its escape (\u001b), never raw on the terminal.
    const lines = result.mismatches.map((m) =>
      showControls(
        `  ${m.path}${m.stepId ? ` (${step(m.stepId)})` : ""}: ${m.actual === undefined ? "missing" : `is ${m.actual}`}${m.expected === undefined ? ", not expected" : `, replay gives ${m.expected}`}`,
      ),
    );
    // The reasons first (what happened to the file), then each difference.
    const reasons = [...new Set(result.mismatches.flatMap((m) => (m.reason === undefined ? [] : [m.reason])))];
    const why = reasons.map((r) => showControls(`  why: ${r}`));
    // A file with no trace is not a calculation at all: said so, rather than counted as a difference.
    const headline =
      result.mismatches.length === 1 && result.mismatches[0]?.path === "trace"
        ? "NOT verified: it is not a calculation (it has no trace)"
        : `NOT verified: ${result.mismatches.length} difference${result.mismatches.length === 1 ? "" : "s"} from a replay of its input`;
    output = `${note}${file}: ${headline}\n${[...why, ...lines].join("\n")}\n`;
  }
  await writeOutput(output, text(parsed.values.out), io);
  return result.ok ? EXIT.ok : EXIT.invalid;
}

/** Each step's number in the file's 計算書 (its place among the worded steps); none for a file too broken to word. */
function stepNumbers(file: unknown): Map<string, number> {
  try {
    return new Map(
      wordSteps(file as Calculation)
        .map((s, i) => [s.id, i + 1] as const)
        .reverse(),
    );
  } catch {
    return new Map();
  }
}
