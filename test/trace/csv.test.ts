import { describe, expect, it } from "vitest";
import { calculate, renderTrace } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { validApplication } from "../support.js";

/** RFC 4180 reader: CRLF records, quoted fields with doubled quotes, CR/LF/commas inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === "\r" || c === "\n" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error("the last record has no CRLF");
  return rows;
}

describe('renderTrace format "csv"', () => {
  it("is UTF-8 with a BOM, CRLF records, one row per line after the header", () => {
    const calc = calculate(validApplication());
    const csv = renderTrace(calc, { format: "csv" });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      "団体コード",
      "団体名",
      "年度",
      "行",
      "区分",
      "事業",
      "項目ID",
      "項目・人",
      "柱",
      "措置",
      "事業費（円）",
      "特定財源（円）",
      "一般財源等（円）",
      "判定",
      "対象（円）",
      "除外（円）",
      "規定",
      "要確認",
      "理由",
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["042056", "気仙沼市", "2025", "E1"],
      ["042056", "気仙沼市", "2025", "E2"],
      ["042056", "気仙沼市", "2025", "C1"],
    ]);
    expect(rows[3]?.slice(9)).toEqual([
      "二地域居住",
      "6200000",
      "0",
      "6200000",
      "上限超過",
      "5000000",
      "1200000",
      "coordinator-cap",
      "",
      "上限超過（1,200,000円除外）。A の合計6,200,000円が上限5,000,000円（専任）を超え、この記録の超過1,200,000円を除外。上限内となる最小の変更: 経費5,000,000円以下（1,200,000円減）。",
    ]);
  });

  it("has each fixture's lines with the JSON's amounts, plain digits", () => {
    for (const fixture of loadFixtures()) {
      const calc = calculate(fixture.input);
      const rows = parseCsv(renderTrace(calc, { format: "csv", lang: "en" }).slice(1));
      expect(rows).toHaveLength(calc.lines.length + 1);
      expect(rows.slice(1).map((r) => [r[3], r[10], r[11], r[12], r[14], r[15], r[16]])).toEqual(
        calc.lines.map((l) => [
          l.id,
          l.amountYen,
          l.specificRevenueYen,
          l.ownBurdenYen,
          l.eligibleYen,
          l.excludedYen,
          l.rules.join(", "),
        ]),
      );
    }
  });

  it("quotes by RFC 4180 and defuses cells a spreadsheet would run as formulas", () => {
    const app = validApplication();
    app.body.name = 'Kesennuma, "Fan Club"';
    app.projects[0].id = "=1+1";
    // A line break cannot reach a name through the input (the text policy refuses it); a file can hold one.
    const calc = calculate(app);
    (calc.body as { name: string }).name = 'Kesennuma, "Fan Club"\nline 2';
    const csv = renderTrace(calc, { format: "csv" });
    expect(csv).toContain('"Kesennuma, ""Fan Club""\nline 2"');
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]?.[1]).toBe('Kesennuma, "Fan Club"\nline 2');
    expect(rows[1]?.[5]).toBe("'=1+1");
  });
});
