import { readFiscalYear } from "../rulesets/fiscal-year.js";
import { findRuleset, type Ruleset } from "../rulesets/index.js";
import { assessExpense, type ConditionalFact, type MissingFact } from "./assess-expense.js";
import type { CalculateOptions } from "./calculate.js";
import { expenseEnds, type Ends } from "./estimate-ends.js";

/*
 * The application as `estimate` reads it: which expenses wait for facts (by `assessExpense`, under the
 * ruleset `calculate` would use), and the application with each of them completed at one end. Only those
 * expenses change; everything else of the input is passed on as it is, for `calculate` to validate.
 */

/** An expense whose facts are not all given, where it sits, its questions and its two ends. */
export interface PendingAt {
  /** Its project's index in `projects`. */
  readonly project: number;
  /** Its index in that project's `expenses`. */
  readonly expense: number;
  /** Its index among all the expenses, in input order: its line's index in a calculation. */
  readonly line: number;
  /** The facts to ask now. */
  readonly missing: readonly MissingFact[];
  /** The facts an answer may call for. */
  readonly conditional: readonly ConditionalFact[];
  /** The least and the most favourable answers. */
  readonly ends: Ends;
}

type Rec = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const listOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** The ruleset `calculate` would use: the option's (an object, or a known id), else the input's fiscal year's. */
export function rulesetOfInput(input: Rec, options: CalculateOptions): Ruleset | undefined {
  const given = options.ruleset;
  // null, from JavaScript, is no ruleset: calculate then takes the input's year too.
  if (typeof given === "object" && (given as unknown) !== null) return given;
  if (typeof given === "string") return findRuleset(given);
  const year = readFiscalYear(input.fiscalYear);
  return year.ok ? findRuleset(year.year) : undefined;
}

/**
 * The expenses of the input that wait for facts only, and can be completed, in input order. Expenses that
 * are decided or invalid are not here: `calculate` decides or refuses them.
 */
export function pendingExpenses(input: Rec, ruleset: Ruleset): PendingAt[] {
  const found: PendingAt[] = [];
  let line = 0;
  listOf(input.projects).forEach((project, p) => {
    const expenses = isRecord(project) ? listOf(project.expenses) : [];
    expenses.forEach((expense, e) => {
      const assessed = assessExpense(expense, { ruleset });
      if (assessed.status === "needs-facts") {
        // needs-facts is said of a record only: its item had to be read to know the questions.
        const ends = expenseEnds(expense as Rec, assessed.missing, ruleset);
        const { missing, conditional } = assessed;
        if (ends) found.push({ project: p, expense: e, line, missing, conditional, ends });
      }
      line++;
    });
  });
  return found;
}

/** The input with each pending expense completed at one end (its other fields, and all else, as given). */
export function completedInput(input: Rec, pending: readonly PendingAt[], end: "low" | "high"): Rec {
  const projects = listOf(input.projects).map((project, p) => {
    const mine = pending.filter((x) => x.project === p);
    if (mine.length === 0) return project;
    const record = project as Rec;
    const expenses = listOf(record.expenses).map(
      (expense, e) => mine.find((x) => x.expense === e)?.ends[end].expense ?? expense,
    );
    return { ...record, expenses };
  });
  return { ...input, projects };
}
