import type { CsvRecord } from "../csv/reader.js";
import { columnLetter, type Problem } from "../errors.js";
import { normalizeHeader, type ColumnSpec } from "./columns.js";

/** Where each known column sits in a file, and the header text the file uses for it. */
export class Header<K extends string> {
  constructor(
    readonly file: string,
    private readonly positions: ReadonlyMap<K, number>,
    /** The file's header cells, as written. */
    readonly cells: readonly string[],
    /** Positions of columns to ignore: notes ("#…") and unnamed empty ones. */
    readonly ignored: ReadonlySet<number>,
  ) {}

  has(key: K): boolean {
    return this.positions.has(key);
  }

  /** The trimmed cell of a column in a record ("" when the column is absent or the row is short). */
  value(fields: readonly string[], key: K): string {
    const at = this.positions.get(key);
    return at === undefined ? "" : (fields[at] ?? "").trim();
  }

  /** The column for a problem: its letter and header as the file has it, or the canonical name if absent. */
  column(key: K): { letter?: string; header: string } {
    const at = this.positions.get(key);
    return at === undefined ? { header: key } : { letter: columnLetter(at), header: this.cells[at]?.trim() || key };
  }

  get width(): number {
    return this.cells.length;
  }

  /**
   * Whether the file heads its columns in Japanese: more of the columns it was read by have a Japanese
   * header (団体コード, 明細ID …) than an English one. `dra batch` answers in the language lines.csv was
   * headed in, unless --lang says otherwise.
   */
  get japanese(): boolean {
    let japanese = 0;
    for (const at of this.positions.values()) if (/\P{ASCII}/u.test(this.cells[at] ?? "")) japanese++;
    return japanese * 2 > this.positions.size;
  }
}

/**
 * Reads a header record against the column specs: every unknown, duplicated and missing column is a
 * problem (a header problem stops the file from being read further, as no row could be trusted).
 */
export function readHeader<K extends string>(
  record: CsvRecord,
  specs: readonly ColumnSpec<K>[],
  file: string,
): { header: Header<K>; problems: Problem[] } {
  const byName = new Map<string, K>();
  for (const spec of specs) for (const h of spec.headers) byName.set(normalizeHeader(h), spec.key);
  const positions = new Map<K, number>();
  const ignored = new Set<number>();
  const problems: Problem[] = [];
  const at = (index: number, header: string) => ({
    file,
    line: record.line,
    row: record.row,
    column: { letter: columnLetter(index), header },
  });
  // A header cell a spreadsheet holds as a date or an error names no column: refused, as any unknown one.
  for (const cell of record.refused ?? [])
    problems.push({ ...at(cell.field, ""), code: cell.code, message: cell.message });
  record.fields.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (name === "" || name.startsWith("#")) {
      ignored.add(index);
      return;
    }
    const key = byName.get(name);
    if (key === undefined) {
      const near = nearest(name, [...byName.keys()]);
      problems.push({
        ...at(index, cell.trim()),
        code: "unknown_column",
        message: `unknown column "${cell.trim()}"${near ? `; did you mean "${near}"?` : ""} (a note column may start with "#")`,
      });
    } else if (positions.has(key)) {
      const first = positions.get(key) as number;
      problems.push({
        ...at(index, cell.trim()),
        code: "duplicate_column",
        message: `column "${key}" is given twice (first in column ${columnLetter(first)}); keep one`,
      });
    } else positions.set(key, index);
  });
  const missing = specs.filter((s) => s.required && !positions.has(s.key));
  for (const spec of missing) {
    problems.push({
      file,
      line: record.line,
      row: record.row,
      column: { header: spec.key },
      code: "missing_column",
      message: `the header has no column "${spec.headers[0]}" (or "${spec.headers[spec.headers.length - 1]}"); the file's columns are: ${record.fields
        .map((f) => f.trim())
        .filter((f) => f !== "")
        .join(", ")}`,
    });
  }
  return { header: new Header(file, positions, record.fields, ignored), problems };
}

/** The closest known name within 3 edits, for "did you mean". */
function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Problems of a data record's shape: a broken quote, more cells than the header (often an unquoted
 * 1,200,000), or a value under a column with no header. Such a value would otherwise be dropped unseen.
 * A row with fewer cells than the header is read with the missing cells blank.
 */
export function shapeProblems<K extends string>(record: CsvRecord, header: Header<K>): Problem[] {
  const problems: Problem[] = [];
  const at = (index: number) => ({
    file: header.file,
    line: record.line,
    row: record.row,
    column: { letter: columnLetter(index), header: header.cells[index]?.trim() ?? "" },
  });
  if (record.problem)
    problems.push({ ...at(record.problem.field), code: "csv_format", message: record.problem.message });
  for (const cell of record.refused ?? []) problems.push({ ...at(cell.field), code: cell.code, message: cell.message });
  // Even blank extra cells: an unquoted 1,200,000 shifts every cell after it, possibly into a column that takes any text.
  if (record.fields.length > header.width) {
    problems.push({
      ...at(header.width),
      code: "too_many_cells",
      message: `the row has ${record.fields.length} cells but the header has ${header.width}; a value with a comma must be in quotes ("1,200,000"), or the header is missing a column`,
    });
  }
  for (const index of header.ignored) {
    const value = record.fields[index]?.trim() ?? "";
    if (value !== "" && !(header.cells[index] ?? "").trim().startsWith("#")) {
      problems.push({
        ...at(index),
        code: "unnamed_column",
        message: `a value "${clip(value)}" under a column with no header; name the column (or start its name with "#" for notes) or clear the cell`,
      });
    }
  }
  return problems;
}

/** A cell's text as a message quotes it: whole up to 80 characters (every label and id), else cut and its length said. */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
