import { findBodies, safeCalculate } from "../../index.js";
import { isBlankRecord, type CsvRecord } from "../csv/reader.js";
import { columnLetter, type Problem } from "../errors.js";
import { BODY_COLUMNS, type BodyColumn } from "./columns.js";
import { readHeader, shapeProblems, type Header } from "./header.js";
import { locateBodyIssue } from "./locate.js";
import { unreadableProblem, type TableSource } from "./sources.js";
import { bodyKindValues } from "./values.js";

/** One row of bodies.csv: the body as the application gives it, and whether it passed every check. */
export interface BodyEntry {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly line: number;
  readonly input: Record<string, unknown>;
  /** Problems found in its bodies.csv row (0: valid). */
  readonly problems: number;
  readonly valid: boolean;
}

export interface BodyTable {
  readonly byCode: ReadonlyMap<string, BodyEntry>;
  readonly count: number;
  /** Codes a spreadsheet shortened (a leading zero dropped), matched through the registry: 5 → 6 digits. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Each such fix, for the closing report. */
  readonly fixes: readonly { readonly line: number; readonly from: string; readonly to: string }[];
}

/** bodies.csv read: its bodies, its problems, and whether it is of any use. */
export interface BodiesRead {
  readonly table: BodyTable;
  readonly problems: Problem[];
  /** The file cannot be used at all (its encoding, its header, empty); row problems leave the other rows usable. */
  readonly fatal: boolean;
}

/**
 * Reads bodies.csv (or its sheet) whole (1,788 rows at most for all of Japan) and checks every row with the
 * core, so a bad FCI or check digit is reported even for a body with no lines. `fatal` when the file cannot
 * be used at all (not UTF-8 or Shift_JIS, a workbook that does not open, empty, bad header); the rows read
 * before a bad byte are still checked.
 */
export async function readBodies(source: TableSource, fiscalYear: string): Promise<BodiesRead> {
  const problems: Problem[] = [];
  try {
    return await readTable(source.records(), source.file, fiscalYear, problems);
  } catch (error) {
    const unreadable = unreadableProblem(error, source.file);
    if (!unreadable) throw error;
    problems.push(unreadable);
    return { table: { byCode: new Map(), count: 0, aliases: new Map(), fixes: [] }, problems, fatal: true };
  }
}

async function readTable(
  records: AsyncIterable<CsvRecord>,
  file: string,
  fiscalYear: string,
  problems: Problem[],
): Promise<BodiesRead> {
  const byCode = new Map<string, BodyEntry>();
  const aliases = new Map<string, string>();
  const fixes: { line: number; from: string; to: string }[] = [];
  let header: Header<BodyColumn> | undefined;
  for await (const record of records) {
    if (!header) {
      const read = readHeader(record, BODY_COLUMNS, file);
      header = read.header;
      problems.push(...read.problems);
      // Without an fci column each body takes its published figure from the registry (or is told to give one).
      if (problems.length > 0) return { table: { byCode, count: 0, aliases, fixes }, problems, fatal: true };
      continue;
    }
    if (isBlankRecord(record)) continue;
    const h = header;
    const rowProblems = shapeProblems(record, h);
    // A row whose cells may sit under the wrong header is not checked further.
    const untrusted = rowProblems.some((p) => p.code === "csv_format" || p.code === "too_many_cells");
    const written = (key: BodyColumn) => h.value(record.fields, key);
    // The kind as its id: 市町村 and 都道府県 are read as municipality and prefecture.
    const kind = written("kind") === "" ? undefined : bodyKindValues().read(written("kind"));
    const cell = (key: BodyColumn) => (key === "kind" && kind ? kind.value : written(key));
    const where = (key: BodyColumn) => ({ file, line: record.line, row: record.row, column: h.column(key) });
    let code = cell("code");
    // Excel drops the leading zero of 042056: a 5-digit code whose 0-prefixed form the registry holds is
    // that body (matched, not guessed), and the fix is reported.
    if (/^\d{5}$/.test(code) && findBodies(`0${code}`).length === 1) {
      aliases.set(code, `0${code}`);
      fixes.push({ line: record.line, from: code, to: `0${code}` });
      code = `0${code}`;
    }
    // A code cell the sheet held as a date or an error is refused already, and read as blank.
    if (code === "" && !record.refused?.some((cell) => columnLetter(cell.field) === h.column("code").letter))
      rowProblems.push({
        ...where("code"),
        code: "required",
        message: "code is empty: give the 6-digit 全国地方公共団体コード, e.g. 042056",
      });
    else if (/^\d{5}$/.test(code)) {
      rowProblems.push({
        ...where("code"),
        bodyCode: code,
        code: "invalid_code",
        message: `code "${code}" has 5 digits: Excel drops the leading zero of codes like 0${code}; format the column as text (文字列) and write all 6 digits`,
      });
    }
    const first = byCode.get(code);
    if (first)
      rowProblems.push({
        ...where("code"),
        bodyCode: code,
        code: "duplicate_body",
        message: `body ${code} is listed again (first on line ${first.line}); list each body once`,
      });
    for (const p of untrusted ? [] : (kind?.problems ?? []))
      rowProblems.push({ ...where("kind"), ...(code !== "" && { bodyCode: code }), ...p });
    const input = { ...bodyInput(cell), code };
    if (!untrusted) {
      // Every cell is checked; a cell already refused above (the code, the kind) takes no second message.
      const refused = new Set(rowProblems.map((p) => p.column?.letter));
      const check = safeCalculate({ fiscalYear, body: input });
      if (!check.ok) {
        for (const issue of check.error.issues) {
          const column = locateBodyIssue(issue.path);
          if (column && refused.has(h.column(column).letter)) continue;
          rowProblems.push({
            file,
            line: record.line,
            row: record.row,
            ...(column && { column: h.column(column) }),
            bodyCode: code,
            code: issue.code,
            message: inColumns(issue.message),
          });
        }
      }
    }
    problems.push(...rowProblems);
    if (code !== "" && !first)
      byCode.set(code, {
        code,
        name: cell("name"),
        kind: cell("kind"),
        line: record.line,
        input,
        problems: rowProblems.length,
        valid: rowProblems.length === 0,
      });
  }
  if (!header) {
    problems.push({
      file,
      code: "empty_file",
      message: "the file is empty: it needs a header row (code,name,kind,fci) and one row per body",
    });
    return { table: { byCode, count: 0, aliases, fixes }, problems, fatal: true };
  }
  return { table: { byCode, count: byCode.size, aliases, fixes }, problems, fatal: false };
}

function bodyInput(cell: (key: BodyColumn) => string): Record<string, unknown> {
  const body: Record<string, unknown> = { code: cell("code"), kind: cell("kind") };
  if (cell("name") !== "") body.name = cell("name");
  if (cell("fci") !== "") body.fiscalCapabilityIndex = cell("fci");
  const years = ([1, 2, 3] as const).map((y) => ({ revenue: cell(`revenue_${y}`), need: cell(`need_${y}`) }));
  if (years.some((y) => y.revenue !== "" || y.need !== "")) {
    body.fiscalCapabilityYears = years.map((y) => ({
      ...(y.revenue !== "" && { revenue: y.revenue }),
      ...(y.need !== "" && { need: y.need }),
    }));
  }
  if (cell("kind") === "") delete body.kind; // the core then takes it from the code
  return body;
}

/** The core's words for the 財政力指数's fields, as the bodies.csv columns that hold them. */
function inColumns(message: string): string {
  return message
    .replace('fiscalCapabilityIndex (e.g. "0.45")', "the fci column (財政力指数, e.g. 0.45)")
    .replace("fiscalCapabilityYears (three { revenue, need })", "revenue_1…need_3 (三か年の基準財政収入額・需要額)")
    .replace("fiscalCapabilityIndex or fiscalCapabilityYears", "fci or revenue_1…need_3");
}
