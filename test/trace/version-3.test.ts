import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, renderTrace, verify, wordSteps } from "../../src/index.js";

/*
 * Calculations written by the release before the data-only trace (trace schemaVersion "3": every step with
 * its note and its source's text), kept as auditors stored them (test/trace/version-3/, made by `calculate`
 * at commit 4d282fa from four fixtures' inputs).
 */
const dir = new URL("./version-3/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".calculation.json"));
const load = (file: string): any => JSON.parse(readFileSync(new URL(file, dir), "utf8"));

describe("version 3 calculation files (steps with their words)", () => {
  it("are four, of both measures, the track and both years", () => {
    expect(files.map((f) => [f, load(f).trace.schemaVersion, load(f).trace.rulesetId])).toEqual([
      ["fn5-migration-routing.calculation.json", "3", "FY2025"],
      ["furusato-resident-track.calculation.json", "3", "FY2026"],
      ["own-burden-coordinators.calculation.json", "3", "FY2025"],
      ["own-burden-exclusions.calculation.json", "3", "FY2025"],
    ]);
  });

  it.each(files)("%s still verifies, and the result says how it was replayed", (file) => {
    expect(verify(load(file))).toEqual({
      ok: true,
      mismatches: [],
      note: 'schemaVersion "3" (every step with its words and source text): replayed with this release and compared in version 3\'s shape',
    });
  });

  it.each(files)("%s: this release's steps, worded, are the stored ones word for word", (file) => {
    const old = load(file);
    expect(wordSteps(calculate(old.trace.input))).toEqual(old.trace.steps);
  });

  it("an edited note of a version 3 file is found and named by its step", () => {
    const calc = load("own-burden-exclusions.calculation.json");
    const i = calc.trace.steps.findIndex((s: { id: string }) => s.id === "line/E2/double-claim");
    calc.trace.steps[i].note.en = "Not claimed under another measure.";
    const result = verify(calc);
    expect(result.mismatches.map((m) => [m.path, m.stepId])).toEqual([
      [`trace.steps[${i}].note.en`, "line/E2/double-claim"],
      ["trace.digests.result", undefined],
    ]);
  });

  it("an edited source text is found and named by its step", () => {
    const calc = load("fn5-migration-routing.calculation.json");
    calc.trace.steps[0].cite = "seed ※9";
    expect(verify(calc).mismatches[0]).toMatchObject({ path: "trace.steps[0].cite", stepId: calc.trace.steps[0].id });
  });
});

describe("this release renders a version 3 file as it rendered it", () => {
  it("the 計算書 of a stored file and of its replay differ only in the format version and digests", () => {
    const old = load("own-burden-coordinators.calculation.json");
    const mask = (text: string) =>
      text.replace(/[0-9a-f]{64}/g, "#").replace(/(schemaVersion|形式の版)([^0-9]{0,40})[0-9]/g, "$1$2V");
    const now = calculate(old.trace.input);
    for (const lang of ["ja", "en"] as const)
      expect(mask(renderTrace(now, { lang }))).toBe(mask(renderTrace(old, { lang })));
  });
});
