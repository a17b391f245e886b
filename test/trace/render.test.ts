import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, renderTrace, type Calculation } from "../../src/index.js";
import { readmeApplication, validApplication } from "../support.js";
import { wordSteps } from "../../src/index.js";

const calculation = calculate(validApplication());
// 4,200,000 eligible × 0.5 × 1.00 = 2,100,000; coordinator 6,200,000 capped at 5,000,000; 7,100,000 → 7,100 千円
// (validApplication: E1 1,200,000 + E2 3,000,000.)

/** The README's application: E1 1,200,000 counts, E2 30,000,000 is out by ※2, C1 6,200,000 capped at 5,000,000. */
const readme = calculate(readmeApplication());

/** The README's application with E1's 1,200,000 half met by a national subsidy. */
function withSubsidy(): ReturnType<typeof calculate> {
  const application = readmeApplication();
  application.projects[0].expenses[0].specificRevenue = { national: "600000" };
  return calculate(application);
}

const fixture = (name: string): unknown =>
  (JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), "utf8")) as { input: unknown })
    .input;

describe("renderTrace", () => {
  it("writes the Japanese Markdown with the totals a reader can recompute", () => {
    const md = renderTrace(calculation);
    expect(md).toContain("# 二地域居住・関係人口に係る特別交付税措置 計算書");
    // Exact yen and 千円 side by side (千円 exact until the one rounding of the 算定額).
    expect(md).toContain("| 算定対象経費（経費） | 4,200,000円 | 4,200千円 |");
    expect(md).toContain("| 合計（円） | 7,100,000円 | 7,100千円 |");
    expect(md).toContain("| 算定額（千円、四捨五入） | 7,100,000円 | 7,100千円 |");
    expect(md).toContain("| C1 | A (専任) | 6,200,000 | 0 | 6,200,000 | 5,000,000 | 上限超過分を除外 | 上限 |");
    expect(md).toContain("根拠: 総務省資料 1人当たり500万円上限");
  });

  it("writes English on request", () => {
    const md = renderTrace(calculation, { lang: "en" });
    expect(md).toContain("| Amount (thousand yen, half-up) | ¥7,100,000 | 7,100 thousand yen |");
    expect(md).toContain("source: seed ※2");
  });

  it("writes aligned plain text, one step per heading", () => {
    const text = renderTrace(calculation, { format: "text", lang: "ja" });
    expect(text).toMatch(/^算定額（千円、四捨五入）\s+7,100,000円\s+7,100千円$/m);
    const stepHeadings = text.split("\n").filter((l) => /^\d+\. /.test(l));
    expect(stepHeadings).toHaveLength(wordSteps(calculation).length);
  });

  it("is deterministic", () => {
    expect(renderTrace(calculate(validApplication()))).toBe(renderTrace(calculation));
  });
});

describe("renderTrace: the survey form's shape (事業費, 特定財源, 一般財源等, 算定対象経費, 判定, 根拠)", () => {
  it("lists the README's lines per project, the coordinators, then the totals (Markdown)", () => {
    const md = renderTrace(readme);
    const lines = md.split("\n");
    const at = (line: string) => lines.indexOf(line);
    expect(lines.filter((l) => l.startsWith("## ")).slice(0, 2)).toEqual(["## 明細", "## 算定結果"]);
    // The project without a name: its id alone.
    expect(at("### 事業 P1")).toBeGreaterThan(at("## 明細"));
    expect(lines[at("### 事業 P1") + 2]).toBe(
      "| 番号 | 内容 | 事業費（円） | 特定財源（円） | 一般財源等（円） | 算定対象経費（円） | 判定 | 根拠 |",
    );
    expect(md).toContain("| E1 | 相談会、セミナー等の開催 | 1,200,000 | 0 | 1,200,000 | 1,200,000 | 対象 | - |");
    expect(md).toContain(
      "| E2 | 移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備 | 30,000,000 | 0 | 30,000,000 | 0 | 対象外 | ※2 |",
    );
    expect(md).toContain("| 計 |  | 31,200,000 | 0 | 31,200,000 | 1,200,000 |  |  |");
    expect(at("### コーディネーター")).toBeGreaterThan(at("### 事業 P1"));
    expect(md).toContain("| C1 | A (専任) | 6,200,000 | 0 | 6,200,000 | 5,000,000 | 上限超過分を除外 | 上限 |");
    // The totals after the lines: the funding of every line, then the allocation as before.
    expect(at("## 算定結果")).toBeGreaterThan(at("### コーディネーター"));
    const totals = lines.slice(at("| 二地域居住・関係人口施策 | 円 | 千円 |"));
    expect(totals.slice(2, 10)).toEqual([
      "| 事業費（全行） | 37,400,000円 | 37,400千円 |",
      "| 特定財源 | 0円 | 0千円 |",
      "| 一般財源等 | 37,400,000円 | 37,400千円 |",
      "| 算定対象経費（経費） | 1,200,000円 | 1,200千円 |",
      "| 施策経費（算定対象経費×措置率×財政力補正） | 600,000円 | 600千円 |",
      "| コーディネーター（上限適用後） | 5,000,000円 | 5,000千円 |",
      "| 合計（円） | 5,600,000円 | 5,600千円 |",
      "| 算定額（千円、四捨五入） | 5,600,000円 | 5,600千円 |",
    ]);
  });

  it("lists the README's lines as aligned text, and in English", () => {
    const text = renderTrace(readme, { format: "text" });
    expect(text).toMatch(/^事業 P1$/m);
    expect(text).toMatch(/^E1 +相談会、セミナー等の開催 +1,200,000 +0 +1,200,000 +1,200,000 +対象 +-$/m);
    expect(text).toMatch(/^E2 +移住体験住宅.+ +30,000,000 +0 +30,000,000 +0 +対象外 +※2$/m);
    expect(text).toMatch(/^C1 +A \(専任\) +6,200,000 +0 +6,200,000 +5,000,000 +上限超過分を除外 +上限$/m);
    expect(text).toMatch(/^事業費（全行） +37,400,000円 +37,400千円$/m);
    const en = renderTrace(readme, { lang: "en" });
    expect(en).toContain("### Project P1");
    expect(en).toContain(
      "| ID | Description | Project cost (¥) | Specific revenue (¥) | Own burden (¥) | Eligible cost (¥) | Verdict | Basis |",
    );
    expect(en).toContain(
      "| E1 | Consultation meetings and seminars | 1,200,000 | 0 | 1,200,000 | 1,200,000 | eligible | - |",
    );
    expect(en).toContain(
      "| C1 | A (full-time) | 6,200,000 | 0 | 6,200,000 | 5,000,000 | excess over the cap excluded | cap |",
    );
    expect(en).toContain("| Project cost (all lines) | ¥37,400,000 | 37,400 thousand yen |");
  });

  it("shows 特定財源 with its parts in words, and the own burden the rules divide", () => {
    const calc = withSubsidy();
    // 600,000 own burden × 0.5 × 1.00 = 300,000 + 5,000,000 = 5,300,000 → 5,300 千円.
    expect(calc.allocation.totalThousandYen).toBe("5300");
    const md = renderTrace(calc);
    expect(md).toContain(
      "| E1 | 相談会、セミナー等の開催 | 1,200,000 | 600,000（国庫支出金 600,000） | 600,000 | 600,000 | 対象 | - |",
    );
    expect(md).toContain("| 計 |  | 31,200,000 | 600,000 | 30,600,000 | 600,000 |  |  |");
    expect(md).toContain("| 特定財源 | 600,000円 | 600千円 |");
    expect(md).toContain("| 一般財源等 | 36,800,000円 | 36,800千円 |");
    expect(md).toContain("| 算定対象経費（経費） | 600,000円 | 600千円 |");
    expect(md).toContain("| 算定額（千円、四捨五入） | 5,300,000円 | 5,300千円 |");
    // The pillar table and the ledger carry the 特定財源 column: 事業費 = 特定財源 + 対象 + 除外.
    expect(md).toContain("| 二地域居住 | 情報発信 | 1 | 1,200,000 | 600,000 | 600,000 | 600 | 0 |");
    expect(md).toContain("| 合計 | 3 | 37,400,000 | 600,000 | 5,600,000 | 31,200,000 |");
    const text = renderTrace(calc, { format: "text" });
    expect(text).toMatch(
      /^E1 +相談会、セミナー等の開催 +1,200,000 +600,000（国庫支出金 600,000） +600,000 +600,000 +対象 +-$/m,
    );
    expect(renderTrace(calc, { lang: "en" })).toContain(
      "| E1 | Consultation meetings and seminars | 1,200,000 | 600,000 (national subsidies 600,000) | 600,000 | 600,000 | eligible | - |",
    );
  });

  it("takes 事業名 and 内容 from the input, names the coordinator, and marks double claims", () => {
    const md = renderTrace(calculate(fixture("own-burden-exclusions")));
    expect(md).toContain("### 事業 P1 二地域居住者の受入れと交流");
    expect(md).toContain(
      "| E1 | 副業人材の来訪交通費の現金給付 | 800,000 | 400,000（都道府県支出金 400,000） | 400,000 | 0 | 対象外 | ※3 |",
    );
    expect(md).toContain(
      "| E2 | 移住・二地域居住合同相談会（地方創生推進の事業にも計上） | 1,000,000 | 0 | 1,000,000 | 0 | 対象外 | 重複計上 |",
    );
    expect(md).toContain(
      "| E3 | 国の委託事業によるパンフレット | 500,000 | 500,000（国庫支出金 500,000） | 0 | 0 | 対象 | - |",
    );
    expect(md).toContain("| E4 | ファンクラブ事務局の運営 | 2,000,000 | 0 | 2,000,000 | 2,000,000 | 対象 | - |");
    expect(md).toContain("| 計 |  | 4,300,000 | 900,000 | 3,400,000 | 2,000,000 |  |  |");
    expect(md).toContain("| C1 | X (専任) | 3,000,000 | 0 | 3,000,000 | 0 | 対象外 | 重複計上 |");

    const application = readmeApplication();
    application.projects[0].name = "二地域居住相談会";
    application.coordinators[0].name = "山田 花子";
    const named = calculate(application);
    expect(renderTrace(named)).toContain("### 事業 P1 二地域居住相談会");
    expect(renderTrace(named)).toContain("| C1 | 山田 花子 (A、専任) | 6,200,000 |");
    expect(renderTrace(named, { lang: "en" })).toContain("### Project P1: 二地域居住相談会");
    expect(renderTrace(named, { lang: "en" })).toContain("| C1 | 山田 花子 (A, full-time) | 6,200,000 |");
  });

  it("names each project's measure, and each coordinator's, where ※5 sent lines to the migration measure", () => {
    const application = readmeApplication();
    application.projects.push({
      id: "P2",
      name: "移住相談",
      primaryPurpose: "migration",
      expenses: [{ id: "E3", item: "consultation.in-region-desk", amount: "900000" }],
    });
    const md = renderTrace(calculate(application));
    expect(md).toContain("### 事業 P1（二地域居住）");
    expect(md).toContain("### 事業 P2 移住相談（移住・定住）");
    expect(md).toContain("| E3 | 地域内の相談窓口の設置 | 900,000 | 0 | 900,000 | 900,000 | 対象 | ※5 |");
    expect(md).toContain(
      "| C1 | A (専任) | 二地域居住 | 6,200,000 | 0 | 6,200,000 | 5,000,000 | 上限超過分を除外 | 上限 |",
    );
    expect(md).toContain("| 事業費（全行） | 900,000円 | 900千円 |");
  });

  it("renders a calculation of format 2 (before 特定財源): no 特定財源, the amount its own burden, no funding rows", () => {
    const v2 = JSON.parse(
      readFileSync(new URL("./version-2/caps-full-time.calculation.json", import.meta.url), "utf8"),
    ) as Calculation;
    expect(v2.trace.schemaVersion).toBe("2");
    for (const format of ["markdown", "text", "html"] as const)
      expect(renderTrace(v2, { format })).not.toMatch(/NaN|undefined/);
    const md = renderTrace(v2);
    expect(md).toContain("| E1 | 地域内の相談窓口の設置 | 1,350,000 | 0 | 1,350,000 | 1,350,000 | 対象 | - |");
    expect(md).toContain("| C3 | C (専任) | 5,000,001 | 0 | 5,000,001 | 5,000,000 | 上限超過分を除外 | 上限 |");
    expect(md).not.toContain("| 事業費（全行） |");
    expect(md).toContain("| 算定額（千円、四捨五入） | 20,675,000円 | 20,675千円 |");
  });

  it("says so where a project has no expense, and where there are no lines at all", () => {
    const application = readmeApplication();
    application.projects.push({ id: "P2", primaryPurpose: "dual-residence", expenses: [] });
    const md = renderTrace(calculate(application));
    expect(md).toContain("### 事業 P2\n\nなし\n");
    const empty = calculate({ ...readmeApplication(), projects: [], coordinators: [] });
    expect(renderTrace(empty)).toContain("## 明細\n\nなし\n\n## 算定結果");
  });
});
