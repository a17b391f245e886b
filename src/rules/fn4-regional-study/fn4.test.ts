import { describe, expect, it } from "vitest";
import { fy2025 } from "../../rulesets/fy2025.js";
import { fn4, type RegionalStudyFacts } from "./index.js";
import { worded } from "../../../test/support.js";

const ok: RegionalStudyFacts = { takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: true };
const decide = (facts: RegionalStudyFacts, shared = false) =>
  fn4.decide(facts, fy2025, { sharedWithOtherActivities: shared, pillarJa: "きっかけづくり" });

describe("※4 regional study", () => {
  it("counts only when all three conditions hold", () => {
    expect(decide(ok).outcome).toBe("passes");
    for (const broken of [
      { ...ok, takesOutsideStudents: false },
      { ...ok, mainlySchoolAppeal: true },
      { ...ok, inStrategyPlan: false },
    ]) {
      expect(decide(broken).outcome).toBe("excluded");
    }
  });

  it("names every failed condition, in the footnote's order", () => {
    const all: RegionalStudyFacts = { takesOutsideStudents: false, mainlySchoolAppeal: true, inStrategyPlan: false };
    expect(
      decide(all)
        .conditions.filter((c) => !c.passed)
        .map((c) => c.fact),
    ).toEqual([
      "regionalStudy.takesOutsideStudents",
      "regionalStudy.mainlySchoolAppeal",
      "regionalStudy.inStrategyPlan",
    ]);
  });

  it("flags a failing coordinator record with other activities (it cannot be apportioned)", () => {
    const failing = { ...ok, inStrategyPlan: false };
    expect(decide(failing, true).review?.code).toBe("fn4-coordinator-not-apportioned");
    expect(decide(failing, false).review).toBeUndefined();
    expect(decide(ok, true).review).toBeUndefined();
  });

  it("its step and its why-not list the same failed facts", () => {
    const facts = { ...ok, mainlySchoolAppeal: true };
    const step = fn4.step("E4", facts, decide(facts), fy2025);
    expect(worded(step).note.en).toBe("Regional study is out because it is mainly about school appeal (※4).");
    expect(fn4.whyNot?.(step, "expense E4").changes).toEqual([
      [
        {
          subject: "expense E4",
          fact: "regionalStudy.mainlySchoolAppeal",
          from: "true",
          to: "false",
          label: { ja: "学校魅力化が主目的でない（※4）", en: "not mainly school appeal (※4)" },
        },
      ],
    ]);
  });
});
