import { describe, expect, it } from "vitest";
import { calculate, classifyExpense, safeCalculate, verify } from "../src/index.js";
import { readmeApplication } from "./support.js";

// The README's 20-line example (its application is test/support.ts's readmeApplication), with the values it
// promises; test/docs also runs the README's own code block.
describe("README example", () => {
  it("gives the values the README shows", () => {
    const calc = calculate(readmeApplication());
    expect(calc.allocation.totalThousandYen).toBe("5600");
    expect(calc.lines[1]).toMatchObject({ disposition: "excluded", rules: ["fn2"] });
    expect(verify(JSON.parse(JSON.stringify(calc))).ok).toBe(true);
    expect(
      classifyExpense({ id: "X", item: "reception.jobs-and-side-jobs", amount: 80000, cashHandout: true }).disposition,
    ).toBe("excluded");
    const bad = safeCalculate({ fiscalYear: 2024 });
    expect(bad.ok).toBe(false);
  });
});
