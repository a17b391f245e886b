import { describe, expect, it } from "vitest";
import { calculate, InputError, safeCalculate } from "../../src/index.js";
import { validApplication } from "../support.js";

describe("safeCalculate", () => {
  it("returns ok: true and the calculation for a valid input", () => {
    const result = safeCalculate(validApplication());
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.allocation.totalThousandYen).toBe(
      calculate(validApplication()).allocation.totalThousandYen,
    );
  });

  it("turns any other exception (a hostile getter) into the typed 'unreadable' issue", () => {
    const app = validApplication();
    Object.defineProperty(app.projects[0], "id", {
      get: () => {
        throw new Error("no access");
      },
      enumerable: true,
    });
    const result = safeCalculate(app);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(InputError);
      expect(result.error.issues).toEqual([
        { path: "$", code: "unreadable", message: "the input could not be read: no access" },
      ]);
    }
  });

  it("reports a thrown non-Error value too", () => {
    const app = validApplication();
    Object.defineProperty(app.projects[0], "id", {
      get: () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a hostile getter throws what it likes
        throw "a string";
      },
      enumerable: true,
    });
    const result = safeCalculate(app);
    expect(!result.ok && result.error.issues[0]?.message).toBe("the input could not be read: a string");
  });

  it("refuses an unknown ruleset id, clipped to 20 characters", () => {
    const result = safeCalculate(validApplication(), { ruleset: "FY2099-with-a-very-long-name" });
    expect(!result.ok && result.error.issues).toEqual([
      {
        path: "$",
        code: "unsupported_fiscal_year",
        message: 'no ruleset "FY2099-with-a-very-l"; known: FY2025, FY2026',
      },
    ]);
  });
});

describe("calculate", () => {
  it("leaves out the body's name when none is given", () => {
    const app = validApplication();
    delete app.body.name;
    expect(Object.keys(calculate(app).body)).toEqual(["code", "kind"]);
    expect(calculate(validApplication()).body).toEqual({ code: "042056", name: "気仙沼市", kind: "municipality" });
  });
});
