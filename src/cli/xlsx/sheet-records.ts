import type { Worksheet } from "exceljs";
import type { CellRefusal, CsvRecord } from "../csv/reader.js";
import { cellText } from "./cell-text.js";

/**
 * A worksheet's rows as the records a CSV of it would give, one at a time: one record per row that has a
 * value, its `line` and `row` the sheet's row number, each cell as text (cell-text.ts), refused cells blank
 * and listed. Every record is as wide as the widest row, so a value right of the last header sits under a
 * column with no header (and is reported as such) rather than past the end of the row.
 */
export function* sheetRecords(sheet: Worksheet): Generator<CsvRecord> {
  let width = 0;
  sheet.eachRow((row) => {
    width = Math.max(width, row.cellCount);
  });
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.findRow(number);
    if (!row?.hasValues) continue;
    const fields: string[] = [];
    const refused: CellRefusal[] = [];
    for (let column = 1; column <= width; column++) {
      const read = cellText(row.getCell(column));
      if ("text" in read) fields.push(read.text);
      else {
        fields.push("");
        refused.push({ field: column - 1, ...read.refused });
      }
    }
    yield { fields, line: number, row: number, ...(refused.length > 0 && { refused }) };
  }
}
