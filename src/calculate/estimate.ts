import type { Line } from "../rules/line.js";
import { formatPath } from "../schema/input-error.js";
import type { ConditionalFact, MissingFact } from "./assess-expense.js";
import { safeCalculate, type CalculateOptions } from "./calculate.js";
import type { Allocation, Calculation } from "./calculation.js";
import { completedInput, pendingExpenses, rulesetOfInput, type PendingAt } from "./estimate-input.js";

/*
 * An application with some footnote facts unknown, as a range. Both ends are computed by `calculate` itself,
 * on the application completed twice: every unknown fact answered the least favourable way, then the most
 * (estimate-ends.ts finds those answers per expense with `assessExpense`). A line's eligible yen move only
 * its own measure's sum, and every step after the sum (the ふるさと住民 cost cap, the rate, the one 千円
 * rounding) never lowers a larger sum; so each end is the least or the most that any completion can give,
 * caps and rounding included, and each is reached by a real completion (its `answers`).
 */

/**
 * An expense that waits for facts: where it is, what to ask (the questions {@link assessExpense} asks, the
 * rule units' own) and the answers that give each end of the range.
 *
 * @example
 * ```ts
 * const draft = { ...application, projects: [{ id: "P1", primaryPurpose: "dual-residence", expenses: [
 *   { id: "E2", item: "opportunity.facilities", amount: "30000000" }] }] };
 * const pending = estimate(draft).pending[0];
 * [pending?.id, pending?.path, pending?.missing.map((m) => m.path)];
 * //=> ["E2", "$.projects[0].expenses[0]", ["facility.implementer", "facility.work"]]
 * pending?.answers;
 * //=> { low: { "facility.implementer": "private", "facility.work": "new" },
 * //     high: { "facility.implementer": "private", "facility.work": "renovation" } }
 * ```
 * @category Calculation
 */
export interface PendingExpense {
  /** The expense's id. */
  readonly id: string;
  /** Its project's id. */
  readonly projectId: string;
  /** Where it is in the input ("$.projects[0].expenses[1]"): an answer goes at this path + "." + the question's path. */
  readonly path: string;
  /** The facts to ask now, as `assessExpense` gives them (path, fact, rule, footnote, question, options). */
  readonly missing: readonly MissingFact[];
  /** Facts an answer will call for (the regional bond, when the body itself does the work). */
  readonly conditional: readonly ConditionalFact[];
  /**
   * The answers, by question path, that give each end: the least favourable (`low`) and the most (`high`),
   * conditional questions they open included. The first of equally good answers in the declared order;
   * free-text answers (a description) are left out, as their words move no figure.
   */
  readonly answers: {
    /** The answers that give `Estimate.low`. */
    readonly low: Readonly<Record<string, string | boolean>>;
    /** The answers that give `Estimate.high`. */
    readonly high: Readonly<Record<string, string | boolean>>;
  };
}

/**
 * One line of an estimate: `decided` (the line, as `calculate` gives it), or `pending` (the line at each end).
 *
 * @example
 * ```ts
 * const draft = { ...application, projects: [{ id: "P1", primaryPurpose: "dual-residence", expenses: [
 *   { id: "E2", item: "opportunity.facilities", amount: "30000000" }] }] };
 * estimate(draft).lines.map((l) =>
 *   l.status === "decided" ? [l.line.id, l.line.eligibleYen] : [l.low.id, l.low.eligibleYen, l.high.eligibleYen]);
 * //=> [["E2", "0", "30000000"], ["C1", "5000000"]]
 * ```
 * @category Calculation
 */
export type EstimateLine =
  | {
      /** Every fact its rules need is given: the line is as `calculate` decides it. */
      readonly status: "decided";
      /** The line. */
      readonly line: Line;
    }
  | {
      /** Facts its rules need are unknown: the line at each end of the range. */
      readonly status: "pending";
      /** The line with its facts answered the least favourable way (`eligibleYen` its least). */
      readonly low: Line;
      /** The line with its facts answered the most favourable way (`eligibleYen` its most). */
      readonly high: Line;
    };

/**
 * What {@link estimate} returns: the allocation's range while facts are unknown, what to ask, and every line.
 *
 * @example
 * ```ts
 * const complete = estimate(application);        // the README's application: every fact given
 * [complete.low.totalThousandYen, complete.high.totalThousandYen, complete.pending.length];   //=> ["5600", "5600", 0]
 * ```
 * @category Calculation
 */
export interface Estimate {
  /** The allocation (as `calculate` gives it) with every pending line answered the least favourable way. */
  readonly low: Allocation;
  /** The allocation with every pending line answered the most favourable way. */
  readonly high: Allocation;
  /** The expenses that wait for facts, in input order, with their questions (empty: `low` and `high` are the allocation). */
  readonly pending: readonly PendingExpense[];
  /** Every line, in the order of `calculate`'s lines (expenses, then coordinators). */
  readonly lines: readonly EstimateLine[];
}

/**
 * The allocation's range for an application whose footnote facts are not all known yet: lines that can be
 * decided are, the others are pending with their questions, and `low` and `high` are full allocations that
 * every way of answering lies between (`low.totalYen ≤ calculate(answered).allocation.totalYen ≤
 * high.totalYen`, and so for the migration and ふるさと住民 blocks and the 千円 figures).
 *
 * Both ends are computed by `calculate` on the application completed: each unknown fact answered with the
 * declared option that leaves its line the fewest eligible yen (`low`) or the most (`high`), following any
 * question an answer opens (the body's own facility work opens the regional bond). A pending line no answer
 * can take out (an `*.other` item waiting for its description only) counts at both ends. So each end is an
 * allocation some answers really give, caps (coordinators', the ふるさと住民 ¥10,000,000) and the 千円
 * rounding applied as they would be; `answers` says which.
 *
 * An expense is pending when {@link assessExpense} finds it `needs-facts` under the application's ruleset. A
 * complete application gives `low` = `high` = `calculate(input).allocation`. Anything else wrong — an amount,
 * an item, a body, a coordinator's facts, a wrong answer — and the input is refused as `calculate` refuses
 * it: `estimate` throws `calculate`'s own {@link InputError} (missing facts listed too), and nothing else.
 *
 * @example
 * ```ts
 * import { estimate } from "dual-residence-allocation";
 *
 * // The README's application before E2's ※2 facts are known.
 * const draft = { ...application, projects: [{ id: "P1", primaryPurpose: "dual-residence", expenses: [
 *   { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
 *   { id: "E2", item: "opportunity.facilities", amount: "30000000" }] }] };
 * const range = estimate(draft);
 * [range.low.totalThousandYen, range.high.totalThousandYen];     //=> ["5600", "20600"]
 * range.pending.map((p) => [p.id, p.missing.map((m) => m.footnote)]);   //=> [["E2", ["※2", "※2"]]]
 * range.lines.map((l) => l.status);                              //=> ["decided", "pending", "decided"]
 *
 * // Answered: the range closes on calculate's figure.
 * const facility = { implementer: "private", work: "renovation" };
 * const answered = { ...draft, projects: [{ ...draft.projects[0], expenses: [draft.projects[0].expenses[0], { ...draft.projects[0].expenses[1], facility }] }] };
 * estimate(answered).low.totalThousandYen;                       //=> "20600"
 * estimate(answered).pending;                                    //=> []
 * ```
 * @throws An {@link InputError}: the one `calculate` throws, for input that is wrong other than by facts not
 * yet given (or whose unknown facts have no answer that makes it valid); also for an unknown
 * `options.ruleset` id.
 * @category Calculation
 */
export function estimate(input: unknown, options: CalculateOptions = {}): Estimate {
  const exact = safeCalculate(input, options);
  if (exact.ok) return settled(exact.value);
  const range = ranged(input, options);
  if (!range) throw exact.error;
  return range;
}

/** A complete application: one figure, every line decided. */
function settled(calculation: Calculation): Estimate {
  const { allocation, lines } = calculation;
  return { low: allocation, high: allocation, pending: [], lines: lines.map((line) => ({ status: "decided", line })) };
}

/** The range, when every problem of the input is a fact not yet given; else undefined. */
function ranged(input: unknown, options: CalculateOptions): Estimate | undefined {
  let pending: PendingAt[];
  let inputs: { low: unknown; high: unknown };
  try {
    if (typeof input !== "object" || input === null) return undefined;
    const record = input as Readonly<Record<string, unknown>>;
    const ruleset = rulesetOfInput(record, options);
    if (!ruleset) return undefined;
    pending = pendingExpenses(record, ruleset);
    inputs = { low: completedInput(record, pending, "low"), high: completedInput(record, pending, "high") };
  } catch {
    // Options or input that throw when read again (a getter, a proxy): refused, as calculate refused them.
    return undefined;
  }
  if (pending.length === 0) return undefined;
  const low = safeCalculate(inputs.low, options);
  const high = safeCalculate(inputs.high, options);
  if (!low.ok || !high.ok) return undefined;
  const [lowLines, highLines] = [low.value.lines, high.value.lines];
  const at = new Set(pending.map((p) => p.line));
  return {
    low: low.value.allocation,
    high: high.value.allocation,
    pending: pending.map((p) => pendingExpense(p, lowLines[p.line] as Line)),
    lines: lowLines.map((line, i) =>
      at.has(i) ? { status: "pending", low: line, high: highLines[i] as Line } : { status: "decided", line },
    ),
  };
}

function pendingExpense(p: PendingAt, line: Line): PendingExpense {
  return {
    id: line.id,
    // An expense's line always names its project.
    projectId: line.projectId as string,
    path: formatPath(["projects", p.project, "expenses", p.expense]),
    missing: p.missing,
    conditional: p.conditional,
    answers: { low: p.ends.low.answers, high: p.ends.high.answers },
  };
}
