import type { CsvRecord } from "../csv/reader.js";
import { columnLetter, type Problem } from "../errors.js";
import { AMOUNT_COLUMNS, amountProblem } from "./amounts.js";
import { COORDINATOR_ONLY, EXPENSE_ONLY, type LineColumn } from "./columns.js";
import { shapeProblems, type Header } from "./header.js";
import { lineValueColumns, type ValueProblem } from "./values.js";

export type RowType = "expense" | "coordinator";

/** One data row of lines.csv, with the problems found in it so far. */
export interface LineRow {
  readonly line: number;
  readonly row: number;
  readonly fields: readonly string[];
  readonly bodyCode: string;
  /** undefined when the type cell is not a known type. */
  readonly type: RowType | undefined;
  /**
   * A row not given to the calculation: its cells cannot be trusted (broken quoting, cells beyond the header),
   * or it has no body or no known type. Its cells are still checked one by one.
   */
  readonly unreadable: boolean;
  /** The id each value cell stands for, where the cell gave one (a Japanese name is read as its id). */
  readonly values: ReadonlyMap<LineColumn, string>;
  readonly problems: Problem[];
}

/** Shape problems after which no cell of the row can be trusted (a value may sit under the wrong header). */
const UNTRUSTED = new Set(["csv_format", "too_many_cells"]);

/**
 * Reads a data record of lines.csv: its body, its type, the id of each value cell, and every problem visible
 * in the row alone, all at once: one bad cell does not hide another.
 */
export function readLineRow(record: CsvRecord, header: Header<LineColumn>): LineRow {
  const value = (key: LineColumn) => header.value(record.fields, key);
  const bodyCode = value("body_code");
  const problems = shapeProblems(record, header).map((p) => (bodyCode !== "" ? { ...p, bodyCode } : p));
  const untrusted = problems.some((p) => UNTRUSTED.has(p.code));
  // A cell the sheet held as a date or an error is refused already (shapeProblems) and read as blank.
  const refused = (key: LineColumn) => {
    const letter = header.column(key).letter;
    return letter !== undefined && (record.refused ?? []).some((cell) => columnLetter(cell.field) === letter);
  };
  const flagged = new Set<LineColumn>();
  const problem = (key: LineColumn, code: string, message: string) => {
    flagged.add(key);
    problems.push({
      file: header.file,
      line: record.line,
      row: record.row,
      column: header.column(key),
      ...(bodyCode !== "" && { bodyCode }),
      code,
      message,
    });
  };
  if (bodyCode === "" && !refused("body_code"))
    problem("body_code", "required", "body_code is empty: give the body's 6-digit 全国地方公共団体コード, e.g. 042056");
  const columns = lineValueColumns();
  const values = new Map<LineColumn, string>();
  const typeText = value("type");
  let type: RowType | undefined = refused("type") ? undefined : "expense";
  if (typeText !== "") {
    const reading = columns.get("type")?.read(typeText);
    type = reading?.problems.length === 0 ? (reading.value as RowType) : undefined;
    for (const p of reading?.problems ?? []) problem("type", p.code, p.message);
  }
  if (type !== undefined) {
    const others = type === "expense" ? COORDINATOR_ONLY : EXPENSE_ONLY;
    for (const key of others) {
      if (header.has(key) && value(key) !== "") {
        problem(
          key,
          "wrong_row_type",
          `${key} applies to ${type === "expense" ? "coordinator" : "expense"} rows only; this is ${type === "expense" ? "an expense" : "a coordinator"} row: clear the cell or set type to ${type === "expense" ? "coordinator" : "expense"}`,
        );
      }
    }
    if (type === "expense" && header.has("track") && value("track") !== "")
      problem(
        "track",
        "wrong_row_type",
        `track applies to coordinator rows only: an expense goes to the ふるさと住民 track by its item (e.g. furusato.system-setup-and-operation), not by this column; clear the cell, or set type to coordinator for a ふるさと住民コーディネーター`,
      );
  }
  if (!untrusted) {
    // Every other cell with a fixed list of values, and every amount, whatever else is wrong in the row.
    const report = (key: LineColumn, found: readonly ValueProblem[]) => {
      for (const p of found) problem(key, p.code, p.message);
    };
    for (const [key, reader] of columns) {
      const text = value(key);
      if (key === "type" || text === "" || flagged.has(key)) continue;
      const reading = reader.read(text);
      values.set(key, reading.value);
      report(key, reading.problems);
    }
    for (const key of AMOUNT_COLUMNS) {
      const text = value(key);
      const found = text === "" || flagged.has(key) ? undefined : amountProblem(text, key);
      if (found) report(key, [found]);
    }
  }
  return {
    line: record.line,
    row: record.row,
    fields: record.fields,
    bodyCode,
    type,
    unreadable: untrusted || bodyCode === "" || type === undefined,
    values,
    problems,
  };
}
