import { describe, expect, it } from "vitest";
import { calculate, safeCalculate, summarize, verify } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { wordSteps } from "../../src/index.js";

/* The provisional ふるさと住民 track (FY2026): its own block, every figure flagged; unknown before FY2026. */
const fixture = loadFixtures().find((f) => f.id === "furusato-resident-track");
const input = fixture?.input as { fiscalYear: unknown; body: unknown; projects: any[]; coordinators: any[] };
const issues = (value: unknown) => {
  const result = safeCalculate(value);
  return result.ok ? [] : result.error.issues.map((i) => [i.path, i.code, i.message]);
};

describe("the ふるさと住民 track (FY2026, provisional)", () => {
  it("is computed in its own block, not added into this measure's total, every step of it flagged", () => {
    const calc = calculate(input);
    expect(calc.body).toEqual({ code: "042056", name: "気仙沼市", kind: "municipality" });
    expect(calc.allocation.totalThousandYen).toBe("3500");
    expect(calc.allocation.furusatoResident?.totalThousandYen).toBe("12900");
    const trackSteps = wordSteps(calc).filter((s) => s.id.startsWith("furusato-resident/"));
    expect(trackSteps.map((s) => s.id)).toEqual([
      "furusato-resident/funding",
      "furusato-resident/eligible-costs",
      "furusato-resident/cost-cap",
      "furusato-resident/measure-rate",
      "furusato-resident/coordinators",
      "furusato-resident/coordinator-rate",
      "furusato-resident/total",
      "furusato-resident/rounding",
    ]);
    expect(trackSteps.every((s) => s.needsReview?.code === "furusato-provisional")).toBe(true);
    expect(trackSteps[2]?.cite).toBe(
      "press ふるさと住民登録制度「制度の準備・運用に要する経費（事業費1,000万円を上限）」 (inference)",
    );
    expect(calc.caveats.some((c) => c.en.includes("「事業費1,000万円を上限」"))).toBe(true);
    expect(verify(JSON.parse(JSON.stringify(calc)))).toEqual({ ok: true, mismatches: [] });
  });

  it("summarize gives the same figures (through the full path)", () => {
    const { allocation, lines, caveats } = calculate(input);
    expect(summarize(input)).toMatchObject({ allocation, lines, caveats });
  });

  it("caps its costs at ¥10,000,000: ¥9,999,999 / ¥10,000,000 / ¥10,000,001 of eligible own burden", () => {
    const one = (amount: string) =>
      calculate({
        ...input,
        projects: [
          {
            id: "P1",
            primaryPurpose: "dual-residence",
            expenses: [{ id: "F1", item: "furusato.system-setup-and-operation", amount }],
          },
        ],
        coordinators: [],
      }).allocation.furusatoResident;
    expect([one("9999999"), one("10000000"), one("10000001")].map((f) => [f?.cappedCostsYen, f?.costsYen])).toEqual([
      ["9999999", "4999999.5"],
      ["10000000", "5000000"],
      ["10000000", "5000000"],
    ]);
  });

  it("is unknown in FY2025: the item and the track say from which year they exist", () => {
    const fy2025 = { ...input, fiscalYear: 2025 };
    const found = issues(fy2025);
    expect(found).toContainEqual([
      "$.projects[0].expenses[0].item",
      "unknown_item",
      'item "furusato.system-setup-and-operation" exists from FY2026; FY2025 has no such item: compute the application under FY2026, or choose an item of FY2025',
    ]);
    expect(found).toContainEqual([
      "$.coordinators[0].track",
      "invalid_value",
      "the ふるさと住民 track exists from FY2026 (provisional); FY2025 has no such track: compute the application under FY2026, or remove track and give the record a primaryPurpose",
    ]);
  });

  it("a record on the track takes no ※5 purpose", () => {
    const withPurpose = {
      ...input,
      coordinators: [{ ...input.coordinators[0], primaryPurpose: "dual-residence" }],
    };
    expect(issues(withPurpose)).toEqual([
      [
        "$.coordinators[0].primaryPurpose",
        "irrelevant_fact",
        "primaryPurpose does not apply to a record of the ふるさと住民 track (※5 does not route it); remove it",
      ],
    ]);
  });
});
