import { countLines, generateApplication, readBodies, type BodyRow } from "./generate.js";

/** Expense lines per body in the national run: 1,788 bodies × 1,000 ≈ 1.8 M lines. */
export const LINES_PER_BODY = 1000;
/** Lines of the single-body latency case. */
export const LATENCY_LINES = 50;
/** The latency case's body: 気仙沼市 (042056), FCI 0.42 in FY2021. */
export const LATENCY_CODE = "042056";

/** Bodies every contender computes before timing, so that all five can be compared: every 89th, and two more prefectures. */
export const isSampled = (index: number): boolean => index % 89 === 0 || index === 12 || index === 40;

export interface Workload {
  readonly bodies: readonly BodyRow[];
  /** Indices into `bodies` of the applications generated. */
  readonly indices: readonly number[];
  readonly applications: readonly Record<string, unknown>[];
  readonly lines: number;
}

/** The national run (every body) or only its sample, generated deterministically. */
export function workload(which: "national" | "sample", linesPerBody: number = LINES_PER_BODY): Workload {
  const bodies = readBodies();
  const indices = bodies.map((_, i) => i).filter((i) => which === "national" || isSampled(i));
  const applications = indices.map((i) => generateApplication(bodies[i] as BodyRow, i, linesPerBody));
  return { bodies, indices, applications, lines: countLines(applications) };
}

/** The single-body, 50-line application of the latency case. */
export function latencyApplication(): Record<string, unknown> {
  const bodies = readBodies();
  const index = bodies.findIndex((b) => b.code === LATENCY_CODE);
  return generateApplication(bodies[index] as BodyRow, index, LATENCY_LINES);
}
