import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verify } from "../../src/index.js";
import { readCsvFile, runBatch, runCli, useBuiltCli } from "./built-cli.js";

// The built `dra batch` on FY2026's provisional ふるさと住民 track: the track column (枠) of coordinator rows,
// its figures in summary.csv apart from this measure's total, `furusato-resident` in lines.csv's measure,
// and a bad track named at its cell.
const built = useBuiltCli();

// FY2026 needs the 財政力指数 given (the registry has FY2024's, for FY2025): 0.45 → 財政力補正 1.00.
const BODIES = "code,fci\n042056,0.45\n";
const HEADER = "body_code,type,project_id,purpose,line_id,item,amount,post,person,activities,track\n";
/** This measure's lines: 1,200,000 × 0.5 × 1.00 = 600,000; the coordinator 6,200,000 → 5,000,000 (cap). */
const MEASURE_ROWS =
  "042056,,P1,dual-residence,E1,information.consultation-events,1200000,,,,\n" +
  "042056,coordinator,,dual-residence,C1,,6200000,full-time,A,planning,\n";
/** The track's: 12,000,000 → 10,000,000 (cap) × 0.5 × 1.00 = 5,000,000; K1 5,600,000 → 5,000,000 (cap). */
const TRACK_COORDINATOR =
  "042056,coordinator,,,K1,,5600000,full-time,F,consultation-and-living-support,furusato-resident\n";
const TRACK_ROWS = '042056,,P1,,F1,furusato.system-setup-and-operation,"12,000,000",,,,\n' + TRACK_COORDINATOR;
const ON_TRACK = HEADER + MEASURE_ROWS + TRACK_ROWS;

/** Writes the two files and runs `dra batch` on them; returns the run and where it wrote. */
const batch = (lines: string, ...options: string[]) => runBatch(built, BODIES, lines, ...options);

const FURUSATO_COLUMNS = [
  "furusato_project_cost_yen",
  "furusato_specific_revenue_yen",
  "furusato_own_burden_yen",
  "furusato_eligible_costs_yen",
  "furusato_capped_costs_yen",
  "furusato_costs_yen",
  "furusato_coordinators_yen",
  "furusato_total_yen",
  "furusato_total_thousand_yen",
];

describe("dra batch with the ふるさと住民 track (FY2026)", () => {
  it("gives the track's figures in summary.csv, apart from this measure's total", async () => {
    const result = await batch(ON_TRACK, "--fiscal-year", "2026");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "1 body computed, total 5,600 千円 (dual-residence measure), ふるさと住民 track 10,000 千円 (provisional, 1 body; not in the total)",
    );
    const summary = readCsvFile(join(result.out, "summary.csv"));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({
      body_code: "042056",
      body_name: "気仙沼市",
      status: "ok",
      lines: "4",
      fiscal_correction: "1.00",
      // This measure: as without the track's rows (next test).
      project_cost_yen: "7400000",
      eligible_costs_yen: "1200000",
      measure_costs_yen: "600000",
      coordinators_yen: "5000000",
      total_yen: "5600000",
      total_thousand_yen: "5600",
      migration_total_yen: "0",
      // The track: 事業費 12,000,000 + 5,600,000; min(12,000,000, 10,000,000) × 0.5 × 1.00 + 5,000,000.
      furusato_project_cost_yen: "17600000",
      furusato_specific_revenue_yen: "0",
      furusato_own_burden_yen: "17600000",
      furusato_eligible_costs_yen: "12000000",
      furusato_capped_costs_yen: "10000000",
      furusato_costs_yen: "5000000",
      furusato_coordinators_yen: "5000000",
      furusato_total_yen: "10000000",
      furusato_total_thousand_yen: "10000",
      eligible_lines: "2",
      capped_lines: "2",
      needs_review_lines: "2",
      problems: "0",
    });
    // The new columns come after the migration measure's, before the counts.
    const head = readFileSync(join(result.out, "summary.csv"), "utf8").split("\r\n")[0] ?? "";
    expect(head).toContain(`migration_total_thousand_yen,${FURUSATO_COLUMNS.join(",")},eligible_lines,`);
  });

  it("leaves this measure's figures as they are without the track's rows, and the track's cells blank", async () => {
    const withTrack = readCsvFile(join((await batch(ON_TRACK, "--fiscal-year", "2026", "-q")).out, "summary.csv"));
    const without = await batch(HEADER + MEASURE_ROWS, "--fiscal-year", "2026");
    expect(without.code).toBe(0);
    expect(without.stdout).not.toContain("ふるさと住民");
    const [plain] = readCsvFile(join(without.out, "summary.csv"));
    const measure = (row: Record<string, string> | undefined) =>
      Object.fromEntries(
        Object.entries(row ?? {}).filter(([k]) => !k.startsWith("furusato_") && !k.endsWith("_lines") && k !== "lines"),
      );
    expect(measure(plain)).toEqual(measure(withTrack[0]));
    expect(plain).toMatchObject({ total_yen: "5600000", total_thousand_yen: "5600" });
    for (const column of FURUSATO_COLUMNS) expect(plain?.[column]).toBe("");
  });

  it("puts the track's lines under measure furusato-resident in lines.csv, flagged provisional", async () => {
    const result = await batch(ON_TRACK, "--fiscal-year", "2026", "-q");
    const lines = readCsvFile(join(result.out, "lines.csv"));
    expect(
      lines.map((l) => [l.line_id, l.measure, l.disposition, l.eligible_yen, l.excluded_yen, l.rules, l.needs_review]),
    ).toEqual([
      ["E1", "dual-residence", "eligible", "1200000", "0", "", ""],
      ["C1", "dual-residence", "capped", "5000000", "1200000", "coordinator-cap", ""],
      // The track's cost cap is on the body's sum: the line keeps its whole eligible yen.
      ["F1", "furusato-resident", "eligible", "12000000", "0", "", "furusato-provisional"],
      ["K1", "furusato-resident", "capped", "5000000", "600000", "coordinator-cap", "furusato-provisional"],
    ]);
  });

  it("reads the column headed 枠 (or トラック) with the Japanese values, and gives the same files with --json", async () => {
    const plain = await batch(ON_TRACK, "--fiscal-year", "2026", "-q");
    for (const [heading, value] of [
      ["枠", "ふるさと住民"],
      ["トラック", "ふるさと住民コーディネーター"],
    ] as const) {
      const japanese = await batch(
        ON_TRACK.replace(",track\n", `,${heading}\n`).replace(",furusato-resident\n", `,${value}\n`),
        "--fiscal-year",
        "2026",
        "-q",
        "--json",
      );
      expect(japanese.stderr).toBe("");
      expect(readCsvFile(join(japanese.out, "summary.csv"))).toEqual(readCsvFile(join(plain.out, "summary.csv")));
      expect(readCsvFile(join(japanese.out, "lines.csv"))).toEqual(readCsvFile(join(plain.out, "lines.csv")));
      const calculation = JSON.parse(readFileSync(join(japanese.out, "calculations/042056.json"), "utf8")) as {
        allocation: { furusatoResident?: { totalThousandYen: string } };
      };
      expect(calculation.allocation.furusatoResident?.totalThousandYen).toBe("10000");
      expect(verify(calculation).ok).toBe(true);
    }
  });

  it("names a bad track value at its cell, and a track on an expense row (strict: nothing written)", async () => {
    const result = await batch(
      HEADER +
        MEASURE_ROWS +
        '042056,,P1,,F1,furusato.system-setup-and-operation,"12,000,000",,,,furusato-resident\n' +
        "042056,coordinator,,,K1,,5600000,full-time,F,planning,ふるさと\n",
      "--fiscal-year",
      "2026",
    );
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      "lines.csv line 4, column K (track): track applies to coordinator rows only: an expense goes to the ふるさと住民 track by its item (e.g. furusato.system-setup-and-operation), not by this column; clear the cell, or set type to coordinator for a ふるさと住民コーディネーター",
      'lines.csv line 5, column K (track): track "ふるさと" is not one of its values; write ふるさと住民 / ふるさと住民コーディネーター / ふるさと住民登録制度 / ふるさと住民登録制度（暫定） (furusato-resident), or leave it blank (this measure\'s coordinator)',
    ]);
    expect(existsSync(result.out)).toBe(false);
  });

  it("names a purpose given on a track row at its cell", async () => {
    const result = await batch(
      HEADER + MEASURE_ROWS + TRACK_ROWS.replace(",,K1,", ",dual-residence,K1,"),
      "--fiscal-year",
      "2026",
    );
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^lines\.csv line 5, column D \(purpose\): primaryPurpose does not apply to a record of the ふるさと住民 track/,
      ),
    ]);
  });

  it("refuses the track on an FY2025 body at its cell (with --skip-invalid, in errors.csv)", async () => {
    const result = await batch(HEADER + MEASURE_ROWS + TRACK_COORDINATOR, "-q");
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      "lines.csv line 4, column K (track): the ふるさと住民 track exists from FY2026 (provisional); FY2025 has no such track: compute the application under FY2026, or remove track and give the record a primaryPurpose",
    ]);
    const skipped = await batch(HEADER + MEASURE_ROWS + TRACK_ROWS, "--skip-invalid", "-q");
    expect(skipped.code).toBe(1);
    const errors = readCsvFile(join(skipped.out, "errors.csv"));
    expect(errors.map((e) => [e.line, e.column, e.header, e.body_code, e.code])).toEqual([
      ["4", "F", "item", "042056", "unknown_item"],
      ["5", "K", "track", "042056", "invalid_value"],
    ]);
    expect(errors[1]?.message).toContain("exists from FY2026");
    expect(
      readCsvFile(join(skipped.out, "summary.csv")).map((r) => [r.status, r.total_yen, r.furusato_total_yen]),
    ).toEqual([["invalid", "", ""]]);
  });
});

describe("dra batch, FY2026, a body given by its code alone", () => {
  it("asks for the 財政力指数 in the words of bodies.csv's columns", async () => {
    const at = join(built.dir, "code-only-2026");
    mkdirSync(at);
    writeFileSync(join(at, "bodies.csv"), "code\n042056\n");
    writeFileSync(join(at, "lines.csv"), HEADER + MEASURE_ROWS);
    const result = await runCli(
      built.cli,
      ["batch", "bodies.csv", "lines.csv", "--out", "out", "--fiscal-year", "2026"],
      {
        cwd: at,
      },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      "give the 財政力指数: the fci column (財政力指数, e.g. 0.45) or revenue_1…need_3 (三か年の基準財政収入額・需要額): an FY2026 allocation uses the 財政力指数 published for FY2025, which the registry does not hold yet",
    );
  });
});
