import { describe, expect, it } from "vitest";
import { calculate, InputError, rulesets, summarize } from "../../../src/index.js";
import { loadFixtures } from "../../fixtures-replay/load-fixtures.js";
import { validApplication } from "../../support.js";
import { HOSTILE } from "./hostile.js";
import { bothWays, withoutTrace } from "./project.js";

describe("summarize: the figures of calculate without the trace", () => {
  it("gives the README example's figures", () => {
    const summary = summarize({
      fiscalYear: 2025,
      body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
      projects: [
        {
          id: "P1",
          primaryPurpose: "dual-residence",
          expenses: [
            { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
            {
              id: "E2",
              item: "opportunity.facilities",
              amount: "30000000",
              facility: { implementer: "private", work: "new" },
            },
          ],
        },
      ],
      coordinators: [
        {
          id: "C1",
          person: "A",
          post: "full-time",
          cost: "6200000",
          primaryPurpose: "dual-residence",
          activities: ["planning"],
        },
      ],
    });
    // 1,200,000 × 0.5 × 1.00 + min(6,200,000, 5,000,000) = 5,600,000 yen = 5,600 千円
    expect(summary.allocation).toEqual({
      projectCostYen: "37400000",
      specificRevenueYen: "0",
      ownBurdenYen: "37400000",
      eligibleCostsYen: "1200000",
      measureCostsYen: "600000",
      coordinatorsYen: "5000000",
      totalYen: "5600000",
      totalThousandYen: "5600",
      migration: {
        projectCostYen: "0",
        specificRevenueYen: "0",
        ownBurdenYen: "0",
        eligibleCostsYen: "0",
        costsYen: "0",
        coordinatorsYen: "0",
        totalYen: "0",
        totalThousandYen: "0",
      },
    });
    expect(summary.lines.map((l) => [l.id, l.disposition, l.eligibleYen, l.excludedYen, l.rules])).toEqual([
      ["E1", "eligible", "1200000", "0", []],
      ["E2", "excluded", "0", "30000000", ["fn2"]],
      ["C1", "capped", "5000000", "1200000", ["coordinator-cap"]],
    ]);
    expect(summary).not.toHaveProperty("trace");
  });

  describe("equals calculate on every hand-worked fixture", () => {
    for (const fixture of loadFixtures()) {
      it(fixture.id, () => {
        expect(summarize(fixture.input)).toEqual(withoutTrace(calculate(fixture.input)));
        // and on the canonical input the trace embeds
        const canonical = calculate(fixture.input).trace.input;
        expect(summarize(canonical)).toEqual(withoutTrace(calculate(canonical)));
      });
    }
  });

  it("keeps exact yen beyond safe integers (amounts of 16–20 digits go through Decimal)", () => {
    const app = validApplication();
    app.projects[0].expenses[0].amount = "99999999999999999999"; // 20 digits
    app.projects[0].expenses[1].amount = "9007199254740993"; // 2^53 + 1
    const { summary, calculation } = bothWays(app);
    expect(summary).toEqual(calculation);
    expect(summarize(app).allocation.eligibleCostsYen).toBe("100009007199254740992");
  });

  it("keeps exact yen when safe amounts sum beyond MAX_SAFE_INTEGER", () => {
    const app = validApplication();
    app.projects[0].expenses = Array.from({ length: 12 }, (_, i) => ({
      id: `E${i + 1}`,
      item: "opportunity.fan-club",
      amount: "999999999999999",
    }));
    expect(summarize(app).allocation.eligibleCostsYen).toBe("11999999999999988");
    expect(bothWays(app).summary).toEqual(bothWays(app).calculation);
  });

  it("shares frozen rule and review lists between lines", () => {
    const lines = summarize(validApplication()).lines;
    expect(Object.isFrozen(lines[0]?.rules)).toBe(true);
    expect(lines[0]?.rules).toBe(lines[1]?.rules);
  });
});

describe("summarize: input errors are calculate's, issue for issue", () => {
  const cases: [string, (app: Record<string, any>) => unknown][] = [
    ["nothing", () => undefined],
    ["an array", () => []],
    ["an earlier year", (a) => ({ ...a, fiscalYear: 2024 })],
    ["an unknown key", (a) => ({ ...a, extra: 1 })],
    ["a bad check digit", (a) => ({ ...a, body: { ...a.body, code: "042057" } })],
    ["both FCI forms", (a) => ({ ...a, body: { ...a.body, fiscalCapabilityYears: [] } })],
    [
      "a fractional amount",
      (a) => {
        a.projects[0].expenses[0].amount = "1.5";
        return a;
      },
    ],
    [
      "full-width digits",
      (a) => {
        a.projects[0].expenses[0].amount = "１２０";
        return a;
      },
    ],
    [
      "a negative number",
      (a) => {
        a.projects[0].expenses[0].amount = -1;
        return a;
      },
    ],
    [
      "a missing fact",
      (a) => {
        delete a.projects[0].expenses[1].facility;
        return a;
      },
    ],
    [
      "an irrelevant fact",
      (a) => {
        a.projects[0].expenses[0].system = { phase: "upkeep" };
        return a;
      },
    ],
    [
      "a duplicate line id",
      (a) => {
        a.coordinators[0].id = "E1";
        return a;
      },
    ],
    [
      "a tied weight",
      (a) => {
        delete a.projects[0].primaryPurpose;
        a.projects[0].purposeWeights = { dualResidence: 1, migration: "1.0" };
        return a;
      },
    ],
    [
      "the id __proto__",
      (a) => {
        a.projects[0].expenses[0].id = "__proto__";
        return a;
      },
    ],
    [
      "an id with a space",
      (a) => {
        a.projects[0].expenses[0].id = "E 1";
        return a;
      },
    ],
    [
      "a duplicate activity",
      (a) => {
        a.coordinators[0].activities = ["planning", "planning"];
        return a;
      },
    ],
    [
      "a missing regionalStudy",
      (a) => {
        a.coordinators[0].activities = ["regional-study-support"];
        return a;
      },
    ],
    [
      "an undefined optional value",
      (a) => {
        a.projects[0].expenses[0].cashHandout = undefined;
        return a;
      },
    ],
    [
      "many problems at once",
      (a) => {
        a.fiscalYear = "令和6年度";
        a.body.kind = "prefecture";
        a.projects[0].expenses[0].item = "x";
        a.coordinators[0].post = "part-time";
        return a;
      },
    ],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const input = make(validApplication());
      const { summary, calculation } = bothWays(input);
      expect(summary).toEqual(calculation);
    });
  }

  it("an unknown ruleset id and a ruleset of another year", () => {
    expect(bothWays(validApplication(), { ruleset: "FY2099" }).summary).toEqual(
      bothWays(validApplication(), { ruleset: "FY2099" }).calculation,
    );
    const other = { ...rulesets.FY2025!, fiscalYear: 2026 };
    expect(bothWays(validApplication(), { ruleset: other }).summary).toEqual(
      bothWays(validApplication(), { ruleset: other }).calculation,
    );
    expect(() => summarize(validApplication(), { ruleset: "FY2099" })).toThrow(InputError);
  });
});

describe("summarize: objects not made as JSON makes them get the full validator", () => {
  for (const [name, make] of HOSTILE) {
    it(name, () => {
      const { summary, calculation } = bothWays(make());
      expect(summary).toEqual(calculation);
    });
  }

  it("an enumerable property added to Object.prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      const { summary, calculation } = bothWays(validApplication());
      expect(summary).toEqual(calculation);
      expect((summary as { ok: boolean }).ok).toBe(false);
    } finally {
      delete proto.polluted;
    }
  });
});
