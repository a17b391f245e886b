import { describe, expect, it } from "vitest";
import { calculate, InputError, safeCalculate, type InputIssue } from "../../src/index.js";
import { validApplication } from "../support.js";

function issuesOf(input: unknown): InputIssue[] {
  const result = safeCalculate(input);
  if (result.ok) throw new Error("expected the input to be refused");
  expect(result.error).toBeInstanceOf(InputError);
  return [...result.error.issues];
}

function withExpense(expense: Record<string, unknown>) {
  const app = validApplication();
  app.projects[0].expenses = [expense];
  return app;
}

describe("bad amounts", () => {
  it.each([
    [-1, "negative"],
    ["-1", "negative"],
    [1.5, "fraction"],
    ["1200.5", "fraction"],
    [Number.MAX_SAFE_INTEGER + 2, "MAX_SAFE_INTEGER"],
    ["１２００００", "full-width"],
    ["120万円", "unit"],
  ])("%j is refused at its path, saying why", (amount, words) => {
    const issues = issuesOf(withExpense({ id: "E1", item: "information.consultation-events", amount }));
    expect(issues).toEqual([
      { path: "$.projects[0].expenses[0].amount", code: "invalid_amount", message: expect.stringContaining(words) },
    ]);
  });
});

describe("unknown values", () => {
  it("refuses an unknown item, naming the catalog", () => {
    const issues = issuesOf(withExpense({ id: "E1", item: "information.billboards", amount: "1" }));
    expect(issues).toEqual([
      { path: "$.projects[0].expenses[0].item", code: "unknown_item", message: expect.stringContaining("catalog") },
    ]);
  });

  it("refuses an unknown post and activity", () => {
    const app = validApplication();
    app.coordinators[0].post = "part-time";
    app.coordinators[0].activities = ["planning", "golf"];
    const issues = issuesOf(app);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["$.coordinators[0].post", "invalid_value"],
      ["$.coordinators[0].activities[1]", "unknown_activity"],
    ]);
  });

  it("refuses unknown fields (typos) by name", () => {
    const app = validApplication();
    app.projects[0].expenses[0].ammount = "1";
    expect(issuesOf(app)).toContainEqual({
      path: "$.projects[0].expenses[0].ammount",
      code: "unknown_key",
      message: expect.stringContaining('"ammount"'),
    });
  });
});

describe("body", () => {
  it("refuses a wrong check digit and suggests the right one", () => {
    const app = validApplication();
    app.body.code = "042057";
    expect(issuesOf(app)).toEqual([
      { path: "$.body.code", code: "bad_check_digit", message: expect.stringContaining("042056") },
    ]);
  });

  it("refuses a kind that contradicts the code", () => {
    const app = validApplication();
    app.body.kind = "prefecture";
    expect(issuesOf(app)).toEqual([
      { path: "$.body.kind", code: "kind_mismatch", message: expect.stringContaining("municipality") },
    ]);
  });

  it.each(["-0.1", "abc", "0,45", -1, true])("refuses the FCI %j", (fci) => {
    const app = validApplication();
    app.body.fiscalCapabilityIndex = fci;
    const codes = issuesOf(app).map((i) => [i.path, i.code]);
    expect(codes).toEqual([
      ["$.body.fiscalCapabilityIndex", typeof fci === "boolean" ? "invalid_type" : "invalid_fci"],
    ]);
  });

  it("needs the FCI one way, not both, and not none where the registry has no published figure", () => {
    const none = validApplication();
    delete none.body.fiscalCapabilityIndex;
    none.body.code = "999997"; // a valid check digit, but no body the registry knows
    expect(issuesOf(none).map((i) => i.code)).toEqual(["required"]);
    const fy2026 = validApplication();
    delete fy2026.body.fiscalCapabilityIndex;
    fy2026.fiscalYear = 2026;
    expect(issuesOf(fy2026).map((i) => i.message)).toEqual([
      'give the 財政力指数: fiscalCapabilityIndex (e.g. "0.45") or fiscalCapabilityYears (three { revenue, need }): an FY2026 allocation uses the 財政力指数 published for FY2025, which the registry does not hold yet',
    ]);
    const both = validApplication();
    both.body.fiscalCapabilityYears = [
      { revenue: "1", need: "2" },
      { revenue: "1", need: "2" },
      { revenue: "1", need: "2" },
    ];
    expect(issuesOf(both).map((i) => i.code)).toEqual(["invalid_fci"]);
  });

  it("refuses a zero need (division by zero) and a count of years other than three", () => {
    const app = validApplication();
    delete app.body.fiscalCapabilityIndex;
    app.body.fiscalCapabilityYears = [
      { revenue: "1", need: "0" },
      { revenue: "1", need: "2" },
    ];
    expect(issuesOf(app).map((i) => [i.path, i.code])).toEqual([
      ["$.body.fiscalCapabilityYears", "invalid_value"],
      ["$.body.fiscalCapabilityYears[0].need", "invalid_fci"],
    ]);
  });
});

describe("※5 purposes", () => {
  it("refuses a project with neither purpose nor weights, naming ※5", () => {
    const app = validApplication();
    delete app.projects[0].primaryPurpose;
    expect(issuesOf(app)).toEqual([
      { path: "$.projects[0]", code: "missing_purpose", message: expect.stringContaining("※5") },
    ]);
  });

  it("refuses tied weights (also 1 : 1.0)", () => {
    const app = validApplication();
    delete app.projects[0].primaryPurpose;
    app.projects[0].purposeWeights = { dualResidence: 1, migration: "1.0" };
    expect(issuesOf(app).map((i) => [i.path, i.code])).toEqual([["$.projects[0].purposeWeights", "tied_purpose"]]);
  });

  it("refuses both purpose and weights", () => {
    const app = validApplication();
    app.coordinators[0].purposeWeights = { dualResidence: 2, migration: 1 };
    expect(issuesOf(app).map((i) => i.code)).toEqual(["conflicting_purpose"]);
  });
});

describe("facts the footnotes need", () => {
  it.each([
    [{ id: "E1", item: "opportunity.facilities", amount: "1" }, "$.projects[0].expenses[0].facility", "※2"],
    [
      { id: "E1", item: "opportunity.facilities", amount: "1", facility: { implementer: "government", work: "new" } },
      "$.projects[0].expenses[0].facility.regionalBondCovers",
      "※2",
    ],
    [{ id: "E1", item: "information.registration-system", amount: "1" }, "$.projects[0].expenses[0].system", "※1"],
    [
      { id: "E1", item: "information.registration-system", amount: "1", system: { phase: "build" } },
      "$.projects[0].expenses[0].system.digitalBondCovers",
      "※1",
    ],
    [
      { id: "E1", item: "opportunity.regional-study-programs", amount: "1" },
      "$.projects[0].expenses[0].regionalStudy",
      "※4",
    ],
    [{ id: "E1", item: "reception.jobs-and-side-jobs", amount: "1" }, "$.projects[0].expenses[0].cashHandout", "※3"],
    [
      { id: "E1", item: "opportunity.other", amount: "1", cashHandout: false },
      "$.projects[0].expenses[0].description",
      "等",
    ],
  ])("a missing fact is reported at its path, naming the footnote (%#)", (expense, path, mark) => {
    expect(issuesOf(withExpense(expense))).toEqual([
      { path, code: "missing_fact", message: expect.stringContaining(mark) },
    ]);
  });

  it("refuses a fact on an item it does not belong to", () => {
    const issues = issuesOf(
      withExpense({
        id: "E1",
        item: "information.event-booths",
        amount: "1",
        facility: { implementer: "private", work: "new" },
      }),
    );
    expect(issues).toEqual([
      {
        path: "$.projects[0].expenses[0].facility",
        code: "irrelevant_fact",
        message: expect.stringContaining("does not apply"),
      },
    ]);
  });

  it("needs regionalStudy for a coordinator's regional-study support", () => {
    const app = validApplication();
    app.coordinators[0].activities = ["regional-study-support"];
    expect(issuesOf(app)).toEqual([
      { path: "$.coordinators[0].regionalStudy", code: "missing_fact", message: expect.stringContaining("※4") },
    ]);
  });
});

describe("ids and keys", () => {
  it("refuses duplicate line ids across expenses and coordinators", () => {
    const app = validApplication();
    app.coordinators[0].id = "E1";
    expect(issuesOf(app)).toEqual([
      {
        path: "$.coordinators[0].id",
        code: "duplicate_id",
        message: expect.stringContaining("$.projects[0].expenses[0].id"),
      },
    ]);
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses a %s key before reading anything else", (key) => {
    const app = JSON.parse(JSON.stringify(validApplication()).replace('"name":"相談会"', `"${key}":{"polluted":true}`));
    expect(issuesOf(app)).toEqual([
      { path: `$.projects[0].${key}`, code: "forbidden_key", message: expect.stringContaining(key) },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses nesting deeper than any application", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(issuesOf({ ...validApplication(), extra: deep }).map((i) => i.code)).toEqual(["too_deep"]);
  });
});

describe("fiscal year", () => {
  it.each([2025, "2025", "FY2025", "R7", "令和7年度"])("reads %j as FY2025", (fiscalYear) => {
    expect(calculate({ ...validApplication(), fiscalYear }).fiscalYear).toBe(2025);
  });

  it("refuses FY2024, saying the measure starts in FY2025", () => {
    expect(issuesOf({ ...validApplication(), fiscalYear: "令和6年度" })).toEqual([
      { path: "$.fiscalYear", code: "unsupported_fiscal_year", message: expect.stringContaining("starts in FY2025") },
    ]);
  });

  it("refuses a year with no ruleset yet", () => {
    expect(issuesOf({ ...validApplication(), fiscalYear: 2031 })[0]?.message).toContain("no ruleset for FY2031");
  });
});

describe("all problems at once", () => {
  it("lists every problem of a badly broken input, in document order, and computes nothing", () => {
    const issues = issuesOf({
      fiscalYear: 2024,
      body: { code: "042057", kind: "municipality", fiscalCapabilityIndex: "-1" },
      projects: [
        {
          id: "P1",
          expenses: [
            { id: "E1", item: "x", amount: "1.5" },
            { id: "E1", item: "opportunity.facilities", amount: -3 },
          ],
        },
      ],
      coordinators: [{ id: "C1", person: "A", post: "full-time", cost: "1", activities: [] }],
    });
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "$.fiscalYear unsupported_fiscal_year",
      "$.body.code bad_check_digit",
      "$.body.fiscalCapabilityIndex invalid_fci",
      "$.projects[0] missing_purpose",
      "$.projects[0].expenses[0].item unknown_item",
      "$.projects[0].expenses[0].amount invalid_amount",
      "$.projects[0].expenses[1].id duplicate_id",
      "$.projects[0].expenses[1].amount invalid_amount",
      "$.projects[0].expenses[1].facility missing_fact",
      "$.coordinators[0] missing_purpose",
      "$.coordinators[0].activities invalid_value",
    ]);
  });

  it("calculate throws the same InputError", () => {
    expect(() => calculate({})).toThrow(InputError);
  });
});

describe("safeCalculate never throws", () => {
  const cases: [string, () => unknown][] = [
    ["undefined", () => undefined],
    ["null", () => null],
    ["a number", () => 0],
    ["a string", () => "{}"],
    ["an array", () => [1, 2]],
    ["a symbol", () => Symbol("x")],
    ["a function", () => () => 1],
    ["a Date", () => new Date(0)],
    ["a Map", () => new Map()],
    [
      "a proxy whose traps throw",
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error("trap");
            },
            get: () => {
              throw new Error("trap");
            },
          },
        ),
    ],
    [
      "a throwing getter",
      () =>
        Object.defineProperty({}, "fiscalYear", {
          enumerable: true,
          get: () => {
            throw new Error("getter");
          },
        }),
    ],
    ["an object with only a year", () => ({ fiscalYear: 2025 })],
    ["a null body", () => ({ body: null })],
  ];
  it.each(cases)("returns an InputError for %s", (_name, make) => {
    const result = safeCalculate(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.length).toBeGreaterThan(0);
  });
});
