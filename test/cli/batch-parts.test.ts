import { describe, expect, it } from "vitest";
import { buildApplication, flag, list } from "../../src/cli/batch/application.js";
import { BODY_COLUMNS, LINE_COLUMNS, type LineColumn } from "../../src/cli/batch/columns.js";
import { groupByBody } from "../../src/cli/batch/group.js";
import { readHeader, shapeProblems, type Header } from "../../src/cli/batch/header.js";
import { locateBodyIssue, locateLineIssue } from "../../src/cli/batch/locate.js";
import { Progress, renderProgress } from "../../src/cli/batch/progress.js";
import { readLineRow, type LineRow } from "../../src/cli/batch/rows.js";
import { amountProblem } from "../../src/cli/batch/amounts.js";
import { bodyKindValues, lineValueColumns, type ValueColumn } from "../../src/cli/batch/values.js";
import { parseCsv } from "../../src/cli/csv/reader.js";
import { columnLetter, formatProblem } from "../../src/cli/errors.js";
import { getRuleset, OTHER_MEASURES, POSTS } from "../../src/index.js";
import { BODY_KIND_TERMS, MEASURE_POLICY_TERMS, OTHER_MEASURE_TERMS, POST_TERMS } from "../../src/trace/glossary.js";

function linesOf(text: string): { header: Header<LineColumn>; rows: LineRow[] } {
  const [head, ...records] = parseCsv(text);
  const { header, problems } = readHeader(head!, LINE_COLUMNS, "lines.csv");
  expect(problems).toEqual([]);
  return { header, rows: records.map((r) => readLineRow(r, header)) };
}

describe("headers", () => {
  it("accepts English or Japanese names, in any case, with spaces or hyphens, and ignores # note columns", () => {
    const [record] = parseCsv("団体コード,Line ID,amount,#メモ,item,project-id\n");
    const { header, problems } = readHeader(record!, LINE_COLUMNS, "lines.csv");
    expect(problems).toEqual([]);
    expect(header.column("line_id")).toEqual({ letter: "B", header: "Line ID" });
    expect(header.column("project_id")).toEqual({ letter: "F", header: "project-id" });
    expect(header.column("post")).toEqual({ header: "post" });
  });

  it("names unknown (with a guess), duplicated and missing columns, all at once", () => {
    const [record] = parseCsv("body_code,line_id,ammount,cash-handout,団体コード\n");
    const { problems } = readHeader(record!, LINE_COLUMNS, "lines.csv");
    expect(problems.map((p) => [p.code, p.column?.letter ?? p.column?.header])).toEqual([
      ["unknown_column", "C"],
      ["duplicate_column", "E"],
      ["missing_column", "amount"],
    ]);
    expect(problems[0]?.message).toContain('did you mean "amount"?');
  });

  it("reads the national FCI list's header as bodies.csv", () => {
    const [record] = parseCsv("code,prefecture,name,kind,fiscal_capability_index\n");
    expect(readHeader(record!, BODY_COLUMNS, "bodies.csv").problems).toEqual([]);
  });

  it("flags cells beyond the header (an unquoted 1,200,000) and values under an unnamed column", () => {
    const [head, row, row2] = parseCsv("body_code,line_id,amount,\n042056,E1,1,200,000\n042056,E2,5,x\n");
    const { header } = readHeader(head!, LINE_COLUMNS, "lines.csv");
    expect(shapeProblems(row!, header).map((p) => [p.code, p.column?.letter])).toEqual([
      ["too_many_cells", "E"],
      ["unnamed_column", "D"],
    ]);
    expect(shapeProblems(row2!, header).map((p) => p.code)).toEqual(["unnamed_column"]);
  });
});

describe("rows → application", () => {
  const header =
    "body_code,type,project_id,project_name,purpose,weight_dual_residence,weight_migration,line_id,item,amount,cash_handout,facility_implementer,facility_work,post,person,activities\n";

  it("gathers a project's rows, takes its name and purpose from any row, and converts TRUE/FALSE only", () => {
    const { header: h, rows } = linesOf(
      header +
        '042056,,P1,相談会,,,,E1,information.consultation-events,"1,200,000",,,,,,\n' +
        "042056,expense,P2,,,3,1,E2,opportunity.facilities,30000000,,private,new,,,\n" +
        "042056,coordinator,,,dual-residence,,,C1,,6200000,,,,full-time,A,planning; consultation-and-living-support\n" +
        "042056,,P1,,dual-residence,,,E3,reception.jobs-and-side-jobs,80000,true,,,,,\n",
    );
    const { input, origin } = buildApplication("2025", { code: "042056" }, rows, h);
    expect(input).toEqual({
      fiscalYear: "2025",
      body: { code: "042056" },
      projects: [
        {
          id: "P1",
          name: "相談会",
          primaryPurpose: "dual-residence",
          expenses: [
            { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
            { id: "E3", item: "reception.jobs-and-side-jobs", amount: "80000", cashHandout: true },
          ],
        },
        {
          id: "P2",
          purposeWeights: { dualResidence: "3", migration: "1" },
          expenses: [
            {
              id: "E2",
              item: "opportunity.facilities",
              amount: "30000000",
              facility: { implementer: "private", work: "new" },
            },
          ],
        },
      ],
      coordinators: [
        {
          id: "C1",
          person: "A",
          post: "full-time",
          cost: "6200000",
          primaryPurpose: "dual-residence",
          activities: ["planning", "consultation-and-living-support"],
        },
      ],
    });
    expect(origin.projects[0]?.purpose?.line).toBe(5);
    expect(flag("FALSE")).toBe(false);
    expect(flag("はい")).toBe("はい");
  });

  it("reads the funding columns of any row (English or Japanese headers): 特定財源 parts and a list of other measures", () => {
    const { header: h, rows } = linesOf(
      "団体コード,種別,事業ID,主たる目的,明細ID,経費区分,金額,特定財源_国庫支出金,特定財源_都道府県支出金,Specific Revenue Bonds,特定財源_その他,他の算定事項,専任兼任,人物,活動\n" +
        '042056,,P1,dual-residence,E1,information.consultation-events,"1,200,000","600,000",,,,,,,\n' +
        "042056,,P1,,E2,opportunity.fan-club,800000,,100,0,,migration-settlement、community-supporters,,,\n" +
        "042056,coordinator,,dual-residence,C1,,400000,,,,100000, regional-revitalization-promotion ,concurrent,A,planning\n",
    );
    expect(h.column("also_claimed_under")).toEqual({ letter: "L", header: "他の算定事項" });
    const { input } = buildApplication("2025", {}, rows, h);
    const { projects, coordinators } = input as {
      projects: { expenses: Record<string, unknown>[] }[];
      coordinators: Record<string, unknown>[];
    };
    expect(projects[0]?.expenses.map((e) => [e.specificRevenue, e.alsoClaimedUnder])).toEqual([
      [{ national: "600,000" }, undefined],
      [{ prefectural: "100", bonds: "0" }, ["migration-settlement", "community-supporters"]],
    ]);
    expect(coordinators[0]).toMatchObject({
      specificRevenue: { other: "100000" },
      alsoClaimedUnder: ["regional-revitalization-promotion"],
    });
    expect(list("a; b,c、d  e")).toEqual(["a", "b", "c", "d", "e"]);
    expect(list("")).toBeUndefined();
  });

  it("reads a coordinator's track (枠) by id or Japanese name, refuses other text at its cell (passed on as written), and refuses it on an expense row", () => {
    const { header: h, rows } = linesOf(
      "body_code,type,project_id,purpose,line_id,item,amount,post,person,activities,枠\n" +
        "042056,coordinator,,,K1,,5600000,full-time,F,planning,ふるさと住民\n" +
        "042056,coordinator,,,K2,,500000,concurrent,G,planning,Furusato-Resident\n" +
        "042056,coordinator,,,K3,,500000,concurrent,H,planning,ふるさと住民コーディネーター\n" +
        "042056,coordinator,,,K4,,500000,concurrent,I,planning,ふるさと\n" +
        "042056,coordinator,,dual-residence,C1,,500000,concurrent,J,planning,\n" +
        "042056,,P1,dual-residence,F1,furusato.system-setup-and-operation,12000000,,,,furusato-resident\n",
    );
    expect(h.column("track")).toEqual({ letter: "K", header: "枠" });
    const { input, origin } = buildApplication("2026", {}, rows, h);
    const { coordinators, projects } = input as {
      coordinators: Record<string, unknown>[];
      projects: { expenses: Record<string, unknown>[] }[];
    };
    expect(coordinators.map((c) => c.track)).toEqual([
      "furusato-resident",
      "furusato-resident",
      "furusato-resident",
      "ふるさと",
      undefined,
    ]);
    expect(projects[0]?.expenses[0]).not.toHaveProperty("track");
    expect(rows.flatMap((r) => r.problems.map((p) => `${p.line}${p.column?.letter}:${p.code}`))).toEqual([
      "5K:invalid_value",
      "7K:wrong_row_type",
    ]);
    expect(rows[3]?.problems[0]?.message).toBe(
      'track "ふるさと" is not one of its values; write ふるさと住民 / ふるさと住民コーディネーター / ふるさと住民登録制度 / ふるさと住民登録制度（暫定） (furusato-resident), or leave it blank (this measure\'s coordinator)',
    );
    expect(rows[5]?.problems[0]?.message).toContain("an expense goes to the ふるさと住民 track by its item");
    expect(rows[5]?.unreadable).toBe(false);
    const at = locateLineIssue("$.coordinators[3].track", origin);
    expect(at && `${at.row.line}:${at.column ?? "-"}`).toBe("5:track");
  });

  it("reports a project whose rows disagree, a row of the wrong type, and an expense without a project", () => {
    const { header: h, rows } = linesOf(
      header +
        "042056,,P1,相談会,dual-residence,,,E1,information.consultation-events,1,,,,,,\n" +
        "042056,,P1,セミナー,migration,,,E2,information.consultation-events,1,,,,full-time,,\n" +
        "042056,,,,,,,E3,information.consultation-events,1,,,,,,\n" +
        "042056,guest,,,,,,E4,,1,,,,,,\n",
    );
    buildApplication("2025", {}, rows, h);
    const found = rows.flatMap((r) => r.problems.map((p) => `${p.line}${p.column?.letter}:${p.code}`));
    expect(found).toEqual([
      "3N:wrong_row_type",
      "3D:conflicting_value",
      "3E:conflicting_value",
      "4C:required",
      "5B:invalid_value",
    ]);
    expect(rows[3]?.unreadable).toBe(true);
  });
});

describe("core paths → cells", () => {
  it("maps expense, project and coordinator paths to their rows and columns", () => {
    const { header: h, rows } = linesOf(
      "body_code,type,project_id,purpose,line_id,item,amount,post,person,activities\n" +
        "042056,,P1,,E1,information.other,１２０,,,\n" +
        "042056,,P1,dual-residence,E2,opportunity.facilities,1,,,\n" +
        "042056,coordinator,,,C1,,1,x,A,planning;bad\n",
    );
    const { origin } = buildApplication("2025", {}, rows, h);
    const cell = (path: string) => {
      const at = locateLineIssue(path, origin);
      return at && `${at.row.line}:${at.column ?? "-"}`;
    };
    expect(cell("$.projects[0].expenses[0].amount")).toBe("2:amount");
    expect(cell("$.projects[0].expenses[1].facility")).toBe("3:facility_implementer");
    expect(cell("$.projects[0].expenses[1].facility.work")).toBe("3:facility_work");
    expect(cell("$.projects[0].expenses[0].cashHandout")).toBe("2:cash_handout");
    expect(cell("$.projects[0]")).toBe("3:purpose");
    expect(cell("$.projects[0].id")).toBe("2:project_id");
    expect(cell("$.coordinators[0]")).toBe("4:purpose");
    expect(cell("$.coordinators[0].activities[1]")).toBe("4:activities");
    expect(cell("$.coordinators[0].cost")).toBe("4:amount");
    expect(cell("$.coordinators[0].regionalStudy.inStrategyPlan")).toBe("4:in_strategy_plan");
    expect(cell("$.projects[7]")).toBeUndefined();
  });

  it("maps 特定財源 and double-claim paths to their columns; the parts above the amount to the first part filled", () => {
    const { header: h, rows } = linesOf(
      "body_code,type,project_id,purpose,line_id,item,amount,specific_revenue_national,specific_revenue_prefectural,specific_revenue_bonds,specific_revenue_other,also_claimed_under,post,person,activities\n" +
        "042056,,P1,dual-residence,E1,information.consultation-events,100,,60,,50,,,,\n" +
        "042056,coordinator,,dual-residence,C1,,100,,,200,,other,full-time,A,planning\n",
    );
    const { origin } = buildApplication("2025", {}, rows, h);
    const value = (row: LineRow, key: LineColumn) => h.value(row.fields, key);
    const cell = (path: string) => {
      const at = locateLineIssue(path, origin, value);
      return at && `${at.row.line}:${at.column ?? "-"}`;
    };
    expect(cell("$.projects[0].expenses[0].specificRevenue")).toBe("2:specific_revenue_prefectural");
    expect(cell("$.projects[0].expenses[0].specificRevenue.other")).toBe("2:specific_revenue_other");
    expect(cell("$.projects[0].expenses[0].alsoClaimedUnder[0]")).toBe("2:also_claimed_under");
    expect(cell("$.coordinators[0].specificRevenue")).toBe("3:specific_revenue_bonds");
    expect(cell("$.coordinators[0].specificRevenue.national")).toBe("3:specific_revenue_national");
    expect(cell("$.coordinators[0].alsoClaimedUnder")).toBe("3:also_claimed_under");
    expect(locateLineIssue("$.coordinators[0].specificRevenue", origin)?.column).toBe("specific_revenue_national");
  });

  it("maps body paths to bodies.csv columns", () => {
    expect(locateBodyIssue("$.body.code")).toBe("code");
    expect(locateBodyIssue("$.body")).toBe("fci");
    expect(locateBodyIssue("$.body.fiscalCapabilityIndex")).toBe("fci");
    expect(locateBodyIssue("$.body.fiscalCapabilityYears[1].need")).toBe("need_2");
    expect(locateBodyIssue("$.body.fiscalCapabilityYears")).toBe("revenue_1");
  });
});

describe("grouping by body", () => {
  it("yields one group per run of a body; a body that comes back is marked with its earlier lines", async () => {
    const { rows } = linesOf("body_code,line_id,amount\nA,1,1\nA,2,1\n,3,1\nB,4,1\nA,5,1\n");
    const groups = [];
    for await (const g of groupByBody(
      // eslint-disable-next-line @typescript-eslint/require-await -- an async generator over an array: the AsyncIterable groupByBody reads
      (async function* () {
        yield* rows;
      })(),
    ))
      groups.push({ code: g.code, lines: g.rows.map((r) => r.line), earlier: g.earlier });
    expect(groups).toEqual([
      { code: "A", lines: [2, 3, 4], earlier: undefined },
      { code: "B", lines: [5], earlier: undefined },
      { code: "A", lines: [6], earlier: { first: 2, last: 4 } },
    ]);
  });
});

describe("progress bar", () => {
  it("draws bodies done/total, lines and lines/s, fitted to the terminal", () => {
    expect(renderProgress({ bodiesDone: 10, linesDone: 5000, bytesRead: 50 }, 1788, 100, 2, 100)).toBe(
      `${"█".repeat(15)}${"░".repeat(15)} 10/1788 bodies · 5,000 lines · 2,500 lines/s`,
    );
    expect(renderProgress({ bodiesDone: 1, linesDone: 1, bytesRead: 0 }, 4, undefined, 1, 40)).toHaveLength(39);
    const drawn: string[] = [];
    let now = 0;
    const sizeless = new Progress(
      { isTTY: true, columns: 0, write: (t: string) => drawn.push(t) },
      true,
      4,
      undefined,
      () => now,
    ); // a pty with no size
    now = 2000;
    sizeless.update({ bodiesDone: 2, linesDone: 4, bytesRead: 0 });
    expect(drawn[0]).toContain("2/4 bodies");
  });

  it("stays silent for the first second, when not a terminal, and when disabled; erases itself at the end", () => {
    let now = 0;
    const written: string[] = [];
    const tty = { isTTY: true, columns: 80, write: (t: string) => written.push(t) };
    const state = { bodiesDone: 1, linesDone: 10, bytesRead: 1 };
    const bar = new Progress(tty, true, 2, 2, () => now);
    bar.update(state);
    expect(written).toEqual([]);
    now = 1500;
    bar.update(state);
    now = 1550;
    bar.update(state); // within 100 ms of the last draw
    expect(written).toHaveLength(1);
    bar.done();
    expect(written.at(-1)).toBe("\r\x1b[K");
    const pipe: string[] = [];
    const notTty = new Progress({ isTTY: false, write: (t: string) => pipe.push(t) }, true, 2, 2, () => now);
    const quiet = new Progress({ isTTY: true, write: (t: string) => pipe.push(t) }, false, 2, 2, () => 0);
    now = 5000;
    notTty.update(state);
    quiet.update(state);
    notTty.done();
    expect(pipe).toEqual([]);
  });
});

describe("problem messages", () => {
  it("name the file, line (and row when a cell above holds a line break) and column as Excel shows it", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(
      formatProblem({
        file: "lines.csv",
        line: 12,
        row: 11,
        column: { letter: "J", header: "amount" },
        code: "invalid_amount",
        message: "m",
      }),
    ).toBe("lines.csv line 12 (row 11), column J (amount): m");
    expect(
      formatProblem({
        file: "lines.csv",
        line: 3,
        column: { header: "purpose" },
        code: "missing_purpose",
        message: "m",
      }),
    ).toBe("lines.csv line 3, column purpose (not in the file): m");
    expect(formatProblem({ file: "bodies.csv", code: "empty_file", message: "m" })).toBe("bodies.csv: m");
  });
});

describe("value cells: ids or the library's Japanese names", () => {
  const columns = lineValueColumns();
  const read = (column: ValueColumn, text: string) => columns.get(column)!.read(text);

  it("takes each name from the library's own terms: the glossary, the rules' questions, the catalogs", () => {
    expect(read("post", "専任")).toEqual({ value: "full-time", problems: [] });
    expect(POSTS.map((p) => read("post", POST_TERMS[p].ja).value)).toEqual([...POSTS]);
    expect(OTHER_MEASURES.map((m) => read("also_claimed_under", OTHER_MEASURE_TERMS[m].ja).value)).toEqual([
      ...OTHER_MEASURES,
    ]);
    expect(read("purpose", MEASURE_POLICY_TERMS.migration.ja).value).toBe("migration");
    expect(bodyKindValues().read(BODY_KIND_TERMS.prefecture.ja).value).toBe("prefecture");
    const { rules } = getRuleset(2025);
    for (const [column, question] of [
      ["facility_work", rules.fn2.facts.questions[1]],
      ["system_phase", rules.fn1.facts.questions[0]],
      ["cash_handout", rules.fn3.facts.questions[0]],
    ] as const) {
      for (const option of question!.options) expect(read(column, option.label.ja).value).toBe(String(option.value));
    }
    for (const year of [2025, 2026]) {
      const { catalog } = getRuleset(year);
      for (const item of catalog.items) expect(read("item", item.label.ja).value).toBe(item.id);
      for (const a of catalog.coordinatorActivities) expect(read("activities", a.label.ja).value).toBe(a.id);
    }
  });

  it("names no two ids alike: every Japanese label of every year's catalog is one item's", () => {
    const labels = new Map<string, Set<string>>();
    for (const year of [2025, 2026])
      for (const item of getRuleset(year).catalog.items)
        labels.set(item.label.ja, new Set([...(labels.get(item.label.ja) ?? []), item.id]));
    expect([...labels.values()].filter((ids) => ids.size > 1)).toEqual([]);
  });

  it("reads ids in any case, names exactly, and TRUE/FALSE as はい/いいえ", () => {
    expect(read("item", "Information.Consultation-Events").value).toBe("information.consultation-events");
    expect(read("track", "Furusato-Resident").value).toBe("furusato-resident");
    expect(read("cash_handout", "True").value).toBe("true");
    expect(read("cash_handout", "いいえ").value).toBe("false");
    expect(read("purpose", "二地域居住･関係人口").problems[0]?.code).toBe("invalid_value"); // a half-width ･
    expect(read("cash_handout", "yes").problems[0]?.code).toBe("invalid_type");
    expect(read("item", "x").problems[0]?.code).toBe("unknown_item");
  });

  it("reads a list by whole names, though a name holds 、, separated by ; , 、 or spaces", () => {
    const both =
      "二地域居住・関係人口に関する施策の企画・立案・実行の支援、二地域居住希望者等への情報提供や相談対応、円滑な地域生活への支援";
    expect(read("activities", both)).toEqual({ value: "planning;consultation-and-living-support", problems: [] });
    expect(read("activities", " planning ; 地域留学の支援 other")).toEqual({
      value: "planning;regional-study-support;other",
      problems: [],
    });
    const bad = read("activities", "planning、企画、相談");
    expect(bad.value).toBe("planning;企画;相談");
    expect(bad.problems.map((p) => p.message.replace(/;.*/, ""))).toEqual([
      'unknown activity "企画"',
      'unknown activity "相談"',
    ]);
    expect(read("also_claimed_under", "移住・定住対策に要する経費;other").value).toBe("migration-settlement;other");
  });
});

describe("amounts as Excel writes them", () => {
  it("lets the library's rules read an amount, and says how to fix one of Excel's spellings", () => {
    expect(amountProblem("1,200,000", "amount")).toBeUndefined();
    expect(amountProblem("0", "specific_revenue_other")).toBeUndefined();
    expect(amountProblem("¥", "amount")?.message).toContain("with Excel's accounting zero: write 0");
    expect(amountProblem("-", "specific_revenue_bonds")?.message).toContain("write 0 (or leave the cell blank");
    expect(amountProblem("0.00", "amount")?.message).toContain("or write 0");
    expect(amountProblem("1.5", "amount")).toEqual({
      code: "invalid_amount",
      message: 'amount "1.5" has a fraction; give whole yen (円未満は不可)',
    });
    expect(amountProblem("１２０", "amount")?.message).toContain("full-width");
  });
});
