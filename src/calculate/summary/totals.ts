import type { Allocation } from "../calculation.js";
import { Dec, decimalString } from "../../money/decimal.js";
import { ratedCoordinators, ratedCosts } from "../../rules/measure-rate.js";
import { thousandYen } from "../../rules/rounding.js";
import type { Ruleset } from "../../rulesets/index.js";
import type { Purpose } from "../../schema/application.js";

/**
 * One measure's amounts from its integer sums, through the same rule functions calculate/allocate.ts
 * uses (without their steps): rate, coordinators, total, the one 千円 rounding, all in Decimal.
 */
function measure(
  which: Purpose,
  costsYen: number,
  coordinatorsYen: number,
  coefficient: string | null,
  ruleset: Ruleset,
) {
  const costs = new Dec(costsYen);
  const rated = ratedCosts(which, costs, coefficient, ruleset);
  const coordinators = ratedCoordinators(which, new Dec(coordinatorsYen), ruleset);
  const total = rated.plus(coordinators); // rules/sum.ts measureTotal
  return {
    eligibleCostsYen: decimalString(costs),
    costsYen: decimalString(rated),
    coordinatorsYen: decimalString(coordinators),
    totalYen: decimalString(total),
    totalThousandYen: decimalString(thousandYen(total, ruleset)),
  };
}

/** Both measures' allocations: this measure with the 財政力補正, the migration measure without it. */
export function allocation(
  sums: { dualCosts: number; dualCoordinators: number; migrationCosts: number; migrationCoordinators: number },
  coefficient: string,
  ruleset: Ruleset,
): Allocation {
  const dual = measure("dual-residence", sums.dualCosts, sums.dualCoordinators, coefficient, ruleset);
  return {
    eligibleCostsYen: dual.eligibleCostsYen,
    measureCostsYen: dual.costsYen,
    coordinatorsYen: dual.coordinatorsYen,
    totalYen: dual.totalYen,
    totalThousandYen: dual.totalThousandYen,
    migration: measure("migration", sums.migrationCosts, sums.migrationCoordinators, null, ruleset),
  };
}
