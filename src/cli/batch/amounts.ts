import { readYen } from "../../money/index.js";
import type { LineColumn } from "./columns.js";
import { clip } from "./header.js";
import type { ValueProblem } from "./values.js";

/*
 * Amount cells as Excel writes them. A CSV holds a cell as it is shown, so a column formatted as 会計
 * (accounting), 通貨 (currency) or with decimal places is saved as "-", "¥1,200,000" or "1200000.00". The
 * library's own rules read the amount (readYen: whole yen, digits with or without thousands separators); a
 * cell they refuse in one of Excel's spellings is told how to format the column, never converted.
 */

/** The amount cells: a row's amount and its four 特定財源 parts (where blank is none). */
export const AMOUNT_COLUMNS = [
  "amount",
  "specific_revenue_national",
  "specific_revenue_prefectural",
  "specific_revenue_bonds",
  "specific_revenue_other",
] as const satisfies readonly LineColumn[];

/** A leading currency sign: ¥, the full-width ￥, or "\", which is the yen sign as Shift_JIS (CP932) saves it. */
const CURRENCY = /^(-?)([¥￥\\])/;
/** Whole yen with a fraction of zeros: "1200000.00", "1,200,000.0". */
const ZERO_FRACTION = /^((?:0|[1-9][0-9]*)|[1-9][0-9]{0,2}(?:,[0-9]{3})+)\.0+$/;

/** The problem of a (trimmed, non-blank) amount cell, or undefined when the library reads it. */
export function amountProblem(text: string, column: LineColumn): ValueProblem | undefined {
  const read = readYen(text);
  if (read.ok) return undefined;
  return { code: read.problem.code, message: excelSpelling(text, column) ?? read.problem.message };
}

function excelSpelling(text: string, column: LineColumn): string | undefined {
  const zero = `write 0${column === "amount" ? "" : " (or leave the cell blank: no such 特定財源)"}`;
  const bare = text.replace(/[\s\u3000]+/g, "");
  if (bare === "-")
    return `amount "${clip(text)}" is how Excel's accounting format (会計) shows zero: ${zero}, or format the column as 数値 (number)`;
  const currency = CURRENCY.exec(bare);
  if (currency) {
    const sign = currency[2] as string;
    const rest = `${currency[1] ?? ""}${bare.slice(currency[0].length)}`;
    const what = sign === "\\" ? `"\\", the yen sign as Shift_JIS (CP932) saves it` : `"${sign}"`;
    const format = "or format the column as 数値 (number) instead of 通貨 (currency) or 会計 (accounting)";
    if (rest === "-" || rest === "")
      return `amount "${clip(text)}" is a currency sign (${what}) with Excel's accounting zero: ${zero}, ${format}`;
    const digits = readYen(rest);
    return digits.ok
      ? `amount "${clip(text)}" has a currency sign (${what}): remove it and write the yen as digits, e.g. ${digits.digits}, ${format}`
      : `amount "${clip(text)}" has a currency sign (${what}): remove it (${format}); without it, ${digits.problem.message}`;
  }
  const fraction = ZERO_FRACTION.exec(text);
  if (fraction) {
    const whole = (fraction[1] as string).replace(/,/g, "");
    return `amount "${clip(text)}" has decimal places: amounts are whole yen (円未満は不可); format the column as 数値 (number) with 0 decimal places (小数点以下の表示桁数 0), or write ${whole}`;
  }
  return undefined;
}
