import { describe, expect, it } from "vitest";
import { calculate, classifyExpense, safeCalculate, verify } from "../src/index.js";

// The README's 20-line example, with the values it promises.
describe("README example", () => {
  it("gives the values the README shows", () => {
    const calc = calculate({
      fiscalYear: "令和7年度",
      body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
      projects: [{ id: "P1", primaryPurpose: "dual-residence", expenses: [
        { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
        { id: "E2", item: "opportunity.facilities", amount: "30000000", facility: { implementer: "private", work: "new" } },
      ] }],
      coordinators: [{ id: "C1", person: "A", post: "full-time", cost: "6200000", primaryPurpose: "dual-residence", activities: ["planning"] }],
    });
    expect(calc.allocation.totalThousandYen).toBe("5600");
    expect(calc.lines[1]).toMatchObject({ disposition: "excluded", rules: ["fn2"] });
    expect(verify(JSON.parse(JSON.stringify(calc))).ok).toBe(true);
    expect(classifyExpense({ id: "X", item: "reception.jobs-and-side-jobs", amount: 80000, cashHandout: true }).disposition).toBe("excluded");
    const bad = safeCalculate({ fiscalYear: 2024 });
    expect(bad.ok).toBe(false);
  });
});
