import { describe, expect, it } from "vitest";
import { getRuleset, type Ruleset } from "../../src/index.js";
import { caveats } from "../../src/calculate/caveats.js";
const NO_LINES = { lines: false, specificRevenue: false };

const fy2025 = getRuleset(2025);

describe("caveats", () => {
  it("always state the 財源超過額 deduction; above FCI 1 more strongly; then each inference once", () => {
    const at1 = caveats("1.00", "municipality", fy2025, NO_LINES).map((c) => c.en);
    expect(at1[0]).toMatch(/^Amounts are before the ordinance's deduction of 財源超過額/);
    expect(at1.some((c) => c.startsWith("FCI"))).toBe(false);
    expect(caveats("1.01", "municipality", fy2025, NO_LINES)[1]?.en).toBe(
      "FCI 1.01 is above 1: the deduction of 財源超過額 is likely to reduce the actual grant substantially.",
    );
    expect(at1.filter((c) => c.startsWith("Inference")).map((c) => c.split(": ")[0])).toEqual([
      "Inference (財政力補正 (市町村, standard wording))",
      "Inference (二地域居住コーディネーター)",
      "Inference (移住・定住対策 (2))",
      "Inference (移住・定住対策 (2))",
    ]);
    expect(caveats("0.45", "prefecture", fy2025, NO_LINES)[1]?.en).toMatch(
      /^Inference \(財政力補正 \(道府県, standard wording\)\)/,
    );
  });

  it("list an inference note once when citations share it, and skip citations that are no inference", () => {
    const note = "One reading for both caps.";
    const cite = { source: "ordinance" as const, ref: "移住・定住対策 (2)", inference: true, note };
    const ruleset: Ruleset = {
      ...fy2025,
      coordinator: {
        ...fy2025.coordinator,
        rate: { ...fy2025.coordinator.rate, cite: { ...fy2025.coordinator.rate.cite, inference: false } },
      },
      migration: {
        ...fy2025.migration,
        capFullTimeYen: { value: "5000000", cite },
        capConcurrentYen: { value: "400000", cite },
      },
    };
    const inferences = caveats("0.45", "municipality", ruleset, NO_LINES).filter((c) => c.en.startsWith("Inference"));
    expect(inferences.map((c) => c.en)).toEqual([
      expect.stringMatching(/^Inference \(財政力補正/),
      `Inference (移住・定住対策 (2)): ${note}`,
    ]);
  });
});
