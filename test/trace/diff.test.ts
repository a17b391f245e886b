import { describe, expect, it } from "vitest";
import { calculate, diffCalculations } from "../../src/index.js";
import { validApplication } from "../support.js";

// validApplication: FCI 0.45 (→ 1.00); E1 1,200,000 + E2 3,000,000 eligible; C1 full-time 6,200,000 → 5,000,000.
// Total 4,200,000 × 0.5 × 1.00 + 5,000,000 = 7,100,000 → 7,100 千円.
const base = calculate(validApplication());
const variant = (edit: (app: Record<string, any>) => void) => {
  const app = validApplication();
  edit(app);
  return calculate(app);
};

describe("diffCalculations", () => {
  it("of a calculation with itself is empty, with zero deltas", () => {
    const d = diffCalculations(base, base);
    expect(d).toMatchObject({ input: [], lines: [], steps: [] });
    expect(d.total.totalThousandYen).toEqual({ before: "7100", after: "7100", delta: "0" });
  });

  it("a changed 財政力指数: the index, the correction, the rate step and the totals change; no line does", () => {
    // FCI 0.62 → 11/6 − 5/3 × 0.62 = 1.8333… − 1.0333… = 0.80; 4,200,000 × 0.5 × 0.80 = 1,680,000; + 5,000,000 = 6,680,000.
    const d = diffCalculations(
      base,
      variant((app) => (app.body.fiscalCapabilityIndex = "0.62")),
    );
    expect(d.input).toEqual([{ path: "body.fiscalCapabilityIndex", before: '"0.45"', after: '"0.62"' }]);
    expect(d.lines).toEqual([]);
    expect(d.steps.map((s) => [s.stepId, s.output])).toEqual([
      ["body/fiscal-capability-index", [{ key: "index", before: "0.45", after: "0.62" }]],
      ["body/fiscal-correction", [{ key: "coefficient", before: "1.00", after: "0.80" }]],
      ["dual-residence/measure-rate", [{ key: "amountYen", before: "2100000", after: "1680000" }]],
      ["dual-residence/total", [{ key: "totalYen", before: "7100000", after: "6680000" }]],
      ["dual-residence/rounding", [{ key: "totalThousandYen", before: "7100", after: "6680" }]],
    ]);
    expect(d.steps[1]?.inputs).toContainEqual({ key: "formula", before: "1.00", after: "11/6 − 5/3 × 0.62" });
    expect(d.total.totalYen).toEqual({ before: "7100000", after: "6680000", delta: "-420000" });
    expect(d.total.totalThousandYen).toEqual({ before: "7100", after: "6680", delta: "-420" });
  });

  it("a project reclassified by ※5: its lines move measure, its routing step changes, both totals move", () => {
    // P1 → migration: 4,200,000 × 0.5 (no correction) = 2,100,000 there; this measure keeps C1's 5,000,000.
    const d = diffCalculations(
      base,
      variant((app) => (app.projects[0].primaryPurpose = "migration")),
    );
    expect(d.input).toEqual([
      { path: 'projects["P1"].primaryPurpose', before: '"dual-residence"', after: '"migration"' },
    ]);
    expect(d.lines.map((l) => [l.lineId, l.fields, l.before?.measure, l.after?.measure])).toEqual([
      ["E1", ["measure"], "dual-residence", "migration"],
      ["E2", ["measure"], "dual-residence", "migration"],
    ]);
    expect(d.steps.map((s) => s.stepId)).toEqual([
      "project/P1/fn5",
      "dual-residence/funding",
      "dual-residence/eligible-costs",
      "dual-residence/measure-rate",
      "dual-residence/total",
      "dual-residence/rounding",
      "migration/funding",
      "migration/eligible-costs",
      "migration/measure-rate",
      "migration/total",
      "migration/rounding",
      "ledger",
    ]);
    expect(d.steps[0]?.output).toEqual([{ key: "measure", before: "dual-residence", after: "migration" }]);
    expect(d.total.totalThousandYen).toEqual({ before: "7100", after: "5000", delta: "-2100" });
    expect(d.total.migration.totalThousandYen).toEqual({ before: "0", after: "2100", delta: "2100" });
  });

  it("a coordinator's post changed to concurrent: the cap step, the line and the totals", () => {
    // Concurrent cap 400,000: C1 counts 400,000 instead of 5,000,000; total 2,100,000 + 400,000 = 2,500,000.
    const d = diffCalculations(
      base,
      variant((app) => (app.coordinators[0].post = "concurrent")),
    );
    expect(d.input).toEqual([{ path: 'coordinators["C1"].post', before: '"full-time"', after: '"concurrent"' }]);
    expect(d.lines).toEqual([
      {
        lineId: "C1",
        change: "changed",
        before: {
          measure: "dual-residence",
          disposition: "capped",
          amountYen: "6200000",
          specificRevenueYen: "0",
          ownBurdenYen: "6200000",
          eligibleYen: "5000000",
          excludedYen: "1200000",
        },
        after: {
          measure: "dual-residence",
          disposition: "capped",
          amountYen: "6200000",
          specificRevenueYen: "0",
          ownBurdenYen: "6200000",
          eligibleYen: "400000",
          excludedYen: "5800000",
        },
        fields: ["eligibleYen", "excludedYen"],
      },
    ]);
    const cap = d.steps[0];
    expect(cap?.stepId).toBe("person/dual-residence/A/coordinator-cap");
    expect(cap?.inputs).toEqual([
      { key: "post", before: "full-time", after: "concurrent" },
      { key: "capYen", before: "5000000", after: "400000" },
    ]);
    expect(cap?.output).toEqual([
      { key: "countedYen", before: "5000000", after: "400000" },
      { key: "excessYen", before: "1200000", after: "5800000" },
      { key: "C1.eligibleYen", before: "5000000", after: "400000" },
    ]);
    expect(d.steps.map((s) => s.stepId)).toEqual([
      "person/dual-residence/A/coordinator-cap",
      "line/C1",
      "dual-residence/coordinators",
      "dual-residence/coordinator-rate",
      "dual-residence/total",
      "dual-residence/rounding",
      "ledger",
    ]);
    expect(d.total.totalThousandYen).toEqual({ before: "7100", after: "2500", delta: "-4600" });
  });

  it("a removed line and its steps are listed where they stood; an added one where it stands", () => {
    const removed = variant((app) => app.projects[0].expenses.splice(0, 1));
    const d = diffCalculations(base, removed);
    expect(d.lines[0]).toMatchObject({ lineId: "E1", change: "removed", fields: [] });
    expect(d.steps.slice(0, 1)).toEqual([
      {
        stepId: "line/E1",
        rule: "disposition",
        change: "removed",
        inputs: expect.any(Array),
        output: [
          { key: "disposition", before: "eligible" },
          { key: "eligibleYen", before: "1200000" },
          { key: "excludedYen", before: "0" },
        ],
      },
    ]);
    const back = diffCalculations(removed, base);
    expect(back.lines[0]).toMatchObject({ lineId: "E1", change: "added", after: { eligibleYen: "1200000" } });
    expect(back.total.totalThousandYen.delta).toBe("600");
  });
});

describe("diffCalculations matches projects, expenses and coordinators by id", () => {
  it("removing E1 (the first expense) is one input change and one removed line, not a shifted list", () => {
    const removed = variant((app) => app.projects[0].expenses.splice(0, 1));
    const d = diffCalculations(base, removed);
    expect(d.input.map((c) => [c.path, c.before !== undefined, c.after !== undefined])).toEqual([
      ['projects["P1"].expenses["E1"]', true, false],
    ]);
    expect(JSON.parse(d.input[0]?.before ?? "null")).toMatchObject({ id: "E1", amount: "1200000" });
    expect(d.lines.map((l) => [l.lineId, l.change])).toEqual([["E1", "removed"]]);
  });

  it("a line added at the front is one added change", () => {
    const added = variant((app) =>
      app.projects[0].expenses.unshift({ id: "E0", item: "opportunity.fan-club", amount: "100000" }),
    );
    const d = diffCalculations(base, added);
    expect(d.input.map((c) => c.path)).toEqual(['projects["P1"].expenses["E0"]']);
    expect(d.lines.map((l) => [l.lineId, l.change])).toEqual([["E0", "added"]]);
  });
});

describe("diffCalculations and the own burden", () => {
  it("a subsidy added to E1: the line's 特定財源 and own burden move, and the measure's funding totals", () => {
    // E1 1,200,000 with 国庫 600,000: own burden 600,000; costs 3,600,000 × 0.5 = 1,800,000 (was 2,100,000).
    const funded = variant((app) => (app.projects[0].expenses[0].specificRevenue = { national: "600000" }));
    const d = diffCalculations(base, funded);
    expect(d.lines.map((l) => [l.lineId, l.fields])).toEqual([
      ["E1", ["specificRevenueYen", "ownBurdenYen", "eligibleYen"]],
    ]);
    expect(d.total.specificRevenueYen).toEqual({ before: "0", after: "600000", delta: "600000" });
    expect(d.total.ownBurdenYen.delta).toBe("-600000");
    expect(d.total.totalYen).toEqual({ before: "7100000", after: "6800000", delta: "-300000" });
  });
});
