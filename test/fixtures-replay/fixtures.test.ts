import { beforeAll, describe, expect, it } from "vitest";
import { calculate, verify, type Calculation } from "../../src/index.js";
import { loadFixtures } from "./load-fixtures.js";

const fixtures = loadFixtures();

describe("hand-worked fixtures", () => {
  it("has the fixtures the core issue asks for", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  for (const fixture of fixtures) {
    describe(fixture.id, () => {
      // Calculated inside the tests (not while collecting them), so a failure is a test failure and
      // mutation testing runs these fixtures against every mutant.
      let calculation: Calculation;
      beforeAll(() => {
        calculation = calculate(fixture.input);
      });

      it("file name matches its id", () => {
        expect(fixture.file).toBe(`${fixture.id}.json`);
      });

      it("has the hand-worked 財政力補正", () => {
        expect(calculation.fiscalCorrection).toEqual(fixture.expected.fiscalCorrection);
      });

      it("has the hand-worked allocation", () => {
        expect(calculation.allocation).toEqual(fixture.expected.allocation);
      });

      it("has every line's hand-worked disposition, in order", () => {
        const actual = calculation.lines.map((l) => ({
          id: l.id,
          measure: l.measure,
          disposition: l.disposition,
          amountYen: l.amountYen,
          specificRevenueYen: l.specificRevenueYen,
          ownBurdenYen: l.ownBurdenYen,
          eligibleYen: l.eligibleYen,
          excludedYen: l.excludedYen,
          rules: l.rules,
          needsReview: l.needsReview,
        }));
        expect(actual).toEqual(fixture.expected.lines.map(({ why: _why, ...line }) => line));
      });

      it("replays under verify", () => {
        expect(verify(calculation)).toEqual({ ok: true, mismatches: [] });
      });
    });
  }
});
