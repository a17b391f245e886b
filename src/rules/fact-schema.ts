import { z } from "zod";
import { readNonNegativeDecimal } from "../money/decimal-input.js";
import { readYen } from "../money/index.js";
import { MULTILINE_TEXT, PLAIN_TEXT, refusedTextMessage } from "../text/policy.js";
import { quoteValue } from "../text/visible.js";

/*
 * The pieces every fact fragment and the input schema share, so that a rule's fragment words its errors
 * as the rest of the schema does.
 */

/** How much of a string a message quotes: every catalog id and activity whole, a long text cut. */
const QUOTED = 80;

/** A value as an error message quotes it: short, typed; an id is never cut (the longest is ~40 characters). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  // Cut, a value says how long it was: what is wrong may be past the cut.
  if (typeof value === "string")
    return `${quoteValue(value, QUOTED)}${value.length > QUOTED ? ` (${value.length} characters)` : ""}`;
  if (typeof value === "object" || typeof value === "function") return `an ${typeof value}`;
  const primitive = value as number | boolean | bigint | symbol | undefined;
  return `${typeof primitive} ${String(primitive).slice(0, 30)}`;
}

/** The message of a wrong or missing value: "required: give …" or "expected …, got …". */
export const typeError =
  (expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined
      ? `required: give ${expected}`
      : `expected ${expected}, got ${describeValue(issue.input)}`;

/** A yes/no fact. */
export const flag = z.boolean({ error: typeError("true or false") });

/**
 * How a message says a footnote fact is missing inside its fact object ("facility" given, "work" not): the
 * input error's code is then `missing_fact`, as for a fact object left out whole.
 */
export const MISSING_FACT = "missing fact: ";

/** The message of a fact inside a fact object: missing (`missing_fact`), or the value it must be. */
export const factError =
  (path: string, expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined
      ? `${MISSING_FACT}give ${path}: ${expected}`
      : `${path} must be ${expected}, got ${describeValue(issue.input)}`;

/** A yes/no fact inside a fact object (regionalStudy.inStrategyPlan). */
export const factFlag = (path: string) => z.boolean({ error: factError(path, "true or false") });

/**
 * Text of at most `max` characters that can be written faithfully (src/text/policy.ts): no control
 * character, no lone surrogate; `multiline` keeps tabs and line breaks (descriptions).
 */
export const textSchema = (max: number, what = "the text", multiline = false) =>
  z
    .string({ error: typeError("a string") })
    .max(max, { error: `at most ${max} characters` })
    .regex(multiline ? MULTILINE_TEXT : PLAIN_TEXT, { error: (i) => refusedTextMessage(what, i.input, multiline) });

/** The answers of a yes/no question. */
export const YES_NO = [
  { value: true, label: { ja: "はい", en: "yes" } },
  { value: false, label: { ja: "いいえ", en: "no" } },
] as const;

/** A non-negative decimal, as a string ("0.45") or a number; `code` is the issue's code when it is not one. */
export const decimalSchema = (what: string, code: "invalid_fci" | "invalid_decimal") =>
  z
    .union([z.string(), z.number()], { error: typeError(`${what} as a decimal string, e.g. "0.45"`) })
    .superRefine((value, ctx) => {
      const read = readNonNegativeDecimal(value, what);
      if (!read.ok) ctx.addIssue({ code: "custom", message: read.message, params: { code } });
    });

/** Integer yen: a digit string ("1200000", "1,200,000") or a safe non-negative integer. */
export const amountSchema = z
  .union([z.string(), z.number()], { error: typeError('integer yen, e.g. "1200000"') })
  .superRefine((value, ctx) => {
    const read = readYen(value);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.problem.message, params: { code: "invalid_amount" } });
  });
