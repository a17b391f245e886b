import { describe, expect, it } from "vitest";
import { fy2025 } from "../../rulesets/fy2025.js";
import { fn5 } from "./index.js";

describe("※5 primary purpose", () => {
  it("sends the whole project by its primary purpose", () => {
    expect(fn5.decide({ primaryPurpose: "migration" })).toMatchObject({ measure: "migration", mixed: false });
    expect(fn5.decide({ primaryPurpose: "dual-residence" }).measure).toBe("dual-residence");
  });

  it("by weights, the larger takes all (a mixed project, never apportioned)", () => {
    expect(fn5.decide({ purposeWeights: { dualResidence: "3", migration: "1" } })).toMatchObject({
      measure: "dual-residence",
      mixed: true,
    });
    expect(fn5.decide({ purposeWeights: { dualResidence: "0", migration: "1" } })).toMatchObject({
      measure: "migration",
      mixed: false,
    });
  });

  it("marks the lines it sent to migration, and the lines of a mixed project", () => {
    expect(fn5.marks({ measure: "migration", mixed: false })).toEqual({
      rules: ["fn5"],
      reviews: ["migration-measure"],
    });
    expect(fn5.marks({ measure: "dual-residence", mixed: true })).toEqual({ rules: ["fn5"], reviews: [] });
    expect(fn5.marks({ measure: "dual-residence", mixed: false })).toEqual({ rules: [], reviews: [] });
  });

  it("wants exactly one purpose, and weights that are not tied", () => {
    expect(fn5.facts.crossCheck({}, "project").map((i) => i.code)).toEqual(["missing_purpose"]);
    expect(
      fn5.facts.crossCheck({ primaryPurpose: "migration", purposeWeights: {} }, "project").map((i) => i.code),
    ).toEqual(["conflicting_purpose"]);
    expect(
      fn5.facts
        .crossCheck({ purposeWeights: { dualResidence: "1.0", migration: 1 } }, "coordinator")
        .map((i) => i.code),
    ).toEqual(["tied_purpose"]);
  });

  it("flags the migration measure in its step, and reads the step back", () => {
    const facts = { primaryPurpose: "migration" } as const;
    const step = fn5.step({ kind: "project", id: "P1" }, facts, fn5.decide(facts), fy2025);
    expect([step.id, step.needsReview?.code]).toEqual(["project/P1/fn5", "migration-measure"]);
    expect(fn5.whyRouted(step).change.map((c) => c.to)).toEqual(["dual-residence"]);
  });
});
