import { safeYen } from "../../money/safe-yen.js";
import { ID } from "../../schema/application-schema.js";
import { PLAIN_TEXT } from "../../text/policy.js";

/*
 * Scalar readers of the fast path. Each accepts a subset of what the schema accepts (never more) and
 * answers "not here" for the rest, which the full validator then reads and, if it must, refuses.
 */

const GROUPED = /^[1-9][0-9]{0,2}(?:,[0-9]{3})+$/;

/**
 * Integer yen of an amount the schema accepts and a double holds exactly, or -1: a string of at most 15
 * digits without a leading zero, the same grouped by thousands ("1,234,567"), or a safe non-negative
 * integer; its canonical text is then `String(yen)`. Longer or stranger amounts go to the full reader
 * (Decimal).
 */
export function readAmount(value: unknown): number {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? Math.abs(value) : -1;
  if (typeof value !== "string") return -1;
  const plain = safeYen(value);
  return plain >= 0 ? plain : GROUPED.test(value) ? safeYen(value.replace(/,/g, "")) : -1;
}

/**
 * An id the schema accepts: 1–100 characters, no white space, "/" or "\", not "__proto__". Printable
 * ASCII is checked by hand (there code units are code points, as the schema's /u pattern counts them);
 * anything else by the schema's own pattern.
 */
export function isId(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const n = value.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x2f || c === 0x5c)
      return c >= 0x7f && ID.test(value) && PLAIN_TEXT.test(value) && value !== "__proto__";
  }
  return n <= 100 && value !== "__proto__";
}

/** A string of at most `max` UTF-16 code units (the schema's `.max`) that the text policy accepts. */
export const isText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length <= max && PLAIN_TEXT.test(value);
