import { describe, expect, it } from "vitest";
import { getRuleset } from "../../src/index.js";
import { Dec } from "../../src/money/decimal.js";
import { coordinatorRate, measureRate } from "../../src/rules/measure-rate.js";
import { roundToThousand } from "../../src/rules/rounding.js";

const ruleset = getRuleset(2025);

describe("measure rate 0.5 × 財政力補正", () => {
  it("is exact, keeping the fraction for the one rounding at the end", () => {
    expect(measureRate("dual-residence", new Dec("1234567"), "0.83", ruleset).amount.toFixed()).toBe("512345.305");
    expect(measureRate("dual-residence", new Dec("1200000"), "0.92", ruleset).amount.toFixed()).toBe("552000");
  });

  it("applies no correction to the migration measure", () => {
    const { amount, step } = measureRate("migration", new Dec("900001"), null, ruleset);
    expect(amount.toFixed()).toBe("450000.5");
    expect(step.inputs).not.toHaveProperty("coefficient");
  });

  it("counts coordinators at 1.0, cited as an inference", () => {
    const { amount, step } = coordinatorRate("dual-residence", new Dec("5350000"), ruleset);
    expect(amount.toFixed()).toBe("5350000");
    expect(step.cite).toContain("(inference)");
  });
});

describe("rounding to 千円, half-up once", () => {
  it.each([
    ["0", "0"],
    ["499", "0"],
    ["499.999", "0"],
    ["500", "1"],
    ["1499", "1"],
    ["1500", "2"],
    ["2500", "3"], // half-up, not half-even
    ["1934500", "1935"],
    ["512345.305", "512"],
    ["512500.0001", "513"],
  ])("¥%s → %s 千円", (yen, thousand) => {
    expect(roundToThousand("dual-residence", new Dec(yen), ruleset).thousand.toFixed()).toBe(thousand);
  });
});
