import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate } from "../../src/index.js";
import { application } from "./arbitraries.js";
import { D } from "./laws.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

/** totalThousandYen × 1000 − totalYen: half-up puts it in (−500, 500]. */
const gap = (thousand: string, exact: string) => new D(thousand).times(1000).minus(exact);

describe("rounding to 千円", PROPERTY_TIMEOUT, () => {
  it("|totalThousandYen × 1000 − totalYen| ≤ 500 for both measures, and half-up (a half rounds away from zero)", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const { allocation } = calculate(input);
        for (const [thousand, exact] of [
          [allocation.totalThousandYen, allocation.totalYen],
          [allocation.migration.totalThousandYen, allocation.migration.totalYen],
        ] as const) {
          expect(thousand).toMatch(/^(?:0|[1-9][0-9]*)$/);
          const g = gap(thousand, exact);
          expect(g.abs().lte(500)).toBe(true);
          expect(g.gt(-500)).toBe(true);
        }
      }),
      runs(),
    );
  });

  it("rounds once, on the measure's total: never on the costs or the coordinators separately", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const { allocation } = calculate(input);
        const once = new D(allocation.measureCostsYen)
          .plus(allocation.coordinatorsYen)
          .div(1000)
          .toDecimalPlaces(0, D.ROUND_HALF_UP);
        expect(allocation.totalThousandYen).toBe(once.toFixed());
      }),
      runs(),
    );
  });
});
