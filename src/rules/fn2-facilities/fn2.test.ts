import { describe, expect, it } from "vitest";
import { fy2025 } from "../../rulesets/fy2025.js";
import { fn2, type FacilityFacts } from "./index.js";

const context = { sharedWithOtherActivities: false, pillarJa: "きっかけづくり" };
const decide = (facts: FacilityFacts) => fn2.decide(facts, fy2025, context);

describe("※2 facilities", () => {
  it.each([
    ["private", "new", undefined, "excluded"],
    ["private", "renovation", undefined, "passes"],
    ["private", "renovation", true, "excluded"],
    ["private", "new", false, "excluded"],
    ["government", "new", false, "passes"],
    ["government", "renovation", false, "passes"],
    ["government", "new", true, "excluded"],
    ["government", "renovation", true, "excluded"],
  ] as const)("%s %s, bond covers %s → %s", (implementer, work, covers, outcome) => {
    const facts: FacilityFacts =
      covers === undefined ? { implementer, work } : { implementer, work, regionalBondCovers: covers };
    expect(decide(facts).outcome).toBe(outcome);
  });

  it("keeps the three conditions it checked", () => {
    expect(decide({ implementer: "private", work: "new" }).conditions.map((c) => [c.fact, c.passed])).toEqual([
      ["facility.implementer", false],
      ["facility.work", false],
      ["facility.regionalBondCovers", true],
    ]);
  });

  it("asks the body's own work to state the bond", () => {
    expect(fn2.facts.crossCheck?.({ implementer: "government", work: "new" }).map((i) => i.path)).toEqual([
      ["regionalBondCovers"],
    ]);
    expect(fn2.facts.crossCheck?.({ implementer: "private", work: "new" })).toEqual([]);
  });

  it("reads its excluded step back: two ways out of a private new build", () => {
    const facts = { implementer: "private", work: "new" } as const;
    const why = fn2.whyNot?.(fn2.step("E2", facts, decide(facts), fy2025), "expense E2");
    expect(why?.failed.map((f) => f.fact)).toEqual(["facility.implementer", "facility.work"]);
    expect(why?.changes.map((c) => c.map((x) => `${x.fact}=${x.to ?? "-"}`))).toEqual([
      ["facility.work=renovation"],
      ["facility.implementer=government", "facility.regionalBondCovers=false"],
    ]);
  });
});
