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
  /** Σ amount and Σ 特定財源 of every line, per measure (事業費 and 特定財源 of the survey form). */
  dualProjectCost: number;
  migrationProjectCost: number;
  dualSpecific: number;
  migrationSpecific: number;
  /** Whether any line states specificRevenue (else a caveat says the whole cost was taken as own burden). */
  specificStated: boolean;
  /** Whether a coordinator record states specificRevenue (the cap's reading then matters: a caveat). */
  coordinatorSpecificStated: boolean;
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
    dualProjectCost: 0,
    migrationProjectCost: 0,
    dualSpecific: 0,
    migrationSpecific: 0,
    specificStated: false,
    coordinatorSpecificStated: false,
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

/** Adds one line's amount and 特定財源 to its measure's funding sums; false when a sum leaves safe integers. */
export function addFunding(tally: Tally, measure: Purpose, amount: number, specific: number): boolean {
  if (measure === "dual-residence") {
    tally.dualProjectCost += amount;
    tally.dualSpecific += specific;
    return tally.dualProjectCost <= Number.MAX_SAFE_INTEGER;
  }
  tally.migrationProjectCost += amount;
  tally.migrationSpecific += specific;
  return tally.migrationProjectCost <= Number.MAX_SAFE_INTEGER;
}
