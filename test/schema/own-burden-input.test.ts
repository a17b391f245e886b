import { describe, expect, it } from "vitest";
import { calculate, safeCalculate, summarize } from "../../src/index.js";
import { wordSteps } from "../../src/index.js";

const body = { code: "012025" }; // 函館市, FCI from the registry
const withExpense = (expense: Record<string, unknown>) => ({
  fiscalYear: 2025,
  body,
  projects: [
    {
      id: "P1",
      primaryPurpose: "dual-residence",
      expenses: [{ id: "E3", item: "information.promotion-materials", amount: "500000", ...expense }],
    },
  ],
});
const issues = (input: unknown) => {
  const result = safeCalculate(input);
  return result.ok ? [] : result.error.issues;
};

describe("specificRevenue (特定財源) in the input", () => {
  it("equal to the amount is valid: own burden 0", () => {
    const line = calculate(withExpense({ specificRevenue: { national: "500000" } })).lines[0];
    expect([line?.specificRevenueYen, line?.ownBurdenYen, line?.eligibleYen]).toEqual(["500000", "0", "0"]);
  });

  it("one yen above the amount is an InputError at the line, naming both figures", () => {
    expect(issues(withExpense({ specificRevenue: { national: "250000", other: "250,001" } }))).toEqual([
      {
        path: "$.projects[0].expenses[0].specificRevenue",
        code: "specific_revenue_exceeds_amount",
        message:
          "特定財源 total ¥500,001 is more than the amount ¥500,000; the parts of specificRevenue fund this line's cost and cannot exceed it: correct the parts or the amount",
      },
    ]);
  });

  it("on a coordinator it is checked against the cost", () => {
    const input = {
      fiscalYear: 2025,
      body,
      coordinators: [
        {
          id: "C1",
          person: "A",
          post: "full-time",
          cost: "100",
          specificRevenue: { prefectural: 101 },
          primaryPurpose: "dual-residence",
          activities: ["planning"],
        },
      ],
    };
    expect(issues(input).map((i) => [i.path, i.code])).toEqual([
      ["$.coordinators[0].specificRevenue", "specific_revenue_exceeds_amount"],
    ]);
  });

  it("an unknown part or a bad amount is named by its path, every problem at once", () => {
    expect(
      issues(withExpense({ specificRevenue: { national: "-1", subsidy: "1" } })).map((i) => [i.path, i.code]),
    ).toEqual([
      ["$.projects[0].expenses[0].specificRevenue.national", "invalid_amount"],
      ["$.projects[0].expenses[0].specificRevenue.subsidy", "unknown_key"],
    ]);
  });
});

describe("alsoClaimedUnder (重複計上) in the input", () => {
  it("an unknown measure a letter or two off gets a did-you-mean", () => {
    const [issue] = issues(withExpense({ alsoClaimedUnder: ["community-supporter"] }));
    expect(issue?.path).toBe("$.projects[0].expenses[0].alsoClaimedUnder[0]");
    expect(issue?.message).toContain('did you mean "community-supporters" (集落対策に要する経費（集落支援員）)?');
  });

  it('"other" needs a description that names the other measure', () => {
    expect(issues(withExpense({ alsoClaimedUnder: ["other"] }))).toEqual([
      {
        path: "$.projects[0].expenses[0].description",
        code: "missing_fact",
        message:
          'alsoClaimedUnder lists "other": give a description that names the other measure (算定事項) the cost is claimed under',
      },
    ]);
    const named = calculate(
      withExpense({ alsoClaimedUnder: ["other"], description: "過疎対策事業（ソフト分）にも計上" }),
    );
    expect([named.lines[0]?.disposition, named.lines[0]?.rules]).toEqual(["excluded", ["double-claim"]]);
  });

  it("each measure once", () => {
    expect(issues(withExpense({ alsoClaimedUnder: ["other", "other"], description: "x" }))).toEqual([
      {
        path: "$.projects[0].expenses[0].alsoClaimedUnder[1]",
        code: "invalid_value",
        message: '"other" is listed twice (first at [0]): list each measure once',
      },
    ]);
  });

  it("a single id given for the list is told once to make it a list; a Japanese name gets its id", () => {
    expect(issues(withExpense({ alsoClaimedUnder: "migration-settlement" })).map((i) => i.code)).toEqual([
      "invalid_type",
    ]);
    expect(issues(withExpense({ alsoClaimedUnder: ["地域おこし協力隊"] }))[0]?.message).toContain(
      'did you mean "regional-revitalization-cooperators" (地域おこし協力隊員の設置等に要する経費)?',
    );
  });

  it("an empty list claims nothing: the line counts, and its step says so", () => {
    const calc = calculate(withExpense({ alsoClaimedUnder: [] }));
    expect(calc.lines[0]?.disposition).toBe("eligible");
    expect(wordSteps(calc).find((s) => s.id === "line/E3/double-claim")?.note.en).toBe(
      "Not claimed under another measure.",
    );
  });
});

describe("the caveat when no line states 特定財源", () => {
  const CAVEAT = "No line states specificRevenue: the whole cost was taken as the body's own burden (一般財源等).";
  const caveats = (input: unknown) => calculate(input).caveats.map((c) => c.en);

  it("is there once when no line states it", () => {
    expect(caveats(withExpense({})).filter((c) => c.startsWith(CAVEAT))).toHaveLength(1);
  });

  it("is gone when any line states it (even all zeros); the cap's reading is named where a coordinator states it", () => {
    const stated = caveats(withExpense({ specificRevenue: {} }));
    expect(stated.some((c) => c.startsWith(CAVEAT))).toBe(false);
    expect(stated.some((c) => c.includes("bounding the own burden"))).toBe(false);
    const coordinator = {
      ...withExpense({}),
      coordinators: [
        {
          id: "C1",
          person: "A",
          post: "full-time",
          cost: "100",
          specificRevenue: { prefectural: "50" },
          primaryPurpose: "dual-residence",
          activities: ["planning"],
        },
      ],
    };
    expect(caveats(coordinator).some((c) => c.includes("bounding the own burden"))).toBe(true);
    expect(summarize(coordinator).caveats).toEqual(calculate(coordinator).caveats);
  });

  it("summarize gives the same caveats and lines", () => {
    for (const input of [withExpense({}), withExpense({ specificRevenue: { bonds: "1,000" } })]) {
      const { caveats: c, lines } = calculate(input);
      expect(summarize(input).caveats).toEqual(c);
      expect(summarize(input).lines).toEqual(lines);
    }
  });
});

describe("a body given by its code, with another problem: only the problem, not its consequence", () => {
  const paths = (input: unknown) => issues(input).map((i) => `${i.path} ${i.code}`);
  const app = (body: unknown, fiscalYear: unknown = 2025) => ({ fiscalYear, body, projects: [] });

  it("a wrong check digit is reported at the code, without also asking for the 財政力指数", () => {
    expect(paths(app({ code: "042057" }))).toEqual(["$.body.code bad_check_digit"]);
  });

  it("a year without a ruleset is reported alone for a registered code", () => {
    expect(paths(app({ code: "042056" }, 2027))).toEqual(["$.fiscalYear unsupported_fiscal_year"]);
  });

  it("a valid code the registry does not hold still asks for the 財政力指数", () => {
    expect(paths(app({ code: "999997", kind: "municipality" }))).toEqual(["$.body required"]);
  });
});
