import { describe, expect, it } from "vitest";
import { calculate, getRuleset, verify } from "../../src/index.js";
import { validApplication } from "../support.js";

const saved = () => JSON.parse(JSON.stringify(calculate(validApplication())));

describe("verify refuses what it cannot replay, with the reason", () => {
  it("a ruleset id that is not a string", () => {
    const calc = saved();
    calc.trace.rulesetId = 2025;
    expect(verify(calc)).toEqual({
      ok: false,
      mismatches: [
        {
          path: "trace.rulesetId",
          expected: "a known ruleset id (got 2025)",
          reason:
            "this library knows FY2025, FY2026; a calculation made with a ruleset of your own (defineRuleset) is verified with verify(calculation, { ruleset })",
        },
      ],
    });
  });

  it("a ruleset of one's own, without it or with another", () => {
    const calc = saved();
    calc.trace.rulesetId = "FY2025-own";
    expect(verify(calc).mismatches[0]?.actual).toBe('"FY2025-own"');
    expect(verify(calc, { ruleset: getRuleset(2025) }).mismatches[0]?.reason).toBe(
      'the calculation names ruleset "FY2025-own", but "FY2025" was given: pass the ruleset it was made with',
    );
  });

  it("an embedded input that is no longer valid", () => {
    const calc = saved();
    calc.trace.input.projects[0].expenses[0].amount = "-1";
    const result = verify(calc);
    expect(result.ok).toBe(false);
    expect(result.mismatches).toEqual([
      {
        path: "trace.input",
        expected: expect.stringMatching(
          /^a valid input \(\$\.projects\[0\]\.expenses\[0\]\.amount: amount "-1" is negative/,
        ),
      },
    ]);
  });

  it("a digest algorithm other than SHA-256", () => {
    const calc = saved();
    calc.trace.digests.algorithm = "MD5";
    const result = verify(calc);
    expect(result.ok).toBe(false);
    expect(result.mismatches).toContainEqual({
      path: "trace.digests.algorithm",
      expected: '"SHA-256"',
      actual: '"MD5"',
    });
  });
});
