import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LINE_COLUMNS } from "../../src/cli/batch/columns.js";
import { readHeader } from "../../src/cli/batch/header.js";
import { ERRORS_HEADERS_JA, LINES_HEADERS_JA, SUMMARY_HEADERS_JA } from "../../src/cli/batch/japanese-headers.js";
import { ERRORS_HEADER, LINES_HEADER, SUMMARY_HEADER } from "../../src/cli/batch/outputs.js";
import { parseCsv } from "../../src/cli/csv/reader.js";
import { catalog } from "../../src/index.js";
import { readCsvFile, REPO, runBatch, useBuiltCli } from "./built-cli.js";
import { cp932 } from "./cp932.js";

// The built `dra batch` writing its CSV files in Japanese or English (--lang; by default the language
// lines.csv is headed in): Japanese headers and values, codes Excel keeps as text, UTF-8 with a BOM always.
const built = useBuiltCli();

const BODIES_JA =
  "団体コード,団体名,団体区分,財政力指数\r\n042056,気仙沼市,市町村,0.45\r\n070009,福島県,都道府県,0.52158\r\n";
const HEADER_JA =
  "団体コード,種別,事業ID,主たる目的,明細ID,経費区分,金額,特定財源_国庫支出金,重複計上先,施設実施主体,施設工事,専任兼任,人物,活動";
const HEADER_EN =
  "body_code,type,project_id,purpose,line_id,item,amount,specific_revenue_national,also_claimed_under,facility_implementer,facility_work,post,person,activities";
const ROWS = [
  // Half national grant: eligible.
  '042056,,P1,dual-residence,E1,information.consultation-events,"1,200,000",600000,,,,,,',
  // A private operator's new build: out by ※2.
  "042056,,P1,,E2,opportunity.facilities,30000000,,,private,new,,,",
  // Also claimed under 移住・定住対策: out (重複計上).
  "042056,,P1,,E3,opportunity.fan-club,800000,,migration-settlement,,,,,",
  // Mainly migration: sent to the migration measure by ※5, to review.
  "042056,,P2,migration,E4,information.consultation-events,1000000,,,,,,,",
  // A full-time coordinator over the 5,000,000 cap.
  "042056,coordinator,,dual-residence,C1,,6200000,,,,,full-time,A,planning",
  "070009,,P1,dual-residence,E1,information.telework-environment,2000000,,,,,,,",
];
const LINES_JA = `${[HEADER_JA, ...ROWS].join("\r\n")}\r\n`;
const LINES_EN = `${[HEADER_EN, ...ROWS].join("\r\n")}\r\n`;

const label = (id: string) => catalog.items.find((i) => i.id === id)?.label.ja;

/** A file's header row and the raw text of its first data row. */
function rawRows(path: string): { header: string[]; first: string } {
  const text = readFileSync(path, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [head, first = ""] = text.slice(1).split("\r\n");
  return { header: parseCsv(`${head ?? ""}\r\n`)[0]?.fields ?? [], first };
}

describe("dra batch --lang", () => {
  it("writes Japanese headers and values when lines.csv is headed in Japanese, and says so", async () => {
    const result = await runBatch(built, BODIES_JA, LINES_JA);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "wrote out/summary.csv, lines.csv, errors.csv in Japanese (as lines.csv's header; --lang en for English), report.html;",
    );
    // Every header from the one table (japanese-headers.ts), in the columns' order.
    expect(rawRows(join(result.out, "summary.csv")).header).toEqual(SUMMARY_HEADER.map((c) => SUMMARY_HEADERS_JA[c]));
    expect(rawRows(join(result.out, "lines.csv")).header).toEqual(LINES_HEADER.map((c) => LINES_HEADERS_JA[c]));
    expect(rawRows(join(result.out, "errors.csv")).header).toEqual(ERRORS_HEADER.map((c) => ERRORS_HEADERS_JA[c]));

    const summary = readCsvFile(join(result.out, "summary.csv"));
    expect(summary.map((r) => [r["団体コード"], r["団体名"], r["団体区分"], r["状態"], r["算定額（千円）"]])).toEqual([
      ['="042056"', "気仙沼市", "市町村", "算定済", "5300"],
      ['="070009"', "福島県", "都道府県", "算定済", "950"],
    ]);
    const lines = readCsvFile(join(result.out, "lines.csv"));
    expect(
      lines.map((l) => [
        l["明細ID"],
        l["種別"],
        l["経費区分"],
        l["専任兼任"],
        l["措置"],
        l["判定"],
        l["根拠"],
        l["要確認"],
      ]),
    ).toEqual([
      ["E1", "経費", label("information.consultation-events"), "", "二地域居住", "対象", "", ""],
      ["E2", "経費", label("opportunity.facilities"), "", "二地域居住", "対象外", "※2", ""],
      ["E3", "経費", label("opportunity.fan-club"), "", "二地域居住", "対象外", "重複計上", ""],
      ["E4", "経費", label("information.consultation-events"), "", "移住・定住", "対象", "※5", "移住・定住対策へ振替"],
      ["C1", "コーディネーター", "", "専任", "二地域居住", "上限超過", "上限", ""],
      ["E1", "経費", label("information.telework-environment"), "", "二地域居住", "対象", "", ""],
    ]);
  });

  it('keeps codes as text for Excel (="042056", quoted as RFC 4180 wants) in Japanese, plain in English', async () => {
    const ja = await runBatch(built, BODIES_JA, LINES_JA);
    const en = await runBatch(built, BODIES_JA, LINES_JA, "--lang", "en");
    expect(rawRows(join(ja.out, "summary.csv")).first).toMatch(/^"=""042056""",気仙沼市,/);
    expect(rawRows(join(ja.out, "lines.csv")).first).toMatch(/^2,"=""042056""",経費,P1,E1,/);
    expect(rawRows(join(en.out, "summary.csv")).first).toMatch(/^042056,気仙沼市,municipality,ok,/);
    // A formula only ever wraps digits: a body name or an id with letters is written as it is.
    expect(readFileSync(join(ja.out, "lines.csv"), "utf8")).not.toMatch(/"=""[^0-9"]/);
  });

  it("gives the same figures in either language: only words change", async () => {
    const ja = await runBatch(built, BODIES_JA, LINES_JA);
    const en = await runBatch(built, BODIES_JA, LINES_JA, "--lang", "en");
    const records = (out: string, file: string) =>
      parseCsv(readFileSync(join(out, file), "utf8").slice(1))
        .slice(1)
        .map((r) => r.fields);
    const yenColumns = (header: readonly string[]) =>
      header.flatMap((c, at) => (/_yen$|^lines$|_lines$|^fiscal_|^line$|^amount$/.test(c) ? [at] : []));
    for (const [file, header] of [
      ["summary.csv", SUMMARY_HEADER],
      ["lines.csv", LINES_HEADER],
    ] as const) {
      const at = yenColumns(header);
      expect(at.length).toBeGreaterThan(5);
      const pick = (rows: string[][]) => rows.map((r) => at.map((i) => r[i]));
      expect(pick(records(ja.out, file))).toEqual(pick(records(en.out, file)));
    }
    expect(readCsvFile(join(en.out, "lines.csv")).map((l) => [l.disposition, l.rules, l.needs_review])).toEqual([
      ["eligible", "", ""],
      ["excluded", "fn2", ""],
      ["excluded", "double-claim", ""],
      ["eligible", "fn5", "migration-measure"],
      ["capped", "coordinator-cap", ""],
      ["eligible", "", ""],
    ]);
  });

  it("writes English for English headers, and Japanese for them with --lang ja", async () => {
    const en = await runBatch(built, BODIES_JA, LINES_EN);
    expect(en.stdout).toContain("wrote out/summary.csv, lines.csv, errors.csv, report.html;");
    expect(rawRows(join(en.out, "summary.csv")).header).toEqual([...SUMMARY_HEADER]);
    const ja = await runBatch(built, BODIES_JA, LINES_EN, "--lang", "ja");
    expect(ja.stdout).toContain("wrote out/summary.csv, lines.csv, errors.csv in Japanese, report.html;");
    expect(readFileSync(join(ja.out, "summary.csv"), "utf8")).toBe(
      readFileSync(join((await runBatch(built, BODIES_JA, LINES_JA)).out, "summary.csv"), "utf8"),
    );
  });

  it("names 不備 and 未算定 rows, 不備 bodies and the problems in Japanese with --skip-invalid", async () => {
    const bad = LINES_JA.replace(
      "070009,,P1,dual-residence,E1,information.telework-environment,2000000",
      "070009,,P1,dual-residence,E1,information.telework-environment,１２０",
    ).concat("070009,,P1,,E2,information.telework-environment,500000,,,,,,,\r\n");
    const result = await runBatch(built, BODIES_JA, bad, "--skip-invalid", "-q");
    expect(result.code).toBe(1);
    const summary = readCsvFile(join(result.out, "summary.csv"));
    expect(summary.map((r) => [r["団体コード"], r["状態"], r["エラー件数"]])).toEqual([
      ['="042056"', "算定済", "0"],
      ['="070009"', "不備", "1"],
    ]);
    const lines = readCsvFile(join(result.out, "lines.csv")).filter((l) => l["団体コード"] === '="070009"');
    expect(lines.map((l) => [l["明細ID"], l["判定"]])).toEqual([
      ["E1", "不備"],
      ["E2", "未算定"],
    ]);
    expect(lines[0]?.["エラー"]).toContain("full-width");
    const errors = readCsvFile(join(result.out, "errors.csv"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      ファイル: "lines.csv",
      "行（ファイル）": "7",
      列: "G",
      見出し: "金額",
      団体コード: '="070009"',
    });
  });

  it("lists a problem of bodies.csv once, whether --lang or the header chose the language", async () => {
    const bodies = `${BODIES_JA}012041,旭川市,市町村,abc\r\n`;
    for (const options of [[], ["--lang", "ja"], ["--lang", "en"]]) {
      const result = await runBatch(built, bodies, LINES_JA, "--skip-invalid", "-q", ...options);
      expect(result.code).toBe(1);
      const errors = readFileSync(join(result.out, "errors.csv"), "utf8").trimEnd().split("\r\n");
      expect(errors, options.join(" ")).toHaveLength(2);
      expect(errors[1]).toMatch(/^bodies\.csv,4,4,D,財政力指数,/);
    }
  });

  it("writes UTF-8 with a BOM whatever the inputs' encoding (Shift_JIS in, Japanese out)", async () => {
    const sjis = await runBatch(built, cp932(BODIES_JA), cp932(LINES_JA));
    expect(sjis.stderr).toBe("");
    expect(sjis.stdout).toContain("read bodies.csv: Shift_JIS (CP932), lines.csv: Shift_JIS (CP932)");
    const utf8 = await runBatch(built, BODIES_JA, LINES_JA);
    for (const file of ["summary.csv", "lines.csv", "errors.csv"]) {
      const bytes = readFileSync(join(sjis.out, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
      expect(bytes.equals(readFileSync(join(utf8.out, file)))).toBe(true);
    }
    const report = readFileSync(join(sjis.out, "report.html"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(report)).not.toThrow();
    expect(report.toString("utf8")).toContain('<meta charset="utf-8">');
  });

  it("refuses a language it does not write (exit 2)", async () => {
    const result = await runBatch(built, BODIES_JA, LINES_JA, "--lang", "fr");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang must be one of ja, en; got "fr"');
  });
});

describe("the Japanese headers", () => {
  it("are one table with a header for every column, none twice in a file, and docs/cli.md lists exactly them", () => {
    const docs = readFileSync(join(REPO, "docs/cli.md"), "utf8");
    for (const [file, columns, headers] of [
      ["summary.csv", SUMMARY_HEADER, SUMMARY_HEADERS_JA],
      ["lines.csv", LINES_HEADER, LINES_HEADERS_JA],
      ["errors.csv", ERRORS_HEADER, ERRORS_HEADERS_JA],
    ] as const) {
      expect(Object.keys(headers).sort(), file).toEqual([...columns].sort());
      const words: string[] = Object.values(headers);
      expect(new Set(words).size, file).toBe(words.length);
      const table = docs.slice(docs.indexOf(`| ${file} | 見出し |`)).split("\n\n")[0]!;
      const listed = [...table.matchAll(/^\| `([a-z_]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
      expect(listed, file).toEqual(columns.map((c) => [c, (headers as Readonly<Record<string, string>>)[c]]));
    }
  });
});

describe("the language of a header", () => {
  const japanese = (line: string) => {
    const { header, problems } = readHeader(parseCsv(`${line}\n`)[0]!, LINE_COLUMNS, "lines.csv");
    expect(problems).toEqual([]);
    return header.japanese;
  };

  it("is Japanese when most of the columns read are headed in Japanese (notes and blanks not counted)", () => {
    expect(japanese("団体コード,明細ID,金額")).toBe(true);
    expect(japanese("団体コード,明細ID,amount,#メモ")).toBe(true);
    expect(japanese("body_code,line_id,amount,#メモ,")).toBe(false);
    expect(japanese("団体コード,line_id,amount,種別")).toBe(false); // a tie is English
  });
});
