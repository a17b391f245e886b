import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, type Line } from "../../src/index.js";
import { application, copy, type Input } from "./arbitraries.js";
import { D, eligibleSum } from "./laws.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

const OTHER = { "dual-residence": "migration", migration: "dual-residence" } as const;

/** Sends a project the other way: flips primaryPurpose, or swaps the two weights (a mixed project stays mixed). */
function flip(project: Input): void {
  if (project.primaryPurpose) project.primaryPurpose = OTHER[project.primaryPurpose as keyof typeof OTHER];
  else
    project.purposeWeights = {
      dualResidence: project.purposeWeights.migration,
      migration: project.purposeWeights.dualResidence,
    };
}

/** A line without the fields ※5 decides (measure, and the rule and review it adds). */
const rest = (l: Line) => ({
  ...l,
  measure: undefined,
  rules: l.rules.filter((r) => r !== "fn5"),
  needsReview: l.needsReview.filter((r) => r !== "migration-measure"),
});

describe("※5: moving a project between measures moves exactly its lines", PROPERTY_TIMEOUT, () => {
  it("its lines change measure and nothing else; every other line is unchanged; the sums move by its eligible yen", () => {
    fc.assert(
      fc.property(
        application().filter((x) => (x.projects ?? []).length > 0),
        fc.nat(),
        (input, at) => {
          const before = calculate(input);
          const moved = copy(input);
          const project = moved.projects[at % moved.projects.length];
          flip(project);
          const after = calculate(moved);
          const mine = (l: Line) => l.projectId === project.id;
          expect(after.lines.length).toBe(before.lines.length);
          before.lines.forEach((b, i) => {
            const a = after.lines[i] as Line;
            if (!mine(b)) {
              expect(a).toEqual(b);
              return;
            }
            expect(a.measure).toBe(OTHER[b.measure as keyof typeof OTHER]);
            expect(rest(a)).toEqual(rest(b));
          });
          const shifted = eligibleSum(before.lines.filter(mine));
          const toDual = before.lines.find(mine)?.measure === "migration";
          const sign = toDual ? 1 : -1;
          expect(
            new D(after.allocation.eligibleCostsYen).minus(before.allocation.eligibleCostsYen).eq(shifted.times(sign)),
          ).toBe(true);
          expect(
            new D(after.allocation.migration.eligibleCostsYen)
              .minus(before.allocation.migration.eligibleCostsYen)
              .eq(shifted.times(-sign)),
          ).toBe(true);
          expect(after.allocation.coordinatorsYen).toBe(before.allocation.coordinatorsYen);
          expect(after.allocation.migration.coordinatorsYen).toBe(before.allocation.migration.coordinatorsYen);
        },
      ),
      runs(),
    );
  });
});
