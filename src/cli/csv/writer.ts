/*
 * CSV out, for files analysts open in Excel: RFC 4180 quoting (only where needed), CRLF line ends, and a
 * byte-order mark at the start of the file so Excel reads it as UTF-8 rather than Shift_JIS.
 */

/** The UTF-8 byte-order mark as text: write it once, first in the file. */
export const BOM = "\uFEFF";

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Cells Excel would run as a formula (CSV injection): a leading quote makes them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it holds a comma, quote, line break or edge space; a would-be formula is defused. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A code of digits as Excel keeps it: the formula ="042056", quoted as RFC 4180 wants ("=""042056""").
 * Excel opening a CSV turns 042056 into the number 42056 (a BOM, or quotes, do not stop it); a formula
 * whose value is the text keeps every digit, and the cell shows 042056. Only digits are ever wrapped, so
 * no text of a user's becomes a formula.
 */
function excelTextField(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`excelTextField: "${digits}" is not digits`);
  return `"=""${digits}"""`;
}

/** One record with its CRLF. */
export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/**
 * One record with its CRLF, the fields at `textColumns` that are digits (codes, ids) written so that Excel
 * keeps them as text (excelTextField), any other field as csvField writes it.
 */
export function csvRowKeepingCodes(fields: readonly string[], textColumns: ReadonlySet<number>): string {
  const cell = (value: string, at: number) =>
    textColumns.has(at) && /^\d+$/.test(value) ? excelTextField(value) : csvField(value);
  return `${fields.map(cell).join(",")}\r\n`;
}

/** A whole file: BOM, header, rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + csvRow(header) + rows.map(csvRow).join("");
}
