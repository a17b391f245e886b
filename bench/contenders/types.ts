import type { BodyTotals } from "../totals.js";

/** One way of computing the allocation of a body: the library, a rules engine, or a plain loop. */
export interface Contender {
  readonly name: string;
  /** What it does beyond the rules (validation, trace), and what it leaves to plain JavaScript. */
  readonly note: string;
  /**
   * How it is timed: "national", five runs over all 1,788 bodies; "sample", five runs over the sample of
   * bodies, extrapolated (engines too slow for 1.8 M lines × 6); "sample+national", five sample runs for
   * the rate and one national run, measured, for the national-run target and its RSS.
   */
  readonly timing: "national" | "sample" | "sample+national";
  /**
   * Run the national runs on this many worker threads (bench/threads.ts), each computing every n-th body
   * with `run`, as an analyst with several cores would; no latency is measured for it.
   */
  readonly threads?: number;
  setup?(): Promise<void> | void;
  /** Extra figures for the docs, measured on the sample after the timed runs (e.g. where the time goes). */
  diagnose?(applications: readonly Record<string, unknown>[]): Record<string, number>;
  /** One body's application (as generated: raw JSON-like input) to its totals. A property: passed around unbound. */
  readonly run: (application: Record<string, unknown>) => BodyTotals | Promise<BodyTotals>;
}

/*
 * What bench/generate.ts writes, as the peers read it: they do no validation, so they may rely on it. The
 * amounts are raw (digit string, grouped string or number); a field is there only on the lines it belongs to.
 */

export interface GeneratedPurpose {
  readonly primaryPurpose?: "dual-residence" | "migration";
  readonly purposeWeights?: { readonly dualResidence: number | string; readonly migration: number | string };
}

export interface GeneratedStudy {
  readonly takesOutsideStudents: boolean;
  readonly mainlySchoolAppeal: boolean;
  readonly inStrategyPlan: boolean;
}

export interface GeneratedExpense {
  readonly id: string;
  readonly item: string;
  readonly amount: string | number;
  readonly cashHandout?: boolean;
  readonly system?: { readonly phase: "build" | "upkeep"; readonly digitalBondCovers?: boolean };
  readonly facility?: {
    readonly implementer: "government" | "private";
    readonly work: "new" | "renovation";
    readonly regionalBondCovers?: boolean;
  };
  readonly regionalStudy?: GeneratedStudy;
  readonly description?: string;
}

export interface GeneratedProject extends GeneratedPurpose {
  readonly id: string;
  readonly expenses: readonly GeneratedExpense[];
}

export interface GeneratedCoordinator extends GeneratedPurpose {
  readonly id: string;
  readonly person: string;
  readonly post: "full-time" | "concurrent";
  readonly cost: string;
  readonly activities: readonly string[];
  readonly regionalStudy?: GeneratedStudy;
  readonly description?: string;
}

export interface GeneratedApplication {
  readonly fiscalYear: number;
  readonly body: {
    readonly code: string;
    readonly name: string;
    readonly kind: "municipality" | "prefecture";
    readonly fiscalCapabilityIndex: string;
  };
  readonly projects: readonly GeneratedProject[];
  readonly coordinators: readonly GeneratedCoordinator[];
}
