import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { application, type Input } from "./arbitraries.js";
import { model } from "./reference-model.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

const lineView = (l: {
  id: string;
  measure: string;
  disposition: string;
  amountYen: string;
  specificRevenueYen: string;
  ownBurdenYen: string;
  eligibleYen: string;
  excludedYen: string;
  rules: readonly string[];
  needsReview: readonly string[];
}) => ({
  id: l.id,
  measure: l.measure,
  disposition: l.disposition,
  amountYen: l.amountYen,
  specificRevenueYen: l.specificRevenueYen,
  ownBurdenYen: l.ownBurdenYen,
  eligibleYen: l.eligibleYen,
  excludedYen: l.excludedYen,
  rules: [...l.rules],
  needsReview: [...l.needsReview],
});

describe("the reference model (test/properties/reference-model.ts)", PROPERTY_TIMEOUT, () => {
  it.each(loadFixtures().map((f) => [f.id, f] as const))(
    "and calculate agree with the hand-worked fixture %s",
    (_id, fixture) => {
      const predicted = model(fixture.input as Input);
      const expectedLines = fixture.expected.lines.map(({ why: _why, ...line }) => line);
      expect(predicted.fiscalCorrection).toEqual(fixture.expected.fiscalCorrection);
      expect(predicted.allocation).toEqual(fixture.expected.allocation);
      expect(predicted.lines).toEqual(expectedLines);
      // calculate inside the test (not at collection), so that mutation testing counts the fixtures too.
      const calc = calculate(fixture.input);
      expect(calc.lines.map(lineView)).toEqual(expectedLines);
      expect(calc.allocation).toEqual(fixture.expected.allocation);
    },
  );
});

describe("calculate agrees with the independent reference model", PROPERTY_TIMEOUT, () => {
  it("on every generated valid application: 財政力補正, every line, both allocations", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const calc = calculate(input);
        const predicted = model(input);
        expect(calc.fiscalCorrection).toEqual(predicted.fiscalCorrection);
        expect(calc.lines.map(lineView)).toEqual(predicted.lines);
        expect(calc.allocation).toEqual(predicted.allocation);
      }),
      runs(200),
    );
  });
});
