import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, fiscalCorrection, type BodyKind } from "../../src/index.js";
import { correctionCoefficient } from "../../src/body/fiscal-correction.js";
import { getRuleset } from "../../src/index.js";
import { application, fciGiven } from "./arbitraries.js";
import { D } from "./laws.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

const ruleset = getRuleset(2025);
const KINDS: readonly BodyKind[] = ["municipality", "prefecture"];
const BOUNDS = {
  municipality: { low: "0.50", high: "1.00", slope: new D(5).div(3) },
  prefecture: { low: "0.20", high: "1.00", slope: new D(8).div(3) },
} as const;

/** Every 2-decimal FCI from 0.00 to 3.00: the coefficient only ever sees these (the FCI is rounded first). */
const grid = Array.from({ length: 301 }, (_, i) => (i / 100).toFixed(2));
const coefficient = (fci: string, kind: BodyKind) => new D(correctionCoefficient(fci, kind, ruleset).coefficient);

describe("財政力補正 coefficient", PROPERTY_TIMEOUT, () => {
  it.each(KINDS)("%s: non-increasing in FCI over the whole grid", (kind) => {
    for (let i = 1; i < grid.length; i++)
      expect(coefficient(grid[i] as string, kind).lte(coefficient(grid[i - 1] as string, kind))).toBe(true);
  });

  it.each(KINDS)(
    "%s: within its band's bounds (1.00 below 0.5, the floor from 0.8, between them in the middle)",
    (kind) => {
      const { low, high } = BOUNDS[kind];
      for (const fci of grid) {
        const c = coefficient(fci, kind);
        if (new D(fci).lt("0.5")) expect(c.toFixed(2)).toBe(high);
        else if (new D(fci).gte("0.8")) expect(c.toFixed(2)).toBe(low);
        else expect(c.gte(low) && c.lte(high)).toBe(true);
      }
    },
  );

  it.each(KINDS)("%s: continuous at 0.5 and 0.8 (the middle band's formula meets the constants exactly)", (kind) => {
    const band = ruleset.fiscalCorrection[kind].value.find((b) => b.kind === "linear");
    if (band?.kind !== "linear") throw new Error("no linear band");
    const [cn, cd] = band.constant.split("/") as [string, string];
    const [sn, sd] = band.slope.split("/") as [string, string];
    const formula = (fci: string) => new D(cn).div(cd).minus(new D(sn).div(sd).times(fci));
    expect(formula("0.5").toFixed(20)).toBe(new D(BOUNDS[kind].high).toFixed(20));
    expect(formula("0.8").toFixed(20)).toBe(new D(BOUNDS[kind].low).toFixed(20));
    // No jump anywhere: one step of 0.01 moves the coefficient by at most slope × 0.01 and one rounding.
    const maxStep = BOUNDS[kind].slope.times("0.01").plus("0.01");
    for (let i = 1; i < grid.length; i++)
      expect(
        coefficient(grid[i - 1] as string, kind)
          .minus(coefficient(grid[i] as string, kind))
          .lte(maxStep),
      ).toBe(true);
  });

  it("non-increasing for any two given FCIs, after their half-up rounding to 2 decimals", () => {
    fc.assert(
      fc.property(fciGiven, fciGiven, fc.constantFrom(...KINDS), (a, b, kind) => {
        const [lo, hi] = new D(a as string | number).lte(b as string | number) ? [a, b] : [b, a];
        const cLo = new D(fiscalCorrection(lo as string | number, kind).coefficient);
        const cHi = new D(fiscalCorrection(hi as string | number, kind).coefficient);
        expect(cHi.lte(cLo)).toBe(true);
      }),
      runs(500),
    );
  });

  it("calculate uses exactly the public fiscalCorrection of the body's given FCI", () => {
    fc.assert(
      fc.property(
        application({ maxProjects: 1, maxExpenses: 1, maxCoordinators: 0 }).filter(
          (x) => x.body.fiscalCapabilityIndex !== undefined,
        ),
        (input) => {
          expect(calculate(input).fiscalCorrection).toEqual(
            fiscalCorrection(input.body.fiscalCapabilityIndex, input.body.kind),
          );
        },
      ),
      runs(),
    );
  });
});
