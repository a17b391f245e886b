import type { Workbook, Worksheet } from "exceljs";
import { findBodies } from "../../index.js";
import { columnLetter } from "../errors.js";
import { loadExcel } from "../xlsx/excel.js";
import { displayWidth } from "../xlsx/width.js";
import { AMOUNT_COLUMNS } from "./amounts.js";
import { BODY_COLUMNS, LINE_COLUMNS, type ColumnSpec } from "./columns.js";
import { INPUT_SHEETS } from "./sheets.js";
import { bodyKindValues, lineValueColumns, type Values } from "./values.js";

/*
 * The input workbook `dra template` writes and `dra batch 様式.xlsx` reads: the sheets 団体一覧 and 経費明細,
 * every column under its Japanese header (the one columns.ts accepts), a drop-down list on every column
 * that takes one of a fixed list of values (the Japanese names values.ts reads, so the lists are the
 * reader's own), and one worked row on each sheet that computes as it stands. The lists sit on a hidden
 * sheet, 選択肢: a list of items is longer than the 255 characters a list written into the rule may hold.
 */

/** The rows that get the drop-down lists and the formats (a sheet may grow past them: Excel extends neither). */
const ROWS = 2000;
const LISTS_SHEET = "選択肢";
/** Columns kept as text, so that Excel neither drops a code's zero nor turns an id like 1-2 into a date. */
const TEXT_COLUMNS = new Set(["code", "body_code", "project_id", "line_id", "person"]);
const YEN_COLUMNS = new Set<string>([
  ...AMOUNT_COLUMNS,
  ...["revenue_1", "need_1", "revenue_2", "need_2", "revenue_3", "need_3"],
]);
/** Wider columns for the long labels and free text. */
const WIDE: Readonly<Record<string, number>> = {
  item: 48,
  activities: 48,
  also_claimed_under: 36,
  description: 36,
  project_name: 24,
};

/** The Japanese header a column is written with: the first of its headers that is not ASCII. */
function japaneseInputHeader(spec: ColumnSpec): string {
  return spec.headers.find((h) => /[^\x20-\x7e]/.test(h)) ?? spec.key;
}

/** The template workbook, ready to write. */
export async function inputTemplate(): Promise<Workbook> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const bodies = sheet(workbook, INPUT_SHEETS.bodies, BODY_COLUMNS);
  const lines = sheet(workbook, INPUT_SHEETS.lines, LINE_COLUMNS);
  const lists = new Lists(workbook.addWorksheet(LISTS_SHEET, { state: "hidden" }));
  const values = lineValueColumns();
  validate(bodies, BODY_COLUMNS, (key) => (key === "kind" ? bodyKindValues() : undefined), lists);
  validate(lines, LINE_COLUMNS, (key) => values.get(key as never), lists);
  worked(bodies, BODY_COLUMNS, bodyExample());
  worked(lines, LINE_COLUMNS, lineExample());
  return workbook;
}

/** A sheet with its header row (bold, frozen), column widths and formats. */
function sheet(workbook: Workbook, name: string, specs: readonly ColumnSpec[]): Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = specs.map((spec) => {
    const header = japaneseInputHeader(spec);
    const numFmt = TEXT_COLUMNS.has(spec.key) ? "@" : YEN_COLUMNS.has(spec.key) ? "#,##0" : undefined;
    return {
      header,
      key: spec.key,
      width: WIDE[spec.key] ?? Math.max(10, displayWidth(header) + 2),
      ...(numFmt && { style: { numFmt } }),
    };
  });
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.numFmt = "General";
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  return ws;
}

/** The hidden sheet of lists, one column per distinct list (the six yes/no columns share one). */
class Lists {
  private readonly byValues = new Map<string, { readonly column: number; readonly range: string }>();

  constructor(private readonly sheet: Worksheet) {}

  /** The range holding these values, e.g. '選択肢'!$A$2:$A$3, titled by its column (or by its values, if shared). */
  range(title: string, names: readonly string[]): string {
    const key = names.join("\n");
    const known = this.byValues.get(key);
    if (known) {
      this.sheet.getCell(1, known.column).value = names.join("・");
      return known.range;
    }
    const column = this.byValues.size + 1;
    const letter = columnLetter(column - 1);
    this.sheet.getCell(1, column).value = title;
    names.forEach((name, i) => (this.sheet.getCell(i + 2, column).value = name));
    const range = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${names.length + 1}`;
    this.byValues.set(key, { column, range });
    return range;
  }
}

/** The list rule of each column that takes a fixed list of values: the value's (first) Japanese name. */
function validate(
  ws: Worksheet,
  specs: readonly ColumnSpec[],
  valuesOf: (key: string) => Values | undefined,
  lists: Lists,
): void {
  // exceljs types the rules of a range only on a cell; the sheet's map takes a range at once.
  const rules = (ws as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations;
  specs.forEach((spec, index) => {
    const values = valuesOf(spec.key);
    if (!values) return;
    const header = japaneseInputHeader(spec);
    const names = values.choices.map((c) => c.names[0] ?? c.id);
    const letter = columnLetter(index);
    // A list column (活動, 重複計上先) takes several values: the list offers one, and more may be typed.
    const several = spec.key === "activities" || spec.key === "also_claimed_under";
    rules.add(`${letter}2:${letter}${ROWS}`, {
      type: "list",
      allowBlank: true,
      formulae: [lists.range(header, names)],
      showErrorMessage: true,
      // A warning, not a stop: the reader takes the English ids too (expense, full-time …), which may be typed.
      errorStyle: several ? "information" : "warning",
      errorTitle: header,
      error: several
        ? `${header}: 複数の値は「;」で区切って入力できます。`
        : `${header}: 一覧にない値です。英語の id（expense、full-time など）で入力するときは続行してください。`,
    });
  });
}

/** One worked row, each value in its column (a number where Excel would hold one). */
function worked(ws: Worksheet, specs: readonly ColumnSpec[], row: Readonly<Record<string, string | number>>): void {
  ws.addRow(specs.map((spec) => row[spec.key] ?? null));
}

/** The example body, from the registry: 気仙沼市 with its published 財政力指数. */
function bodyExample(): Record<string, string | number> {
  const body = findBodies("042056")[0];
  if (!body) throw new Error("the registry has no 042056 (the template's example body)");
  const fci = Object.entries(body.fci)
    .sort(([a], [b]) => a.localeCompare(b))
    .at(-1)?.[1];
  return {
    code: body.code,
    name: body.name,
    kind: name(bodyKindValues(), body.kind),
    ...(fci !== undefined && { fci: Number(fci) }),
    prefecture: body.prefecture,
  };
}

/** The example expense: a consultation event of 1,200,000 yen, in Japanese values. */
function lineExample(): Record<string, string | number> {
  const values = lineValueColumns();
  const of = (key: "type" | "purpose" | "item", id: string) => name(values.get(key) as Values, id);
  return {
    body_code: "042056",
    type: of("type", "expense"),
    project_id: "P1",
    project_name: "二地域居住相談会（記入例）",
    purpose: of("purpose", "dual-residence"),
    line_id: "E1",
    item: of("item", "information.consultation-events"),
    amount: 1200000,
    description: "東京での相談会の開催（記入例）",
  };
}

/** A value's Japanese name, as the reader takes it. */
function name(values: Values, id: string): string {
  const choice = values.find(id);
  if (!choice) throw new Error(`${values.what} has no value ${id}`);
  return choice.names[0] ?? id;
}
