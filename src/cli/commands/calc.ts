import { renderTrace, safeCalculate, verify, type Calculation, type RenderOptions } from "../../index.js";
import { oneOf, parseCommandArgs, text } from "../args.js";
import { EXIT, formatProblem, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import { displayName, writeOutput, type Streams } from "../io.js";
import { readJson } from "./read-json.js";

/** The trace formats renderTrace knows; "json" is the Calculation itself. */
const RENDER_FORMATS = ["markdown", "text", "html", "csv"] as const satisfies readonly NonNullable<
  RenderOptions["format"]
>[];
const FORMATS = ["json", ...RENDER_FORMATS] as const;

/** dra calc <application.json>: one application in, its Calculation (or a rendered trace) out. */
export async function calcCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    "calc",
    args,
    {
      format: { type: "string", short: "f" },
      lang: { type: "string", short: "l" },
      out: { type: "string", short: "o" },
      "prepared-by": { type: "string" },
      "prepared-on": { type: "string" },
    },
    { min: 1, max: 1 },
  );
  if (parsed.help) return showHelp("calc", io.stdout);
  const format = oneOf("calc", "format", parsed.values.format, FORMATS, "json");
  const lang = oneOf("calc", "lang", parsed.values.lang, ["ja", "en"] as const, "ja");
  const path = parsed.positionals[0] as string;
  const read = await readJson(path, io, "calc");
  if (!read.ok) {
    io.stderr.write(`${formatProblem(read.problem)}\n`);
    return EXIT.invalid;
  }
  const render = (calculation: Calculation) =>
    renderTrace(calculation, {
      format: format === "json" ? "markdown" : format,
      lang,
      preparedBy: text(parsed.values["prepared-by"]),
      preparedOn: text(parsed.values["prepared-on"]),
    });
  // A stored calculation (a file of `dra calc` or `dra batch --json`): its 計算書 again, once it verifies.
  if (isCalculation(read.value)) {
    const name = displayName(path);
    if (format === "json") {
      io.stderr.write(
        `dra calc: ${name} is a calculation, not an application: \`dra verify ${name}\` checks it, and --format markdown|text|html|csv prints its 計算書\n`,
      );
      return EXIT.invalid;
    }
    const checked = verify(read.value);
    if (!checked.ok) {
      io.stderr.write(
        `dra calc: ${name} is a calculation that does not verify (${checked.mismatches.length} difference${checked.mismatches.length === 1 ? "" : "s"}): \`dra verify ${name}\` says what; its 計算書 is not printed\n`,
      );
      return EXIT.invalid;
    }
    const stored = read.value as Calculation;
    await writeOutput(render(stored), text(parsed.values.out), io);
    io.stderr.write(`dra calc: ${name} is a stored calculation; it verifies, and its 計算書 was printed as stored\n`);
    return EXIT.ok;
  }
  const result = safeCalculate(read.value);
  if (!result.ok) {
    for (const issue of result.error.issues)
      io.stderr.write(`${displayName(path)}: ${issue.path}: ${issue.message} [${issue.code}]\n`);
    io.stderr.write(
      `dra calc: ${result.error.issues.length} problem${result.error.issues.length === 1 ? "" : "s"} in the application; nothing was computed\n`,
    );
    return EXIT.invalid;
  }
  const output = format === "json" ? `${JSON.stringify(result.value, null, 2)}\n` : render(result.value);
  await writeOutput(output, text(parsed.values.out), io);
  // The closing line, on stderr so that the output stays the document: which year, which ruleset, how much.
  const { fiscalYear, allocation, trace } = result.value;
  io.stderr.write(
    `dra calc: FY${fiscalYear} (令和${fiscalYear - 2018}年度, ruleset ${trace.rulesetId}): ${Number(allocation.totalThousandYen).toLocaleString("en-US")} 千円 (dual-residence measure)${
      allocation.furusatoResident
        ? `; ふるさと住民 track ${Number(allocation.furusatoResident.totalThousandYen).toLocaleString("en-US")} 千円 (provisional, not in the total)`
        : ""
    }\n`,
  );
  return EXIT.ok;
}

/** A calculation rather than an application: it has its trace and its allocation. */
function isCalculation(value: unknown): boolean {
  return typeof value === "object" && value !== null && "trace" in value && "allocation" in value;
}
