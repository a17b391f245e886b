import { Dec } from "../money/decimal.js";

/**
 * The few exact operations a rule does on yen, over one representation: Decimal where the trace needs
 * it, safe integers where the summary can prove them exact (dinero.js' calculator is the model). A rule
 * written over this is one algorithm for both paths.
 */
export interface Arithmetic<N> {
  readonly of: (digits: string) => N;
  readonly plus: (a: N, b: N) => N;
  readonly minus: (a: N, b: N) => N;
  readonly min: (a: N, b: N) => N;
}

/** Decimal arithmetic (decimal.js): exact for any yen. */
export const DECIMAL: Arithmetic<Dec> = {
  of: (digits) => new Dec(digits),
  plus: (a, b) => a.plus(b),
  minus: (a, b) => a.minus(b),
  min: (a, b) => Dec.min(a, b),
};

/**
 * Integer arithmetic on doubles: exact while every value is an integer of at most 15 digits and no
 * result passes Number.MAX_SAFE_INTEGER (the callers check their inputs; min and minus of such values
 * stay in range).
 */
export const SAFE_INTEGER: Arithmetic<number> = {
  of: (digits) => Number(digits),
  plus: (a, b) => a + b,
  minus: (a, b) => a - b,
  min: (a, b) => Math.min(a, b),
};
