import { describe, expect, it } from "vitest";
import { fy2025 } from "../rulesets/fy2025.js";
import type { RegistrationSystemFacts } from "./fn1-registration-system/index.js";
import type { FacilityFacts } from "./fn2-facilities/index.js";

const context = { sharedWithOtherActivities: false, pillarJa: "" };

describe("verdicts worked out once", () => {
  it("the table's verdicts are shared and frozen", () => {
    const a = fy2025.rules.fn3.decide(true, fy2025, context);
    expect(fy2025.rules.fn3.decide(true, fy2025, context)).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.conditions) && Object.isFrozen(a.conditions[0])).toBe(true);
  });

  it("facts off the table (a caller's own) are decided afresh, by the same rule", () => {
    const fn3 = fy2025.rules.fn3.decide("yes" as unknown as boolean, fy2025, context);
    expect([fn3.outcome, fn3.conditions[0]?.received]).toEqual(["excluded", "yes"]);
    const fn1 = fy2025.rules.fn1.decide({ phase: "repair" } as unknown as RegistrationSystemFacts, fy2025, context);
    expect(fn1.outcome).toBe("passes");
    const fn2 = fy2025.rules.fn2.decide(
      { implementer: "ngo", work: "new" } as unknown as FacilityFacts,
      fy2025,
      context,
    );
    expect(fn2.outcome).toBe("passes");
    const fn4 = fy2025.rules.fn4.decide(
      { takesOutsideStudents: 1, mainlySchoolAppeal: false, inStrategyPlan: true } as never,
      fy2025,
      context,
    );
    expect(fn4.outcome).toBe("excluded");
  });
});
