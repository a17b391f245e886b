import type { Line } from "../../rules/line.js";
import type { FactReader } from "./fact-reader.js";
import type { Purpose } from "../../schema/application.js";

/** What the fast reader gathers in its one pass: lines, ids seen, objects counted, eligible yen per track. */
export interface Tally {
  /** The ruleset's items and rules, as the reader uses them. */
  readonly reader: FactReader;
  readonly lines: Line[];
  readonly lineIds: Set<string>;
  readonly projectIds: Set<string>;
  /** Values the structure guard counts (an object 1, an array 1 + its length), at least, against its limit. */
  nodes: number;
  /** Σ eligible expense yen and Σ eligible coordinator yen, per measure; safe integers (checked on every add). */
  dualCosts: number;
  migrationCosts: number;
  dualCoordinators: number;
  migrationCoordinators: number;
}

export function newTally(reader: FactReader): Tally {
  return {
    reader,
    lines: [],
    lineIds: new Set(),
    projectIds: new Set(),
    nodes: 0,
    dualCosts: 0,
    migrationCosts: 0,
    dualCoordinators: 0,
    migrationCoordinators: 0,
  };
}

/** Where ※5 sent a project (or coordinator), as the line codes it gives each of its lines. */
export interface Routing {
  readonly id: string;
  readonly measure: Purpose;
  /** RULE.fn5 when the line went to the migration measure or its project was mixed; else 0. */
  readonly rules: number;
  /** REVIEW.migration for the migration measure; else 0. */
  readonly reviews: number;
}
