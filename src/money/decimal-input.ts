import { quoteValue } from "../text/visible.js";
import { Dec } from "./decimal.js";

const DECIMAL = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
const MAX_CHARS = 40;

/**
 * Reads a non-negative decimal given as a string ("0.52158") or a finite number (0.45). Numbers are read
 * through their shortest round-trip text, so 0.45 stays 0.45. Returns the plain decimal string.
 */
export function readNonNegativeDecimal(
  value: unknown,
  what: string,
): { ok: true; text: string } | { ok: false; message: string } {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      return { ok: false, message: `${what} must be a finite non-negative decimal, e.g. "0.45"` };
    if (value < 0) return { ok: false, message: `${what} ${value} is negative; it must be a non-negative decimal` };
    const text = new Dec(String(Math.abs(value))).toFixed();
    // The same limit as for strings, on the number written out: the canonical input must parse again (5e-324).
    if (text.length > MAX_CHARS)
      return {
        ok: false,
        message: `${what} ${value} has more than ${MAX_CHARS} characters written out; give it as a decimal string, e.g. "0.45"`,
      };
    return { ok: true, text };
  }
  if (typeof value !== "string")
    return { ok: false, message: `${what} must be a decimal string such as "0.45" (or a number)` };
  if (/[０-９．]/.test(value))
    return {
      ok: false,
      message: `${what} ${quoteValue(value.slice(0, 20))} has full-width characters; write half-width, e.g. "0.45"`,
    };
  if (value.length > MAX_CHARS || !DECIMAL.test(value)) {
    return {
      ok: false,
      message: `${what} ${quoteValue(value.slice(0, 20))} is not a non-negative decimal; write digits with an optional point, e.g. "0.45"`,
    };
  }
  return { ok: true, text: new Dec(value).toFixed() };
}
