import { describe, expect, it } from "vitest";
import { calculate, getRuleset, type Ruleset } from "../../src/index.js";
import { Dec } from "../../src/money/decimal.js";
import { coordinatorRate, measureRate, ratedCoordinators, ratedCosts } from "../../src/rules/measure-rate.js";

/* FY2025 gives both measures the same rates (0.5; 1.0), so only a ruleset where they differ shows which is read. */

const fy2025 = getRuleset(2025);
const distinct: Ruleset = {
  ...fy2025,
  measureRate: { ...fy2025.measureRate, value: "0.6" },
  coordinator: { ...fy2025.coordinator, rate: { ...fy2025.coordinator.rate, value: "0.9" } },
  migration: {
    ...fy2025.migration,
    costRate: { ...fy2025.migration.costRate, value: "0.4" },
    coordinatorRate: { ...fy2025.migration.coordinatorRate, value: "0.8" },
  },
};

describe("each measure reads its own rates", () => {
  it("costs: dual residence × measureRate × coefficient; migration × its costRate", () => {
    expect(measureRate("dual-residence", new Dec(1000), "0.92", distinct).amount.toFixed()).toBe("552");
    expect(measureRate("dual-residence", new Dec(1000), "0.92", distinct).step.inputs).toEqual({
      eligibleCostsYen: "1000",
      rate: "0.6",
      coefficient: "0.92",
    });
    expect(measureRate("migration", new Dec(1000), null, distinct).amount.toFixed()).toBe("400");
    expect(measureRate("migration", new Dec(1000), null, distinct).step.cite).toBe("ordinance 移住・定住対策 (1)");
    expect(ratedCosts("dual-residence", new Dec(1000), "1.00", distinct).toFixed()).toBe("600");
    expect(ratedCosts("migration", new Dec(1000), null, distinct).toFixed()).toBe("400");
  });

  it("coordinators: dual residence × coordinator.rate; migration × its coordinatorRate", () => {
    expect(coordinatorRate("dual-residence", new Dec(1000), distinct).amount.toFixed()).toBe("900");
    expect(coordinatorRate("migration", new Dec(1000), distinct).amount.toFixed()).toBe("800");
    expect(coordinatorRate("migration", new Dec(1000), distinct).step.inputs).toEqual({
      eligibleYen: "1000",
      rate: "0.8",
    });
    expect(ratedCoordinators("dual-residence", new Dec(1000), distinct).toFixed()).toBe("900");
    expect(ratedCoordinators("migration", new Dec(1000), distinct).toFixed()).toBe("800");
  });

  it("through calculate, with the ruleset given as an object", () => {
    const input = {
      fiscalYear: 2025,
      body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
      projects: [
        {
          id: "P1",
          primaryPurpose: "dual-residence",
          expenses: [{ id: "E1", item: "opportunity.fan-club", amount: "1000" }],
        },
        {
          id: "P2",
          primaryPurpose: "migration",
          expenses: [{ id: "E2", item: "opportunity.fan-club", amount: "1000" }],
        },
      ],
      coordinators: [
        {
          id: "C1",
          person: "A",
          post: "full-time",
          cost: "1000",
          primaryPurpose: "dual-residence",
          activities: ["planning"],
        },
        {
          id: "C2",
          person: "B",
          post: "full-time",
          cost: "1000",
          primaryPurpose: "migration",
          activities: ["planning"],
        },
      ],
    };
    const { allocation } = calculate(input, { ruleset: distinct });
    expect([allocation.measureCostsYen, allocation.coordinatorsYen, allocation.totalYen]).toEqual([
      "600",
      "900",
      "1500",
    ]);
    expect([
      allocation.migration.costsYen,
      allocation.migration.coordinatorsYen,
      allocation.migration.totalYen,
    ]).toEqual(["400", "800", "1200"]);
  });
});
