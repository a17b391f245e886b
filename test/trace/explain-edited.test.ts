import { describe, expect, it } from "vitest";
import { calculate, explainLine } from "../../src/index.js";
import { validApplication } from "../support.js";

/* explainLine reads a calculation's trace; an edited trace makes it fail loudly or say less, never lie. */

describe("explainLine on an edited calculation", () => {
  it("throws when the capped line's cap step is gone", () => {
    const calc = JSON.parse(JSON.stringify(calculate(validApplication())));
    calc.trace.steps = calc.trace.steps.filter((s: { rule: string }) => s.rule !== "coordinator-cap");
    expect(() => explainLine(calc, "C1")).toThrow(
      "the trace has no coordinator-cap step for C1: the file was edited; run verify first",
    );
  });

  it("gives no footnote reason for a step it has no reading of", () => {
    const app = validApplication();
    app.projects[0].expenses.push({
      id: "E3",
      item: "reception.other",
      amount: "1000",
      description: "同種",
      cashHandout: false,
    });
    const calc = JSON.parse(JSON.stringify(calculate(app)));
    const step = calc.trace.steps.find((s: { id: string }) => s.id === "line/E3/other-item");
    step.output.outcome = "excluded";
    expect(explainLine(calc, "E3")?.reasons).toEqual([]);
  });

  it("returns undefined for a line that does not exist", () => {
    expect(explainLine(calculate(validApplication()), "nope")).toBeUndefined();
  });
});
