import { Decimal } from "decimal.js";

/**
 * The library's private Decimal constructor. A clone, so that no setting here leaks into (or is changed
 * by) any other user of decimal.js in the same process. 60 significant digits hold any product of a
 * 20-digit yen amount and the 2-decimal coefficients with room to spare, so only the roundings the rules
 * name ever change a value. Plain notation always: a trace never shows an exponent.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal value of the library. */
export type Dec = Decimal;

/** The decimal string of a value: plain notation, no trailing zeros ("552000", "512345.305"). */
export function decimalString(value: Dec): string {
  return value.toFixed();
}

/** A value with exactly two decimals, as the ordinance writes coefficients ("0.92", "1.00"). */
export function twoDecimalString(value: Dec): string {
  return value.toFixed(2);
}

/** Half-up (四捨五入) to `places` decimals. */
export function roundHalfUp(value: Dec, places: number): Dec {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

export const ZERO = new Dec(0);

/** The decimal string with thousands separators, for notes people read ("1,200,000", "512,345.305"). */
export function groupedString(value: Dec | string): string {
  const text = typeof value === "string" ? value : value.toFixed();
  const dot = text.indexOf(".");
  return dot < 0 ? groupThousands(text) : groupThousands(text.slice(0, dot)) + text.slice(dot);
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** Commas between groups of three digits ("-1234567" → "-1,234,567"), by hand: every note of the trace calls it. */
function groupThousands(whole: string): string {
  const n = whole.length;
  const start = n > 0 && whole.charCodeAt(0) === 45 ? 1 : 0; // a leading "-" stays where it is
  for (let i = start; i < n; i++) {
    const c = whole.charCodeAt(i);
    if (c < 48 || c > 57) return whole.replace(THOUSANDS, ","); // not plain digits: the general pattern
  }
  let out = whole.slice(0, start + ((n - start) % 3 || 3));
  for (let i = out.length; i < n; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}
