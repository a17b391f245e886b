import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  calculate,
  defineRuleset,
  estimate,
  getRuleset,
  InputError,
  safeCalculate,
  type Estimate,
  type Line,
} from "../../src/index.js";
import { MAX_COMPLETIONS } from "../../src/calculate/estimate-ends.js";
import { fixturesDir } from "../fixtures-replay/load-fixtures.js";
import { HOSTILE } from "../fuzz/inputs.js";
import { readmeApplication } from "../support.js";

/* estimate: the allocation's range while footnote facts are unknown. The hand-worked fixture fixes the
   figures; the rest pins the contract: a complete input is calculate's figure, any other problem is
   calculate's own InputError, and each end is calculate on the input answered as `answers` says. */

interface EstimateFixture {
  input: Record<string, any>;
  expected: {
    fiscalCorrection: { index: string; coefficient: string };
    pending: {
      id: string;
      path: string;
      missing: string[];
      conditional: string[];
      answers: { low: Record<string, unknown>; high: Record<string, unknown> };
    }[];
    lines: {
      id: string;
      status: string;
      low: { disposition: string; eligibleYen: string; rules: string[] };
      high: { disposition: string; eligibleYen: string; rules: string[] };
      why: string;
    }[];
    low: Record<string, unknown>;
    high: Record<string, unknown>;
    workings: string[];
  };
}

const fixture = JSON.parse(
  readFileSync(join(fixturesDir, "estimate", "pending-facts.json"), "utf8"),
) as EstimateFixture;

/** The expense at a pending path ("$.projects[0].expenses[1]") of an input. */
function expenseAt(input: Record<string, any>, path: string): Record<string, any> {
  const [, p, e] = /^\$\.projects\[(\d+)\]\.expenses\[(\d+)\]$/.exec(path)!;
  return input.projects[Number(p)].expenses[Number(e)];
}

/** The input with each pending expense answered as one end says (free text: a description). */
function answered(input: Record<string, any>, range: Estimate, end: "low" | "high"): Record<string, any> {
  const copy = structuredClone(input);
  for (const p of range.pending) {
    const expense = expenseAt(copy, p.path);
    for (const [path, value] of Object.entries(p.answers[end])) {
      const [field = "", key] = path.split(".");
      if (key === undefined) expense[field] = value;
      else expense[field] = { ...expense[field], [key]: value };
    }
    if ([...p.missing, ...p.conditional].some((m) => m.options.length === 0))
      expense.description = "空き家の片付け支援";
  }
  return copy;
}

const thrownBy = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
};

/** The README's application with E2's ※2 facts not given yet. */
function draft(): Record<string, any> {
  const app = readmeApplication();
  delete app.projects[0].expenses[1].facility;
  return app;
}

describe("estimate: the hand-worked fixture (fixtures/estimate/pending-facts.json)", () => {
  const range = estimate(fixture.input);

  it("has the hand-worked low and high allocations", () => {
    expect(range.low).toEqual(fixture.expected.low);
    expect(range.high).toEqual(fixture.expected.high);
  });

  it("lists the pending expenses with the questions assessExpense asks and the answers of each end", () => {
    expect(
      range.pending.map((p) => ({
        id: p.id,
        path: p.path,
        missing: p.missing.map((m) => m.path),
        conditional: p.conditional.map((c) => c.path),
        answers: p.answers,
      })),
    ).toEqual(fixture.expected.pending);
    expect(range.pending.map((p) => p.projectId)).toEqual(["P1", "P1", "P1", "P1", "P2", "P3"]);
  });

  it("has every line's hand-worked status and ends, in calculate's order", () => {
    const pick = (l: Line) => ({ disposition: l.disposition, eligibleYen: l.eligibleYen, rules: l.rules });
    expect(
      range.lines.map((l) =>
        l.status === "decided"
          ? { id: l.line.id, status: l.status, low: pick(l.line), high: pick(l.line) }
          : { id: l.low.id, status: l.status, low: pick(l.low), high: pick(l.high) },
      ),
    ).toEqual(fixture.expected.lines.map(({ why: _why, ...line }) => line));
  });

  it("reaches each end by calculate on the input answered as `answers` says", () => {
    const low = calculate(answered(fixture.input, range, "low"));
    const high = calculate(answered(fixture.input, range, "high"));
    expect(low.allocation).toEqual(range.low);
    expect(high.allocation).toEqual(range.high);
    expect(low.fiscalCorrection).toEqual(fixture.expected.fiscalCorrection);
    expect(range.lines.map((l) => (l.status === "decided" ? l.line : l.low))).toEqual(low.lines);
    expect(range.lines.map((l) => (l.status === "decided" ? l.line : l.high))).toEqual(high.lines);
  });

  it("is not the naive sum: the ふるさと住民 cap holds the high end at 4,600 千円", () => {
    const f1 = range.lines.find((l) => l.status === "pending" && l.high.id === "F1");
    const naive = Number(range.low.furusatoResident?.totalYen) + 12_000_000 * 0.46;
    expect(f1?.status).toBe("pending");
    expect(naive).toBe(6_900_000);
    expect(range.high.furusatoResident?.totalThousandYen).toBe("4600");
  });

  it("is refused by calculate, which stays all-or-nothing", () => {
    const error = thrownBy(() => calculate(fixture.input));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => i.path)).toEqual([
      "$.projects[0].expenses[1].facility",
      "$.projects[0].expenses[2].facility.regionalBondCovers",
      "$.projects[0].expenses[3].cashHandout",
      "$.projects[0].expenses[4].description",
      "$.projects[1].expenses[0].regionalStudy.inStrategyPlan",
      "$.projects[1].expenses[0].regionalStudy.mainlySchoolAppeal",
      "$.projects[2].expenses[0].system.digitalBondCovers",
    ]);
  });
});

describe("estimate: a complete application is calculate's figure", () => {
  it("low = high = calculate's allocation, every line decided as calculate decides it", () => {
    const calc = calculate(readmeApplication());
    const range = estimate(readmeApplication());
    expect(range.low).toEqual(calc.allocation);
    expect(range.high).toEqual(calc.allocation);
    expect(range.pending).toEqual([]);
    expect(range.lines).toEqual(calc.lines.map((line) => ({ status: "decided", line })));
  });

  it("takes the ruleset option as calculate does (an id or a ruleset)", () => {
    expect(estimate(draft(), { ruleset: "FY2025" })).toEqual(estimate(draft()));
    expect(estimate(draft(), { ruleset: getRuleset(2025) })).toEqual(estimate(draft()));
    // null from JavaScript: no ruleset, as calculate reads it.
    const none = { ruleset: null } as unknown as { ruleset?: string };
    expect(calculate(readmeApplication(), none).allocation).toEqual(calculate(readmeApplication()).allocation);
    expect(estimate(draft(), none)).toEqual(estimate(draft()));
  });
});

describe("estimate: one pending facility (the README's E2)", () => {
  const range = estimate(draft());

  it("is out at the low end and in at the high end; the other lines are decided", () => {
    expect([range.low.totalThousandYen, range.high.totalThousandYen]).toEqual(["5600", "20600"]);
    expect(range.lines.map((l) => l.status)).toEqual(["decided", "pending", "decided"]);
    expect(range.pending[0]?.path).toBe("$.projects[0].expenses[1]");
  });

  it("follows the question an answer opens: the body's own work, then the bond", () => {
    const app = draft();
    app.projects[0].expenses[1].facility = { implementer: "government" };
    const own = estimate(app);
    expect(own.pending[0]?.missing.map((m) => m.path)).toEqual(["facility.work", "facility.regionalBondCovers"]);
    expect(own.pending[0]?.answers).toEqual({
      low: { "facility.work": "new", "facility.regionalBondCovers": true },
      high: { "facility.work": "new", "facility.regionalBondCovers": false },
    });
    // Only the bond unknown is enough to keep the line out at the low end.
    expect([own.low.totalThousandYen, own.high.totalThousandYen]).toEqual(["5600", "20600"]);
  });

  it("a partly given fact is asked for what is left, and its answer kept", () => {
    const app = draft();
    app.projects[0].expenses[1].facility = { implementer: "private" };
    expect(estimate(app).pending[0]?.answers).toEqual({
      low: { "facility.work": "new" },
      high: { "facility.work": "renovation" },
    });
  });
});

describe("estimate: anything else wrong is calculate's InputError", () => {
  it("a wrong amount beside a missing fact: calculate's error, missing facts listed too", () => {
    const app = draft();
    app.projects[0].expenses[0].amount = "-1";
    const error = thrownBy(() => estimate(app));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toEqual(thrownBy(() => calculate(app)));
    expect((error as InputError).issues.map((i) => i.path)).toEqual([
      "$.projects[0].expenses[0].amount",
      "$.projects[0].expenses[1].facility",
    ]);
  });

  it("a wrong answer on the pending expense itself", () => {
    const app = draft();
    app.projects[0].expenses[1].facility = { implementer: "private", work: "demolish" };
    expect(thrownBy(() => estimate(app))).toEqual(thrownBy(() => calculate(app)));
  });

  it.each([
    ["no fiscal year", (app: Record<string, any>) => delete app.fiscalYear],
    ["a year without a ruleset", (app: Record<string, any>) => (app.fiscalYear = 2024)],
    ["projects not a list", (app: Record<string, any>) => (app.projects = { P1: app.projects[0] })],
    ["a project not an object", (app: Record<string, any>) => app.projects.push(7)],
  ])("%s", (_label, edit) => {
    const app = draft();
    edit(app);
    const error = thrownBy(() => estimate(app));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toEqual(thrownBy(() => calculate(app)));
  });

  it("an unknown ruleset id, or options that cannot be read", () => {
    expect(thrownBy(() => estimate(draft(), { ruleset: "FY2099" }))).toEqual(
      thrownBy(() => calculate(draft(), { ruleset: "FY2099" })),
    );
    const hostile = null as unknown as { ruleset?: string };
    const error = thrownBy(() => estimate(draft(), hostile));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toEqual((safeCalculate(draft(), hostile) as { error: InputError }).error);
  });

  it.each([42, null, "application", [readmeApplication()]])("not an application: %j", (input) => {
    expect(thrownBy(() => estimate(input))).toEqual(thrownBy(() => calculate(input)));
  });

  it.each(HOSTILE.map((h) => [h.label, h.make] as const))("a hostile value: %s", (_label, make) => {
    const exact = safeCalculate(make());
    if (exact.ok) expect(estimate(make()).low).toEqual(exact.value.allocation);
    else expect(thrownBy(() => estimate(make()))).toBeInstanceOf(InputError);
  });

  it("an input that throws only when read again (after calculate refused it)", () => {
    const app = draft();
    let reads = 0;
    Object.defineProperty(app, "projects", {
      enumerable: true,
      get: () => {
        reads++;
        if (reads > 1) throw new Error("read once");
        return draft().projects;
      },
    });
    const error = thrownBy(() => estimate(app));
    expect(error).toBeInstanceOf(InputError);
  });
});

describe("estimate: units whose answers cannot complete an expense", () => {
  const fy2025 = getRuleset(2025);
  const { fn3 } = fy2025.rules;
  const withOptions = (id: string, options: { value: string | boolean; label: { ja: string; en: string } }[]) =>
    defineRuleset(fy2025, {
      id,
      fiscalYear: 2025,
      rules: {
        fn3: { ...fn3, facts: { ...fn3.facts, questions: [{ ...fn3.facts.questions[0]!, options }] } },
      },
    });
  const app = () => ({
    ...readmeApplication(),
    projects: [
      {
        id: "P1",
        primaryPurpose: "dual-residence",
        expenses: [{ id: "E1", item: "reception.jobs-and-side-jobs", amount: "80000" }],
      },
    ],
  });

  it("no declared answer is valid: not estimated, refused as calculate refuses it", () => {
    const ruleset = withOptions("FY2025-maybe", [{ value: "maybe", label: { ja: "たぶん", en: "maybe" } }]);
    const error = thrownBy(() => estimate(app(), { ruleset }));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toEqual(thrownBy(() => calculate(app(), { ruleset })));
  });

  it(`more than ${MAX_COMPLETIONS} ways of answering: not estimated`, () => {
    const many = Array.from({ length: MAX_COMPLETIONS + 1 }, (_, i) => ({
      value: i === 0 ? false : `v${i}`,
      label: { ja: `${i}`, en: `${i}` },
    }));
    const error = thrownBy(() => estimate(app(), { ruleset: withOptions("FY2025-many", many) }));
    expect(error).toBeInstanceOf(InputError);
    // The same unit with its two answers estimates.
    const two = withOptions("FY2025-two", [...fn3.facts.questions[0]!.options]);
    expect(estimate(app(), { ruleset: two }).pending).toHaveLength(1);
  });
});
