import { findRuleset, type Ruleset } from "../../rulesets/index.js";
import { readFiscalYear } from "../../rulesets/fiscal-year.js";
import { MAX_NODES } from "../../schema/structure-guard.js";
import { plainKeys, isPlainArray } from "./plain.js";
import { readBody } from "./read-body.js";
import { readCoordinators } from "./read-coordinators.js";
import { readExpenses } from "./read-expense.js";
import { readRouting } from "./read-routing.js";
import { isId, isText } from "./read-scalars.js";
import type { Summary } from "./summary.js";
import { factReaderOf } from "./fact-reader.js";
import { newTally, type Tally } from "./tally.js";
import { allocation } from "./totals.js";

/** What the reader does not count one by one (the application, its body, the FCI years' array and objects): a margin. */
const UNCOUNTED_NODES = 16;

/**
 * The fast path: one pass over the raw input that checks it as the full validator would and computes
 * the summary in safe integers. Returns null whenever it cannot vouch for the input — anything not plainly
 * valid, or amounts and sums beyond what a double holds exactly — and the caller then takes the full
 * path (zod, semantic checks, Decimal). It never accepts an input the full validator refuses.
 */
export function readSummary(input: unknown, override: Ruleset | undefined): Summary | null {
  return readPlain(input, override)?.summary ?? null;
}

/** `readSummary` with the ruleset the input's year (or the override) selected. */
export function readPlain(
  input: unknown,
  override: Ruleset | undefined,
): { summary: Summary; ruleset: Ruleset } | null {
  const keys = plainKeys(input);
  if (keys === null) return null;
  for (const key of keys)
    if (key !== "fiscalYear" && key !== "body" && key !== "projects" && key !== "coordinators") return null;
  const app = input as Record<string, unknown>;
  const year = readFiscalYear(app.fiscalYear);
  if (!year.ok) return null;
  const ruleset = override ? (override.fiscalYear === year.year ? override : undefined) : findRuleset(year.year);
  if (!ruleset) return null;
  const body = readBody(app.body, ruleset);
  if (body === null) return null;
  const tally = newTally(factReaderOf(ruleset));
  tally.nodes = UNCOUNTED_NODES;
  if (keys.includes("projects") && !readProjects(app.projects, ruleset, tally)) return null;
  if (keys.includes("coordinators") && !readCoordinators(app.coordinators, ruleset, tally)) return null;
  if (tally.nodes > MAX_NODES) return null;
  const summary: Summary = {
    fiscalYear: year.year,
    body: body.body,
    fiscalCorrection: body.fiscalCorrection,
    allocation: allocation(tally, body.fiscalCorrection.coefficient, ruleset),
    lines: tally.lines,
    caveats: body.caveatsOf({
      lines: tally.lines.length > 0,
      specificRevenue: tally.specificStated,
      coordinatorSpecificRevenue: tally.coordinatorSpecificStated,
    }),
  };
  return { summary, ruleset };
}

function readProjects(raw: unknown, ruleset: Ruleset, tally: Tally): boolean {
  if (!isPlainArray(raw)) return false;
  tally.nodes += 1 + 2 * raw.length; // the array, its slots and the objects in them
  if (tally.nodes > MAX_NODES) return false;
  for (const project of raw) {
    const keys = plainKeys(project);
    if (keys === null) return false;
    for (const key of keys)
      if (key !== "id" && key !== "name" && key !== "primaryPurpose" && key !== "purposeWeights" && key !== "expenses")
        return false;
    const p = project as Record<string, unknown>;
    const id = p.id;
    if (!isId(id) || tally.projectIds.has(id)) return false;
    tally.projectIds.add(id);
    if (keys.includes("name") && !isText(p.name, 200)) return false;
    const routing = readRouting(p, keys, id, "project", ruleset, tally);
    if (routing === null || !readExpenses(p.expenses, routing, tally)) return false;
  }
  return true;
}
