import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessExpense,
  calculate,
  estimate,
  getRuleset,
  safeCalculate,
  type Allocation,
  type Calculation,
  type Estimate,
  type MissingFact,
  type Ruleset,
} from "../../src/index.js";
import { application, copy, systemFacts, type Input } from "./arbitraries.js";
import { D } from "./laws.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

/* estimate under unknown facts: take a complete generated application, delete some of its footnote facts
   (those whose absence leaves a question: a fact absent by choice, such as cashHandout on a listed item,
   means "no", and is not unknown), and answer the deleted facts any way the units declare (and any question
   an answer opens). Every such completion calculates between the estimate's ends, in each block; each end is
   what its own answers calculate to. */

const FACT_OBJECTS = ["facility", "system", "regionalStudy"] as const;
const FACT_SCALARS = ["cashHandout", "description"] as const;

/** ふるさと住民 expenses (FY2026): around the ¥10,000,000 cap, with ※1 facts (to delete) and sometimes ※3's. */
const furusatoExpense: fc.Arbitrary<Input> = fc.record(
  {
    item: fc.constant("furusato.system-setup-and-operation"),
    amount: fc.bigInt({ min: 0n, max: 20_000_000n }).map(String),
    system: systemFacts,
    cashHandout: fc.boolean(),
  },
  { requiredKeys: ["item", "amount", "system"] },
);

/** A complete application: as generated (FY2025) or, half the time, FY2026 with ふるさと住民 expenses. */
const complete: fc.Arbitrary<Input> = fc
  .tuple(
    application({ maxProjects: 3, maxExpenses: 4, maxCoordinators: 2 }),
    fc.boolean(),
    fc.array(furusatoExpense, { maxLength: 3 }),
  )
  .map(([app, fy2026, furusato]) => {
    if (!fy2026 || (app.projects ?? []).length === 0) return app;
    const out = copy(app);
    out.fiscalYear = "令和8年度";
    out.projects[0].expenses.push(...furusato.map((e, i) => ({ id: `F${i + 1}`, ...e })));
    return out;
  });

const rulesetOf = (app: Input): Ruleset => getRuleset(app.fiscalYear);

/** Where an expense is, and a fact path of it. */
interface At {
  readonly p: number;
  readonly e: number;
  readonly path: string;
}

/** Every footnote fact the application states: each fact object whole and each of its keys, each scalar fact. */
function deletable(app: Input): At[] {
  const out: At[] = [];
  (app.projects ?? []).forEach((project: Input, p: number) =>
    project.expenses.forEach((expense: Input, e: number) => {
      for (const field of FACT_OBJECTS) {
        if (expense[field] === undefined) continue;
        out.push({ p, e, path: field });
        for (const key of Object.keys(expense[field])) out.push({ p, e, path: `${field}.${key}` });
      }
      for (const field of FACT_SCALARS) if (expense[field] !== undefined) out.push({ p, e, path: field });
    }),
  );
  return out;
}

function remove(expense: Input, path: string): void {
  const [field = "", key] = path.split(".");
  if (key === undefined) Reflect.deleteProperty(expense, field);
  else if (expense[field] !== undefined) Reflect.deleteProperty(expense[field], key);
}

function write(expense: Input, path: string, value: unknown): void {
  const [field = "", key] = path.split(".");
  if (key === undefined) expense[field] = value;
  else expense[field] = { ...expense[field], [key]: value };
}

/** The question paths a deletion takes away: a fact object's keys as stated, or the one path. */
function questionPaths(original: Input, path: string): string[] {
  const value = original[path];
  return (FACT_OBJECTS as readonly string[]).includes(path)
    ? Object.keys(value as object).map((k) => `${path}.${k}`)
    : [path];
}

interface Draft {
  readonly complete: Input;
  readonly draft: Input;
  /** Per expense ("p/e") with unknown facts: the question paths deleted. */
  readonly deleted: ReadonlyMap<string, readonly string[]>;
}

/**
 * The application with the chosen facts deleted, expense by expense. A deleted fact its expense's assessment
 * does not ask (neither missing nor asked after an answer) is put back, until every fact still deleted is one
 * it asks: an absent optional fact is a statement ("no cash handout"), not an unknown.
 */
function withUnknowns(app: Input, chosen: readonly At[]): Draft {
  const draft = copy(app);
  const ruleset = rulesetOf(app);
  const deleted = new Map<string, string[]>();
  const byExpense = new Map<string, At[]>();
  for (const at of chosen) byExpense.set(`${at.p}/${at.e}`, [...(byExpense.get(`${at.p}/${at.e}`) ?? []), at]);
  for (const [key, ats] of byExpense) {
    const { p, e } = ats[0]!;
    const original = app.projects[p].expenses[e];
    let paths = [...new Set(ats.flatMap((at) => questionPaths(original, at.path)))];
    for (;;) {
      const expense = copy(original);
      for (const path of paths) remove(expense, path);
      const assessed = assessExpense(expense, { ruleset });
      const asked =
        assessed.status === "needs-facts" ? [...assessed.missing, ...assessed.conditional].map((m) => m.path) : [];
      const kept = paths.filter((path) => asked.includes(path));
      if (kept.length === paths.length) {
        if (kept.length > 0) {
          draft.projects[p].expenses[e] = expense;
          deleted.set(key, kept);
        }
        break;
      }
      paths = kept;
    }
  }
  return { complete: app, draft, deleted };
}

const drafts: fc.Arbitrary<Draft> = complete.chain((app) =>
  fc.subarray(deletable(app)).map((chosen) => withUnknowns(app, chosen)),
);

/** An answer among a question's options (free text: words of a description), by a number. */
const answerOf = (question: MissingFact, pick: number): unknown =>
  question.options.length > 0 ? question.options[pick % question.options.length]!.value : "同種の経費の内容";

/**
 * One completion: each deleted fact answered with a declared option, then whatever questions the answers open,
 * each with a declared option too. Undefined when the answers make an expense invalid (upkeep with a bond).
 */
function completion(d: Draft, picks: readonly number[]): Input | undefined {
  const out = copy(d.draft);
  const ruleset = rulesetOf(out);
  let n = 0;
  const next = (): number => picks[n++ % picks.length] ?? 0;
  for (const [key, paths] of d.deleted) {
    const [p, e] = key.split("/").map(Number) as [number, number];
    const expense = out.projects[p].expenses[e];
    const first = assessExpense(expense, { ruleset });
    const questions = first.status === "needs-facts" ? [...first.missing, ...first.conditional] : [];
    for (const path of paths)
      write(
        expense,
        path,
        answerOf(
          questions.find((q) => q.path === path)!,
          next(),
        ),
      );
    for (let round = 0; round < 4; round++) {
      const result = assessExpense(expense, { ruleset });
      if (result.status === "decided") break;
      if (result.status === "invalid") return undefined;
      for (const m of result.missing) write(expense, m.path, answerOf(m, next()));
    }
  }
  return out;
}

/** Each block's exact and 千円 totals. */
function blocks(a: Allocation): Record<string, string | undefined> {
  return {
    total: a.totalYen,
    thousand: a.totalThousandYen,
    migration: a.migration.totalYen,
    migrationThousand: a.migration.totalThousandYen,
    furusato: a.furusatoResident?.totalYen,
    furusatoThousand: a.furusatoResident?.totalThousandYen,
  };
}

function expectBetween(range: Estimate, calc: Calculation): void {
  const [low, high, mid] = [blocks(range.low), blocks(range.high), blocks(calc.allocation)];
  for (const key of Object.keys(mid)) {
    // A block is present at both ends exactly when it is in the calculation (its lines' track is the item's).
    expect([low[key] === undefined, high[key] === undefined]).toEqual([mid[key] === undefined, mid[key] === undefined]);
    if (mid[key] === undefined) continue;
    expect(new D(low[key]!).lte(mid[key]), `${key}: low ${low[key]} ≤ ${mid[key]}`).toBe(true);
    expect(new D(mid[key]).lte(high[key]!), `${key}: ${mid[key]} ≤ high ${high[key]}`).toBe(true);
  }
  range.lines.forEach((l, i) => {
    const line = calc.lines[i]!;
    if (l.status === "decided") expect(l.line).toEqual(line);
    else {
      expect(l.low.id).toBe(line.id);
      expect(new D(l.low.eligibleYen).lte(line.eligibleYen)).toBe(true);
      expect(new D(line.eligibleYen).lte(l.high.eligibleYen)).toBe(true);
    }
  });
}

/** The draft answered as one end's answers say (free text: a description). */
function answeredAt(d: Draft, range: Estimate, end: "low" | "high"): Input {
  const out = copy(d.draft);
  for (const p of range.pending) {
    const [, pi, ei] = /^\$\.projects\[(\d+)\]\.expenses\[(\d+)\]$/.exec(p.path)!;
    const expense = out.projects[Number(pi)].expenses[Number(ei)];
    for (const [path, value] of Object.entries(p.answers[end])) write(expense, path, value);
    if (p.missing.some((m) => m.options.length === 0)) expense.description = "同種の経費の内容";
  }
  return out;
}

describe("estimate: every completion of the unknown facts lies between low and high", PROPERTY_TIMEOUT, () => {
  it("for the total, the migration block and the ふるさと住民 block, exact and in 千円", () => {
    let ranged = 0;
    fc.assert(
      fc.property(drafts, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (d, picks) => {
        const range = estimate(d.draft);
        expect(range.pending.length).toBe(d.deleted.size);
        if (range.pending.length > 0) ranged++;
        // The generated facts are one completion; any other declared answers are another.
        expectBetween(range, calculate(d.complete));
        const answered = completion(d, picks);
        if (answered === undefined) return;
        const calc = safeCalculate(answered);
        expect(calc.ok).toBe(true);
        if (calc.ok) expectBetween(range, calc.value);
      }),
      runs(150),
    );
    // Most samples have unknown facts (the generator puts back only deletions that ask nothing).
    expect(ranged).toBeGreaterThan(runs(150).numRuns / 4);
  });

  it("each end is calculate on the input answered as its `answers` say; no unknown: calculate's figure", () => {
    fc.assert(
      fc.property(drafts, (d) => {
        const range = estimate(d.draft);
        expect(calculate(answeredAt(d, range, "low")).allocation).toEqual(range.low);
        expect(calculate(answeredAt(d, range, "high")).allocation).toEqual(range.high);
        if (d.deleted.size === 0) {
          expect(range.low).toEqual(calculate(d.draft).allocation);
          expect(range.high).toBe(range.low);
        }
      }),
      runs(100),
    );
  });
});
