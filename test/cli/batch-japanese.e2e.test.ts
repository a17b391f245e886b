import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verify } from "../../src/index.js";
import { readCsvFile, runBatch, useBuiltCli } from "./built-cli.js";
import { cp932 } from "./cp932.js";

// The built `dra batch` on files as budget analysts save them from Excel on a Japanese PC: Japanese values in
// every cell that takes one of a fixed list, files in Shift_JIS (CP932, Excel's plain 「CSV（コンマ区切り）」),
// amounts in Excel's spellings (会計, 通貨, decimal places), and rows with several bad cells.
const built = useBuiltCli();

/** Writes the two files and runs `dra batch` on them; returns the run and where it wrote. */
const batch = (bodies: string | Buffer, lines: string | Buffer, ...options: string[]) =>
  runBatch(built, bodies, lines, ...options);

/** A file's lines joined with CRLF, as Excel writes them. */
const crlf = (lines: readonly string[]) => `${lines.join("\r\n")}\r\n`;

const BODIES_EN = crlf(["code,name,kind,fci", "042056,気仙沼市,municipality,0.45", "070009,福島県,prefecture,0.52158"]);
const BODIES_JA = crlf([
  "団体コード,団体名,団体区分,財政力指数",
  "042056,気仙沼市,市町村,0.45",
  "070009,福島県,都道府県,0.52158",
]);

const COLUMNS_EN =
  "body_code,type,project_id,project_name,purpose,line_id,item,amount,specific_revenue_national,also_claimed_under," +
  "cash_handout,system_phase,digital_bond_covers,facility_implementer,facility_work,regional_bond_covers," +
  "takes_outside_students,mainly_school_appeal,in_strategy_plan,description,post,person,activities,track";
const COLUMNS_JA =
  "団体コード,種別,事業ID,事業名,主たる目的,明細ID,経費区分,金額,特定財源_国庫支出金,他の算定事項," +
  "現金給付,システム構築維持,デジタル債充当,施設実施主体,施設工事,地域活性化債充当," +
  "地域外生徒受入,学校魅力化主目的,総合戦略位置付け,内容,専任兼任,人物,活動,枠";

/** One row: the cells by column name, the rest blank. */
function row(cells: Readonly<Record<string, string>>): string {
  return COLUMNS_EN.split(",")
    .map((c) => cells[c] ?? "")
    .join(",");
}

/** Every value cell in English (ids, TRUE/FALSE), one line of each kind; a description with CP932's own characters. */
const LINES_EN = crlf([
  COLUMNS_EN,
  row({
    body_code: "042056",
    project_id: "P1",
    project_name: "相談会",
    purpose: "dual-residence",
    line_id: "E1",
    item: "information.consultation-events",
    amount: '"1,200,000"',
    description: "架空①㈱髙～",
  }),
  row({
    body_code: "042056",
    type: "expense",
    project_id: "P1",
    line_id: "E2",
    item: "opportunity.facilities",
    amount: "30000000",
    facility_implementer: "private",
    facility_work: "new",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E3",
    item: "opportunity.facilities",
    amount: "5000000",
    facility_implementer: "government",
    facility_work: "renovation",
    regional_bond_covers: "FALSE",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E4",
    item: "information.registration-system",
    amount: "2000000",
    system_phase: "build",
    digital_bond_covers: "false",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E5",
    item: "reception.jobs-and-side-jobs",
    amount: "800000",
    cash_handout: "TRUE",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E6",
    item: "opportunity.regional-study-programs",
    amount: "900000",
    takes_outside_students: "TRUE",
    mainly_school_appeal: "FALSE",
    in_strategy_plan: "TRUE",
  }),
  row({
    body_code: "042056",
    project_id: "P2",
    project_name: "移住相談",
    purpose: "migration",
    line_id: "E7",
    item: "consultation.in-region-desk",
    amount: "600000",
    specific_revenue_national: "300000",
  }),
  row({
    body_code: "042056",
    project_id: "P2",
    line_id: "E8",
    item: "opportunity.fan-club",
    amount: "700000",
    also_claimed_under: "migration-settlement;community-supporters",
  }),
  row({
    body_code: "042056",
    project_id: "P3",
    purpose: "dual-residence",
    line_id: "F1",
    item: "furusato.system-setup-and-operation",
    amount: "12000000",
  }),
  row({
    body_code: "042056",
    type: "coordinator",
    purpose: "dual-residence",
    line_id: "C1",
    amount: "6200000",
    post: "full-time",
    person: "A",
    activities: "planning;consultation-and-living-support",
  }),
  row({
    body_code: "042056",
    type: "coordinator",
    purpose: "dual-residence",
    line_id: "C2",
    amount: "500000",
    post: "concurrent",
    person: "B",
    activities: "regional-study-support",
    takes_outside_students: "TRUE",
    mainly_school_appeal: "TRUE",
    in_strategy_plan: "TRUE",
  }),
  row({
    body_code: "042056",
    type: "coordinator",
    line_id: "K1",
    amount: "5600000",
    post: "full-time",
    person: "F",
    activities: "dual-school-support",
    track: "furusato-resident",
  }),
  row({
    body_code: "070009",
    project_id: "P1",
    purpose: "dual-residence",
    line_id: "E1",
    item: "information.telework-environment",
    amount: "2000000",
  }),
  row({
    body_code: "070009",
    type: "coordinator",
    purpose: "migration",
    line_id: "C1",
    amount: "600000",
    post: "concurrent",
    person: "B",
    activities: "other",
    description: "移住相談員（架空）",
  }),
]);

/** The same rows with every value cell in Japanese, as the library words them, and Japanese headers. */
const LINES_JA = crlf([
  COLUMNS_JA,
  row({
    body_code: "042056",
    project_id: "P1",
    project_name: "相談会",
    purpose: "二地域居住・関係人口",
    line_id: "E1",
    item: "相談会、セミナー等の開催",
    amount: '"1,200,000"',
    description: "架空①㈱髙～",
  }),
  row({
    body_code: "042056",
    type: "経費",
    project_id: "P1",
    line_id: "E2",
    item: "移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備",
    amount: "30000000",
    facility_implementer: "民間事業者",
    facility_work: "新築",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E3",
    item: "移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備",
    amount: "5000000",
    facility_implementer: "地方自治体",
    facility_work: "改修",
    regional_bond_covers: "いいえ",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E4",
    item: "二地域居住者等の登録のためのシステムの構築・維持",
    amount: "2000000",
    system_phase: "構築",
    digital_bond_covers: "いいえ",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E5",
    item: "就職や兼業・副業の支援",
    amount: "800000",
    cash_handout: "はい",
  }),
  row({
    body_code: "042056",
    project_id: "P1",
    line_id: "E6",
    item: "地域留学のプログラムづくり",
    amount: "900000",
    takes_outside_students: "はい",
    mainly_school_appeal: "いいえ",
    in_strategy_plan: "はい",
  }),
  row({
    body_code: "042056",
    project_id: "P2",
    project_name: "移住相談",
    purpose: "移住・定住",
    line_id: "E7",
    item: "地域内の相談窓口の設置",
    amount: "600000",
    specific_revenue_national: "300000",
  }),
  row({
    body_code: "042056",
    project_id: "P2",
    line_id: "E8",
    item: "地域のファンクラブの設置",
    amount: "700000",
    also_claimed_under: "移住・定住対策に要する経費、集落対策に要する経費（集落支援員）",
  }),
  row({
    body_code: "042056",
    project_id: "P3",
    purpose: "二地域居住・関係人口施策",
    line_id: "F1",
    item: "ふるさと住民登録制度の準備・運用に要する経費",
    amount: "12000000",
  }),
  // An activity label holds "、": the list is read by whole labels.
  row({
    body_code: "042056",
    type: "コーディネーター",
    purpose: "二地域居住・関係人口",
    line_id: "C1",
    amount: "6200000",
    post: "専任",
    person: "A",
    activities:
      "二地域居住・関係人口に関する施策の企画・立案・実行の支援、二地域居住希望者等への情報提供や相談対応、円滑な地域生活への支援",
  }),
  row({
    body_code: "042056",
    type: "コーディネーター",
    purpose: "二地域居住・関係人口",
    line_id: "C2",
    amount: "500000",
    post: "兼任",
    person: "B",
    activities: "地域留学の支援",
    takes_outside_students: "はい",
    mainly_school_appeal: "はい",
    in_strategy_plan: "はい",
  }),
  row({
    body_code: "042056",
    type: "コーディネーター",
    line_id: "K1",
    amount: "5600000",
    post: "専任",
    person: "F",
    activities: "「デュアルスクール」・保育園留学における児童生徒の円滑な就学・保育の支援",
    track: "ふるさと住民登録制度",
  }),
  row({
    body_code: "070009",
    project_id: "P1",
    purpose: "二地域居住・関係人口",
    line_id: "E1",
    item: "コワーキングスペースの紹介などテレワーク環境の発信",
    amount: "2000000",
  }),
  row({
    body_code: "070009",
    type: "コーディネーター",
    purpose: "移住・定住",
    line_id: "C1",
    amount: "600000",
    post: "兼任",
    person: "B",
    activities: "その他の支援（等）",
    description: "移住相談員（架空）",
  }),
]);

const OUTPUTS = ["summary.csv", "lines.csv", "errors.csv"] as const;

describe("Japanese values in every value cell", () => {
  it("give the same summary.csv, lines.csv and errors.csv as the ids, and the same calculations", async () => {
    const english = await batch(BODIES_EN, LINES_EN, "--fiscal-year", "2026", "--json");
    // In English (--lang en), to compare with the ids' run: Japanese headers write Japanese files by default.
    const japanese = await batch(BODIES_JA, LINES_JA, "--fiscal-year", "2026", "--json", "--lang", "en");
    expect(english.stderr).toBe("");
    expect(english.code).toBe(0);
    expect(japanese.stderr).toBe("");
    expect(japanese.code).toBe(0);
    expect(japanese.stdout).toContain("; read bodies.csv: UTF-8, lines.csv: UTF-8\n");
    for (const file of OUTPUTS)
      expect(readCsvFile(join(japanese.out, file))).toEqual(readCsvFile(join(english.out, file)));
    for (const code of ["042056", "070009"]) {
      const json = (out: string) => readFileSync(join(out, "calculations", `${code}.json`), "utf8");
      expect(json(japanese.out)).toBe(json(english.out));
    }
    // The example is worth its name: every kind of line, both bodies computed.
    const summary = readCsvFile(join(english.out, "summary.csv"));
    expect(summary.map((r) => [r.body_code, r.kind, r.status, r.lines])).toEqual([
      ["042056", "municipality", "ok", "12"],
      ["070009", "prefecture", "ok", "2"],
    ]);
    const lines = readCsvFile(join(japanese.out, "lines.csv"));
    expect(lines.map((l) => [l.line_id, l.type, l.item, l.post, l.disposition, l.rules])).toEqual([
      ["E1", "expense", "information.consultation-events", "", "eligible", ""],
      ["E2", "expense", "opportunity.facilities", "", "excluded", "fn2"],
      ["E3", "expense", "opportunity.facilities", "", "eligible", ""],
      ["E4", "expense", "information.registration-system", "", "eligible", ""],
      ["E5", "expense", "reception.jobs-and-side-jobs", "", "excluded", "fn3"],
      ["E6", "expense", "opportunity.regional-study-programs", "", "eligible", ""],
      ["E7", "expense", "consultation.in-region-desk", "", "eligible", "fn5"],
      ["E8", "expense", "opportunity.fan-club", "", "excluded", "double-claim;fn5"],
      ["F1", "expense", "furusato.system-setup-and-operation", "", "eligible", ""],
      ["C1", "coordinator", "", "full-time", "capped", "coordinator-cap"],
      ["C2", "coordinator", "", "concurrent", "excluded", "fn4"],
      ["K1", "coordinator", "", "full-time", "capped", "coordinator-cap"],
      ["E1", "expense", "information.telework-environment", "", "eligible", ""],
      ["C1", "coordinator", "", "concurrent", "capped", "fn5;other-item;coordinator-cap"],
    ]);
  });

  it("are read from a Shift_JIS (CP932) pair of files as from UTF-8, and the closing line names each file's encoding", async () => {
    const utf8 = await batch(BODIES_JA, LINES_JA, "--fiscal-year", "2026", "--json");
    const sjis = await batch(cp932(BODIES_JA), cp932(LINES_JA), "--fiscal-year", "2026", "--json");
    expect(sjis.stderr).toBe("");
    expect(sjis.code).toBe(0);
    expect(sjis.stdout).toContain("; read bodies.csv: Shift_JIS (CP932), lines.csv: Shift_JIS (CP932)\n");
    for (const file of OUTPUTS) {
      // Outputs are UTF-8 with a byte-order mark whatever the input's encoding.
      const bytes = readFileSync(join(sjis.out, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
      expect(readCsvFile(join(sjis.out, file))).toEqual(readCsvFile(join(utf8.out, file)));
    }
    // Japanese headers: the files are in Japanese (--lang ja, the default here).
    expect(readCsvFile(join(sjis.out, "summary.csv")).map((r) => r["団体名"])).toEqual(["気仙沼市", "福島県"]);
    const calculation = JSON.parse(readFileSync(join(sjis.out, "calculations/042056.json"), "utf8")) as {
      trace: { input: { projects: { expenses: { description?: string }[] }[] } };
    };
    // CP932's own characters (NEC row 13, an IBM kanji, its FULLWIDTH TILDE) come through.
    expect(calculation.trace.input.projects[0]?.expenses[0]?.description).toBe("架空①㈱髙～");
    expect(verify(calculation).ok).toBe(true);
  });

  it("reads one file in Shift_JIS and the other in UTF-8", async () => {
    const result = await batch(BODIES_JA, cp932(LINES_JA), "--fiscal-year", "2026", "-q");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const mixed = await batch(cp932(BODIES_JA), LINES_JA, "--fiscal-year", "2026");
    expect(mixed.stdout).toContain("; read bodies.csv: Shift_JIS (CP932), lines.csv: UTF-8\n");
  });
});

describe("a value a cell does not take", () => {
  it("is refused at its cell, with the Japanese and English values the cell accepts", async () => {
    const lines = crlf([
      "body_code,type,project_id,purpose,line_id,item,amount,cash_handout,facility_implementer,facility_work,post,person,activities",
      "042056,,P1,二地域居住,E1,相談会、セミナー等の開催,1200000,有,,,,,",
      "042056,,P1,,E2,移住体験住宅・サテライトオフィス等の整備,1000,,民間,新設,,,",
      "042056,coordinator,,dual-residence,C1,,1000,,,,常勤,A,企画;planning",
    ]);
    const result = await batch(BODIES_EN, lines);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      'lines.csv line 2, column D (purpose): purpose "二地域居住" is not one of its values; write 二地域居住・関係人口 / 二地域居住・関係人口施策 (dual-residence) or 移住・定住 / 移住・定住対策 (migration)',
      'lines.csv line 2, column H (cash_handout): cash_handout "有" is not one of its values; write はい (TRUE) or いいえ (FALSE)',
      'lines.csv line 3, column F (item): unknown item "移住体験住宅・サテライトオフィス等の整備"; write the item\'s id or its Japanese label exactly as `dra catalog` prints it, e.g. information.consultation-events or 相談会、セミナー等の開催',
      'lines.csv line 3, column I (facility_implementer): facility_implementer "民間" is not one of its values; write 民間事業者 (private) or 地方自治体 (government)',
      'lines.csv line 3, column J (facility_work): facility_work "新設" is not one of its values; did you mean "新築" (new)? write 新築 (new) or 改修 (renovation)',
      'lines.csv line 4, column K (post): post "常勤" is not one of its values; write 専任 (full-time) or 兼任 (concurrent)',
      expect.stringMatching(
        /^lines\.csv line 4, column M \(activities\): unknown activity "企画"; write ids or Japanese names, separated by ";": 二地域居住・関係人口に関する施策の企画・立案・実行の支援 \(planning\), .* or その他の支援（等） \(other\)$/,
      ),
    ]);
  });

  it("suggests the nearest value", async () => {
    const lines = crlf([
      "body_code,project_id,purpose,line_id,item,amount",
      "042056,P1,dual-residence,E1,相談会・セミナー等の開催,1200000",
      "042056,P1,,E2,information.consultation-event,1200000",
    ]);
    const result = await batch(BODIES_EN, lines);
    expect(result.problems).toEqual([
      expect.stringContaining(
        'unknown item "相談会・セミナー等の開催"; did you mean "相談会、セミナー等の開催" (information.consultation-events)? write',
      ),
      expect.stringContaining(
        'unknown item "information.consultation-event"; did you mean "information.consultation-events" (相談会、セミナー等の開催)? write',
      ),
    ]);
  });

  it("in bodies.csv: the kind, with 市町村 and 都道府県", async () => {
    const result = await batch(
      "code,kind,fci\r\n042056,市,0.45\r\n",
      crlf([
        "body_code,line_id,amount,project_id,purpose,item",
        "042056,E1,1,P1,dual-residence,information.consultation-events",
      ]),
    );
    expect(result.problems).toEqual([
      'bodies.csv line 2, column B (kind): kind "市" is not one of its values; write 市町村 (municipality) or 都道府県 (prefecture), or leave it blank (the code says the kind)',
    ]);
  });
});

describe("amounts as Excel writes them", () => {
  const HEADER = "body_code,project_id,purpose,line_id,item,amount,specific_revenue_national";
  const at = (id: string, amount: string, national = "") =>
    `042056,P1,,${id},information.consultation-events,${amount},${national}`;

  it("are refused, each with what Excel did and how to fix it", async () => {
    const lines = crlf([
      HEADER,
      "042056,P1,dual-residence,E0,information.consultation-events,1000,",
      at("E1", "-"),
      at("E2", "1200000.00"),
      at("E3", '"1,200,000.00"'),
      at("E4", '"¥1,200,000"'),
      at("E5", '"￥1,200,000"'),
      at("E6", "\\1200000"),
      at("E7", " ¥ - "),
      at("E8", "1200000.50"),
      at("E9", "1000", "-"),
      at("E10", '"-¥1,200"'),
    ]);
    const result = await batch(BODIES_EN, lines);
    expect(result.code).toBe(1);
    const format = "or format the column as 数値 (number) instead of 通貨 (currency) or 会計 (accounting)";
    expect(result.problems).toEqual([
      `lines.csv line 3, column F (amount): amount "-" is how Excel's accounting format (会計) shows zero: write 0, or format the column as 数値 (number)`,
      `lines.csv line 4, column F (amount): amount "1200000.00" has decimal places: amounts are whole yen (円未満は不可); format the column as 数値 (number) with 0 decimal places (小数点以下の表示桁数 0), or write 1200000`,
      `lines.csv line 5, column F (amount): amount "1,200,000.00" has decimal places: amounts are whole yen (円未満は不可); format the column as 数値 (number) with 0 decimal places (小数点以下の表示桁数 0), or write 1200000`,
      `lines.csv line 6, column F (amount): amount "¥1,200,000" has a currency sign ("¥"): remove it and write the yen as digits, e.g. 1200000, ${format}`,
      `lines.csv line 7, column F (amount): amount "￥1,200,000" has a currency sign ("￥"): remove it and write the yen as digits, e.g. 1200000, ${format}`,
      `lines.csv line 8, column F (amount): amount "\\1200000" has a currency sign ("\\", the yen sign as Shift_JIS (CP932) saves it): remove it and write the yen as digits, e.g. 1200000, ${format}`,
      `lines.csv line 9, column F (amount): amount "¥ -" is a currency sign ("¥") with Excel's accounting zero: write 0, ${format}`,
      `lines.csv line 10, column F (amount): amount "1200000.50" has a fraction; give whole yen (円未満は不可)`,
      `lines.csv line 11, column G (specific_revenue_national): amount "-" is how Excel's accounting format (会計) shows zero: write 0 (or leave the cell blank: no such 特定財源), or format the column as 数値 (number)`,
      `lines.csv line 12, column F (amount): amount "-¥1,200" has a currency sign ("¥"): remove it (${format}); without it, amount "-1,200" is negative; expenses are given as non-negative yen`,
    ]);
  });

  it("the yen sign of a Shift_JIS file (0x5C) and the full-width ￥ alike", async () => {
    const lines = cp932(
      crlf([HEADER, "042056,P1,dual-residence,E1,相談会、セミナー等の開催,\\1200000,", at("E2", '"￥1,200,000"')]),
    );
    const result = await batch(BODIES_EN, lines);
    expect(result.problems).toEqual([
      expect.stringContaining(
        'line 2, column F (amount): amount "\\1200000" has a currency sign ("\\", the yen sign as Shift_JIS (CP932) saves it)',
      ),
      expect.stringContaining('line 3, column F (amount): amount "￥1,200,000" has a currency sign ("￥")'),
    ]);
    expect(result.stderr).toContain("; read bodies.csv: UTF-8, lines.csv: Shift_JIS (CP932)\n");
  });
});

describe("a row with several bad cells", () => {
  it("reports every one of them at once, also on a row whose type is wrong", async () => {
    const lines = crlf([
      "body_code,type,project_id,purpose,line_id,item,amount,post,person,activities",
      "042056,,P1,二地域,E1,相談会,-,,,",
      '042056,コーディネータ,,,C1,,"¥6,200,000",常勤,A,planning',
      "070009,,P1,dual-residence,E1,information.telework-environment,2000000,,,",
    ]);
    const result = await batch(BODIES_EN, lines);
    expect(result.code).toBe(1);
    expect(result.problems.map((p) => p.replace(/: .*/, ""))).toEqual([
      "lines.csv line 2, column D (purpose)",
      "lines.csv line 2, column F (item)",
      "lines.csv line 2, column G (amount)",
      "lines.csv line 3, column B (type)",
      "lines.csv line 3, column G (amount)",
      "lines.csv line 3, column H (post)",
    ]);
    expect(result.problems[3]).toContain(
      'type "コーディネータ" is not one of its values; did you mean "コーディネーター" (coordinator)? write 経費 (expense) or コーディネーター (coordinator), or leave it blank (an expense)',
    );
    expect(existsSync(result.out)).toBe(false);

    const skipped = await batch(BODIES_EN, lines, "--skip-invalid", "-q");
    expect(skipped.code).toBe(1);
    const rows = readCsvFile(join(skipped.out, "lines.csv"));
    expect(rows.map((r) => [r.line, r.disposition, r.problems!.split(" | ").length])).toEqual([
      ["2", "invalid", 3],
      ["3", "invalid", 3],
      ["4", "eligible", 1],
    ]);
    expect(readCsvFile(join(skipped.out, "errors.csv"))).toHaveLength(6);
  });

  it("in bodies.csv too: a code Excel shortened does not hide a bad kind or 財政力指数", async () => {
    const result = await batch(
      "code,kind,fci\r\n99999,市,abc\r\n",
      crlf([
        "body_code,project_id,purpose,line_id,item,amount",
        "042056,P1,dual-residence,E1,information.consultation-events,1",
      ]),
    );
    expect(result.problems.filter((p) => p.startsWith("bodies.csv")).map((p) => p.replace(/: .*/, ""))).toEqual([
      "bodies.csv line 2, column A (code)",
      "bodies.csv line 2, column B (kind)",
      "bodies.csv line 2, column C (fci)",
    ]);
  });
});
