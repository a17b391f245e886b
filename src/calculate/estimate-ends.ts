import { Dec } from "../money/decimal.js";
import type { Ruleset } from "../rulesets/index.js";
import { assessExpense, type MissingFact } from "./assess-expense.js";

/*
 * One expense's two ends while some of its facts are unknown. Every way of answering its questions with the
 * answers the rule units declare is classified by `assessExpense` (so by the rule units themselves: nothing
 * here knows a footnote); an answer that opens a further question (the body's own facility work opens the
 * regional bond) is followed by that question's answers in turn. Of the answers that decide the line, those
 * that leave the fewest eligible yen are the low end, those that leave the most the high end; answers that
 * make the expense invalid (upkeep with a bond stated) are no completion and are dropped.
 */

/** Answers by question path: "facility.work" → "renovation". */
export type Answers = Readonly<Record<string, string | boolean>>;

/** One way of answering an expense's unknown facts, and the eligible yen the rules then give it. */
export interface Completion {
  /** The answers chosen among the declared options (free-text answers are left out: see UNSTATED_TEXT). */
  readonly answers: Answers;
  /** The expense with every answer written at its path. */
  readonly expense: Readonly<Record<string, unknown>>;
  /** Its eligible yen (own burden that counts), as the rules decide it. */
  readonly eligible: Dec;
}

/** The least and the most favourable completions of one expense. */
export interface Ends {
  readonly low: Completion;
  readonly high: Completion;
}

/**
 * What a free-text question (a `*.other` item's description, 等) is answered with. Its unit declares no
 * options and always passes the line (needing review), so the words do not move a figure; they only make
 * the completed input valid, and never leave this module's completed inputs.
 */
const UNSTATED_TEXT = "（未記載: 見積り用の仮の記載） (not described yet: a placeholder for the estimate)";

/**
 * The most ways of answering one expense that are tried. The built-in units ask at most three yes/no or
 * two-way questions an expense (16 ways at most); a caller's unit with many questions could ask millions:
 * past this, the expense is not estimated (and `estimate` refuses the input as `calculate` does).
 */
export const MAX_COMPLETIONS = 1024;

interface Open {
  readonly answers: Answers;
  readonly expense: Readonly<Record<string, unknown>>;
  readonly missing: readonly MissingFact[];
}

/**
 * The two ends of an expense that `assessExpense` finds `needs-facts` (`missing`), under `ruleset`; undefined
 * when no way of answering decides it, or when there are more ways than MAX_COMPLETIONS.
 *
 * Each round answers every fact still missing, in every combination; each answer is written at its path and
 * the expense assessed again. A fact once answered is given, and `assessExpense` never asks a given fact, so
 * each round asks only facts not asked before and the rounds end.
 */
export function expenseEnds(
  expense: Readonly<Record<string, unknown>>,
  missing: readonly MissingFact[],
  ruleset: Ruleset,
): Ends | undefined {
  const decided: Completion[] = [];
  let open: Open[] = [{ answers: {}, expense, missing }];
  let tried = 0;
  while (open.length > 0) {
    const next: Open[] = [];
    for (const state of open) {
      const ways = combinations(state.missing);
      tried += ways.length;
      if (tried > MAX_COMPLETIONS) return undefined;
      for (const way of ways) {
        const answered = way.reduce((e, [path, value]) => withAnswer(e, path, value), state.expense);
        const answers = { ...state.answers, ...chosen(way) };
        const result = assessExpense(answered, { ruleset });
        if (result.status === "decided")
          decided.push({ answers, expense: answered, eligible: new Dec(result.line.eligibleYen) });
        else if (result.status === "needs-facts") next.push({ answers, expense: answered, missing: result.missing });
      }
    }
    open = next;
  }
  const [first, ...rest] = decided;
  if (!first) return undefined;
  // The first of equals wins: the declared options' order, so the same input gives the same answers.
  let low = first;
  let high = first;
  for (const c of rest) {
    if (c.eligible.lt(low.eligible)) low = c;
    if (c.eligible.gt(high.eligible)) high = c;
  }
  return { low, high };
}

type Way = readonly (readonly [path: string, value: string | boolean, free: boolean])[];

/** Every combination of the questions' answers, the first question's first answer first (at most one past the limit). */
function combinations(missing: readonly MissingFact[]): Way[] {
  let ways: Way[] = [[]];
  for (const m of missing) {
    const answers: (readonly [string, string | boolean, boolean])[] =
      m.options.length > 0 ? m.options.map((o) => [m.path, o.value, false] as const) : [[m.path, UNSTATED_TEXT, true]];
    ways = ways.flatMap((w) => answers.map((a) => [...w, a]));
    if (ways.length > MAX_COMPLETIONS) break;
  }
  return ways;
}

/** The chosen answers of a way, free text left out. */
function chosen(way: Way): Answers {
  return Object.fromEntries(way.filter(([, , free]) => !free).map(([path, value]) => [path, value]));
}

/** The expense with an answer written at a path of one or two keys ("cashHandout", "facility.work"). */
function withAnswer(
  expense: Readonly<Record<string, unknown>>,
  path: string,
  value: unknown,
): Readonly<Record<string, unknown>> {
  const [field = "", key] = path.split(".");
  if (key === undefined) return { ...expense, [field]: value };
  const held = expense[field];
  // A fact object partly given keeps what it has; one not given (absent, or blank text) starts empty.
  return { ...expense, [field]: { ...(typeof held === "object" ? held : undefined), [key]: value } };
}
