/**
 * What every contender must agree on, per body: both measures' amounts as exact decimal strings, and how
 * many lines came out eligible, excluded and capped. Exact arithmetic for the peers lives here too: they
 * decide eligibility and sums in their own idiom, and the amounts are then written out exactly, in
 * BigInt thousandths of a yen (the rate 0.5 × a 2-decimal coefficient never needs more).
 */
import type { Calculation, Summary } from "../src/index.js";

export interface MeasureTotals {
  readonly eligibleCostsYen: string;
  readonly costsYen: string;
  readonly coordinatorsYen: string;
  readonly totalYen: string;
  readonly totalThousandYen: string;
}

export interface BodyTotals {
  readonly code: string;
  readonly dual: MeasureTotals;
  readonly migration: MeasureTotals;
  readonly eligible: number;
  readonly excluded: number;
  readonly capped: number;
}

/** The totals of a `calculate` or `summarize` result. */
export function totalsOf(result: Calculation | Summary): BodyTotals {
  const a = result.allocation;
  let eligible = 0;
  let excluded = 0;
  let capped = 0;
  for (const line of result.lines) {
    if (line.disposition === "eligible") eligible++;
    else if (line.disposition === "excluded") excluded++;
    else capped++;
  }
  return {
    code: result.body.code,
    dual: {
      eligibleCostsYen: a.eligibleCostsYen,
      costsYen: a.measureCostsYen,
      coordinatorsYen: a.coordinatorsYen,
      totalYen: a.totalYen,
      totalThousandYen: a.totalThousandYen,
    },
    migration: {
      eligibleCostsYen: a.migration.eligibleCostsYen,
      costsYen: a.migration.costsYen,
      coordinatorsYen: a.migration.coordinatorsYen,
      totalYen: a.migration.totalYen,
      totalThousandYen: a.migration.totalThousandYen,
    },
    eligible,
    excluded,
    capped,
  };
}

/** A decimal string from thousandths of a yen: no exponent, no trailing zeros ("512345.305", "600000"). */
export function fromThousandths(thousandths: bigint): string {
  const whole = thousandths / 1000n;
  const fraction = (thousandths % 1000n).toString().padStart(3, "0").replace(/0+$/, "");
  return fraction === "" ? whole.toString() : `${whole}.${fraction}`;
}

/**
 * A measure's amounts from integer sums: costs × 0.5 × coefficient (hundredths; null = no correction),
 * coordinators × 1.0, the total, and the total in 千円 rounded half-up once.
 */
export function measureTotals(
  eligibleYen: number,
  coordinatorsYen: number,
  coefficientHundredths: number | null,
): MeasureTotals {
  const costs = BigInt(eligibleYen) * (coefficientHundredths === null ? 500n : 5n * BigInt(coefficientHundredths));
  const coordinators = BigInt(coordinatorsYen) * 1000n;
  const total = costs + coordinators;
  return {
    eligibleCostsYen: String(eligibleYen),
    costsYen: fromThousandths(costs),
    coordinatorsYen: String(coordinatorsYen),
    totalYen: fromThousandths(total),
    totalThousandYen: ((total + 500_000n) / 1_000_000n).toString(),
  };
}

/** A decimal string in units of 10^-5 ("0.44595" → 44595n): FCIs of the CSV have at most 5 decimals. */
export function hundredThousandths(text: string): number {
  const [whole = "0", fraction = ""] = text.split(".");
  if (fraction.length > 5) throw new Error(`FCI ${text} has more than 5 decimals`);
  return Number(whole) * 100_000 + Number(fraction.padEnd(5, "0"));
}

/** 財政力指数 half-up to 2 decimals, in hundredths. */
export const fciHundredths = (text: string): number => Math.floor((hundredThousandths(text) + 500) / 1000);

/** Integer division of non-negative integers, rounded half-up. */
export const divideHalfUp = (numerator: number, denominator: number): number =>
  Math.floor((2 * numerator + denominator) / (2 * denominator));

/** Yen of an amount as the generator writes it: a digit string, a grouped string, or a safe integer. */
export const yenOf = (amount: unknown): number =>
  typeof amount === "number" ? amount : Number(String(amount).replace(/,/g, ""));

/** Totals agree, body by body; the first difference is named. */
export function firstDifference(a: readonly BodyTotals[], b: readonly BodyTotals[]): string | null {
  if (a.length !== b.length) return `${a.length} bodies against ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = JSON.stringify(a[i]);
    const y = JSON.stringify(b[i]);
    if (x !== y) return `body ${a[i]?.code}: ${x} against ${y}`;
  }
  return null;
}
