import { describe, expect, it } from "vitest";
import { calculate, safeCalculate } from "../../src/index.js";
import { validApplication } from "../support.js";
import { wordSteps } from "../../src/index.js";

describe("regression (property: the trace loses no line)", () => {
  it('refuses the line id "__proto__", which vanished from the sum step that keys lines by id', () => {
    const app = validApplication();
    app.coordinators[0].id = "__proto__";
    const result = safeCalculate(app);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.issues).toEqual([
        {
          path: "$.coordinators[0].id",
          code: "invalid_value",
          message: 'the id "__proto__" is reserved (it names object prototypes); choose another id',
        },
      ]);
  });

  it("keeps ids that merely name Object.prototype members in every sum step", () => {
    const app = validApplication();
    app.projects[0].expenses[0].id = "constructor";
    app.coordinators[0].id = "hasOwnProperty";
    const steps = wordSteps(calculate(app));
    expect(steps.find((s) => s.id === "dual-residence/eligible-costs")?.inputs).toEqual({
      constructor: "1200000",
      E2: "3000000",
    });
    expect(Object.keys(steps.find((s) => s.id === "dual-residence/coordinators")?.inputs ?? {})).toEqual([
      "hasOwnProperty",
    ]);
  });
});
