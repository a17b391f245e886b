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
  /** One body's application (as generated: raw JSON-like input) to its totals. */
  run(application: Record<string, unknown>): BodyTotals | Promise<BodyTotals>;
}
