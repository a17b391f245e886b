import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fiscalCapabilityIndex } from "../../src/body/fiscal-capability-index.js";
import { caveats } from "../../src/calculate/caveats.js";
import { calculate, findBodies, getRuleset, safeCalculate, summarize, verify } from "../../src/index.js";
import { registryModule, SOURCE_CSV, TARGET } from "../../scripts/generate-registry.js";
import { REGISTRY_ROWS } from "../../src/body/registry-data.js";
import { wordSteps } from "../../src/index.js";

/* The registry of bodies: the ministry's published 財政力指数 of every body, FY2022–24, shipped as a
   generated module; a body given by its code alone takes its kind, name and FCI from it. */

const projects = [
  {
    id: "P1",
    primaryPurpose: "dual-residence",
    expenses: [{ id: "E1", item: "information.consultation-events", amount: "1200000" }],
  },
];

describe("the registry of bodies", () => {
  it("is what scripts/generate-registry.ts writes from ../shared/data (run it after the data changes)", () => {
    expect(readFileSync(TARGET, "utf8")).toBe(registryModule(readFileSync(SOURCE_CSV, "utf8")));
  });

  it("holds all 47 prefectures and 1,741 municipalities", () => {
    const kinds = REGISTRY_ROWS.map((row) => row[3]);
    expect([kinds.filter((k) => k === "p").length, kinds.filter((k) => k === "m").length]).toEqual([47, 1741]);
  });

  it("finds by code, by a 5-digit code Excel shortened, and by name (全角/半角 alike)", () => {
    expect(findBodies("042056")).toEqual([
      {
        code: "042056",
        name: "気仙沼市",
        prefecture: "宮城県",
        kind: "municipality",
        fci: { 2022: "0.44", 2023: "0.44", 2024: "0.45" },
      },
    ]);
    expect(findBodies("04205").map((b) => b.code)).toEqual(["042056"]);
    expect(findBodies("０４２０５６").map((b) => b.code)).toEqual(["042056"]);
    expect(findBodies("宮城県気仙沼").map((b) => b.code)).toEqual(["042056"]);
    expect(findBodies("福島県").find((b) => b.kind === "prefecture")?.code).toBe("070009");
    expect(findBodies("no such town")).toEqual([]);
    expect(findBodies(" ")).toEqual([]);
  });

  it("a code alone is enough in FY2025: kind, name and the FY2024 published FCI, cited, in their own step", () => {
    const calc = calculate({ fiscalYear: 2025, body: { code: "042056" }, projects });
    expect(calc.body).toEqual({ code: "042056", name: "気仙沼市", kind: "municipality" });
    expect(calc.fiscalCorrection).toEqual({ index: "0.45", coefficient: "1.00" });
    const step = wordSteps(calc)[0];
    expect([step?.id, step?.cite, step?.inputs]).toEqual([
      "body/fiscal-capability-index",
      "data 総務省「地方公共団体の主要財政指標一覧」",
      { publishedFiscalYear: "2024", published: "0.45", registeredName: "気仙沼市" },
    ]);
    expect(step?.note.en).toContain("may differ by 0.01 (give fiscalCapabilityYears for it)");
    expect(verify(JSON.parse(JSON.stringify(calc))).ok).toBe(true);
    expect(summarize({ fiscalYear: 2025, body: { code: "042056" }, projects }).allocation).toEqual(calc.allocation);
  });

  it("a prefecture's published 5 decimals are rounded half-up to 2 (福島県 FY2024: 0.51927)", () => {
    const calc = calculate({ fiscalYear: 2025, body: { code: "070009" }, projects });
    expect(calc.trace.steps[0]?.inputs.published).toBe("0.51927");
    // 0.51927 → 0.52; prefecture: 7/3 − 8/3 × 0.52 = 0.9466… → 0.95
    expect(calc.fiscalCorrection).toEqual({ index: "0.52", coefficient: "0.95" });
  });

  it("FY2026 (令和8年度) with the FCI given: name and kind from the registry", () => {
    const calc = calculate({
      fiscalYear: "令和8年度",
      body: { code: "042056", fiscalCapabilityIndex: "0.45" },
      projects,
    });
    expect(calc.body).toEqual({ code: "042056", name: "気仙沼市", kind: "municipality" });
    expect(calc.trace.rulesetId).toBe("FY2026");
  });

  it("given figures win; a given kind the code contradicts is an error; a differing name is kept and flagged", () => {
    const given = calculate({ fiscalYear: 2025, body: { code: "042056", fiscalCapabilityIndex: "0.62" }, projects });
    expect(given.fiscalCorrection.index).toBe("0.62");
    const wrongKind = safeCalculate({ fiscalYear: 2025, body: { code: "042056", kind: "prefecture" }, projects });
    expect(wrongKind.ok ? [] : wrongKind.error.issues.map((i) => i.code)).toEqual(["kind_mismatch"]);
    const renamed = calculate({ fiscalYear: 2025, body: { code: "042056", name: "南三陸町" }, projects });
    expect(renamed.body.name).toBe("南三陸町");
    expect(renamed.review.map((r) => r.code)).toEqual(["body-name-differs"]);
  });

  it("a code the registry lacks still works with kind and FCI given, and says so without them", () => {
    const body = { code: "999997", kind: "municipality", fiscalCapabilityIndex: "0.45" };
    expect(calculate({ fiscalYear: 2025, body, projects }).fiscalCorrection.index).toBe("0.45");
    const bare = safeCalculate({ fiscalYear: 2025, body: { code: "999997" }, projects });
    expect(bare.ok ? [] : bare.error.issues.map((i) => [i.path, i.code])).toEqual([["$.body", "required"]]);
  });
});

describe("the registry's edges", () => {
  it("a code or 5-digit code it does not hold finds nothing", () => {
    expect(findBodies("999997")).toEqual([]);
    expect(findBodies("99999")).toEqual([]);
  });

  it("the same name, written otherwise (全角 spaces), is not flagged", () => {
    const calc = calculate({ fiscalYear: 2025, body: { code: "042056", name: "\u3000気仙沼市" }, projects });
    expect(calc.review).toEqual([]);
  });

  it("computing from the registry where it holds no figure is a defect the input checks prevent", () => {
    const fy2026 = getRuleset(2026);
    expect(() => fiscalCapabilityIndex({ code: "042056" }, fy2026)).toThrow(
      "unreachable: the input checks ask for a 財政力指数 where the registry has none (042056)",
    );
  });

  it("a ruleset's basis without words still makes its caveat", () => {
    const bare = { ...getRuleset(2026), basis: { source: "seed" as const, ref: "x", inference: true } };
    expect(caveats("0.45", "municipality", bare, { lines: false, specificRevenue: false })).toContainEqual({
      ja: "推定による読み（x）: ",
      en: "Inference (x): ",
    });
  });
});
