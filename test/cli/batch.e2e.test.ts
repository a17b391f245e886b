import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verify } from "../../src/index.js";
import { parseCsv } from "../../src/cli/csv/reader.js";
import { buildCli, readCsvFile, REPO, runCli, scratch, type Run } from "./built-cli.js";

// The built `dra batch` on the example set in fixtures/batch/ (real bodies, made-up spending).
const BODIES = join(REPO, "fixtures/batch/bodies.csv");
const LINES = join(REPO, "fixtures/batch/lines.csv");
/** Data rows of the example lines.csv (header excluded). */
const INPUT_ROWS = parseCsv(readFileSync(LINES, "utf8").slice(1)).length - 1;

let cli: string;
let cleanBuild: () => void;
let dir: string;
let cleanDir: () => void;
let run: Run;

beforeAll(async () => {
  ({ cli, cleanup: cleanBuild } = await buildCli());
  ({ dir, cleanup: cleanDir } = scratch());
  run = await runCli(cli, ["batch", BODIES, LINES, "--out", join(dir, "out"), "--json"]);
}, 60_000);
afterAll(() => {
  cleanBuild();
  cleanDir();
});

describe("dra batch on the example set", () => {
  it("exits 0, says what it wrote on stdout, and nothing on stderr (no TTY, so no progress bar)", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^dra batch: FY2025 \(令和7年度, the default: --fiscal-year to choose\); 238 lines of 30 bodies; 30 bodies computed, total [\d,]+ 千円/,
    );
    expect(INPUT_ROWS).toBe(238);
  });

  it("writes one lines.csv row per input row, in input order, each conserving its yen", () => {
    const lines = readCsvFile(join(dir, "out/lines.csv"));
    expect(lines).toHaveLength(INPUT_ROWS);
    expect(lines.map((l) => Number(l.line))).toEqual(Array.from({ length: INPUT_ROWS }, (_, i) => i + 2));
    for (const l of lines) {
      expect(["eligible", "excluded", "capped"]).toContain(l.disposition);
      expect(BigInt(l.amount_yen!)).toBe(BigInt(l.specific_revenue_yen!) + BigInt(l.own_burden_yen!));
      expect(BigInt(l.own_burden_yen!)).toBe(BigInt(l.eligible_yen!) + BigInt(l.excluded_yen!));
    }
  });

  it("computes the hand-worked bodies (see fixtures/batch/README.md)", () => {
    const summary = new Map(readCsvFile(join(dir, "out/summary.csv")).map((r) => [r.body_code, r]));
    expect(summary.size).toBe(30);
    // 気仙沼市: (1,200,000 + 800,000) × 0.5 × 1.00 + 5,000,000 = 6,000,000; E2 private new build out (※2); C1 capped.
    expect(summary.get("042056")).toMatchObject({
      body_name: "気仙沼市",
      status: "ok",
      lines: "4",
      fiscal_correction: "1.00",
      eligible_costs_yen: "2000000",
      measure_costs_yen: "1000000",
      coordinators_yen: "5000000",
      total_yen: "6000000",
      total_thousand_yen: "6000",
      eligible_lines: "2",
      excluded_lines: "1",
      capped_lines: "1",
      needs_review_lines: "0",
    });
    // 福島県: FCI 0.52158 → 0.52 → 0.95; 2,000,000 × 0.5 × 0.95 = 950,000 + 400,000 (兼任 cap) = 1,350,000.
    expect(summary.get("070009")).toMatchObject({
      fiscal_capability_index: "0.52",
      fiscal_correction: "0.95",
      total_yen: "1350000",
      total_thousand_yen: "1350",
      excluded_lines: "1",
      capped_lines: "1",
    });
    // 東京都: 1.07 → 0.20: 10,000,000 × 0.5 × 0.2 = 1,000,000; migration: 4,000,000 × 0.5 = 2,000,000 (needs review).
    expect(summary.get("130001")).toMatchObject({
      fiscal_correction: "0.20",
      total_thousand_yen: "1000",
      migration_total_yen: "2000000",
      migration_total_thousand_yen: "2000",
      needs_review_lines: "1",
    });
    expect(summary.get("152269")).toMatchObject({ total_yen: "750000", total_thousand_yen: "750" });
    expect(summary.get("212156")).toMatchObject({ total_yen: "1200000", total_thousand_yen: "1200" });
    // 福知山市: 0.53 → 0.95; 1,234,567 × 0.5 × 0.95 = 586,419.325 → 586 千円.
    expect(summary.get("262013")).toMatchObject({
      fiscal_correction: "0.95",
      measure_costs_yen: "586419.325",
      total_thousand_yen: "586",
    });
  });

  it("gives each line's disposition and rules", () => {
    const kesennuma = readCsvFile(join(dir, "out/lines.csv")).filter((l) => l.body_code === "042056");
    expect(kesennuma.map((l) => [l.line_id, l.amount, l.disposition, l.eligible_yen, l.rules])).toEqual([
      ["E1", "1,200,000", "eligible", "1200000", ""],
      ["E2", "30000000", "excluded", "0", "fn2"],
      ["E3", "800000", "eligible", "800000", ""],
      ["C1", "6200000", "capped", "5000000", "coordinator-cap"],
    ]);
  });

  it("writes one calculation per body that verifies and agrees with the summary; errors.csv has only its header", () => {
    const all = readdirSync(join(dir, "out/calculations")).sort();
    const files = all.filter((f) => f.endsWith(".json"));
    expect(files).toHaveLength(30);
    // Beside each, its 計算書 (report.html links to it).
    expect(all.filter((f) => f.endsWith(".html"))).toEqual(files.map((f) => f.replace(/\.json$/, ".html")));
    const summary = new Map(readCsvFile(join(dir, "out/summary.csv")).map((r) => [r.body_code, r]));
    for (const file of files) {
      const calculation = JSON.parse(readFileSync(join(dir, "out/calculations", file), "utf8")) as {
        body: { code: string };
        allocation: { totalYen: string };
      };
      expect(verify(calculation).ok).toBe(true);
      expect(summary.get(calculation.body.code)?.total_yen).toBe(calculation.allocation.totalYen);
      expect(file).toBe(`${calculation.body.code}.json`);
    }
    expect(readCsvFile(join(dir, "out/errors.csv"))).toEqual([]);
  });

  it("without --json summarizes each body (no trace) and writes the same CSV files", async () => {
    const out = join(dir, "no-json");
    const plain = await runCli(cli, ["batch", BODIES, LINES, "--out", out, "-q"]);
    expect(plain.code).toBe(0);
    expect(existsSync(join(out, "calculations"))).toBe(false);
    for (const file of ["summary.csv", "lines.csv", "errors.csv"]) {
      expect(readFileSync(join(out, file), "utf8"), file).toBe(readFileSync(join(dir, "out", file), "utf8"));
    }
  });

  it("reads lines.csv from stdin (-), headed in Japanese, with the same result", async () => {
    const text = readFileSync(LINES, "utf8");
    const newline = text.indexOf("\r\n");
    const japanese =
      "団体コード,種別,事業ID,事業名,主たる目的,比重_二地域居住,比重_移住,明細ID,経費区分,金額,現金給付,システム構築維持,デジタル債充当,施設実施主体,施設工事,地域活性化債充当,地域外生徒受入,学校魅力化主目的,総合戦略位置付け,内容,専任兼任,人物,氏名,活動,#注記";
    const again = await runCli(cli, ["batch", BODIES, "-", "--out", join(dir, "stdin-out"), "-q", "--lang", "en"], {
      stdin: japanese + text.slice(newline),
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("");
    expect(readFileSync(join(dir, "stdin-out/summary.csv"), "utf8")).toBe(
      readFileSync(join(dir, "out/summary.csv"), "utf8"),
    );
  });

  it("fails when lines.csv is not grouped by body, naming the line where a body comes back, and writes nothing", async () => {
    // The first row of 気仙沼市 moved to the end: the body's other three rows stay where they were.
    const [header, ...rows] = readFileSync(LINES, "utf8").trimEnd().split("\r\n");
    const moved = rows.findIndex((r) => r.startsWith("042056,"));
    const shuffled = [header, ...rows.slice(0, moved), ...rows.slice(moved + 1), rows[moved], ""].join("\r\n");
    const file = join(dir, "ungrouped.csv");
    writeFileSync(file, shuffled);
    const out = join(dir, "ungrouped-out");
    for (const mode of ["--strict", "--skip-invalid"]) {
      const result = await runCli(cli, ["batch", BODIES, file, "--out", out, mode]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `ungrouped.csv line ${INPUT_ROWS + 1}, column A (body_code): body 042056 comes back here after other bodies (its rows were on lines ${moved + 2}–${moved + 4})`,
      );
      expect(existsSync(out)).toBe(false);
      // With --skip-invalid, why the flag wrote nothing either.
      if (mode === "--skip-invalid") expect(result.stderr).toContain("these problems are of the files: fix them first");
    }
  });
});
