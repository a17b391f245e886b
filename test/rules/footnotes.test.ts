import { footnote1, footnote2, footnote3, footnote4, footnote5, otherItem, routingMarks } from "./unit-calls.js";
import { describe, expect, it } from "vitest";
import { getRuleset } from "../../src/index.js";

const ruleset = getRuleset(2025);
const base = { id: "E1", amount: "1000000" };

describe("※1 registration system", () => {
  it.each([
    ["build", true, true],
    ["build", false, false],
    ["upkeep", undefined, false],
  ] as const)("phase %s, digital bond covers %s → excluded %s", (phase, covers, excluded) => {
    const system = covers === undefined ? { phase } : { phase, digitalBondCovers: covers };
    const verdict = footnote1({ ...base, item: "information.registration-system", system }, ruleset);
    expect(verdict.excludes).toBe(excluded);
    expect(verdict.step.cite).toBe("seed ※1");
    expect(verdict.step.output.outcome).toBe(excluded ? "excluded" : "passes");
  });
});

describe("※2 facilities", () => {
  it.each([
    ["private", "new", undefined, true],
    ["private", "renovation", undefined, false],
    ["private", "renovation", true, true],
    ["government", "new", false, false],
    ["government", "renovation", false, false],
    ["government", "new", true, true],
    ["government", "renovation", true, true],
  ] as const)("%s %s, regional bond covers %s → excluded %s", (implementer, work, covers, excluded) => {
    const facility = covers === undefined ? { implementer, work } : { implementer, work, regionalBondCovers: covers };
    expect(footnote2({ ...base, item: "opportunity.facilities", facility }, ruleset).excludes).toBe(excluded);
  });
});

describe("※3 cash handouts", () => {
  it("excludes a cash handout and passes anything else", () => {
    expect(footnote3({ ...base, item: "reception.jobs-and-side-jobs", cashHandout: true }, ruleset).excludes).toBe(
      true,
    );
    expect(footnote3({ ...base, item: "reception.jobs-and-side-jobs", cashHandout: false }, ruleset).excludes).toBe(
      false,
    );
  });
});

describe("※4 regional study", () => {
  const ok = { takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: true };
  it("counts only when all three conditions hold", () => {
    expect(footnote4("E1", ok, ruleset).excludes).toBe(false);
    expect(footnote4("E1", { ...ok, takesOutsideStudents: false }, ruleset).excludes).toBe(true);
    expect(footnote4("E1", { ...ok, mainlySchoolAppeal: true }, ruleset).excludes).toBe(true);
    expect(footnote4("E1", { ...ok, inStrategyPlan: false }, ruleset).excludes).toBe(true);
  });

  it("names every failed condition in the note", () => {
    const verdict = footnote4(
      "E1",
      { takesOutsideStudents: false, mainlySchoolAppeal: true, inStrategyPlan: false },
      ruleset,
    );
    expect(verdict.step.note.en).toContain("not taking in students from outside");
    expect(verdict.step.note.en).toContain("school appeal");
    expect(verdict.step.note.en).toContain("strategy plan");
  });

  it("flags a failing coordinator who has other activities (not apportioned)", () => {
    expect(footnote4("C1", { ...ok, inStrategyPlan: false }, ruleset, true).review?.code).toBe(
      "fn4-coordinator-not-apportioned",
    );
    expect(footnote4("C1", { ...ok, inStrategyPlan: false }, ruleset, false).review).toBeUndefined();
    expect(footnote4("C1", ok, ruleset, true).review).toBeUndefined();
  });
});

describe("※5 primary purpose", () => {
  const subject = { kind: "project" as const, id: "P1" };
  it("sends a project wholly by its primary purpose", () => {
    expect(footnote5(subject, { primaryPurpose: "dual-residence" }, ruleset)).toMatchObject({
      measure: "dual-residence",
      mixed: false,
    });
    const migration = footnote5(subject, { primaryPurpose: "migration" }, ruleset);
    expect(migration).toMatchObject({ measure: "migration", mixed: false });
    expect(migration.step.needsReview?.code).toBe("migration-measure");
  });

  it("takes the larger weight, and marks a project with both purposes as mixed", () => {
    expect(footnote5(subject, { purposeWeights: { dualResidence: "3", migration: "1" } }, ruleset)).toMatchObject({
      measure: "dual-residence",
      mixed: true,
    });
    expect(footnote5(subject, { purposeWeights: { dualResidence: "0.49", migration: "0.51" } }, ruleset)).toMatchObject(
      { measure: "migration", mixed: true },
    );
    expect(footnote5(subject, { purposeWeights: { dualResidence: "1", migration: "0" } }, ruleset)).toMatchObject({
      measure: "dual-residence",
      mixed: false,
    });
  });
});

describe("※5 marks on the lines", () => {
  it("marks fn5 for migration or a mixed project, and flags the migration measure for review", () => {
    expect(routingMarks({ measure: "dual-residence", mixed: false })).toEqual({ rules: [], reviews: [] });
    expect(routingMarks({ measure: "dual-residence", mixed: true })).toEqual({ rules: ["fn5"], reviews: [] });
    expect(routingMarks({ measure: "migration", mixed: false })).toEqual({
      rules: ["fn5"],
      reviews: ["migration-measure"],
    });
    expect(routingMarks({ measure: "migration", mixed: true })).toEqual({
      rules: ["fn5"],
      reviews: ["migration-measure"],
    });
  });
});

describe("other item (等)", () => {
  it("passes and always needs review", () => {
    const verdict = otherItem("E9", "地域おこし協力隊OBによる案内", "情報発信");
    expect(verdict.excludes).toBe(false);
    expect(verdict.review?.code).toBe("other-item");
    expect(verdict.step.needsReview?.code).toBe("other-item");
  });
});
