import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fiscalCorrection, getRuleset, InputError } from "../../src/index.js";
import { fiscalCapabilityIndex } from "../../src/body/fiscal-capability-index.js";

const fy2025 = getRuleset(2025);

describe("財政力補正 (DOMAIN.md §5 examples)", () => {
  it.each([
    ["0.55", "municipality", "0.92"],
    ["0.60", "municipality", "0.83"],
    ["0.70", "municipality", "0.67"],
    ["0.55", "prefecture", "0.87"],
    ["0.60", "prefecture", "0.73"],
    ["0.70", "prefecture", "0.47"],
  ] as const)("FCI %s, %s → %s", (fci, kind, coefficient) => {
    expect(fiscalCorrection(fci, kind).coefficient).toBe(coefficient);
  });
});

describe("band boundaries", () => {
  it.each([
    ["0.49", "municipality", "1.00"],
    ["0.50", "municipality", "1.00"],
    ["0.51", "municipality", "0.98"],
    ["0.79", "municipality", "0.52"],
    ["0.80", "municipality", "0.50"],
    ["1.53", "municipality", "0.50"],
    ["0", "municipality", "1.00"],
    ["0.49", "prefecture", "1.00"],
    ["0.50", "prefecture", "1.00"],
    ["0.79", "prefecture", "0.23"],
    ["0.80", "prefecture", "0.20"],
    ["1.07301", "prefecture", "0.20"],
  ] as const)("FCI %s, %s → %s", (fci, kind, coefficient) => {
    expect(fiscalCorrection(fci, kind).coefficient).toBe(coefficient);
  });

  it("rounds a published 5-decimal FCI half-up before the band: 福島県 0.52158 → 0.52 → 0.95", () => {
    expect(fiscalCorrection("0.52158", "prefecture")).toEqual({ index: "0.52", coefficient: "0.95" });
  });

  it("rounds 0.44595 half-up to 0.45 (北海道), and 0.495 up into the middle band", () => {
    expect(fiscalCorrection("0.44595", "prefecture")).toEqual({ index: "0.45", coefficient: "1.00" });
    expect(fiscalCorrection("0.495", "municipality")).toEqual({ index: "0.50", coefficient: "1.00" });
    expect(fiscalCorrection("0.7951", "municipality")).toEqual({ index: "0.80", coefficient: "0.50" });
  });

  it("refuses a negative or non-decimal FCI with InputError", () => {
    expect(() => fiscalCorrection("-0.1", "municipality")).toThrow(InputError);
    expect(() => fiscalCorrection("abc", "prefecture")).toThrow(InputError);
  });
});

describe("all 1,788 real bodies", () => {
  const rows = readFileSync(join(import.meta.dirname, "../../../shared/data/fpi-fy2021.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1);
  it("get a coefficient inside their kind's bounds", () => {
    for (const row of rows) {
      const [, , , kind, fci] = row.split(",") as [string, string, string, "municipality" | "prefecture", string];
      const { coefficient } = fiscalCorrection(fci, kind);
      const low = kind === "municipality" ? 0.5 : 0.2;
      expect(Number(coefficient)).toBeGreaterThanOrEqual(low);
      expect(Number(coefficient)).toBeLessThanOrEqual(1);
    }
  });
});

describe("財政力指数 from three years", () => {
  it("rounds each year's ratio half-up, then the average", () => {
    const { index, step } = fiscalCapabilityIndex(
      {
        code: "000000",
        kind: "municipality",
        fiscalCapabilityYears: [
          { revenue: "525", need: "1000" }, // 0.525 → 0.53
          { revenue: "540", need: "1000" }, // 0.54
          { revenue: "545", need: "1000" }, // 0.545 → 0.55
        ],
      },
      fy2025,
    );
    expect(step.inputs["year1.ratio"]).toBe("0.53");
    expect(step.inputs["year3.ratio"]).toBe("0.55");
    expect(step.output.sum).toBe("1.62");
    expect(index).toBe("0.54"); // 1.62 ÷ 3 = 0.54
  });

  it("rounds an average of .xx5 up, not to even", () => {
    const { index } = fiscalCapabilityIndex(
      {
        code: "000000",
        kind: "municipality",
        fiscalCapabilityYears: [
          { revenue: "1", need: "2" },
          { revenue: "1", need: "2" },
          { revenue: "2", need: "3" },
        ],
      }, // 0.50, 0.50, 0.67 → 1.67 ÷ 3 = 0.5566… → 0.56
      fy2025,
    );
    expect(index).toBe("0.56");
  });
});
