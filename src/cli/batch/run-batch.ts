import { getRuleset, InputError } from "../../index.js";
import type { Lang } from "../../render/labels.js";
import { isBlankRecord, type CsvRecord } from "../csv/reader.js";
import { EXIT, formatProblem, sortProblems, UsageError, type ExitCode, type Problem } from "../errors.js";
import type { Streams } from "../io.js";
import { readBodies } from "./bodies.js";
import { LINE_COLUMNS, normalizeHeader, type LineColumn } from "./columns.js";
import { groupByBody } from "./group.js";
import { readHeader, type Header } from "./header.js";
import { BatchOutputs } from "./output-files.js";
import { processBody, type BatchContext } from "./process-body.js";
import { Progress } from "./progress.js";
import { readLineRow, type LineRow } from "./rows.js";
import { openTables, unreadableProblem, type TableSource } from "./sources.js";
import { Staging } from "./staging.js";

export interface BatchOptions {
  readonly bodies: string;
  readonly lines: string;
  readonly out: string;
  readonly json: boolean;
  readonly skipInvalid: boolean;
  readonly fiscalYear: string;
  /** Whether --fiscal-year was given (the closing line says when the default was used). */
  readonly fiscalYearGiven?: boolean;
  readonly quiet: boolean;
  /** The language of the output files; absent: Japanese when the lines' header is, else English. */
  readonly lang?: Lang;
  /** Also write results.xlsx (the three files as sheets, in their language). */
  readonly xlsx?: boolean;
}

/**
 * bodies.csv + lines.csv (or their sheets of a workbook) → summary.csv, lines.csv, errors.csv, report.html
 * (and calculations/<code>.json and .html, results.xlsx) in --out. lines.csv is streamed body by body.
 * Strict (the default): any problem, and nothing is written.
 * --skip-invalid: good bodies are written, every bad row is in errors.csv, and the exit code is still 1.
 */
export async function runBatch(options: BatchOptions, io: Streams): Promise<ExitCode> {
  let year: number;
  try {
    year = getRuleset(options.fiscalYear).fiscalYear;
  } catch (error) {
    if (error instanceof InputError)
      throw new UsageError(
        `--fiscal-year ${options.fiscalYear}: ${error.issues[0]?.message ?? error.message}`,
        "batch",
      );
    throw error;
  }
  if (options.bodies === "-" && options.lines === "-")
    throw new UsageError("only one of bodies.csv and lines.csv can be read from stdin (-)", "batch");
  const tables = await openTables(options, io);
  const staging = Staging.create(options.out);
  const interrupt = () => {
    staging.discard();
    process.exit(130);
  };
  process.once("SIGINT", interrupt);
  try {
    return await batch(options, io, staging, tables, year);
  } catch (error) {
    staging.discard();
    throw error;
  } finally {
    process.removeListener("SIGINT", interrupt);
  }
}

async function batch(
  options: BatchOptions,
  io: Streams,
  staging: Staging,
  tables: { readonly bodies: TableSource; readonly lines: TableSource },
  /** The fiscal year --fiscal-year named, resolved once by runBatch. */
  year: number,
): Promise<ExitCode> {
  const bodiesFile = tables.bodies.file;
  const linesFile = tables.lines.file;
  const problems: Problem[] = [];
  const bodies = await readBodies(tables.bodies, options.fiscalYear);
  problems.push(...bodies.problems);
  // A bodies.csv that cannot be read at all still lets lines.csv be checked: every file's problems in one run.
  let fatal = bodies.fatal;
  /** The closing words on what was read: "bodies.csv: UTF-8, lines.csv: Shift_JIS (CP932)", or ".xlsx". */
  const encodings = () =>
    [tables.bodies, tables.lines]
      .map((table) => [table.file, table.format()])
      .filter(([, format]) => format !== undefined)
      .map(([file, format]) => `${file}: ${format}`)
      .join(", ");

  // Opened once the lines' header says which language to write in (unless --lang did).
  const outputs = await BatchOutputs.create(
    staging,
    { json: options.json, xlsx: options.xlsx === true },
    bodies.problems,
  );
  if (options.lang) outputs.start(options.lang);

  const stats = { bodies: 0, written: 0, lines: 0, bytes: 0, thousandYen: 0n, furusato: 0, furusatoThousandYen: 0n };
  // Codes a spreadsheet shortened: in bodies.csv (read there), and in lines.csv alone (found per body).
  const fixes = [...bodies.table.fixes];
  const progress = new Progress(io.stderr, !options.quiet, bodies.table.count, tables.lines.size);
  let header: Header<LineColumn> | undefined;
  const records = tables.lines.records((n) => (stats.bytes += n));

  async function* rows(): AsyncGenerator<LineRow> {
    for await (const record of records) {
      if (!header) {
        const read = readHeader(record, LINE_COLUMNS, linesFile);
        problems.push(...read.problems, ...wrongFileHint(record, read.problems.length > 0, linesFile));
        if (read.problems.length > 0) {
          fatal = true;
          return;
        }
        header = read.header;
        outputs.start(header.japanese ? "ja" : "en");
        continue;
      }
      if (isBlankRecord(record)) continue;
      stats.lines++;
      yield readLineRow(record, header);
    }
  }

  const read = await guardUnreadable(linesFile, problems, async () => {
    for await (const group of groupByBody(rows())) {
      const context: BatchContext = {
        fiscalYear: options.fiscalYear,
        bodies: bodies.table,
        bodiesFile,
        ...(bodies.fatal && { bodiesUnread: true }),
        header: header as Header<LineColumn>,
        withTrace: options.json,
      };
      const outcome = processBody(group, context);
      problems.push(...outcome.problems);
      if (outcome.shortenedFrom)
        fixes.push({ line: outcome.shortenedFrom.line, from: outcome.shortenedFrom.code, to: outcome.code });
      if (group.earlier) fatal = true; // an earlier block of this body is already out: nothing can be trusted
      if (outcome.ownRows > 0) stats.bodies++;
      const writing = !fatal && (options.skipInvalid || problems.length === 0);
      if (writing) {
        outputs.body(outcome, context.header);
        if (outcome.result) {
          stats.written++;
          stats.thousandYen += BigInt(outcome.result.allocation.totalThousandYen);
          const furusato = outcome.result.allocation.furusatoResident;
          if (furusato) {
            stats.furusato++;
            stats.furusatoThousandYen += BigInt(furusato.totalThousandYen);
          }
        }
      }
      progress.update({ bodiesDone: stats.bodies, linesDone: stats.lines, bytesRead: stats.bytes });
    }
    return true;
  });
  if (!read) fatal = true; // neither UTF-8 nor Shift_JIS, or a workbook that does not open: the rest cannot be read
  progress.done();
  await outputs.close();

  if (!header && !problems.some((p) => p.file === linesFile)) {
    problems.push({
      file: linesFile,
      code: "empty_file",
      message:
        "the file is empty: it needs a header row (body_code,project_id,line_id,item,amount,…) and one row per expense or coordinator",
    });
    fatal = true;
  }
  if (fatal || (!options.skipInvalid && problems.length > 0)) return fail(problems, staging, io, options, encodings());

  outputs.report({ fiscalYear: year, ruleset: getRuleset(options.fiscalYear), bodiesFile, linesFile });
  staging.commit();
  if (!options.quiet) {
    // The ふるさと住民 track (FY2026, provisional) is a block of its own: its total is named apart, never added.
    const furusato =
      stats.furusato === 0
        ? ""
        : `, ふるさと住民 track ${stats.furusatoThousandYen.toLocaleString("en-US")} 千円 (provisional, ${stats.furusato} bod${stats.furusato === 1 ? "y" : "ies"}; not in the total)`;
    // Japanese output is named, and when the header chose it, how to have English instead.
    const language =
      outputs.lang === "en"
        ? ""
        : options.lang
          ? " in Japanese"
          : " in Japanese (as lines.csv's header; --lang en for English)";
    const parts = [
      `FY${year} (令和${year - 2018}年度${options.fiscalYearGiven ? "" : ", the default: --fiscal-year to choose"})`,
      ...(fixes.length > 0
        ? [
            `fixed ${plural(fixes.length, "code")} a spreadsheet shortened (${fixes
              .slice(0, 3)
              .map((f) => `${f.from} → ${f.to}, line ${f.line}`)
              .join("; ")}${fixes.length > 3 ? "; …" : ""})`,
          ]
        : []),
      `${plural(stats.lines, "line")} of ${plural(stats.bodies, "body", "bodies")}`,
      `${plural(stats.written, "body", "bodies")} computed, total ${stats.thousandYen.toLocaleString("en-US")} 千円 (dual-residence measure)${furusato}`,
      `wrote ${options.out}/summary.csv, lines.csv, errors.csv${options.xlsx ? ", results.xlsx" : ""}${language}, report.html${options.json ? `, calculations/ (${stats.written} bodies: .json and 計算書 .html)` : ""}`,
      `read ${encodings()}`,
    ];
    io.stdout.write(`dra batch: ${parts.join("; ")}\n`);
  }
  if (problems.length === 0) return EXIT.ok;
  io.stderr.write(
    `dra batch: ${problems.length} problem${problems.length === 1 ? "" : "s"}; bad rows are listed in ${options.out}/errors.csv and their bodies were not computed (exit 1)\n`,
  );
  return EXIT.invalid;
}

/** Runs a read; an encoding problem (or a workbook that does not open) becomes a file-level problem. */
async function guardUnreadable<T>(file: string, problems: Problem[], read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    const unreadable = unreadableProblem(error, file);
    if (!unreadable) throw error;
    problems.push(unreadable);
    return undefined;
  }
}

function fail(
  problems: Problem[],
  staging: Staging,
  io: Streams,
  options: BatchOptions,
  /** The encodings read so far ("" when none). */
  encodings: string,
): ExitCode {
  staging.discard();
  for (const p of sortProblems(problems)) io.stderr.write(`${formatProblem(p)}\n`);
  // --skip-invalid skips bad rows, not a file that cannot be trusted (unreadable, empty, a body split apart):
  // said so, since the flag was given and nothing was written anyway.
  const advice = options.skipInvalid
    ? " (--skip-invalid writes the good bodies when the files themselves can be read in order; these problems are of the files: fix them first)"
    : " (fix them, or use --skip-invalid to write the good bodies and list the bad rows in errors.csv)";
  io.stderr.write(
    `dra batch: ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written${advice}${encodings === "" ? "" : `; read ${encodings}`}\n`,
  );
  return EXIT.invalid;
}

/** A lines.csv header that looks like bodies.csv: the files were given the wrong way round. */
function wrongFileHint(record: CsvRecord, broken: boolean, file: string): Problem[] {
  if (!broken) return [];
  const names = new Set(record.fields.map(normalizeHeader));
  if (!(names.has("kind") || names.has("fci") || names.has("fiscal_capability_index"))) return [];
  return [
    {
      file,
      line: 1,
      code: "wrong_file",
      message:
        "this looks like bodies.csv: give bodies.csv first, then lines.csv (dra batch bodies.csv lines.csv --out DIR)",
    },
  ];
}

/** "1 line", "2 lines": a count with its noun. */
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
