import { mkdirSync } from "node:fs";
import { renderTrace } from "../../index.js";
import type { Lang } from "../../render/labels.js";
import { BOM, csvRow, csvRowKeepingCodes } from "../csv/writer.js";
import type { Problem } from "../errors.js";
import { loadExcel, type Excel } from "../xlsx/excel.js";
import type { LineColumn } from "./columns.js";
import type { Header } from "./header.js";
import { JAPANESE, type LanguageTable } from "./japanese-values.js";
import { errorRow, ERRORS_HEADER, lineRows, LINES_HEADER, summaryRow, SUMMARY_HEADER } from "./outputs.js";
import type { BodyOutcome } from "./process-body.js";
import { reportEntry, type ReportEntry } from "./report-entry.js";
import { reportHtml, type ReportMeta } from "./report-html.js";
import { FileSink, type Staging } from "./staging.js";
import { XlsxResults, type ResultFile } from "./xlsx-results.js";

/** One output file, CSV and (with --xlsx) its sheet: how a row of ids is written in the run's language. */
type Out = (cells: readonly string[]) => void;

/** A file's words in English: the column names and the ids, as they are. */
function english(header: readonly string[]): LanguageTable {
  return { header, row: (cells) => [...cells], textColumns: new Set() };
}

const TABLES: Readonly<Record<Lang, Readonly<Record<ResultFile, LanguageTable>>>> = {
  en: { summary: english(SUMMARY_HEADER), lines: english(LINES_HEADER), errors: english(ERRORS_HEADER) },
  ja: JAPANESE,
};

/**
 * The files a batch writes into its staging folder: summary.csv, lines.csv and errors.csv (UTF-8 with a
 * BOM, in English or Japanese), with --xlsx results.xlsx (the same rows in the same words, as typed cells),
 * with --json each body's calculations/<code>.json and its 計算書 calculations/<code>.html, and at the end
 * report.html. The language is known only once lines' header is read, so the CSV files and the workbook are
 * opened then (`start`).
 */
export class BatchOutputs {
  private out: Readonly<Record<ResultFile, Out>> | undefined;
  private readonly sinks: FileSink[] = [];
  private workbook: XlsxResults | undefined;
  private language: Lang = "en";
  private readonly entries: ReportEntry[] = [];

  private constructor(
    private readonly staging: Staging,
    private readonly json: boolean,
    /** exceljs, loaded when --xlsx asks for results.xlsx. */
    private readonly excel: Excel | undefined,
    /** Problems found before any body (bodies'), first in errors.csv. */
    private readonly earlier: readonly Problem[],
  ) {}

  static async create(
    staging: Staging,
    options: { readonly json: boolean; readonly xlsx: boolean },
    earlier: readonly Problem[],
  ): Promise<BatchOutputs> {
    return new BatchOutputs(staging, options.json, options.xlsx ? await loadExcel() : undefined, earlier);
  }

  get lang(): Lang {
    return this.language;
  }

  /**
   * Opens the CSV files (and results.xlsx) in a language and writes their headers, and the problems found
   * before any body (once: later calls do nothing).
   */
  start(lang: Lang): void {
    if (this.out) return;
    this.language = lang;
    const tables = TABLES[lang];
    if (this.excel)
      this.workbook = XlsxResults.open(this.excel, this.staging.path("results.xlsx"), lang, {
        summary: tables.summary.header,
        lines: tables.lines.header,
        errors: tables.errors.header,
      });
    const open = (file: ResultFile): Out => {
      const table = tables[file];
      const sink = new FileSink(this.staging.path(`${file}.csv`));
      this.sinks.push(sink);
      sink.write(BOM + csvRow(table.header));
      // The workbook takes the same words; only the CSV wraps codes as ="042056" (a sheet's cell is text).
      return (cells) => {
        const words = table.row(cells);
        sink.write(lang === "ja" ? csvRowKeepingCodes(words, table.textColumns) : csvRow(words));
        this.workbook?.add(file, words);
      };
    };
    this.out = { summary: open("summary"), lines: open("lines"), errors: open("errors") };
    for (const p of this.earlier) this.out.errors(errorRow(p));
    if (this.json) mkdirSync(this.staging.path("calculations"));
  }

  /** A body's rows, its problems, with --json its calculation and 計算書; and its entry in the report. */
  body(outcome: BodyOutcome, header: Header<LineColumn>): void {
    const out = this.opened();
    const summary = summaryRow(outcome);
    if (summary) out.summary(summary);
    for (const row of lineRows(outcome, header)) out.lines(row);
    for (const p of outcome.problems) out.errors(errorRow(p));
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

  /** Closes the CSV files and the workbook (opening them in the default language first if lines gave no header). */
  async close(): Promise<void> {
    this.opened();
    for (const sink of this.sinks) sink.close();
    await this.workbook?.close();
  }

  /** Writes report.html (after `close`, when the run is to be kept). */
  report(meta: Omit<ReportMeta, "linked">): void {
    const sink = new FileSink(this.staging.path("report.html"));
    sink.write(reportHtml(this.entries, { ...meta, linked: this.json }));
    sink.close();
  }

  private opened(): NonNullable<BatchOutputs["out"]> {
    this.start(this.language);
    return this.out as NonNullable<BatchOutputs["out"]>;
  }
}
