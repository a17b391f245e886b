import { describe, expect, it } from "vitest";
import { calculate, getRuleset, verify } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { wordSteps } from "../../src/index.js";

/* FY2026 carries FY2025's law (no FY2026 notice was found) and says so in every citation and caveat. */

const fixture = loadFixtures().find((f) => f.id === "fy2026-carried");

describe("FY2026 (令和8年度)", () => {
  it.each([2026, "R8", "令和8年度", "FY2026"])("is the ruleset of %j", (year) => {
    expect(getRuleset(year).id).toBe("FY2026");
  });

  it("carries FY2025's values, each citation marked as carried", () => {
    const [fy2025, fy2026] = [getRuleset(2025), getRuleset(2026)];
    expect(fy2026.coordinator.capFullTimeYen.value).toBe(fy2025.coordinator.capFullTimeYen.value);
    expect(fy2026.measureRate.cite).toEqual({
      source: "seed",
      ref: "措置率0.5×財政力補正",
      inference: true,
      note: "FY2025 value carried; no FY2026 notice found.",
      noteJa: "令和7年度の値を引き継ぐ（令和8年度の通知は見当たらない）。",
    });
    expect(fy2026.footnotes.fn2.inference).toBe(true);
    // The catalog is FY2025's, plus the provisional ふるさと住民 pillar and its one item.
    expect(fy2026.catalog.items.slice(0, fy2025.catalog.items.length)).toEqual(fy2025.catalog.items);
    expect(fy2026.catalog.items.slice(fy2025.catalog.items.length).map((i) => i.id)).toEqual([
      "furusato.system-setup-and-operation",
    ]);
    expect(Object.keys(fy2026.catalog.pillars)).toEqual([...Object.keys(fy2025.catalog.pillars), "furusato"]);
  });

  it("a calculation names its carried parameters: steps cite them as inferences, a caveat says why", () => {
    const calc = calculate(fixture?.input);
    expect(calc.trace.rulesetId).toBe("FY2026");
    expect(wordSteps(calc).find((s) => s.id === "line/E2/fn2")?.cite).toBe("seed ※2 (inference)");
    expect(calc.caveats.map((c) => c.en)).toContain(
      "Inference (令和7年度の措置（令和8年度の通知なし）): No FY2026 notice changing this measure's rate, caps, items or footnotes was found (searched 2026-11): FY2025's are carried; to be reviewed when the ministry's FY2026 notice is published.",
    );
    expect(verify(JSON.parse(JSON.stringify(calc))).ok).toBe(true);
  });

  it("FY2025's calculations do not change", () => {
    const fy2025 = calculate({ ...(fixture?.input as object), fiscalYear: 2025 });
    expect(fy2025.caveats.some((c) => c.en.includes("FY2026"))).toBe(false);
    expect(wordSteps(fy2025).find((s) => s.id === "line/E2/fn2")?.cite).toBe("seed ※2");
  });
});
