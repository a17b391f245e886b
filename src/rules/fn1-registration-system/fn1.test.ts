import { describe, expect, it } from "vitest";
import { fy2025 } from "../../rulesets/fy2025.js";
import { fn1, type RegistrationSystemFacts } from "./index.js";

const context = { sharedWithOtherActivities: false, pillarJa: "情報発信" };
const decide = (facts: RegistrationSystemFacts) => fn1.decide(facts, fy2025, context);

describe("※1 registration system", () => {
  it.each([
    [{ phase: "build", digitalBondCovers: true }, "excluded"],
    [{ phase: "build", digitalBondCovers: false }, "passes"],
    [{ phase: "upkeep" }, "passes"],
  ] as const)("%o → %s", (facts, outcome) => {
    expect(decide(facts).outcome).toBe(outcome);
  });

  it("keeps both conditions it checked, passed or not", () => {
    expect(decide({ phase: "build", digitalBondCovers: true }).conditions).toEqual([
      { fact: "system.phase", expected: "upkeep", received: "build", passed: false },
      { fact: "system.digitalBondCovers", expected: "false", received: "true", passed: false },
    ]);
    expect(decide({ phase: "upkeep" }).conditions.map((c) => c.passed)).toEqual([true, true]);
  });

  it("asks for the bond on a build, and refuses it on upkeep", () => {
    expect(fn1.facts.crossCheck?.({ phase: "build" }).map((i) => [i.path, i.code])).toEqual([
      [["digitalBondCovers"], "missing_fact"],
    ]);
    expect(fn1.facts.crossCheck?.({ phase: "upkeep", digitalBondCovers: false }).map((i) => i.code)).toEqual([
      "irrelevant_fact",
    ]);
    expect(fn1.facts.crossCheck?.({ phase: "build", digitalBondCovers: false })).toEqual([]);
  });

  it("its fragment accepts the two phases only, and no other key", () => {
    expect(fn1.facts.schema.safeParse({ phase: "upkeep" }).success).toBe(true);
    expect(fn1.facts.schema.safeParse({ phase: "repair" }).success).toBe(false);
    expect(fn1.facts.schema.safeParse({ phase: "build", covered: true }).success).toBe(false);
  });

  it("asks a question for each of its facts, and cites the seed", () => {
    expect(fn1.facts.questions.map((q) => q.path)).toEqual(["system.phase", "system.digitalBondCovers"]);
    expect(fn1.cite(fy2025).ref).toBe("※1");
  });

  it("reads its excluded step back: the smallest change is the bond", () => {
    const facts = { phase: "build", digitalBondCovers: true } as const;
    const step = fn1.step("E3", facts, decide(facts), fy2025);
    expect(step.id).toBe("line/E3/fn1");
    expect(fn1.whyNot?.(step, "expense E3").changes[0]).toEqual([
      {
        subject: "expense E3",
        fact: "system.digitalBondCovers",
        from: "true",
        to: "false",
        label: { ja: "デジタル活用推進事業債の対象外（※1）", en: "not covered by the digital bond (※1)" },
      },
    ]);
  });
});
