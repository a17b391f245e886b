import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, diffCalculations, verify } from "../../src/index.js";

/*
 * Calculations written by the release before the own burden (trace schemaVersion "2"), kept as auditors
 * stored them (test/trace/version-2/, made by `calculate` at commit f2ecb94 from three fixtures' inputs).
 */
const dir = new URL("./version-2/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".calculation.json"));
const load = (file: string): any => JSON.parse(readFileSync(new URL(file, dir), "utf8"));

describe("version 2 calculation files (before 特定財源)", () => {
  it("are three, of both measures and both years", () => {
    expect(files.map((f) => [f, load(f).trace.schemaVersion, load(f).trace.rulesetId])).toEqual([
      ["caps-full-time.calculation.json", "2", "FY2025"],
      ["fn5-migration-routing.calculation.json", "2", "FY2025"],
      ["fy2026-carried.calculation.json", "2", "FY2026"],
    ]);
  });

  it.each(files)("%s still verifies, and the result says how it was replayed", (file) => {
    expect(verify(load(file))).toEqual({
      ok: true,
      mismatches: [],
      note: 'schemaVersion "2" (before 特定財源 and double claims): replayed with this release on the same gross cost and compared in version 2\'s shape',
    });
  });

  it("an edit of a version 2 file is found and named, as in a version 3 file", () => {
    const calc = load("caps-full-time.calculation.json");
    calc.lines[1].eligibleYen = "5000000";
    const result = verify(calc);
    expect(result.ok).toBe(false);
    expect(result.mismatches.map((m) => m.path)).toEqual(["lines[1].eligibleYen", "trace.digests.result"]);
  });

  it("a version 2 file given fields of version 3 is refused field by field", () => {
    const calc = load("caps-full-time.calculation.json");
    calc.lines[0].ownBurdenYen = calc.lines[0].amountYen;
    expect(verify(calc).mismatches[0]?.path).toBe("lines[0].ownBurdenYen");
  });
});

describe("diffCalculations with a version 2 file", () => {
  it("compares it with itself and with this release's calculation of its input: no change", () => {
    const old = load("caps-full-time.calculation.json");
    expect(diffCalculations(old, old)).toMatchObject({ input: [], lines: [], steps: expect.any(Array) });
    const now = calculate(old.trace.input);
    const d = diffCalculations(old, now);
    expect([d.input, d.lines]).toEqual([[], []]);
    expect(d.total.totalThousandYen.delta).toBe("0");
    expect(d.total.projectCostYen.delta).toBe("0");
    // The steps version 3 adds show as added (funding, ledger's 特定財源 column), none as changed in figures.
    expect(d.steps.filter((s) => s.change === "changed").map((s) => s.stepId)).toEqual(["ledger"]);
  });
});
