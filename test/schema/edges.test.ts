import { describe, expect, it } from "vitest";
import { InputError, safeCalculate } from "../../src/index.js";
import { readFiscalYear } from "../../src/rulesets/fiscal-year.js";
import { validApplication } from "../support.js";

const issuesOf = (app: unknown) => {
  const result = safeCalculate(app);
  return result.ok ? [] : result.error.issues.map((i) => [i.path, i.code, i.message]);
};

describe("schema edges", () => {
  it("reads 令和元年度 as 2019 (and refuses it: the measure starts in FY2025)", () => {
    expect(readFiscalYear("令和元年度")).toEqual({ ok: true, year: 2019 });
    expect(issuesOf({ ...validApplication(), fiscalYear: "令和元年度" })[0]?.[1]).toBe("unsupported_fiscal_year");
  });

  it("names a prefecture's code when kind says municipality", () => {
    const app = validApplication();
    app.body = { code: "010006", kind: "municipality", fiscalCapabilityIndex: "0.45" };
    expect(issuesOf(app)).toEqual([
      [
        "$.body.kind",
        "kind_mismatch",
        'code 010006 is a prefecture\'s code (都道府県: digits 3–5 are 000), but kind is "municipality"; correct one of them',
      ],
    ]);
  });

  it("refuses digitalBondCovers on upkeep", () => {
    const app = validApplication();
    app.projects[0].expenses.push({
      id: "E9",
      item: "information.registration-system",
      amount: "1",
      system: { phase: "upkeep", digitalBondCovers: false },
    });
    expect(issuesOf(app)).toEqual([
      [
        "$.projects[0].expenses[2].system.digitalBondCovers",
        "irrelevant_fact",
        "digitalBondCovers applies to build costs only (※1); upkeep counts as it is: remove it",
      ],
    ]);
  });

  it("an InputError with no issues still has a message", () => {
    expect(new InputError([]).message).toBe("invalid input");
  });
});
