import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvFile, runBatch, useBuiltCli } from "./built-cli.js";

// The built `dra batch` on the own burden (issue 13): 特定財源 columns deducted before the rules, a cost also
// claimed under another 算定事項 out whole, the funding totals in summary.csv, and bad cells named by row.
const built = useBuiltCli();

const BODIES = "code,name,kind,fci\n042056,気仙沼市,municipality,0.45\n070009,福島県,prefecture,0.52158\n";
const HEADER =
  "body_code,type,project_id,purpose,line_id,item,amount,specific_revenue_national,specific_revenue_prefectural,specific_revenue_bonds,specific_revenue_other,also_claimed_under,post,person,activities\n";
const JAPANESE_HEADER =
  "団体コード,種別,事業ID,主たる目的,明細ID,経費区分,金額,特定財源_国庫支出金,特定財源_都道府県支出金,特定財源_地方債,特定財源_その他,重複計上先,専任兼任,人物,活動\n";
const FUNDED =
  HEADER +
  // Half national grant: 1,200,000 − 600,000 = 600,000 own burden, all eligible.
  '042056,,P1,dual-residence,E1,information.consultation-events,"1,200,000","600,000",,,,,,,\n' +
  // The same cost also claimed under 移住・定住対策: out, whole.
  "042056,,P1,,E2,opportunity.fan-club,800000,,,,,migration-settlement,,,\n" +
  // ※5 sends it to the migration measure: 1,000,000 − 200,000 (都道府県支出金) = 800,000 × 0.5 = 400,000.
  "042056,,P2,migration,E3,information.consultation-events,1000000,,200000,,,,,,\n" +
  // A concurrent coordinator: 400,000 − 100,000 (その他) = 300,000, within the 400,000 cap.
  "042056,coordinator,,dual-residence,C1,,400000,,,,100000,,concurrent,A,planning\n" +
  // Nothing stated: as before.
  "070009,,P1,dual-residence,E1,information.telework-environment,2000000,,,,,,,,\n";

/** Writes the two files and runs `dra batch` on them; returns the run and where it wrote. */
const batch = (lines: string, ...options: string[]) => runBatch(built, BODIES, lines, ...options);

describe("dra batch with 特定財源 and double claims", () => {
  it("deducts each line's 特定財源 before the rules and puts a double-claimed line out (lines.csv)", async () => {
    const result = await batch(FUNDED, "-q");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = readCsvFile(join(result.out, "lines.csv"));
    expect(
      lines.map((l) => [
        l.body_code,
        l.line_id,
        l.measure,
        l.disposition,
        l.amount_yen,
        l.specific_revenue_yen,
        l.own_burden_yen,
        l.eligible_yen,
        l.excluded_yen,
        l.rules,
      ]),
    ).toEqual([
      ["042056", "E1", "dual-residence", "eligible", "1200000", "600000", "600000", "600000", "0", ""],
      ["042056", "E2", "dual-residence", "excluded", "800000", "0", "800000", "0", "800000", "double-claim"],
      ["042056", "E3", "migration", "eligible", "1000000", "200000", "800000", "800000", "0", "fn5"],
      ["042056", "C1", "dual-residence", "eligible", "400000", "100000", "300000", "300000", "0", ""],
      ["070009", "E1", "dual-residence", "eligible", "2000000", "0", "2000000", "2000000", "0", ""],
    ]);
    for (const l of lines) {
      expect(BigInt(l.amount_yen!)).toBe(BigInt(l.specific_revenue_yen!) + BigInt(l.own_burden_yen!));
      expect(BigInt(l.own_burden_yen!)).toBe(BigInt(l.eligible_yen!) + BigInt(l.excluded_yen!));
    }
  });

  it("gives each body's 事業費, 特定財源 and 一般財源等 per measure (summary.csv)", async () => {
    const result = await batch(FUNDED, "-q");
    const summary = readCsvFile(join(result.out, "summary.csv"));
    // 気仙沼市: 事業費 1,200,000 + 800,000 + 400,000 = 2,400,000; 特定財源 600,000 + 100,000 = 700,000.
    // 600,000 × 0.5 × 1.00 + 300,000 (coordinator) = 600,000; migration 800,000 × 0.5 = 400,000.
    expect(summary[0]).toMatchObject({
      body_code: "042056",
      status: "ok",
      project_cost_yen: "2400000",
      specific_revenue_yen: "700000",
      own_burden_yen: "1700000",
      eligible_costs_yen: "600000",
      measure_costs_yen: "300000",
      coordinators_yen: "300000",
      total_yen: "600000",
      total_thousand_yen: "600",
      migration_project_cost_yen: "1000000",
      migration_specific_revenue_yen: "200000",
      migration_own_burden_yen: "800000",
      migration_total_yen: "400000",
      eligible_lines: "3",
      excluded_lines: "1",
    });
    expect(summary[1]).toMatchObject({
      body_code: "070009",
      project_cost_yen: "2000000",
      specific_revenue_yen: "0",
      own_burden_yen: "2000000",
      total_yen: "950000",
      migration_project_cost_yen: "0",
    });
  });

  it("reads the same columns headed in Japanese, with the list separated by 、", async () => {
    const plain = await batch(FUNDED, "-q");
    const japanese = await batch(
      JAPANESE_HEADER +
        FUNDED.slice(HEADER.length).replace(
          "migration-settlement",
          "migration-settlement、regional-revitalization-promotion",
        ),
      "-q",
      // Japanese headers write Japanese files by default; the English ones compare with the plain run.
      "--lang",
      "en",
    );
    expect(japanese.stderr).toBe("");
    expect(readCsvFile(join(japanese.out, "summary.csv"))).toEqual(readCsvFile(join(plain.out, "summary.csv")));
    expect(readCsvFile(join(japanese.out, "lines.csv"))[1]).toMatchObject({
      disposition: "excluded",
      rules: "double-claim",
    });
  });

  it("asks for a description when a line is also claimed under another measure", async () => {
    const result = await batch(FUNDED.replace("migration-settlement", "migration-settlement;other"));
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^lines\.csv line 3, column description \(not in the file\): alsoClaimedUnder lists "other": give a description that names the other measure/,
      ),
    ]);
  });

  const BAD =
    HEADER +
    // 600,000 + 500,000 above the amount 1,000,000.
    "042056,,P1,dual-residence,E1,information.consultation-events,1000000,600000,,,500000,,,,\n" +
    "042056,,P1,,E2,opportunity.fan-club,800000,８００,,,,migration,,,\n" +
    "042056,coordinator,,dual-residence,C1,,400000,,,500000,,,concurrent,A,planning\n" +
    "070009,,P1,dual-residence,E1,information.telework-environment,2000000,,,,,,,,\n";

  it("names each bad funding cell by line and column, all at once, and writes nothing (strict)", async () => {
    const result = await batch(BAD);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      "lines.csv line 2, column H (specific_revenue_national): 特定財源 total ¥1,100,000 is more than the amount ¥1,000,000; the parts of specificRevenue fund this line's cost and cannot exceed it: correct the parts or the amount",
      'lines.csv line 3, column H (specific_revenue_national): amount "８００" has full-width characters; write half-width digits (半角数字), e.g. "1200000"',
      expect.stringMatching(
        /^lines\.csv line 3, column L \(also_claimed_under\): unknown measure "migration"; write ids or Japanese names, separated by ";": 移住・定住対策に要する経費 \(migration-settlement\), /,
      ),
      expect.stringMatching(
        /^lines\.csv line 4, column J \(specific_revenue_bonds\): 特定財源 total ¥500,000 is more than the cost ¥400,000/,
      ),
    ]);
    expect(existsSync(result.out)).toBe(false);
  });

  it("with --skip-invalid, lists them in errors.csv with their rows and writes the good body", async () => {
    const result = await batch(BAD, "--skip-invalid", "-q");
    expect(result.code).toBe(1);
    const errors = readCsvFile(join(result.out, "errors.csv"));
    expect(errors.map((e) => [e.line, e.column, e.header, e.body_code, e.code])).toEqual([
      ["2", "H", "specific_revenue_national", "042056", "specific_revenue_exceeds_amount"],
      ["3", "L", "also_claimed_under", "042056", "invalid_value"],
      ["3", "H", "specific_revenue_national", "042056", "invalid_amount"],
      ["4", "J", "specific_revenue_bonds", "042056", "specific_revenue_exceeds_amount"],
    ]);
    const lines = readCsvFile(join(result.out, "lines.csv"));
    expect(lines.map((l) => [l.line_id, l.disposition, l.specific_revenue_yen, l.own_burden_yen])).toEqual([
      ["E1", "invalid", "", ""],
      ["E2", "invalid", "", ""],
      ["C1", "invalid", "", ""],
      ["E1", "eligible", "0", "2000000"],
    ]);
    expect(readCsvFile(join(result.out, "summary.csv")).map((r) => [r.body_code, r.status, r.own_burden_yen])).toEqual([
      ["042056", "invalid", ""],
      ["070009", "ok", "2000000"],
    ]);
  });
});
