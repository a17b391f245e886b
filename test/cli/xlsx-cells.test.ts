import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText } from "../../src/cli/xlsx/cell-text.js";
import { sheetRecords } from "../../src/cli/xlsx/sheet-records.js";

// How a workbook cell becomes the text a CSV of the sheet would hold (the batch's checks then judge it).
function cell(value: ExcelJS.CellValue, numFmt?: string) {
  const sheet = new ExcelJS.Workbook().addWorksheet("s");
  const c = sheet.getCell("A1");
  c.value = value;
  if (numFmt !== undefined) c.numFmt = numFmt;
  return cellText(c);
}

describe("a workbook cell as text", () => {
  it("reads a number as its digits, whatever it is shown as, and a fraction as Excel keeps it", () => {
    expect(cell(1200000, "#,##0")).toEqual({ text: "1200000" });
    expect(cell(1200000, '"¥"#,##0.00')).toEqual({ text: "1200000" });
    expect(cell(-0)).toEqual({ text: "0" });
    expect(cell(0.1 + 0.2)).toEqual({ text: "0.3" });
    expect(cell(0.52158)).toEqual({ text: "0.52158" });
    expect(cell(1200000.5)).toEqual({ text: "1200000.5" });
    expect(cell(2 ** 53 + 2)).toMatchObject({ refused: { code: "imprecise_number" } });
  });

  it("keeps the zeros a 000000 format shows (a code kept as a number), and no others", () => {
    expect(cell(42056, "000000")).toEqual({ text: "042056" });
    expect(cell(42056)).toEqual({ text: "42056" });
    expect(cell(42056, "0")).toEqual({ text: "42056" });
  });

  it("reads text, rich text, links and TRUE/FALSE as a CSV holds them", () => {
    expect(cell(" 042056 ")).toEqual({ text: " 042056 " });
    expect(cell({ richText: [{ text: "相談" }, { font: { bold: true }, text: "会" }] })).toEqual({ text: "相談会" });
    expect(cell({ text: "気仙沼市", hyperlink: "https://example.jp" })).toEqual({ text: "気仙沼市" });
    expect(cell(true)).toEqual({ text: "TRUE" });
    expect(cell(false)).toEqual({ text: "FALSE" });
    expect(cell(null)).toEqual({ text: "" });
  });

  it("reads a formula's saved result, and refuses dates, errors and a formula never computed", () => {
    expect(cell({ formula: "A2*2", result: 2400000 })).toEqual({ text: "2400000" });
    expect(cell({ formula: "A2&A3", result: "E1" })).toEqual({ text: "E1" });
    expect(cell({ formula: "A2*2" })).toMatchObject({
      refused: { code: "formula_without_result" },
    });
    expect(cell({ formula: "1/0", result: { error: "#DIV/0!" } })).toMatchObject({
      refused: { code: "error_cell", message: expect.stringContaining("#DIV/0! (from =1/0)") as unknown },
    });
    expect(cell(new Date(Date.UTC(2025, 3, 1)))).toMatchObject({
      refused: { code: "date_cell", message: expect.stringContaining("(2025-04-01)") as unknown },
    });
  });
});

describe("a worksheet as records", () => {
  it("gives one record per row with a value, as wide as the widest row, with its refused cells", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("経費明細");
    sheet.addRow(["団体コード", "金額"]);
    sheet.addRow([]);
    sheet.getCell("A3").value = "042056";
    sheet.getCell("B3").value = new Date(Date.UTC(2025, 0, 2));
    sheet.getCell("D3").value = "メモ";
    sheet.mergeCells("A4:B4");
    sheet.getCell("A4").value = "merged";
    const records = [...sheetRecords(sheet)];
    expect(records.map((r) => [r.line, r.row, r.fields, r.refused?.map((c) => [c.field, c.code])])).toEqual([
      [1, 1, ["団体コード", "金額", "", ""], undefined],
      [3, 3, ["042056", "", "", "メモ"], [[1, "date_cell"]]],
      [4, 4, ["merged", "", "", ""], undefined],
    ]);
  });
});
