import { closeSync, openSync, readSync } from "node:fs";
import type * as ExcelJS from "exceljs";

/*
 * exceljs, the spreadsheet library the CLI reads and writes .xlsx with. It is loaded only when a command
 * touches a workbook: the library entry (dist/index.*) never imports src/cli, and the other commands do not
 * pay for loading it.
 */

export type Excel = typeof ExcelJS;

let loaded: Promise<Excel> | undefined;

/** exceljs, imported on first use (a CommonJS package: its exports are the default export's). */
export function loadExcel(): Promise<Excel> {
  loaded ??= import("exceljs").then((module: Excel & { default?: Excel }) => module.default ?? module);
  return loaded;
}

/** What a file's first bytes say it is: an .xlsx (a zip), an Excel 97–2003 .xls (OLE2), or neither. */
export type WorkbookKind = "xlsx" | "xls" | undefined;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

/** Sniffs a file by its signature, whatever its name ends in (an .xlsx saved as .csv is still a workbook). */
export function workbookKind(path: string): WorkbookKind {
  if (path === "-") return undefined; // standard input is read as CSV
  const head = new Uint8Array(4);
  const fd = openSync(path, "r");
  try {
    if (readSync(fd, head, 0, 4, 0) < 4) return undefined;
  } finally {
    closeSync(fd);
  }
  const starts = (signature: readonly number[]) => signature.every((b, i) => head[i] === b);
  return starts(ZIP) ? "xlsx" : starts(OLE2) ? "xls" : undefined;
}
