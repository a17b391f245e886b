import type { Application, BodyKind } from "../schema/application.js";
import type { Bilingual, TraceStep } from "../trace/step.js";
import type { Line } from "./line.js";

/** The version of the Calculation/trace format. A change of format changes it. */
export const TRACE_SCHEMA_VERSION = "1";

/** One measure's amounts, exact yen and the one 千円 rounding, as decimal strings. */
export interface MigrationAllocation {
  /** Σ eligible expense yen sent to the migration measure by ※5. */
  readonly eligibleCostsYen: string;
  /** eligibleCostsYen × the migration rate (0.5, no 財政力補正). */
  readonly costsYen: string;
  readonly coordinatorsYen: string;
  readonly totalYen: string;
  readonly totalThousandYen: string;
}

export interface Allocation {
  /** Σ eligible expense yen of this measure, before the rate. */
  readonly eligibleCostsYen: string;
  /** eligibleCostsYen × 0.5 × 財政力補正, exact (may carry a fraction). */
  readonly measureCostsYen: string;
  /** Coordinators within their caps × 1.0. */
  readonly coordinatorsYen: string;
  readonly totalYen: string;
  /** totalYen ÷ 1000, half-up once: the figure the ordinance uses (千円). */
  readonly totalThousandYen: string;
  readonly migration: MigrationAllocation;
}

/** A line or step a person must look at, and why. */
export interface ReviewItem {
  readonly stepId: string;
  readonly subject: string;
  readonly code: string;
  readonly note: Bilingual;
}

/** The result of `calculate`: the allocation, every line's disposition, and the trace that proves them. */
export interface Calculation {
  readonly fiscalYear: number;
  readonly body: { readonly code: string; readonly name?: string; readonly kind: BodyKind };
  readonly fiscalCorrection: { readonly index: string; readonly coefficient: string };
  readonly allocation: Allocation;
  readonly lines: readonly Line[];
  /** Every step flagged for review, in trace order. */
  readonly review: readonly ReviewItem[];
  /** What the figures do not include, and the readings they rest on. */
  readonly caveats: readonly Bilingual[];
  readonly trace: {
    readonly schemaVersion: string;
    readonly rulesetId: string;
    /** The validated input in canonical form: `verify` replays it. */
    readonly input: Application;
    readonly steps: readonly TraceStep[];
  };
}
