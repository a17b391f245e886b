import { mkdirSync } from "node:fs";
import { renderTrace } from "../../index.js";
import type { Lang } from "../../render/labels.js";
import { BOM, csvRow, csvRowKeepingCodes } from "../csv/writer.js";
import type { Problem } from "../errors.js";
import type { LineColumn } from "./columns.js";
import type { Header } from "./header.js";
import { JAPANESE, type JapaneseTable } from "./japanese-values.js";
import { errorRow, ERRORS_HEADER, lineRows, LINES_HEADER, summaryRow, SUMMARY_HEADER } from "./outputs.js";
import type { BodyOutcome } from "./process-body.js";
import { reportEntry, type ReportEntry } from "./report-entry.js";
import { reportHtml, type ReportMeta } from "./report-html.js";
import { FileSink, type Staging } from "./staging.js";

/** One CSV file: its sink, and how its rows are written in the run's language. */
interface CsvOut {
  readonly sink: FileSink;
  readonly write: (cells: readonly string[]) => void;
}

/**
 * The files a batch writes into its staging folder: summary.csv, lines.csv and errors.csv (UTF-8 with a
 * BOM, in English or Japanese), with --json each body's calculations/<code>.json and its 計算書
 * calculations/<code>.html, and at the end report.html. The language is known only once lines.csv's header
 * is read, so the CSV files are opened then (`start`).
 */
export class BatchOutputs {
  private csv: { summary: CsvOut; lines: CsvOut; errors: CsvOut } | undefined;
  private language: Lang = "en";
  private readonly entries: ReportEntry[] = [];

  constructor(
    private readonly staging: Staging,
    private readonly json: boolean,
    /** Problems found before any body (bodies.csv's), first in errors.csv. */
    private readonly earlier: readonly Problem[],
  ) {}

  get lang(): Lang {
    return this.language;
  }

  /**
   * Opens the CSV files in a language and writes their headers, and the problems found before any body
   * (once: later calls do nothing).
   */
  start(lang: Lang): void {
    if (this.csv) return;
    this.language = lang;
    const open = (file: string, english: readonly string[], japanese: JapaneseTable): CsvOut => {
      const sink = new FileSink(this.staging.path(file));
      sink.write(BOM + csvRow(lang === "ja" ? japanese.header : english));
      const write =
        lang === "ja"
          ? (cells: readonly string[]) => {
              sink.write(csvRowKeepingCodes(japanese.row(cells), japanese.textColumns));
            }
          : (cells: readonly string[]) => {
              sink.write(csvRow(cells));
            };
      return { sink, write };
    };
    this.csv = {
      summary: open("summary.csv", SUMMARY_HEADER, JAPANESE.summary),
      lines: open("lines.csv", LINES_HEADER, JAPANESE.lines),
      errors: open("errors.csv", ERRORS_HEADER, JAPANESE.errors),
    };
    for (const p of this.earlier) this.csv.errors.write(errorRow(p));
    if (this.json) mkdirSync(this.staging.path("calculations"));
  }

  /** A body's rows, its problems, with --json its calculation and 計算書; and its entry in the report. */
  body(outcome: BodyOutcome, header: Header<LineColumn>): void {
    const csv = this.opened();
    const summary = summaryRow(outcome);
    if (summary) csv.summary.write(summary);
    for (const row of lineRows(outcome, header)) csv.lines.write(row);
    for (const p of outcome.problems) csv.errors.write(errorRow(p));
    let href: string | undefined;
    if (this.json && outcome.result && outcome.calculation) {
      const json = new FileSink(this.staging.path("calculations", `${outcome.code}.json`));
      json.write(`${JSON.stringify(outcome.calculation, null, 2)}\n`);
      json.close();
      const html = new FileSink(this.staging.path("calculations", `${outcome.code}.html`));
      html.write(renderTrace(outcome.calculation, { format: "html", lang: this.language }));
      html.close();
      href = `calculations/${encodeURIComponent(outcome.code)}.html`;
    }
    const entry = reportEntry(outcome, href);
    if (entry) this.entries.push(entry);
  }

  /** Closes the CSV files (opening them in the default language first if lines.csv gave no header). */
  close(): void {
    for (const out of Object.values(this.opened())) out.sink.close();
  }

  /** Writes report.html (after `close`, when the run is to be kept). */
  report(meta: Omit<ReportMeta, "linked">): void {
    const sink = new FileSink(this.staging.path("report.html"));
    sink.write(reportHtml(this.entries, { ...meta, linked: this.json }));
    sink.close();
  }

  private opened(): NonNullable<BatchOutputs["csv"]> {
    this.start(this.language);
    return this.csv as NonNullable<BatchOutputs["csv"]>;
  }
}
