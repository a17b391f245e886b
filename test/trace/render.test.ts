import { describe, expect, it } from "vitest";
import { calculate, renderTrace } from "../../src/index.js";
import { validApplication } from "../support.js";

const calculation = calculate(validApplication());
// 4,200,000 eligible × 0.5 × 1.00 = 2,100,000; coordinator 6,200,000 capped at 5,000,000; 7,100,000 → 7,100 千円
// (validApplication: E1 1,200,000 + E2 3,000,000.)

describe("renderTrace", () => {
  it("writes the Japanese Markdown with the totals a reader can recompute", () => {
    const md = renderTrace(calculation);
    expect(md).toContain("# 二地域居住・関係人口に係る特別交付税措置 算定書");
    // Exact yen and 千円 side by side (千円 exact until the one rounding of the 算定額).
    expect(md).toContain("| 対象経費 | 4,200,000円 | 4,200千円 |");
    expect(md).toContain("| 合計（円） | 7,100,000円 | 7,100千円 |");
    expect(md).toContain("| 算定額（千円、四捨五入） | 7,100,000円 | 7,100千円 |");
    expect(md).toContain(
      "| C1 | コーディネーター | A (専任) | 二地域居住 | 6,200,000 | 上限超過 | 5,000,000 | 1,200,000 | coordinator-cap | - |",
    );
    expect(md).toContain("根拠: seed 1人当たり500万円上限");
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
    expect(stepHeadings).toHaveLength(calculation.trace.steps.length);
  });

  it("is deterministic", () => {
    expect(renderTrace(calculate(validApplication()))).toBe(renderTrace(calculation));
  });
});
