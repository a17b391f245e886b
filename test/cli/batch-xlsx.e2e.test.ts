import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ERRORS_HEADERS_JA, LINES_HEADERS_JA, SUMMARY_HEADERS_JA } from "../../src/cli/batch/japanese-headers.js";
import { ERRORS_HEADER, LINES_HEADER as LINES_OUT_HEADER, SUMMARY_HEADER } from "../../src/cli/batch/outputs.js";
import { parseCsv } from "../../src/cli/csv/reader.js";
import { catalog } from "../../src/index.js";
import { readCsvFile, runCli, useBuiltCli } from "./built-cli.js";

// The built `dra batch` on workbooks as analysts keep them (.xlsx, read and written with exceljs, the same
// library the CLI uses): a file per table or one workbook with the sheets 団体一覧 and 経費明細, numbers
// where Excel keeps numbers, results.xlsx read back cell by cell, and `dra template`'s workbook round trip.
const built = useBuiltCli();

type Row = readonly ExcelJS.CellValue[];

/** A workbook of the given sheets, each a list of rows (the first its header), as bytes. */
async function workbook(sheets: Readonly<Record<string, readonly Row[]>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Writes the files to a fresh folder and runs dra there; `out` is where `--out out` writes. */
async function run(files: Readonly<Record<string, string | Buffer>>, ...args: string[]) {
  const at = mkdtempSync(join(built.dir, "case-"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(at, name), bytes);
  const result = await runCli(built.cli, args, { cwd: at });
  return { ...result, at, out: join(at, "out") };
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

const BODIES_HEADER = ["団体コード", "団体名", "団体区分", "財政力指数"];
/** 気仙沼市's code typed into a General cell (Excel keeps 42056), 福島県's as text; FCIs as numbers. */
const BODIES: readonly Row[] = [
  BODIES_HEADER,
  [42056, "気仙沼市", "市町村", 0.45],
  ["070009", "福島県", "都道府県", 0.52158],
];
const LINES_HEADER = [
  "団体コード",
  "種別",
  "事業ID",
  "主たる目的",
  "明細ID",
  "経費区分",
  "金額",
  "現金給付",
  "専任兼任",
  "人物",
  "活動",
];
/** Amounts as numbers (as typed), one as the text "1,200,000"; Japanese values; the codes as above. */
const LINES: readonly Row[] = [
  LINES_HEADER,
  [42056, "経費", "P1", "二地域居住・関係人口", "E1", "相談会、セミナー等の開催", 1200000, null, null, null, null],
  [42056, null, "P1", null, "E2", "地域のファンクラブの設置", "800,000", null, null, null, null],
  [
    42056,
    "コーディネーター",
    null,
    "二地域居住・関係人口",
    "C1",
    null,
    6200000,
    null,
    "専任",
    "A",
    "二地域居住・関係人口に関する施策の企画・立案・実行の支援",
  ],
  [
    "070009",
    null,
    "P1",
    "二地域居住・関係人口",
    "E1",
    "コワーキングスペースの紹介などテレワーク環境の発信",
    2000000,
    null,
    null,
    null,
    null,
  ],
  ["070009", null, "P1", null, "E2", "就職や兼業・副業の支援", 3000000, "はい", null, null, null],
];
/** The same tables as CSV, as `dra batch` has always read them. */
const BODIES_CSV = "code,name,kind,fci\r\n042056,気仙沼市,municipality,0.45\r\n070009,福島県,prefecture,0.52158\r\n";
const LINES_CSV = [
  "body_code,type,project_id,purpose,line_id,item,amount,cash_handout,post,person,activities",
  "042056,,P1,dual-residence,E1,information.consultation-events,1200000,,,,",
  "042056,,P1,,E2,opportunity.fan-club,800000,,,,",
  "042056,coordinator,,dual-residence,C1,,6200000,,full-time,A,planning",
  "070009,,P1,dual-residence,E1,information.telework-environment,2000000,,,,",
  "070009,,P1,,E2,reception.jobs-and-side-jobs,3000000,TRUE,,,",
].join("\r\n");

/** A CSV file's header row. */
const csvHeader = (path: string) => parseCsv(readFileSync(path, "utf8").slice(1))[0]?.fields ?? [];

const summaryOf = (out: string) =>
  readCsvFile(join(out, "summary.csv")).map((r) => [
    r.body_code,
    r.status,
    r.fiscal_correction,
    r.total_yen,
    r.total_thousand_yen,
  ]);

describe("dra batch reads .xlsx", () => {
  it("from one workbook with the sheets 団体一覧 and 経費明細, as from the same tables in CSV", async () => {
    const csv = await run(
      { "bodies.csv": BODIES_CSV, "lines.csv": LINES_CSV },
      "batch",
      "bodies.csv",
      "lines.csv",
      "--out",
      "out",
    );
    expect(csv.code).toBe(0);
    // Headed in Japanese, the workbook's results are in Japanese by default: --lang en to compare with the CSV run.
    const xlsx = await run(
      { "様式.xlsx": await workbook({ 団体一覧: BODIES, 経費明細: LINES }) },
      "batch",
      "様式.xlsx",
      "--out",
      "out",
      "--lang",
      "en",
    );
    expect(xlsx.stderr).toBe("");
    expect(xlsx.code).toBe(0);
    // The code Excel shortened (a number, 42056) is matched through the registry and the fix is reported.
    expect(xlsx.stdout).toContain("fixed 1 code a spreadsheet shortened (42056 → 042056, line 2)");
    expect(xlsx.stdout).toContain("read 様式.xlsx [団体一覧]: .xlsx, 様式.xlsx [経費明細]: .xlsx\n");
    expect(summaryOf(xlsx.out)).toEqual([
      ["042056", "ok", "1.00", "6000000", "6000"],
      ["070009", "ok", "0.95", "950000", "950"],
    ]);
    expect(summaryOf(xlsx.out)).toEqual(summaryOf(csv.out));
    // A number cell reads as its digits: 1200000, never 1.2E+06 or 1,200,000.
    const lines = readCsvFile(join(xlsx.out, "lines.csv"));
    expect(lines.map((l) => [l.line_id, l.amount, l.disposition])).toEqual([
      ["E1", "1200000", "eligible"],
      ["E2", "800,000", "eligible"],
      ["C1", "6200000", "capped"],
      ["E1", "2000000", "eligible"],
      ["E2", "3000000", "excluded"],
    ]);
    // Every line carries the body's code as computed, so lines.csv joins summary.csv on it.
    expect([...new Set(lines.map((l) => l.body_code))]).toEqual(["042056", "070009"]);
  });

  it("from a workbook per table (any sheet name), or a workbook and a CSV", async () => {
    // The codes typed as text this time: bodies.csv has 042056 in full, so 42056 would be no body of it.
    const textCodes = LINES.map((row, i) => (i > 0 && row[0] === 42056 ? ["042056", ...row.slice(1)] : row));
    const files = {
      "bodies.xlsx": await workbook({ Sheet1: BODIES }),
      "lines.xlsx": await workbook({ メモ: [["#メモ"]], 経費明細: textCodes }),
      "shortened.xlsx": await workbook({ Sheet1: LINES }),
      "bodies.csv": BODIES_CSV,
    };
    const both = await run(files, "batch", "bodies.xlsx", "lines.xlsx", "--out", "out", "--lang", "en");
    expect(both.stderr).toBe("");
    expect(both.code).toBe(0);
    expect(both.stdout).toContain("read bodies.xlsx [Sheet1]: .xlsx, lines.xlsx [経費明細]: .xlsx\n");
    const mixed = await runCli(built.cli, ["batch", "bodies.csv", "lines.xlsx", "--out", "mixed", "--lang", "en"], {
      cwd: both.at,
    });
    expect(mixed.stderr).toBe("");
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain("read bodies.csv: UTF-8, lines.xlsx [経費明細]: .xlsx\n");
    expect(summaryOf(both.out)).toHaveLength(2);
    expect(summaryOf(join(both.at, "mixed"))).toEqual(summaryOf(both.out));
    // A code that lost its zero in a number cell of the lines alone (bodies.csv has 042056): that body, and
    // the fix is reported; the outputs carry the code as computed.
    const shortened = await runCli(
      built.cli,
      ["batch", "bodies.csv", "shortened.xlsx", "--out", "short-out", "--lang", "en"],
      { cwd: both.at },
    );
    expect(shortened.stderr).toBe("");
    expect(shortened.code).toBe(0);
    expect(shortened.stdout).toContain("fixed 1 code a spreadsheet shortened (42056 → 042056, line 2)");
    expect(summaryOf(join(both.at, "short-out"))).toEqual(summaryOf(both.out));
  });

  it("reports each bad cell by its sheet, row and column: dates, errors, formulas without a result, fractions", async () => {
    const bad = await workbook({
      団体一覧: BODIES,
      経費明細: [
        LINES_HEADER,
        // Excel turned the id 1-2 into a date; the amount has a fraction.
        [
          42056,
          null,
          "P1",
          "二地域居住・関係人口",
          new Date(Date.UTC(2025, 0, 2)),
          "相談会、セミナー等の開催",
          1200000.5,
        ],
        // A formula whose result was never saved; a formula's cached result is read.
        [42056, null, "P1", null, "E2", "地域のファンクラブの設置", { formula: "G2*2" }],
        [42056, null, "P1", null, "E3", { error: "#N/A" }, { formula: "1000*2", result: 2000 }],
      ],
    });
    const result = await run(
      { "様式.xlsx": bad },
      "batch",
      "様式.xlsx",
      "--out",
      "out",
      "--skip-invalid",
      "-q",
      "--lang",
      "en",
    );
    expect(result.code).toBe(1);
    const errors = readCsvFile(join(result.out, "errors.csv"));
    expect(errors.map((e) => [e.file, e.row, e.column, e.header, e.code])).toEqual([
      ["様式.xlsx [経費明細]", "2", "E", "明細ID", "date_cell"],
      ["様式.xlsx [経費明細]", "2", "G", "金額", "invalid_amount"],
      ["様式.xlsx [経費明細]", "3", "G", "金額", "formula_without_result"],
      ["様式.xlsx [経費明細]", "4", "F", "経費区分", "error_cell"],
    ]);
    expect(errors[0]?.message).toContain("the cell holds a date (2025-01-02)");
    // The same message as the text 1200000.5 gets in a CSV: the library's own amount rules judge it.
    expect(errors[1]?.message).toBe('amount "1200000.5" has a fraction; give whole yen (円未満は不可)');
    expect(errors[2]?.message).toContain("(=G2*2) with no saved result");
    expect(errors[3]?.message).toContain("#N/A");
    const strict = await runCli(built.cli, ["batch", "様式.xlsx", "--out", "out"], { cwd: result.at });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      "様式.xlsx [経費明細] line 2, column E (明細ID): the cell holds a date (2025-01-02)",
    );
  });

  it("refuses a lone workbook without both sheets, a lone CSV, and an .xls, each with what to do", async () => {
    const lone = await run(
      {
        "様式.xlsx": await workbook({ 団体一覧: BODIES, Sheet2: LINES }),
        "lines.csv": LINES_CSV,
        "old.xls": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
      },
      "batch",
      "様式.xlsx",
      "--out",
      "out",
    );
    expect(lone.code).toBe(1);
    expect(lone.stderr).toContain(
      '様式.xlsx [経費明細]: the workbook has no sheet "経費明細" (its sheets: 団体一覧, Sheet2)',
    );
    const csv = await runCli(built.cli, ["batch", "lines.csv", "--out", "out"], { cwd: lone.at });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain(
      "one .xlsx workbook with the sheets 団体一覧 and 経費明細; lines.csv is not a workbook",
    );
    const xls = await runCli(built.cli, ["batch", "old.xls", "lines.csv", "--out", "out"], { cwd: lone.at });
    expect(xls.code).toBe(1);
    expect(xls.stderr).toContain("old.xls: it is an Excel 97–2003 workbook (.xls)");
  });
});

describe("dra batch --xlsx writes results.xlsx", () => {
  const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
  const at = (sheet: ExcelJS.Worksheet, label: string) => header(sheet).indexOf(label) + 1;
  const sheetOf = (book: ExcelJS.Workbook, name: string) => book.getWorksheet(name) as ExcelJS.Worksheet;

  it("in the CSV files' language: Japanese for Japanese-headed lines, with the CSV files' headers and values; codes as text, yen with 桁区切り", async () => {
    const result = await run(
      { "様式.xlsx": await workbook({ 団体一覧: BODIES, 経費明細: LINES }) },
      "batch",
      "様式.xlsx",
      "--out",
      "out",
      "--xlsx",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "wrote out/summary.csv, lines.csv, errors.csv, results.xlsx in Japanese (as lines.csv's header; --lang en for English), report.html;",
    );
    const book = await readWorkbook(join(result.out, "results.xlsx"));
    expect(book.worksheets.map((s) => s.name)).toEqual(["集計", "明細", "エラー"]);
    // The same headers as the Japanese CSV files, from the one table (japanese-headers.ts).
    for (const [name, file, columns, words] of [
      ["集計", "summary.csv", SUMMARY_HEADER, SUMMARY_HEADERS_JA],
      ["明細", "lines.csv", LINES_OUT_HEADER, LINES_HEADERS_JA],
      ["エラー", "errors.csv", ERRORS_HEADER, ERRORS_HEADERS_JA],
    ] as const) {
      const expected = columns.map((c) => (words as Readonly<Record<string, string>>)[c]);
      expect(header(sheetOf(book, name)), name).toEqual(expected);
      expect(csvHeader(join(result.out, file)), file).toEqual(expected);
    }
    for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const summary = sheetOf(book, "集計");
    const code = summary.getCell(2, at(summary, "団体コード"));
    expect(code.value).toBe("042056"); // a text cell, never the CSV's ="042056"
    expect(code.type).toBe(ExcelJS.ValueType.String);
    expect(readCsvFile(join(result.out, "summary.csv"))[0]?.["団体コード"]).toBe('="042056"');
    expect([summary.getCell(2, at(summary, "団体区分")).value, summary.getCell(2, at(summary, "状態")).value]).toEqual([
      "市町村",
      "算定済",
    ]);
    const total = summary.getCell(2, at(summary, "合計（円）"));
    expect(total.value).toBe(6000000);
    expect(total.numFmt).toBe("#,##0");
    expect(summary.getCell(2, at(summary, "算定額（千円）")).value).toBe(6000);
    const correction = summary.getCell(3, at(summary, "財政力補正"));
    expect([correction.value, correction.numFmt]).toEqual([0.95, "0.00"]);
    const index = summary.getCell(3, at(summary, "財政力指数"));
    expect([index.value, index.numFmt]).toEqual([0.52, "0.00"]);

    const lines = sheetOf(book, "明細");
    expect(lines.getCell(2, at(lines, "団体コード")).value).toBe("042056"); // the body's code as computed (Excel shortened it)
    const eligible = lines.getCell(2, at(lines, "算定対象経費（円）"));
    expect([eligible.value, eligible.numFmt]).toEqual([1200000, "#,##0"]);
    expect(lines.rowCount).toBe(LINES.length);
    // The values in the same words as lines.csv's: C1 (the full-time coordinator over the cap), E2 of 福島県 (※3).
    const words = (row: number) =>
      ["明細ID", "種別", "経費区分", "専任兼任", "措置", "判定", "根拠"].map(
        (h) => lines.getCell(row, at(lines, h)).value ?? "",
      );
    const csv = readCsvFile(join(result.out, "lines.csv"));
    expect(words(4)).toEqual(["C1", "コーディネーター", "", "専任", "二地域居住", "上限超過", "上限"]);
    expect(words(6)).toEqual(["E2", "経費", "就職や兼業・副業の支援", "", "二地域居住", "対象外", "※3"]);
    for (const [i, l] of csv.entries())
      expect(words(i + 2)).toEqual([
        l["明細ID"],
        l["種別"],
        l["経費区分"],
        l["専任兼任"],
        l["措置"],
        l["判定"],
        l["根拠"],
      ]);
    expect(sheetOf(book, "エラー").rowCount).toBe(1);
  });

  it("in English with --lang en: the sheets summary, lines, errors, headed with the column names, holding the ids", async () => {
    const result = await run(
      { "様式.xlsx": await workbook({ 団体一覧: BODIES, 経費明細: LINES }) },
      "batch",
      "様式.xlsx",
      "--out",
      "out",
      "--xlsx",
      "--lang",
      "en",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wrote out/summary.csv, lines.csv, errors.csv, results.xlsx, report.html;");
    const book = await readWorkbook(join(result.out, "results.xlsx"));
    expect(book.worksheets.map((s) => s.name)).toEqual(["summary", "lines", "errors"]);
    expect(header(sheetOf(book, "summary"))).toEqual([...SUMMARY_HEADER]);
    expect(header(sheetOf(book, "lines"))).toEqual([...LINES_OUT_HEADER]);
    expect(header(sheetOf(book, "errors"))).toEqual([...ERRORS_HEADER]);
    const summary = sheetOf(book, "summary");
    expect(["body_code", "kind", "status", "total_yen"].map((h) => summary.getCell(2, at(summary, h)).value)).toEqual([
      "042056",
      "municipality",
      "ok",
      6000000,
    ]);
    const lines = sheetOf(book, "lines");
    expect(
      ["line_id", "type", "post", "disposition", "rules"].map((h) => lines.getCell(4, at(lines, h)).value),
    ).toEqual(["C1", "coordinator", "full-time", "capped", "coordinator-cap"]);
  });

  it("lists the problems of a --skip-invalid run on エラー, as errors.csv does", async () => {
    const lines = [...LINES.slice(0, 2), [42056, null, "P1", null, "E2", "地域のファンクラブの設置", "¥800,000"]];
    const result = await run(
      { "様式.xlsx": await workbook({ 団体一覧: BODIES, 経費明細: lines }) },
      "batch",
      "様式.xlsx",
      "--out",
      "out",
      "--xlsx",
      "--skip-invalid",
      "-q",
    );
    expect(result.code).toBe(1);
    const errors = (await readWorkbook(join(result.out, "results.xlsx"))).getWorksheet("エラー") as ExcelJS.Worksheet;
    expect(errors.rowCount).toBe(2);
    const csv = readCsvFile(join(result.out, "errors.csv"))[0];
    expect(csv?.["団体コード"]).toBe('="42056"');
    expect((errors.getRow(2).values as unknown[]).slice(1)).toEqual([
      csv?.["ファイル"],
      3,
      3,
      "G",
      "金額",
      "42056",
      csv?.["エラーコード"],
      csv?.["内容"],
    ]);
    expect(csv?.["ファイル"]).toBe("様式.xlsx [経費明細]");
    expect(csv?.["エラーコード"]).toBe("invalid_amount");
  });
});

describe("dra template", () => {
  it("writes 様式.xlsx with drop-down lists from the reader's own values and a worked row that computes", async () => {
    const at = mkdtempSync(join(built.dir, "template-"));
    const written = await runCli(built.cli, ["template", "--out", "様式.xlsx"], { cwd: at });
    expect(written.stderr).toBe("");
    expect(written.code).toBe(0);
    const book = await readWorkbook(join(at, "様式.xlsx"));
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["団体一覧", "visible"],
      ["経費明細", "visible"],
      ["選択肢", "hidden"],
    ]);
    const lines = book.getWorksheet("経費明細") as ExcelJS.Worksheet;
    const header = (lines.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 10)).toEqual([
      "団体コード",
      "種別",
      "事業ID",
      "事業名",
      "主たる目的",
      "比重_二地域居住",
      "比重_移住",
      "明細ID",
      "経費区分",
      "金額",
    ]);
    // The 経費区分 list holds every item's Japanese label, as `dra catalog` prints them.
    const item = lines.getCell("I2").dataValidation;
    expect(item.type).toBe("list");
    const [sheetName, range] = (item.formulae[0] as string).split("!");
    const lists = book.getWorksheet(sheetName?.replace(/'/g, "")) as ExcelJS.Worksheet;
    const column = (range ?? "").replace(/[$\d:]/g, "").slice(0, 1);
    const labels: unknown[] = [];
    lists.getColumn(column).eachCell((cell, row) => {
      if (row > 1) labels.push(cell.value);
    });
    for (const i of catalog.items) expect(labels).toContain(i.label.ja);
    // Every enumerated column has a list; the body code is a text column.
    for (const label of [
      "種別",
      "主たる目的",
      "専任兼任",
      "現金給付",
      "施設実施主体",
      "施設工事",
      "システム構築維持",
      "活動",
      "枠",
    ])
      expect(lines.getCell(2, header.indexOf(label) + 1).dataValidation.type, label).toBe("list");
    expect(book.getWorksheet("団体一覧")?.getCell("C2").dataValidation.type).toBe("list");
    expect(lines.getCell("A2").value).toBe("042056");

    const result = await runCli(built.cli, ["batch", "様式.xlsx", "--out", "out", "--xlsx"], { cwd: at });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readCsvFile(join(at, "out", "errors.csv"))).toEqual([]);
    // Its headers are Japanese, so the results are in Japanese unless --lang en says otherwise.
    expect(result.stdout).toContain("results.xlsx in Japanese (as lines.csv's header; --lang en for English)");
    expect(
      readCsvFile(join(at, "out", "summary.csv")).map((r) => [
        r["団体コード"],
        r["状態"],
        r["財政力補正"],
        r["合計（円）"],
        r["算定額（千円）"],
      ]),
    ).toEqual([['="042056"', "算定済", "1.00", "600000", "600"]]);
    expect(
      readFileSync(join(at, "out", "results.xlsx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});
