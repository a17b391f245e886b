import { oneOf, parseCommandArgs, text } from "../args.js";
import { UsageError, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import type { Streams } from "../io.js";
import { runBatch } from "../batch/run-batch.js";
import { isWorkbook } from "../batch/sources.js";
import { INPUT_SHEETS } from "../batch/sheets.js";

/** dra batch <bodies.csv> <lines.csv> --out <folder>, or dra batch <様式.xlsx> --out <folder>; [--json] [--xlsx] [--lang ja|en] …. */
export async function batchCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    "batch",
    args,
    {
      out: { type: "string", short: "o" },
      json: { type: "boolean" },
      xlsx: { type: "boolean" },
      strict: { type: "boolean" },
      "skip-invalid": { type: "boolean" },
      "fiscal-year": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      lang: { type: "string" },
    },
    { min: 1, max: 2 },
  );
  if (parsed.help) return showHelp("batch", io.stdout);
  const [bodies, lines = bodies] = parsed.positionals as [string, string?];
  // One file holds both tables only as a workbook's two sheets.
  if (parsed.positionals.length === 1 && (bodies === "-" || !isWorkbook(bodies)))
    throw new UsageError(
      `give two files, bodies and lines (CSV or .xlsx), or one .xlsx workbook with the sheets ${INPUT_SHEETS.bodies} and ${INPUT_SHEETS.lines}; ${bodies === "-" ? "stdin" : bodies} is not a workbook`,
      "batch",
    );
  const out = text(parsed.values.out);
  if (out === undefined)
    throw new UsageError("--out <folder> is required: where to write summary.csv, lines.csv and errors.csv", "batch");
  if (parsed.values.strict === true && parsed.values["skip-invalid"] === true)
    throw new UsageError("give --strict or --skip-invalid, not both", "batch");
  // Absent: the language lines.csv is headed in.
  const lang =
    parsed.values.lang === undefined ? undefined : oneOf("batch", "lang", parsed.values.lang, ["ja", "en"], "ja");
  return runBatch(
    {
      bodies,
      lines,
      out,
      json: parsed.values.json === true,
      xlsx: parsed.values.xlsx === true,
      skipInvalid: parsed.values["skip-invalid"] === true,
      fiscalYear: text(parsed.values["fiscal-year"]) ?? "2025",
      fiscalYearGiven: text(parsed.values["fiscal-year"]) !== undefined,
      quiet: parsed.values.quiet === true,
      ...(lang && { lang }),
    },
    io,
  );
}
