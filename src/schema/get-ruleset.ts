import { readFiscalYear } from "../rulesets/fiscal-year.js";
import { InputError } from "./input-error.js";
import { findRuleset, FIRST_FISCAL_YEAR, KNOWN_RULESETS, KNOWN_YEARS } from "../rulesets/index.js";
import type { Ruleset } from "../rulesets/types.js";

/**
 * The ruleset of a fiscal year: 2025, "FY2025", "R7" or "令和7年度"; 2026 / "R8" / "令和8年度" for FY2026 (FY2025's
 * values carried: no FY2026 notice was found, and its citations say so).
 *
 * @example
 * ```ts
 * import { getRuleset } from "dual-residence-allocation";
 *
 * getRuleset("令和7年度").id;                  //=> "FY2025"
 * getRuleset(2025).coordinator.capFullTimeYen.value;   //=> "5000000"
 * ```
 * @throws An {@link InputError} (code `unsupported_fiscal_year`) for a year that is not one or has no ruleset:
 * the measure starts in FY2025, so `getRuleset(2024)` throws, and a year after the last known one throws too.
 * @category Rules
 */
export function getRuleset(fiscalYear: number | string): Ruleset {
  const read = readFiscalYear(fiscalYear);
  if (!read.ok) throw new InputError([{ path: "$fiscalYear", code: "unsupported_fiscal_year", message: read.message }]);
  const ruleset = findRuleset(read.year);
  if (!ruleset) {
    throw new InputError([
      {
        path: "$fiscalYear",
        code: "unsupported_fiscal_year",
        message:
          read.year < FIRST_FISCAL_YEAR
            ? `no ruleset for FY${read.year}; the measure starts in FY${FIRST_FISCAL_YEAR} (令和7年度)`
            : `no ruleset for FY${read.year} yet; the library knows ${KNOWN_YEARS}`,
      },
    ]);
  }
  return ruleset;
}

/**
 * A ruleset option as `calculate` and `summarize` take it: a ruleset object as given, an id looked up,
 * undefined left for the input's year to choose.
 *
 * @throws An {@link InputError} (code `unsupported_fiscal_year`) for an id the library does not know.
 */
export function resolveRuleset(ruleset: Ruleset | string | undefined): Ruleset | undefined {
  if (ruleset === undefined || typeof ruleset === "object") return ruleset;
  const found = findRuleset(ruleset);
  if (!found) {
    throw new InputError([
      {
        path: "$",
        code: "unsupported_fiscal_year",
        message: `no ruleset "${ruleset.slice(0, 20)}"; known: ${KNOWN_RULESETS}`,
      },
    ]);
  }
  return found;
}
