import { describe, expect, it } from "vitest";
import { getRuleset, type CorrectionBand, type Ruleset } from "../../src/index.js";
import { fiscalCapabilityIndex } from "../../src/body/fiscal-capability-index.js";
import { correctionCoefficient, fiscalCorrectionStep } from "../../src/body/fiscal-correction.js";
import { worded } from "../support.js";

/* A new year is a new ruleset, not new rule code: the body rules must follow whatever the ruleset says. */

const fy2025 = getRuleset(2025);
const withBands = (bands: readonly CorrectionBand[], places = 2): Ruleset => ({
  ...fy2025,
  fiscalCorrection: {
    ...fy2025.fiscalCorrection,
    municipality: { ...fy2025.fiscalCorrection.municipality, value: bands },
    indexPlaces: { ...fy2025.fiscalCorrection.indexPlaces, value: places },
  },
});

describe("財政力補正 under another ruleset", () => {
  it("reads whole-number constants and slopes (no '/') and rounds to the band's places", () => {
    const ruleset = withBands([{ min: "0", max: null, kind: "linear", constant: "2", slope: "1", places: 3 }]);
    expect(correctionCoefficient("0.4567", "municipality", ruleset).coefficient).toBe("1.543");
    expect(correctionCoefficient("0.4565", "municipality", ruleset).coefficient).toBe("1.544"); // 1.5435 half-up
  });

  it("names the band and formula in the step", () => {
    const { step } = fiscalCorrectionStep("0.60", "municipality", "012246", fy2025);
    expect(step.inputs).toEqual({
      kind: "municipality",
      index: "0.60",
      band: "0.5 ≤ FCI < 0.8",
      formula: "11/6 − 5/3 × 0.60",
    });
    expect(step.output).toEqual({ coefficient: "0.83" });
    expect(fiscalCorrectionStep("0.95", "prefecture", "010006", fy2025).step.inputs).toMatchObject({
      band: "0.8 ≤ FCI",
      formula: "0.20",
    });
  });

  it("is a defect of the ruleset, not of the input, when no band covers the FCI", () => {
    const ruleset = withBands([{ min: "0", max: "0.5", kind: "constant", coefficient: "1.00" }]);
    expect(() => correctionCoefficient("0.50", "municipality", ruleset)).toThrow(
      "ruleset has no 財政力補正 band for FCI 0.5",
    );
  });
});

describe("財政力指数 under another ruleset", () => {
  it("rounds to the ruleset's places (3 here), given or from three years", () => {
    const ruleset = withBands(fy2025.fiscalCorrection.municipality.value, 3);
    expect(
      fiscalCapabilityIndex({ code: "000000", kind: "municipality", fiscalCapabilityIndex: "0.52158" }, ruleset).index,
    ).toBe("0.522");
    const years = [
      { revenue: "1", need: "3" },
      { revenue: "1", need: "3" },
      { revenue: "2", need: "3" },
    ]; // 0.333, 0.333, 0.667
    const { index, step } = fiscalCapabilityIndex(
      { code: "000000", kind: "municipality", fiscalCapabilityYears: years },
      ruleset,
    );
    expect(index).toBe("0.444"); // 1.333 ÷ 3 = 0.44433… → 0.444
    expect(step.output).toEqual({ sum: "1.333", index: "0.444" });
    expect(worded(step, undefined, ruleset).note.en).toBe(
      "Each year's revenue ÷ need half-up to 3 decimals (0.333, 0.333, 0.667); their average 1.333 ÷ 3 half-up to 3 decimals gives FCI 0.444.",
    );
  });
});
