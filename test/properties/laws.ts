import Decimal from "decimal.js";
import type { Calculation, Line } from "../../src/index.js";

/** Exact sums for the laws, with decimal.js directly (not the library's private clone). */
export const D = Decimal.clone({ precision: 200, toExpNeg: -200, toExpPos: 200 });
export type D = Decimal;

export const sum = (values: readonly string[]): Decimal => values.reduce((acc, v) => acc.plus(v), new D(0));

export function linesOf(calc: Calculation, measure?: string, kind?: Line["kind"]): readonly Line[] {
  return calc.lines.filter(
    (l) => (measure === undefined || l.measure === measure) && (kind === undefined || l.kind === kind),
  );
}

export const eligibleSum = (lines: readonly Line[]): Decimal => sum(lines.map((l) => l.eligibleYen));
export const amountSum = (lines: readonly Line[]): Decimal => sum(lines.map((l) => l.amountYen));
export const excludedSum = (lines: readonly Line[]): Decimal => sum(lines.map((l) => l.excludedYen));

export const MEASURES = ["dual-residence", "migration"] as const;

/** Both measures' totals, exact and in 千円, in one comparable shape. */
export function totals(calc: Calculation): {
  dual: Decimal;
  dualThousand: Decimal;
  migration: Decimal;
  migrationThousand: Decimal;
} {
  return {
    dual: new D(calc.allocation.totalYen),
    dualThousand: new D(calc.allocation.totalThousandYen),
    migration: new D(calc.allocation.migration.totalYen),
    migrationThousand: new D(calc.allocation.migration.totalThousandYen),
  };
}
