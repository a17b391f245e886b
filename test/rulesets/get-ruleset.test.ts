import { describe, expect, it } from "vitest";
import { getRuleset, InputError, rulesets } from "../../src/index.js";
import { findRuleset } from "../../src/rulesets/index.js";

describe("getRuleset", () => {
  it.each([2025, "2025", "FY2025", "R7", "令和7年度"])("finds FY2025 from %j", (year) => {
    expect(getRuleset(year)).toBe(rulesets.FY2025);
  });

  it.each([
    [2024, "no ruleset for FY2024; the measure starts in FY2025 (令和7年度)"],
    ["R9", "no ruleset for FY2027 yet; the library knows FY2025 (令和7年度), FY2026 (令和8年度)"],
    ["next year", 'fiscal year "next year" is not understood; write 2025, "FY2025", "R7" or "令和7年度"'],
  ])("throws InputError for %j", (year, message) => {
    expect(() => getRuleset(year)).toThrow(InputError);
    expect(() => getRuleset(year)).toThrow(message);
  });
});

describe("findRuleset", () => {
  it("finds by year or by id, and only by own id", () => {
    expect(findRuleset(2025)?.id).toBe("FY2025");
    expect(findRuleset("FY2025")?.id).toBe("FY2025");
    expect(findRuleset("toString")).toBeUndefined();
    expect(findRuleset(2026)?.id).toBe("FY2026");
    expect(findRuleset(2027)).toBeUndefined();
  });
});

describe("the built-in rulesets", () => {
  it("are frozen through and through: one caller cannot change another's figures (or the digest taken once)", () => {
    const fy2025 = getRuleset(2025) as any;
    const frozenEverywhere = (value: unknown): boolean =>
      value === null ||
      typeof value !== "object" ||
      (Object.isFrozen(value) && Object.values(value).every(frozenEverywhere));
    // The parameters and the catalog are data, frozen; the rule units are code (zod caches on its schemas).
    const { rules: _rules, ...data } = fy2025;
    expect(Object.isFrozen(fy2025) && Object.values(data).every(frozenEverywhere)).toBe(true);
    expect(() => {
      fy2025.measureRate.value = "0.6";
    }).toThrow(TypeError);
    expect(getRuleset(2025).measureRate.value).toBe("0.5");
  });
});
