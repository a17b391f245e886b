import type { Cell, CellValue } from "exceljs";
import { clip } from "../batch/header.js";

/*
 * A workbook cell as the text a CSV of the same sheet would hold, so that the batch reads both through the
 * same checks: no value is judged here. A number is read as its digits (1200000, not 1,200,000 or 1.2E+06;
 * a fraction as Excel keeps it, to 15 significant digits, for the amount checks to refuse); text as it is;
 * TRUE/FALSE as Excel writes them; a formula as its saved result. What no column reads as text (a date, an
 * error, a formula whose result was never saved) is refused with what to do in Excel.
 */

export type CellText = { readonly text: string } | { readonly refused: { code: string; message: string } };

/** The text of a cell (a merged cell's other parts are blank, as Excel saves them in a CSV). */
export function cellText(cell: Cell): CellText {
  if (cell.isMerged && cell.master !== cell) return { text: "" };
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: CellValue, numFmt: string | undefined, formula?: string): CellText {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return refuse("date_cell", dateMessage(value, formula));
  if ("richText" in value) return { text: value.richText.map((run) => run.text).join("") };
  // A link's text (typed a string, rich text when the link's text is formatted): read as any value.
  if ("hyperlink" in value) return valueText(value.text, numFmt);
  if ("error" in value)
    return refuse(
      "error_cell",
      `the cell shows Excel's error ${value.error}${formula ? ` (from ${shown(formula)})` : ""}: correct the formula or the value, or clear the cell`,
    );
  if ("formula" in value || "sharedFormula" in value) {
    const written = "formula" in value ? value.formula : value.sharedFormula;
    if (value.result === undefined)
      return refuse(
        "formula_without_result",
        `the cell holds a formula (${shown(written)}) with no saved result: open the workbook in Excel and save it (Excel saves each formula's result), or paste the values (形式を選択して貼り付け → 値)`,
      );
    return valueText(value.result, numFmt, written);
  }
  return { text: "" };
}

/** Excel keeps 15 significant digits, and shows a fraction so: 0.1 + 0.2 is read 0.3, as Excel shows it. */
const SIGNIFICANT = new Intl.NumberFormat("en-US", { useGrouping: false, maximumSignificantDigits: 15 });

function numberText(value: number, numFmt: string | undefined): CellText {
  if (!Number.isInteger(value)) return { text: SIGNIFICANT.format(value) };
  if (!Number.isSafeInteger(value))
    return refuse(
      "imprecise_number",
      `the number ${SIGNIFICANT.format(value)} has more digits than a number cell keeps exactly: format the cell as 文字列 (text) and type the digits`,
    );
  const text = String(Math.abs(value) === 0 ? 0 : value);
  // A code kept as a number and shown with its zeros by the format 000000 reads as Excel shows it: 042056.
  const zeros = /^0+$/.exec(numFmt ?? "");
  return { text: zeros && value >= 0 ? text.padStart(zeros[0].length, "0") : text };
}

function dateMessage(date: Date, formula: string | undefined): string {
  const day = date.toISOString().slice(0, 10);
  return formula
    ? `the cell's formula (${shown(formula)}) gives a date (${day}), and no column takes a date: give the value itself`
    : `the cell holds a date (${day}), and no column takes a date: Excel turns entries such as 1-2 or 4/1 into dates; format the column as 文字列 (text) and type the value again`;
}

function shown(formula: string): string {
  return `=${clip(formula)}`;
}

function refuse(code: string, message: string): CellText {
  return { refused: { code, message } };
}
