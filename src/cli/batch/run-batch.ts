import { mkdirSync } from "node:fs";
import { getRuleset, InputError } from "../../index.js";
import { isBlankRecord, type CsvRecord } from "../csv/reader.js";
import { BOM, csvRow } from "../csv/writer.js";
import { EXIT, formatProblem, sortProblems, UsageError, type ExitCode, type Problem } from "../errors.js";
import type { Streams } from "../io.js";
import { readBodies } from "./bodies.js";
import { LINE_COLUMNS, normalizeHeader, type LineColumn } from "./columns.js";
import { groupByBody } from "./group.js";
import { readHeader, type Header } from "./header.js";
import { errorRow, ERRORS_HEADER, lineRows, LINES_HEADER, summaryRow, SUMMARY_HEADER } from "./outputs.js";
import { processBody, type BatchContext } from "./process-body.js";
import { Progress } from "./progress.js";
import { readLineRow, type LineRow } from "./rows.js";
import { openTables, unreadableProblem, type TableSource } from "./sources.js";
import { FileSink, Staging } from "./staging.js";
import { XlsxResults } from "./xlsx-results.js";

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
  /** Also write results.xlsx (sheets 集計, 明細, エラー). */
  readonly xlsx?: boolean;
}

/**
 * bodies.csv + lines.csv (or their sheets of a workbook) → summary.csv, lines.csv, errors.csv (and
 * calculations/<code>.json, results.xlsx) in --out. lines.csv is streamed body by body. Strict (the
 * default): any problem, and nothing is written.
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

  const sinks = {
    summary: new FileSink(staging.path("summary.csv")),
    lines: new FileSink(staging.path("lines.csv")),
    errors: new FileSink(staging.path("errors.csv")),
  };
  sinks.summary.write(BOM + csvRow(SUMMARY_HEADER));
  sinks.lines.write(BOM + csvRow(LINES_HEADER));
  sinks.errors.write(BOM + csvRow(ERRORS_HEADER));
  // The same rows in a workbook, with --xlsx.
  const workbook = options.xlsx ? await XlsxResults.create(staging.path("results.xlsx")) : undefined;
  const errorOut = (p: Problem) => {
    const row = errorRow(p);
    sinks.errors.write(csvRow(row));
    workbook?.error(row);
  };
  for (const p of bodies.problems) errorOut(p);
  if (options.json) mkdirSync(staging.path("calculations"));

  const stats = { bodies: 0, written: 0, lines: 0, bytes: 0, thousandYen: 0n, furusato: 0, furusatoThousandYen: 0n };
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
      if (group.earlier) fatal = true; // an earlier block of this body is already out: nothing can be trusted
      if (outcome.ownRows > 0) stats.bodies++;
      const writing = !fatal && (options.skipInvalid || problems.length === 0);
      if (writing) {
        const summary = summaryRow(outcome);
        if (summary) {
          sinks.summary.write(csvRow(summary));
          workbook?.summary(summary);
        }
        for (const row of lineRows(outcome, context.header)) {
          sinks.lines.write(csvRow(row));
          workbook?.line(row);
        }
        for (const p of outcome.problems) errorOut(p);
        if (outcome.result) {
          stats.written++;
          stats.thousandYen += BigInt(outcome.result.allocation.totalThousandYen);
          const furusato = outcome.result.allocation.furusatoResident;
          if (furusato) {
            stats.furusato++;
            stats.furusatoThousandYen += BigInt(furusato.totalThousandYen);
          }
          if (options.json && outcome.calculation) {
            const json = new FileSink(staging.path("calculations", `${outcome.code}.json`));
            json.write(`${JSON.stringify(outcome.calculation, null, 2)}\n`);
            json.close();
          }
        }
      }
      progress.update({ bodiesDone: stats.bodies, linesDone: stats.lines, bytesRead: stats.bytes });
    }
    return true;
  });
  if (!read) fatal = true; // neither UTF-8 nor Shift_JIS, or a workbook that does not open: the rest cannot be read
  progress.done();
  for (const sink of Object.values(sinks)) sink.close();
  await workbook?.close();

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

  staging.commit();
  if (!options.quiet) {
    // The ふるさと住民 track (FY2026, provisional) is a block of its own: its total is named apart, never added.
    const furusato =
      stats.furusato === 0
        ? ""
        : `, ふるさと住民 track ${stats.furusatoThousandYen.toLocaleString("en-US")} 千円 (provisional, ${stats.furusato} bod${stats.furusato === 1 ? "y" : "ies"}; not in the total)`;
    const parts = [
      `FY${year} (令和${year - 2018}年度${options.fiscalYearGiven ? "" : ", the default: --fiscal-year to choose"})`,
      ...(bodies.table.fixes.length > 0
        ? [
            `fixed ${bodies.table.fixes.length} code${bodies.table.fixes.length === 1 ? "" : "s"} a spreadsheet shortened (${bodies.table.fixes
              .slice(0, 3)
              .map((f) => `${f.from} → ${f.to}, line ${f.line}`)
              .join("; ")}${bodies.table.fixes.length > 3 ? "; …" : ""})`,
          ]
        : []),
      `${stats.lines} lines of ${stats.bodies} bodies`,
      `${stats.written} bodies computed, total ${stats.thousandYen.toLocaleString("en-US")} 千円 (dual-residence measure)${furusato}`,
      `wrote ${options.out}/summary.csv, lines.csv, errors.csv${options.xlsx ? ", results.xlsx" : ""}${options.json ? `, calculations/ (${stats.written} files)` : ""}`,
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
  const advice = options.skipInvalid
    ? ""
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
