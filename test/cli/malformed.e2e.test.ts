import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvFile, runBatch, runCli, useBuiltCli } from "./built-cli.js";

// The built `dra batch` on malformed inputs: every problem named by file, line and column, all at once;
// nothing written in strict mode; with --skip-invalid, good bodies written and output rows = input rows.
const built = useBuiltCli();

const BODIES = "code,name,kind,fci\n042056,気仙沼市,municipality,0.45\n070009,福島県,prefecture,0.52158\n";
const LINES_HEADER = "body_code,project_id,purpose,line_id,item,amount\n";
const GOOD_LINES = `${LINES_HEADER}042056,P1,dual-residence,E1,information.consultation-events,"1,200,000"\n070009,P1,dual-residence,E1,information.telework-environment,2000000\n`;
/** 気仙沼市 in Shift_JIS (CP932). */
const SJIS = Buffer.from([0x8b, 0x43, 0x90, 0xe5, 0x8f, 0xc0, 0x8e, 0x73]);

/** Writes the two files and runs `dra batch` on them; returns the run and where it wrote. */
const batch = (bodies: string | Buffer, lines: string | Buffer, ...options: string[]) =>
  runBatch(built, bodies, lines, ...options);

describe("dra batch on malformed input", () => {
  it("computes the good pair (the baseline the other cases break)", async () => {
    const result = await batch(BODIES, GOOD_LINES, "-q");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readCsvFile(join(result.out, "summary.csv")).map((r) => [r.body_code, r.total_yen])).toEqual([
      ["042056", "600000"],
      ["070009", "950000"],
    ]);
  });

  it("refuses a lines.csv that is neither UTF-8 nor Shift_JIS, naming the line of the first bad byte and how to re-save it", async () => {
    // Shift_JIS from its first non-ASCII character (気仙沼市), then 0x85 0x40: a pair CP932 leaves unassigned.
    const lines = Buffer.concat([
      Buffer.from(`${LINES_HEADER}042056,P1,dual-residence,E1,information.other,1\n042056,`),
      SJIS,
      Buffer.from(",x\n042056,P1,"),
      Buffer.from([0x85, 0x40]),
      Buffer.from("\n"),
    ]);
    const result = await batch(BODIES, lines);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "lines.csv line 4: the file is neither UTF-8 nor Shift_JIS (CP932): it reads as Shift_JIS up to a byte that is not (first bad byte on line 4)",
    );
    expect(result.stderr).toContain("「CSV UTF-8（コンマ区切り）(*.csv)」");
    // The last line names the encodings read: bodies.csv's, not that of the file refused.
    expect(result.stderr).toMatch(/nothing was written .*; read bodies\.csv: UTF-8\n$/);
    expect(existsSync(result.out)).toBe(false);
  });

  it("refuses a UTF-8 lines.csv with a damaged byte as not UTF-8, never re-reading it as Shift_JIS", async () => {
    const lines = Buffer.concat([
      Buffer.from(`${LINES_HEADER}042056,P1,dual-residence,E1,information.consultation-events,1000\n042056,P1,,E2,`),
      Buffer.from("気仙沼市"),
      Buffer.from([0xff]),
      Buffer.from(",1\n"),
    ]);
    const result = await batch(BODIES, lines);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^lines\.csv line 3: the file is not valid UTF-8 \(first bad byte on line 3\), and not Shift_JIS \(CP932\) either/,
      ),
    ]);
  });

  it.each([
    ["CR (Excel for Mac)", "\r"],
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("names the bad byte's line in a lines.csv whose lines end with %s", async (_, end) => {
    const rows = [
      LINES_HEADER.trimEnd(),
      "042056,P1,dual-residence,E1,information.consultation-events,1000",
      "042056,P1,dual-residence,E2,information.consultation-events,2000",
    ];
    const lines = Buffer.concat([
      Buffer.from(rows.join(end) + end + "042056,P1,dual-residence,"),
      Buffer.from([0xff]), // neither UTF-8 nor Shift_JIS
      Buffer.from(`,x${end}`),
    ]);
    const result = await batch(BODIES, lines);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^lines\.csv line 4: the file is neither UTF-8 nor Shift_JIS .*\(first bad byte on line 4\)/,
      ),
    ]);
  });

  it("reads a Shift_JIS bodies.csv, and says so in its closing line", async () => {
    const bodies = Buffer.concat([
      Buffer.from("code,name,kind,fci\n042056,"),
      SJIS,
      Buffer.from(",municipality,0.45\n070009,"),
      Buffer.from([0x95, 0x9f, 0x93, 0x87, 0x8c, 0xa7]), // 福島県
      Buffer.from(",prefecture,0.52158\n"),
    ]);
    const result = await batch(bodies, GOOD_LINES);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("; read bodies.csv: Shift_JIS (CP932), lines.csv: UTF-8\n");
    expect(readCsvFile(join(result.out, "summary.csv")).map((r) => [r.body_code, r.body_name])).toEqual([
      ["042056", "気仙沼市"],
      ["070009", "福島県"],
    ]);
  });

  it("reports a bodies.csv it cannot read together with the problems of lines.csv, in one run", async () => {
    const bodies = Buffer.concat([Buffer.from("code,name,kind,fci\n042056,"), Buffer.from([0xff]), Buffer.from("\n")]);
    const lines = `${LINES_HEADER}042056,P1,dual-residence,E1,information.consultation-events,１２０\n`;
    const result = await batch(bodies, lines);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      expect.stringMatching(/^bodies\.csv line 2: the file is neither UTF-8 nor Shift_JIS/),
      expect.stringMatching(/^lines\.csv line 2, column F \(amount\): amount "１２０" has full-width characters/),
    ]);
    expect(result.stderr).toContain("nothing was written");
    expect(existsSync(result.out)).toBe(false);
  });

  it("computes bodies given by their codes alone (kind, name and FCI from the registry)", async () => {
    const result = await batch("code\n042056\n070009\n", GOOD_LINES, "-q");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(
      readCsvFile(join(result.out, "summary.csv")).map((r) => [
        r.body_code,
        r.body_name,
        r.kind,
        r.fiscal_capability_index,
      ]),
    ).toEqual([
      ["042056", "気仙沼市", "municipality", "0.45"],
      ["070009", "福島県", "prefecture", "0.52"],
    ]);
  });

  it("matches a code Excel shortened (042056 → 42056) through the registry, and says it fixed it", async () => {
    const result = await batch(
      "code\n42056\n",
      `${LINES_HEADER}42056,P1,dual-residence,E1,information.consultation-events,1200000\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("fixed 1 code a spreadsheet shortened (42056 → 042056, line 2)");
    expect(readCsvFile(join(result.out, "summary.csv")).map((r) => [r.body_code, r.body_name, r.total_yen])).toEqual([
      ["042056", "気仙沼市", "600000"],
    ]);
  });

  it("names missing columns in the header of either file (of both in one run), and hints when the files are swapped", async () => {
    const noCode = await batch(
      "name,kind,fci\n気仙沼市,municipality,0.45\n",
      "body_code,project_id,line_id,item\n042056,P1,E1,information.consultation-events\n",
    );
    expect(noCode.code).toBe(1);
    // Both files' problems at once: lines.csv is read although bodies.csv cannot be.
    expect(noCode.problems).toEqual([
      expect.stringMatching(/^bodies\.csv line 1, column code \(not in the file\): the header has no column "code"/),
      expect.stringMatching(/^lines\.csv line 1, column amount \(not in the file\): the header has no column "amount"/),
    ]);
    const linesOnly = await batch(
      BODIES,
      "body_code,project_id,line_id,item\n042056,P1,E1,information.consultation-events\n",
    );
    expect(linesOnly.problems).toEqual([
      expect.stringMatching(
        /^lines\.csv line 1, column amount \(not in the file\): the header has no column "amount" \(or "金額"\)/,
      ),
    ]);
    const swapped = await batch(BODIES, BODIES);
    expect(swapped.stderr).toContain("this looks like bodies.csv: give bodies.csv first, then lines.csv");
  });

  const BAD_AMOUNTS =
    LINES_HEADER +
    "042056,P1,dual-residence,E1,information.consultation-events,１２０\n" +
    "042056,P1,dual-residence,E2,information.consultation-events,1,200,000\n" +
    "042056,P1,dual-residence,E3,information.consultation-events,120万円\n" +
    "042056,P1,dual-residence,E4,information.consultation-events,-5\n" +
    "042056,P1,dual-residence,E5,information.consultation-events,1.5\n" +
    "042056,P1,dual-residence,E6,information.consultation-events,\n" +
    '070009,P1,dual-residence,E1,information.telework-environment,"2,000,000"\n';

  it("reports every bad amount with its line and column, all at once, and writes nothing (strict)", async () => {
    const result = await batch(BODIES, BAD_AMOUNTS);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      'lines.csv line 2, column F (amount): amount "１２０" has full-width characters; write half-width digits (半角数字), e.g. "1200000"',
      'lines.csv line 3, column G (no header): the row has 8 cells but the header has 6; a value with a comma must be in quotes ("1,200,000"), or the header is missing a column',
      'lines.csv line 4, column F (amount): amount "120万円" has a unit (円/万/千…); write plain yen digits, e.g. "1200000" for 120万円',
      'lines.csv line 5, column F (amount): amount "-5" is negative; expenses are given as non-negative yen',
      'lines.csv line 6, column F (amount): amount "1.5" has a fraction; give whole yen (円未満は不可)',
      expect.stringMatching(/^lines\.csv line 7, column F \(amount\): required/),
    ]);
    expect(result.stderr).toContain("6 problems; nothing was written");
    expect(existsSync(result.out)).toBe(false);
  });

  it("with --skip-invalid, writes the good bodies, lists each bad row in errors.csv, and keeps output rows = input rows", async () => {
    const result = await batch(BODIES, BAD_AMOUNTS, "--skip-invalid", "--json");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("7 lines of 2 bodies; 1 body computed");
    const summary = readCsvFile(join(result.out, "summary.csv"));
    expect(summary.map((r) => [r.body_code, r.status, r.lines, r.total_yen, r.problems])).toEqual([
      ["042056", "invalid", "6", "", "6"],
      ["070009", "ok", "1", "950000", "0"],
    ]);
    const lines = readCsvFile(join(result.out, "lines.csv"));
    expect(lines).toHaveLength(7);
    expect(lines.map((l) => l.disposition)).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "eligible",
    ]);
    const errors = readCsvFile(join(result.out, "errors.csv"));
    expect(errors.map((e) => [e.file, e.line, e.column, e.header, e.body_code, e.code])).toEqual([
      ["lines.csv", "2", "F", "amount", "042056", "invalid_amount"],
      ["lines.csv", "3", "G", "", "042056", "too_many_cells"],
      ["lines.csv", "4", "F", "amount", "042056", "invalid_amount"],
      ["lines.csv", "5", "F", "amount", "042056", "invalid_amount"],
      ["lines.csv", "6", "F", "amount", "042056", "invalid_amount"],
      ["lines.csv", "7", "F", "amount", "042056", "required"],
    ]);
    expect(existsSync(join(result.out, "calculations/070009.json"))).toBe(true);
    expect(existsSync(join(result.out, "calculations/042056.json"))).toBe(false);
  });

  it("marks a good row of a bad body not-computed, saying which line is at fault", async () => {
    const lines = `${LINES_HEADER}042056,P1,dual-residence,E1,information.consultation-events,100\n042056,P1,dual-residence,E2,information.nonsense,100\n`;
    const result = await batch(BODIES, lines, "--skip-invalid");
    const rows = readCsvFile(join(result.out, "lines.csv"));
    expect(rows.map((r) => [r.disposition, r.problems])).toEqual([
      ["not-computed", "not computed: body 042056 has a problem on line 3"],
      ["invalid", expect.stringContaining('unknown item "information.nonsense"')],
    ]);
  });

  it("reports a body that lines.csv names but bodies.csv lacks, and codes that are no body's", async () => {
    // (42056, the code of 042056 with its zero dropped, is that body: it is matched, not reported.)
    const lines =
      LINES_HEADER +
      "130001,P1,dual-residence,E1,information.consultation-events,100\n" +
      "42056,P1,dual-residence,E1,information.consultation-events,100\n" +
      "04205X,P1,dual-residence,E1,information.consultation-events,100\n" +
      ",P1,dual-residence,E1,information.consultation-events,100\n";
    const result = await batch(BODIES, lines);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      "lines.csv line 2, column A (body_code): body 130001 is not in bodies.csv; add a row for it there (code, name, kind, fci) or correct the code",
      "lines.csv line 4, column A (body_code): body 04205X is not in bodies.csv; a 全国地方公共団体コード has 6 digits, e.g. 042056",
      "lines.csv line 5, column A (body_code): body_code is empty: give the body's 6-digit 全国地方公共団体コード, e.g. 042056",
    ]);
  });

  it("checks every row of bodies.csv with the library: check digit, kind, FCI, duplicates, a dropped zero", async () => {
    const bodies =
      "code,name,kind,fci\n042057,x,municipality,0.45\n070009,福島県,municipality,0.5\n042056,気仙沼市,municipality,0,45\n012041,旭川市,municipality,0.53\n012041,旭川市,municipality,0.53\n99999,x,prefecture,0.44\n";
    const result = await batch(bodies, GOOD_LINES);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      expect.stringMatching(/^bodies\.csv line 2, column A \(code\): .*check digit/),
      expect.stringMatching(/^bodies\.csv line 3, column C \(kind\): /),
      expect.stringMatching(/^bodies\.csv line 4, column E \(no header\): the row has 5 cells but the header has 4/),
      "bodies.csv line 6, column A (code): body 012041 is listed again (first on line 5); list each body once",
      'bodies.csv line 7, column A (code): code "99999" has 5 digits: Excel drops the leading zero of codes like 099999; format the column as text (文字列) and write all 6 digits',
    ]);
  });

  it("with --skip-invalid, does not compute a body whose bodies.csv row is bad, and says so on each of its rows", async () => {
    const bodies = "code,name,kind,fci\n042056,気仙沼市,municipality,0,45\n070009,福島県,prefecture,0.52158\n".replace(
      "0,45",
      '"0,45"',
    );
    const result = await batch(bodies, GOOD_LINES, "--skip-invalid", "-q");
    expect(result.code).toBe(1);
    expect(readCsvFile(join(result.out, "summary.csv")).map((r) => [r.body_code, r.status, r.problems])).toEqual([
      ["042056", "invalid", "1"],
      ["070009", "ok", "0"],
    ]);
    expect(readCsvFile(join(result.out, "lines.csv")).map((r) => [r.disposition, r.problems])).toEqual([
      ["not-computed", "body 042056 has problems in bodies.csv (line 2)"],
      ["eligible", ""],
    ]);
    expect(
      readCsvFile(join(result.out, "errors.csv")).map((e) => [e.file, e.line, e.column, e.header, e.code]),
    ).toEqual([["bodies.csv", "2", "D", "fci", "invalid_fci"]]);
  });

  it("reads the FCI from three years of revenue and need", async () => {
    const bodies =
      "code,name,kind,revenue_1,need_1,revenue_2,need_2,revenue_3,need_3\n042056,気仙沼市,municipality,45,100,46,100,44,100\n";
    const result = await batch(
      bodies,
      `${LINES_HEADER}042056,P1,dual-residence,E1,information.consultation-events,1000000\n`,
      "-q",
    );
    expect(result.code).toBe(0);
    expect(readCsvFile(join(result.out, "summary.csv"))[0]).toMatchObject({
      fiscal_capability_index: "0.45",
      total_yen: "500000",
    });
  });

  it("refuses an empty file (no bytes, or only a BOM) and says what it needs", async () => {
    const emptyLines = await batch(BODIES, "");
    expect(emptyLines.code).toBe(1);
    expect(emptyLines.problems).toEqual([
      expect.stringMatching(/^lines\.csv: the file is empty: it needs a header row/),
    ]);
    const emptyBodies = await batch("\uFEFF", GOOD_LINES);
    expect(emptyBodies.problems).toEqual([expect.stringMatching(/^bodies\.csv: the file is empty/)]);
  });

  it("takes a lines.csv with a header and no rows as zero bodies (exit 0, header-only outputs)", async () => {
    const result = await batch(BODIES, LINES_HEADER, "-q");
    expect(result.code).toBe(0);
    expect(readCsvFile(join(result.out, "summary.csv"))).toEqual([]);
    expect(readCsvFile(join(result.out, "lines.csv"))).toEqual([]);
  });

  it("reports a quote that is never closed, with the line it opened on", async () => {
    const result = await batch(
      BODIES,
      `${LINES_HEADER}042056,P1,dual-residence,E1,"information.other,1\n070009,P1,dual-residence,E1,information.telework-environment,1\n`,
    );
    expect(result.problems).toEqual([
      expect.stringContaining(
        'lines.csv line 2, column E (item): a quoted field opened on line 2 is never closed; close it with "',
      ),
    ]);
  });

  it("leaves an existing --out folder as it was when the run fails, and replaces only its own files when it succeeds", async () => {
    const at = join(built.dir, "existing");
    mkdirSync(join(at, "out"), { recursive: true });
    writeFileSync(join(at, "out", "summary.csv"), "old");
    writeFileSync(join(at, "out", "notes.txt"), "mine");
    writeFileSync(join(at, "bodies.csv"), BODIES);
    writeFileSync(join(at, "bad.csv"), BAD_AMOUNTS);
    writeFileSync(join(at, "good.csv"), GOOD_LINES);
    const failed = await runCli(built.cli, ["batch", "bodies.csv", "bad.csv", "--out", "out"], { cwd: at });
    expect(failed.code).toBe(1);
    expect(readFileSync(join(at, "out", "summary.csv"), "utf8")).toBe("old");
    const done = await runCli(built.cli, ["batch", "bodies.csv", "good.csv", "--out", "out", "-q"], { cwd: at });
    expect(done.code).toBe(0);
    expect(readCsvFile(join(at, "out", "summary.csv"))).toHaveLength(2);
    expect(readFileSync(join(at, "out", "notes.txt"), "utf8")).toBe("mine");
  });
});

describe("dra batch usage errors (exit 2)", () => {
  it.each([
    [["batch", "bodies.csv", "lines.csv"], "--out <folder> is required"],
    [["batch", "bodies.csv", "lines.csv", "--out", "o", "--bogus"], "unknown option '--bogus'"],
    [
      ["batch", "bodies.csv", "lines.csv", "--out", "o", "--strict", "--skip-invalid"],
      "give --strict or --skip-invalid, not both",
    ],
    [["batch", "nowhere.csv", "lines.csv", "--out", "o"], "cannot read nowhere.csv: no such file"],
    [["batch", "bodies.csv", "lines.csv", "--out", "o", "--fiscal-year", "2024"], "--fiscal-year 2024:"],
    [["batch", "-", "-", "--out", "o"], "only one of bodies.csv and lines.csv can be read from stdin"],
    [["batch", "bodies.csv", "lines.csv", "--out", "no/such/folder"], "does not exist"],
    [
      ["batch", "bodies.csv"],
      "or one .xlsx workbook with the sheets 団体一覧 and 経費明細; bodies.csv is not a workbook",
    ],
    [["batch"], "missing argument"],
  ])("dra %j", async (args, message) => {
    const at = mkdtempSync(join(built.dir, "usage-"));
    writeFileSync(join(at, "bodies.csv"), BODIES);
    writeFileSync(join(at, "lines.csv"), GOOD_LINES);
    const result = await runCli(built.cli, args, { cwd: at });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Usage: dra batch");
    expect(existsSync(join(at, "o"))).toBe(false);
  });
});
