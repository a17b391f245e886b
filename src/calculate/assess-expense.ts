import type { FactName } from "../catalog/types.js";
import type { AnyLineRule, FactQuestion } from "../rules/index.js";
import { findRuleset, LATEST_RULESET, type Ruleset } from "../rulesets/index.js";
import { InputError, type InputIssue } from "../schema/input-error.js";
import type { LineRuleId } from "../trace/names.js";
import type { Bilingual } from "../trace/step.js";
import { classifyExpense, type ExpenseClassification, type ExpenseContext } from "./classify-expense.js";
import { itemRules } from "./line-rules.js";

/*
 * An expense as a person types it: decided, waiting for facts, or wrong. `classifyExpense` decides; where it
 * refuses the expense, this reads its issues and, when every one of them is a fact a rule unit of the item
 * asks and the input has not given yet, answers with the units' own questions (`rule.facts.questions`) instead
 * of an error. The questions, their options and the facts an item requires are the units' and the catalog's;
 * nothing about a footnote is kept here.
 */

/**
 * A fact an expense has not given yet, with the question an app asks for it: the rule unit's own words and
 * answers (`ruleset.rules[rule].facts.questions`).
 *
 * @example
 * ```ts
 * const result = assessExpense({ id: "E7", item: "reception.jobs-and-side-jobs", amount: 80000 });
 * result.status === "needs-facts" ? result.missing[0] : undefined;
 * //=> { path: "cashHandout", fact: "cashHandout", rule: "fn3", footnote: "※3",
 * //     question: { ja: "二地域居住者等に交通費支援等の現金を給付する経費ですか（※3）。",
 * //                 en: "Is it money handed to dual residents, such as travel-cost support (※3)?" },
 * //     options: [{ value: true, label: { ja: "はい", en: "yes" } }, { value: false, label: { ja: "いいえ", en: "no" } }] }
 * ```
 * @category Classification
 */
export interface MissingFact {
  /** The fact's path inside the expense, as the question names it: "facility.work", "cashHandout". */
  readonly path: string;
  /** The expense's field that holds it: "facility". */
  readonly fact: FactName;
  /** The rule that reads it: "fn2". */
  readonly rule: LineRuleId;
  /** The rule's mark: "※2" (等 for the description of an `*.other` item). */
  readonly footnote: string;
  /** The question, in Japanese and English. */
  readonly question: Bilingual;
  /** The answers it accepts, as the input writes them, with their words; empty for free text. */
  readonly options: FactQuestion["options"];
}

/**
 * A fact the rule asks only after another answer: asked when `askedWhen.path` is `askedWhen.value` (the body
 * itself carries out facility work: then the regional bond). Worked out from the unit's own check
 * (`facts.crossCheck`) over its questions' answers.
 *
 * @example
 * ```ts
 * const result = assessExpense({ id: "E2", item: "opportunity.facilities", amount: "30000000" });
 * result.status === "needs-facts" ? result.conditional.map((c) => [c.path, c.askedWhen.path, c.askedWhen.value]) : [];
 * //=> [["facility.regionalBondCovers", "facility.implementer", "government"]]
 * ```
 * @category Classification
 */
export interface ConditionalFact extends MissingFact {
  /** The answer that makes the rule ask it. */
  readonly askedWhen: {
    /** The other fact's path: "facility.implementer". */
    readonly path: string;
    /** Its answer that calls for this fact: "government". */
    readonly value: string | boolean;
    /** That answer in words: { ja: "地方自治体", en: "the body itself" }. */
    readonly label: Bilingual;
  };
}

/**
 * What `assessExpense` says of an expense: `decided` (its line), `needs-facts` (the questions to ask) or
 * `invalid` (every problem, as an {@link InputError}).
 *
 * @example
 * ```ts
 * assessExpense({ id: "E1", item: "information.consultation-events", amount: "1,200,000" }).status;   //=> "decided"
 * assessExpense({ id: "E2", item: "opportunity.facilities", amount: 1 }).status;                    //=> "needs-facts"
 * assessExpense({ id: "E2", item: "opportunity.facilities", amount: -1 }).status;                   //=> "invalid"
 * ```
 * @category Classification
 */
export type ExpenseAssessment =
  | {
      /** Every fact its rules need is given and valid. */
      readonly status: "decided";
      /** The line, as `classifyExpense` returns it. */
      readonly line: ExpenseClassification;
    }
  | {
      /** Everything given is valid, but facts a rule of its item needs are not given yet. */
      readonly status: "needs-facts";
      /** The facts to ask now, in the rules' order (※1, ※2, ※3, ※4, 等) and each rule's own order. */
      readonly missing: readonly MissingFact[];
      /** Facts a rule will ask only after one of the answers above (none when no answer leads to another question). */
      readonly conditional: readonly ConditionalFact[];
    }
  | {
      /** Something given is wrong, or missing where no rule's question can supply it (the id, the item, the amount). */
      readonly status: "invalid";
      /** Every problem, as `classifyExpense` throws it (missing facts included); `unreadable` where a getter or proxy threw. */
      readonly error: InputError;
    };

/**
 * Assesses one expense as a person types it: never throws, and says whether its line is decided, which facts
 * are still to be asked (the rule units' own questions, in Japanese and English, with their answers), or
 * what is wrong.
 *
 * A fact counts as not given when it is absent, `undefined` or blank text (`""`, `"  "`: an empty field or an
 * unanswered choice); a fact partly given (`facility: { implementer: "private" }`) is asked for what is left.
 * A value that is given and wrong (`facility.work: "demolish"`), a wrong id, item or amount, a blank
 * description where the item does not take one, and a fact no rule of the item asks are `invalid`, with
 * every problem listed. Like {@link classifyExpense}, it uses by default the latest ruleset the library
 * knows (now FY2026): an app that classifies as a person types has no application, so no fiscal year, and
 * new spending is planned under the latest year; give `context.ruleset` (`"FY2025"`) for another year.
 *
 * @example
 * ```ts
 * import { assessExpense } from "dual-residence-allocation";
 *
 * const typed = { id: "E2", item: "opportunity.facilities", amount: "30000000", facility: { implementer: "private" } };
 * const result = assessExpense(typed);
 * result.status;                                                         //=> "needs-facts"
 * result.status === "needs-facts" ? result.missing.map((m) => m.path) : [];   //=> ["facility.work"]
 * result.status === "needs-facts" ? result.missing[0]?.question.ja : "";      //=> "新築ですか、改修ですか（※2）。"
 *
 * const answered = assessExpense({ ...typed, facility: { implementer: "private", work: "renovation" } });
 * answered.status === "decided" ? answered.line.disposition : "";           //=> "eligible"
 * assessExpense(42).status;                                               //=> "invalid"
 * ```
 * @category Classification
 */
export function assessExpense(expense: unknown, context?: ExpenseContext): ExpenseAssessment {
  let refused: unknown;
  try {
    return { status: "decided", line: classifyExpense(expense, context) };
  } catch (error) {
    refused = error;
  }
  let error: InputError | undefined;
  try {
    if (refused instanceof InputError) error = refused;
  } catch {
    // A thrown proxy that throws when asked its class: unreadable, below.
  }
  if (!error) return { status: "invalid", error: unreadable(refused) };
  try {
    return missingOrInvalid(expense, context, error);
  } catch {
    // A value (a ruleset of the caller's, a proxy) that throws when read again: the error as it is.
    return { status: "invalid", error };
  }
}

/** The facts an InputError asks for, when each of its issues is one; else the error as it is. */
function missingOrInvalid(expense: unknown, context: ExpenseContext | undefined, error: InputError): ExpenseAssessment {
  const invalid: ExpenseAssessment = { status: "invalid", error };
  const ruleset = rulesetOf(context);
  const record = recordOf(expense);
  const itemId = record && dataOf(record, "item");
  const item = ruleset && typeof itemId === "string" ? ruleset.catalog.findItem(itemId) : undefined;
  if (!ruleset || !record || !item) return invalid;
  // The rules of the item whose fields are facts the item takes: only their questions are asked.
  const facts: readonly FactName[] = [...item.requiredFacts, ...item.optionalFacts];
  const asking = itemRules(item, ruleset).flatMap((rule) => {
    const fact = facts.find((f) => f === rule.facts.field);
    return fact ? [{ rule, fact }] : [];
  });
  const rules = asking.map((a) => a.rule);
  const asked = new Set<string>();
  for (const issue of error.issues) {
    const paths = askedPaths(issue, record, rules);
    if (paths.length === 0) return invalid;
    for (const path of paths) asked.add(path);
  }
  const missing: MissingFact[] = [];
  const conditional: ConditionalFact[] = [];
  for (const { rule, fact } of asking) {
    const { questions } = rule.facts;
    for (const question of questions) if (asked.has(question.path)) missing.push(missingFact(rule, fact, question));
    if (!questions.some((q) => asked.has(q.path))) continue;
    for (const question of questions) {
      const when = asked.has(question.path) ? undefined : askedWhen(rule, question.path);
      // Asked later only while the answer it waits for is not given (given, the unit's check has decided).
      if (when && !given(valueAt(record, when.path)) && !given(valueAt(record, question.path)))
        conditional.push({ ...missingFact(rule, fact, question), askedWhen: when });
    }
  }
  return missing.length > 0 ? { status: "needs-facts", missing, conditional } : invalid;
}

/** The ruleset `classifyExpense` used: the context's (an object, or an id), else the latest. */
function rulesetOf(context: ExpenseContext | undefined): Ruleset | undefined {
  const given = context?.ruleset;
  if (typeof given === "object") return given;
  return findRuleset(given ?? LATEST_RULESET.id);
}

/**
 * The question paths one issue asks: the issue is at a fact (`$.facility`, `$.facility.work`) of a rule of
 * the item, the input has not given it, and the rule has a question for it. A whole fact not given asks the
 * questions its fragment requires and its check asks of an empty fact. None: the issue is not a missing fact.
 */
function askedPaths(issue: InputIssue, record: Readonly<Record<string, unknown>>, rules: readonly AnyLineRule[]) {
  const match = /^\$\.([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?$/.exec(issue.path);
  const rule = match && rules.find((r) => r.facts.field === match[1]);
  if (!match || !rule) return [];
  const path = match[2] === undefined ? rule.facts.field : `${rule.facts.field}.${match[2]}`;
  if (given(valueAt(record, path))) return [];
  const questions = rule.facts.questions.map((q) => q.path);
  if (questions.includes(path)) return [path];
  if (match[2] !== undefined) return [];
  const required = [...issuesOfEmpty(rule)];
  return questions.filter((q) => required.includes(q));
}

/** The paths of the facts a rule asks of an empty fact object: those its fragment requires and its check asks. */
function issuesOfEmpty(rule: AnyLineRule): Set<string> {
  const field = rule.facts.field;
  const parsed = rule.facts.schema.safeParse({});
  const keys = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => i.path[0])),
    ...(rule.facts.crossCheck?.({}) ?? []).filter((i) => i.code === "missing_fact").map((i) => i.path[0]),
  ];
  return new Set(keys.map((key) => `${field}.${String(key)}`));
}

/** The most answer combinations tried when working out what a fact's question waits for. */
const MAX_COMBINATIONS = 256;

type When = ConditionalFact["askedWhen"];

/** What each rule's questions wait for, worked out once per rule unit. */
const WHEN = new WeakMap<AnyLineRule, Map<string, When | undefined>>();

/**
 * The one answer after which a rule asks a fact its fragment leaves optional: tried on every combination of
 * the rule's other answers, the rule's check asks the fact exactly when that answer is given. Undefined when
 * no single answer says it (or the rule never asks it).
 */
function askedWhen(rule: AnyLineRule, path: string): When | undefined {
  let known = WHEN.get(rule);
  if (!known) WHEN.set(rule, (known = new Map<string, When | undefined>()));
  if (known.has(path)) return known.get(path);
  const found = workOutWhen(rule, path);
  known.set(path, found);
  return found;
}

function workOutWhen(rule: AnyLineRule, path: string): When | undefined {
  const { field, crossCheck, questions } = rule.facts;
  const prefix = `${field}.`;
  if (!crossCheck || !path.startsWith(prefix)) return undefined;
  const key = path.slice(prefix.length);
  const others = questions.filter((q) => q.path !== path && q.path.startsWith(prefix) && q.options.length > 0);
  let combinations: Record<string, string | boolean>[] = [{}];
  for (const q of others) {
    combinations = combinations.flatMap((c) =>
      q.options.map((o) => ({ ...c, [q.path.slice(prefix.length)]: o.value })),
    );
    if (combinations.length > MAX_COMBINATIONS) return undefined;
  }
  const asks = combinations.map((c) => crossCheck(c).some((i) => i.code === "missing_fact" && i.path[0] === key));
  for (const q of others) {
    const k = q.path.slice(prefix.length);
    const answer = q.options.find((o) => combinations.every((c, i) => asks[i] === (c[k] === o.value)));
    if (answer) return { path: q.path, value: answer.value, label: answer.label };
  }
  return undefined;
}

function missingFact(rule: AnyLineRule, fact: FactName, question: FactQuestion): MissingFact {
  return {
    path: question.path,
    fact,
    rule: rule.id,
    footnote: rule.mark,
    question: question.question,
    options: question.options,
  };
}

/** Given: neither absent nor blank text (an empty field or an unanswered choice sends ""). */
const given = (value: unknown): boolean => value !== undefined && !(typeof value === "string" && value.trim() === "");

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function recordOf(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return isRecord(value) ? value : undefined;
}

/**
 * An own data property's value, read without calling a getter (a getter's value counts as given: the
 * validator has read it already and said what is wrong with it).
 */
function dataOf(record: Readonly<Record<string, unknown>>, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  if (!descriptor) return undefined;
  return "value" in descriptor ? (descriptor.value as unknown) : GETTER;
}

const GETTER: unique symbol = Symbol("getter");

/** The value at a dotted path of at most two keys ("facility.work"). */
function valueAt(record: Readonly<Record<string, unknown>>, path: string): unknown {
  const [field = "", key] = path.split(".");
  const value = dataOf(record, field);
  if (key === undefined) return value;
  return isRecord(value) ? dataOf(value, key) : undefined;
}

/** What was thrown, when it was not an InputError: a getter or proxy that throws, or a defect. */
function unreadable(thrown: unknown): InputError {
  let why: string;
  try {
    // A thrown value may be anything, its message too (a getter, an object): made a string, clipped.
    why = String(thrown instanceof Error ? (thrown.message as unknown) : thrown).slice(0, 200);
  } catch {
    why = "a value that cannot be shown";
  }
  return new InputError([
    {
      path: "$",
      code: "unreadable",
      message: `the expense or its context could not be read (${why}); give plain data: objects, arrays, strings, numbers and booleans`,
    },
  ]);
}
