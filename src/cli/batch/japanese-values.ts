import { dispositionLabel, measureLabel, reviewLabel, ruleMark } from "../../render/labels.js";
import type { Disposition } from "../../rules/line.js";
import { ERRORS_HEADERS_JA, LINES_HEADERS_JA, SUMMARY_HEADERS_JA } from "./japanese-headers.js";
import { ERRORS_HEADER, LINES_HEADER, SUMMARY_HEADER } from "./outputs.js";
import { bodyKindValues, lineValueColumns, type ValueColumn } from "./values.js";

/*
 * The batch's rows in Japanese (--lang ja: the CSV files and results.xlsx alike): each value a column holds
 * by its id, written in the words the library already has for it — the rendered trace's labels for
 * dispositions, rule marks (※1…※5, 重複計上, 等, 上限), review reasons and measures; the glossary and
 * catalogs, through the value columns of the input (values.ts), for kinds, types, items and posts, so what
 * comes out is what goes in. Only the words of the CLI's own states (a body or row that was not computed)
 * are kept here. Figures are never touched.
 */

/** A body's status in summary.csv. */
export const STATUS_JA: Readonly<Record<"ok" | "invalid", string>> = { ok: "算定済", invalid: "不備" };

/** A row's disposition in lines.csv: the library's three, and the CLI's two for a row not computed. */
const DISPOSITION_JA: Readonly<Record<string, string>> = {
  ...dispositionLabel.ja,
  invalid: "不備",
  "not-computed": "未算定",
} satisfies Record<Disposition | "invalid" | "not-computed", string>;

/** How list cells are joined in Japanese ("※5、上限"); the ids are joined with ";". */
const JA_LIST = "、";

const listOf = (cell: string, word: (id: string) => string) =>
  cell === "" ? "" : cell.split(";").map(word).join(JA_LIST);

/** A word from a table of words by id (the id itself where the table has none: text as the input wrote it). */
const word =
  (words: Readonly<Partial<Record<string, string>>>) =>
  (cell: string): string =>
    words[cell] ?? cell;

const valueName = (column: ValueColumn) => (cell: string) =>
  cell === "" ? "" : (lineValueColumns().get(column)?.japanese(cell) ?? cell);

type Translate = (cell: string) => string;

const SUMMARY_JA: Partial<Record<(typeof SUMMARY_HEADER)[number], Translate>> = {
  kind: (cell) => (cell === "" ? "" : bodyKindValues().japanese(cell)),
  status: word(STATUS_JA),
};

const LINES_JA: Partial<Record<(typeof LINES_HEADER)[number], Translate>> = {
  type: valueName("type"),
  item: valueName("item"),
  post: valueName("post"),
  measure: word(measureLabel.ja),
  disposition: word(DISPOSITION_JA),
  rules: (cell) => listOf(cell, word(ruleMark.ja)),
  needs_review: (cell) => listOf(cell, reviewLabel.ja),
};

/**
 * Columns of codes and ids, kept as text for Excel in the Japanese files (csvRow's textColumns): a body
 * code 042056, or an id 001, would otherwise lose its leading zero when the file is opened.
 */
const CODE_COLUMNS: ReadonlySet<string> = new Set(["body_code", "project_id", "line_id", "person"]);

/** One output file in a language: its header, how each of its rows is put in it, its code columns. */
export interface LanguageTable {
  readonly header: readonly string[];
  readonly row: (cells: readonly string[]) => string[];
  readonly textColumns: ReadonlySet<number>;
}

function table<C extends string>(
  columns: readonly C[],
  headers: Readonly<Record<C, string>>,
  translate: Partial<Record<C, Translate>>,
): LanguageTable {
  const byIndex = columns.map((column) => translate[column]);
  return {
    header: columns.map((column) => headers[column]),
    row: (cells) => cells.map((cell, at) => byIndex[at]?.(cell) ?? cell),
    textColumns: new Set(columns.flatMap((column, at) => (CODE_COLUMNS.has(column) ? [at] : []))),
  };
}

/** summary.csv, lines.csv and errors.csv in Japanese. */
export const JAPANESE = {
  summary: table(SUMMARY_HEADER, SUMMARY_HEADERS_JA, SUMMARY_JA),
  lines: table(LINES_HEADER, LINES_HEADERS_JA, LINES_JA),
  errors: table(ERRORS_HEADER, ERRORS_HEADERS_JA, {}),
} as const;
