import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../package/stage-package.js";

// Each example runs as a user would run it (`npx tsx examples/…`), and prints what the docs say it prints.
function runExample(file: string, args: readonly string[] = []): string {
  const result = spawnSync(join(REPO, "node_modules/.bin/tsx"), [join(REPO, "examples", file), ...args], {
    cwd: REPO,
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

describe("examples/", () => {
  it("print-trace.ts (npm run example) prints 気仙沼市's trace and verifies it", () => {
    const out = runExample("print-trace.ts");
    expect(out).toMatch(/算定額（千円、四捨五入）.*\b11,400千円/);
    expect(out).toMatch(/算定額（千円、四捨五入）.*\b450千円/);
    expect(out.trimEnd().endsWith("verify: ok")).toBe(true);
    expect(runExample("print-trace.ts", ["en"])).toContain("verify: ok");
  }, 30_000);

  it("classify-expenses.ts classifies each line, and reports the one with a missing fact", () => {
    const lines = runExample("classify-expenses.ts").trimEnd().split("\n");
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "E1 eligible",
      "E2 excluded",
      "E3 eligible",
      "E4 excluded",
      "E5 excluded",
      "E6 eligible",
      "E7 input",
    ]);
    expect(lines[1]).toContain("fn2");
    expect(lines[3]).toContain("fn1");
    expect(lines[4]).toContain("fn3");
    expect(lines[5]).toContain("[要確認: other-item]");
    expect(lines[6]).toContain("$.facility: opportunity.facilities needs ※2 fact facility");
  }, 30_000);

  it("budget-analyst.ts sums five bodies to the hand-worked 20,121千円 (FCIs from the registry)", () => {
    const rows = runExample("budget-analyst.ts")
      .split("\n")
      .map((l) => l.trim().split(/\s{2,}/));
    const row = (code: string) => rows.find((r) => r[0] === code);
    // code, name, FCI, 補正, 対象経費, 施策分, コーディネーター, 千円, 移住分千円, 除外, 要確認, verify
    expect(row("042056")).toEqual([
      "042056",
      "気仙沼市",
      "0.45",
      "1.00",
      "3600000",
      "1800000",
      "4800000",
      "6600",
      "0",
      "0",
      "0",
      "ok",
    ]);
    // 高山市: FY2024 published 0.54 → 11/6 − 5/3 × 0.54 = 0.9333… half-up 0.93; 8,350,000 × 0.5 × 0.93 = 3,882,750;
    // coordinator 520,000 capped at 400,000; 4,282,750 → 4,283千円.
    expect(row("212032")).toEqual([
      "212032",
      "高山市",
      "0.54",
      "0.93",
      "8350000",
      "3882750",
      "400000",
      "4283",
      "0",
      "1",
      "0",
      "ok",
    ]);
    // 福島県: FY2024 published 0.51927 → 0.52; 7/3 − 8/3 × 0.52 = 0.9466… → 0.95; 4,500,000 × 0.5 × 0.95 = 2,137,500 → 2,138千円.
    expect(row("070009")).toEqual([
      "070009",
      "福島県",
      "0.52",
      "0.95",
      "4500000",
      "2137500",
      "0",
      "2138",
      "0",
      "1",
      "0",
      "ok",
    ]);
    expect(row("130001")).toEqual([
      "130001",
      "東京都",
      "1.21",
      "0.20",
      "2000000",
      "200000",
      "0",
      "200",
      "0",
      "0",
      "0",
      "ok",
    ]);
    expect(row("325252")).toEqual([
      "325252",
      "海士町",
      "0.10",
      "1.00",
      "3800000",
      "1900000",
      "5000000",
      "6900",
      "500",
      "0",
      "1",
      "ok",
    ]);
    // 6,600 + 4,283 + 2,138 + 200 + 6,900 = 20,121.
    expect(row("合計")).toEqual(["合計", "5 bodies", "20121", "500"]);
  }, 30_000);
});
