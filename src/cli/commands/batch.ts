import { oneOf, parseCommandArgs, text } from "../args.js";
import { UsageError, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import type { Streams } from "../io.js";
import { runBatch } from "../batch/run-batch.js";

/** dra batch <bodies.csv> <lines.csv> --out <folder> [--json] [--lang ja|en] …. */
export async function batchCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    "batch",
    args,
    {
      out: { type: "string", short: "o" },
      json: { type: "boolean" },
      strict: { type: "boolean" },
      "skip-invalid": { type: "boolean" },
      "fiscal-year": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      lang: { type: "string" },
    },
    { min: 2, max: 2 },
  );
  if (parsed.help) return showHelp("batch", io.stdout);
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
      bodies: parsed.positionals[0] as string,
      lines: parsed.positionals[1] as string,
      out,
      json: parsed.values.json === true,
      skipInvalid: parsed.values["skip-invalid"] === true,
      fiscalYear: text(parsed.values["fiscal-year"]) ?? "2025",
      fiscalYearGiven: text(parsed.values["fiscal-year"]) !== undefined,
      quiet: parsed.values.quiet === true,
      ...(lang && { lang }),
    },
    io,
  );
}
