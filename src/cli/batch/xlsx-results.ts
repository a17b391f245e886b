import type { Cell, Worksheet } from "exceljs";
import { readYen } from "../../money/index.js";
import type { Lang } from "../../render/labels.js";
import type { Excel } from "../xlsx/excel.js";
import { displayWidth } from "../xlsx/width.js";
import { ERRORS_HEADER, LINES_HEADER, SUMMARY_HEADER } from "./outputs.js";
import { RESULT_SHEETS } from "./sheets.js";

/*
 * results.xlsx (--xlsx): the rows of summary.csv, lines.csv and errors.csv (outputs.ts makes them for both)
 * on the sheets 集計, 明細 and エラー (summary, lines and errors in English), in the CSV files' language:
 * their headers and their values (japanese-headers.ts, japanese-values.ts). Unlike a CSV a workbook keeps
 * types, so each column is written as what it is: a body code as a text cell (its leading zero kept; never
 * the CSV's ="042056"), yen as numbers with thousands separators, 財政力指数 and 財政力補正 with two places,
 * counts as numbers. Rows are streamed to the file as the batch makes them.
 */

/** How a column is written. */
type Kind = "text" | "code" | "yen" | "ratio" | "count" | "amount" | "message";

const YEN = "#,##0";
/** A yen figure with a fraction (a measure cost × 0.5 × 0.95 may have one): its decimals shown. */
const YEN_FRACTION = "#,##0.0##";
const RATIO = "0.00";
const COUNT = "0";
const TEXT = "@";

/** A column's width in characters, by kind (at least its header's). */
const WIDTH: Readonly<Record<Kind, number>> = {
  text: 14,
  code: 10,
  yen: 16,
  ratio: 9,
  count: 7,
  amount: 14,
  message: 80,
};

function summaryKind(key: string): Kind {
  if (key === "body_code") return "code";
  if (key.endsWith("_yen")) return "yen";
  if (key === "fiscal_capability_index" || key === "fiscal_correction") return "ratio";
  if (key === "lines" || key.endsWith("_lines") || key === "problems") return "count";
  return "text";
}

function linesKind(key: string): Kind {
  if (key === "line") return "count";
  if (key === "body_code") return "code";
  if (key === "amount") return "amount";
  if (key.endsWith("_yen")) return "yen";
  if (key === "problems") return "message";
  return "text";
}

function errorsKind(key: string): Kind {
  if (key === "line" || key === "row") return "count";
  if (key === "body_code") return "code";
  if (key === "message") return "message";
  return "text";
}

/** One sheet: its columns' kinds, and its rows streamed out. */
class ResultSheet {
  constructor(
    private readonly sheet: Worksheet,
    private readonly kinds: readonly Kind[],
  ) {}

  static open(
    workbook: { addWorksheet(name: string, options: object): Worksheet },
    name: string,
    header: readonly string[],
    kinds: readonly Kind[],
    /** Columns kept in view when scrolling right (集計: the body's code and name). */
    frozenColumns = 0,
  ): ResultSheet {
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: "frozen", xSplit: frozenColumns, ySplit: 1 }],
    });
    // As wide as the kind needs, and the header's width up to 20 (a longer header wraps, in a taller row).
    sheet.columns = header.map((label, i) => ({
      width: Math.max(WIDTH[kinds[i] ?? "text"], Math.min(20, displayWidth(label) + 2)),
    }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    const row = sheet.addRow([...header]);
    row.font = { bold: true };
    row.height = 32;
    row.alignment = { vertical: "middle", wrapText: true };
    row.eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
      cell.border = { bottom: { style: "thin" } };
    });
    row.commit();
    return new ResultSheet(sheet, kinds);
  }

  add(values: readonly string[]): void {
    const row = this.sheet.addRow([]);
    values.forEach((text, i) => {
      if (text !== "") write(row.getCell(i + 1), text, this.kinds[i] ?? "text");
    });
    row.commit();
  }

  close(): void {
    this.sheet.commit();
  }
}

/** A cell as its kind: a number where the column holds numbers and the text is one; else the text. */
function write(cell: Cell, text: string, kind: Kind): void {
  const number = (format: string) => {
    const value = Number(text);
    if (!Number.isFinite(value)) {
      cell.value = text;
      return;
    }
    cell.value = value;
    cell.numFmt = format;
  };
  switch (kind) {
    case "code":
      cell.value = text; // text, never a number: 042056 keeps its zero
      cell.numFmt = TEXT;
      return;
    case "yen":
      number(Number.isInteger(Number(text)) ? YEN : YEN_FRACTION);
      return;
    case "ratio":
      number(RATIO);
      return;
    case "count":
      number(COUNT);
      return;
    case "amount": {
      // The input's amount as written: a number when it is yen the library reads ("1,200,000"), else the text.
      const read = readYen(text);
      if (read.ok) {
        cell.value = Number(read.digits);
        cell.numFmt = YEN;
      } else cell.value = text;
      return;
    }
    default: // text and messages
      cell.value = text;
  }
}

/** The three files a batch writes, each a sheet of results.xlsx. */
export type ResultFile = "summary" | "lines" | "errors";

/** Each sheet's header, in the run's language (the same words as the CSV files' headers). */
export type ResultHeaders = Readonly<Record<ResultFile, readonly string[]>>;

/**
 * results.xlsx, written row by row beside the CSV files, in their language: the sheets' names and headers,
 * and the rows given already in words (output-files.ts puts them in Japanese for both, once).
 */
export class XlsxResults {
  private constructor(
    private readonly workbook: { commit(): Promise<void> },
    private readonly sheets: Readonly<Record<ResultFile, ResultSheet>>,
  ) {}

  /** Opens the file (exceljs loaded beforehand: the language is chosen mid-run, and this does not wait). */
  static open(excel: Excel, path: string, lang: Lang, headers: ResultHeaders): XlsxResults {
    const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
    const names = RESULT_SHEETS[lang];
    return new XlsxResults(workbook, {
      summary: ResultSheet.open(workbook, names.summary, headers.summary, SUMMARY_HEADER.map(summaryKind), 2),
      lines: ResultSheet.open(workbook, names.lines, headers.lines, LINES_HEADER.map(linesKind)),
      errors: ResultSheet.open(workbook, names.errors, headers.errors, ERRORS_HEADER.map(errorsKind)),
    });
  }

  /** A row of one of the three files, in the run's words, onto its sheet. */
  add(file: ResultFile, row: readonly string[]): void {
    this.sheets[file].add(row);
  }

  /** Ends every sheet and the file. */
  async close(): Promise<void> {
    for (const sheet of Object.values(this.sheets)) sheet.close();
    await this.workbook.commit();
  }
}
