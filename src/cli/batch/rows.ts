import type { CsvRecord } from "../csv/reader.js";
import type { Problem } from "../errors.js";
import { COORDINATOR_ONLY, EXPENSE_ONLY, type LineColumn } from "./columns.js";
import { clip, shapeProblems, type Header } from "./header.js";

export type RowType = "expense" | "coordinator";

/** One data row of lines.csv, with the problems found in it so far. */
export interface LineRow {
  readonly line: number;
  readonly row: number;
  readonly fields: readonly string[];
  readonly bodyCode: string;
  /** undefined when the type cell is not a known type. */
  readonly type: RowType | undefined;
  /** A row whose cells cannot be trusted (broken quoting, cells beyond the header, unknown type): not given to the calculation. */
  readonly unreadable: boolean;
  readonly problems: Problem[];
}

/** Reads a data record of lines.csv: its body, its type, and the problems visible in the row alone. */
export function readLineRow(record: CsvRecord, header: Header<LineColumn>): LineRow {
  const value = (key: LineColumn) => header.value(record.fields, key);
  const bodyCode = value("body_code");
  const problems = shapeProblems(record, header).map((p) => (bodyCode !== "" ? { ...p, bodyCode } : p));
  const problem = (key: LineColumn, code: string, message: string) =>
    problems.push({
      file: header.file,
      line: record.line,
      row: record.row,
      column: header.column(key),
      ...(bodyCode !== "" && { bodyCode }),
      code,
      message,
    });
  if (bodyCode === "")
    problem("body_code", "required", "body_code is empty: give the body's 6-digit 全国地方公共団体コード, e.g. 042056");
  const typeText = value("type").toLowerCase();
  const type: RowType | undefined =
    typeText === "" || typeText === "expense" ? "expense" : typeText === "coordinator" ? "coordinator" : undefined;
  if (type === undefined)
    problem(
      "type",
      "invalid_value",
      `type must be "expense" (経費, the default when blank) or "coordinator" (コーディネーター), got "${clip(value("type"))}"`,
    );
  const unreadable = problems.length > 0;
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
  return { line: record.line, row: record.row, fields: record.fields, bodyCode, type, unreadable, problems };
}
