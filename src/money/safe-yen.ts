/** Digits a double holds exactly: 15 digits stay below 10^15 < 2^53. */
const SAFE_DIGITS = 15;

/**
 * The value of a canonical yen string ("0", or digits without a leading zero) of at most 15 digits, or
 * -1 for any other string. Such values, and sums of them checked against MAX_SAFE_INTEGER, are exact in a
 * double: fast paths add them as numbers and leave anything else (fractions, longer amounts) to Decimal.
 */
export function safeYen(text: string): number {
  const n = text.length;
  if (n === 0 || n > SAFE_DIGITS || (n > 1 && text.charCodeAt(0) === 48)) return -1;
  let yen = 0;
  for (let i = 0; i < n; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    yen = yen * 10 + digit;
  }
  return yen;
}

/** a + b when both are safe yen and the sum stays exact, else -1. */
export const addSafe = (a: number, b: number): number => {
  const sum = a + b;
  return a < 0 || b < 0 || sum > Number.MAX_SAFE_INTEGER ? -1 : sum;
};
