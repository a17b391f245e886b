import type { Allocation } from "../calculation.js";
import { Dec, decimalString } from "../../money/decimal.js";
import { ratedCoordinators, ratedCosts } from "../../rules/measure-rate.js";
import { thousandYen } from "../../rules/rounding.js";
import type { Ruleset } from "../../rulesets/index.js";
import type { Purpose } from "../../schema/application.js";
import type { Tally } from "./tally.js";

/**
 * One measure's amounts from its integer sums, through the same rule functions calculate/allocate.ts
 * uses (without their steps): rate, coordinators, total, the one 千円 rounding, all in Decimal.
 */
function measure(
  which: Purpose,
  projectCostYen: number,
  specificYen: number,
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
    projectCostYen: String(projectCostYen),
    specificRevenueYen: String(specificYen),
    ownBurdenYen: String(projectCostYen - specificYen),
    eligibleCostsYen: decimalString(costs),
    costsYen: decimalString(rated),
    coordinatorsYen: decimalString(coordinators),
    totalYen: decimalString(total),
    totalThousandYen: decimalString(thousandYen(total, ruleset)),
  };
}

/** Both measures' allocations: this measure with the 財政力補正, the migration measure without it. */
export function allocation(
  sums: Pick<
    Tally,
    | "dualCosts"
    | "dualCoordinators"
    | "migrationCosts"
    | "migrationCoordinators"
    | "dualProjectCost"
    | "dualSpecific"
    | "migrationProjectCost"
    | "migrationSpecific"
  >,
  coefficient: string,
  ruleset: Ruleset,
): Allocation {
  const dual = measure(
    "dual-residence",
    sums.dualProjectCost,
    sums.dualSpecific,
    sums.dualCosts,
    sums.dualCoordinators,
    coefficient,
    ruleset,
  );
  return {
    projectCostYen: dual.projectCostYen,
    specificRevenueYen: dual.specificRevenueYen,
    ownBurdenYen: dual.ownBurdenYen,
    eligibleCostsYen: dual.eligibleCostsYen,
    measureCostsYen: dual.costsYen,
    coordinatorsYen: dual.coordinatorsYen,
    totalYen: dual.totalYen,
    totalThousandYen: dual.totalThousandYen,
    migration: measure(
      "migration",
      sums.migrationProjectCost,
      sums.migrationSpecific,
      sums.migrationCosts,
      sums.migrationCoordinators,
      null,
      ruleset,
    ),
  };
}
