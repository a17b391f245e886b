import { quoteValue } from "../text/visible.js";
import { Dec, type Dec as DecValue } from "./decimal.js";

/** Most digits a yen amount may have: 10^20 yen is far beyond any body's budget, and keeps every product exact. */
export const MAX_YEN_DIGITS = 20;

const PLAIN_DIGITS = /^(?:0|[1-9][0-9]*)$/;
const GROUPED_DIGITS = /^[1-9][0-9]{0,2}(?:,[0-9]{3})+$/;
const FULL_WIDTH = /[０-９，．－]/;
const KANJI_UNITS = /[円万億千百十]/;

/** Why an amount was refused, with the fix, for `InputError` messages. */
export type YenProblem = { code: "invalid_amount"; message: string };

/**
 * Reads an integer-yen amount: a string of digits ("1200000"), digits with thousands separators
 * ("1,200,000"), or a safe non-negative integer number. Returns the canonical digit string, or the problem.
 * Full-width digits and 万円-style amounts are refused, never converted: a silent conversion is how a
 * spreadsheet's 120万 becomes ¥120.
 */
export function readYen(value: unknown): { ok: true; digits: string } | { ok: false; problem: YenProblem } {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return refuse('amount is not a finite number; give integer yen, e.g. "1200000"');
    if (!Number.isInteger(value)) return refuse(`amount ${value} has a fraction; give whole yen (円未満は不可)`);
    if (value < 0) return refuse(`amount ${value} is negative; expenses are given as non-negative yen`);
    if (!Number.isSafeInteger(value)) {
      return refuse(
        `amount ${value} is beyond Number.MAX_SAFE_INTEGER and may already have lost digits; give it as a string of digits`,
      );
    }
    return { ok: true, digits: String(Math.abs(value)) }; // Math.abs folds -0 into 0
  }
  if (typeof value !== "string") return refuse('amount must be a string of digits or a whole number, e.g. "1200000"');
  if (FULL_WIDTH.test(value))
    return refuse(
      `amount ${quoteValue(value)} has full-width characters; write half-width digits (半角数字), e.g. "1200000"`,
    );
  if (KANJI_UNITS.test(value))
    return refuse(
      `amount ${quoteValue(value)} has a unit (円/万/千…); write plain yen digits, e.g. "1200000" for 120万円`,
    );
  let digits: string;
  if (PLAIN_DIGITS.test(value)) digits = value;
  else if (GROUPED_DIGITS.test(value)) digits = value.replace(/,/g, "");
  else if (/^-/.test(value))
    return refuse(`amount ${quoteValue(value)} is negative; expenses are given as non-negative yen`);
  else if (/^[0-9,]*\.[0-9]*$/.test(value))
    return refuse(`amount ${quoteValue(value)} has a fraction; give whole yen (円未満は不可)`);
  else
    return refuse(
      `amount ${quoteValue(value)} is not integer yen; use digits, optionally with thousands separators ("1,200,000")`,
    );
  if (digits.length > MAX_YEN_DIGITS)
    return refuse(`amount has ${digits.length} digits; at most ${MAX_YEN_DIGITS} are accepted`);
  return { ok: true, digits };
}

/** The Decimal of an amount already accepted by `readYen`. */
export function yen(digits: string): DecValue {
  return new Dec(digits);
}

function refuse(message: string): { ok: false; problem: YenProblem } {
  return { ok: false, problem: { code: "invalid_amount", message } };
}
