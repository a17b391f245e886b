import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate } from "../../src/index.js";
import { amount, application, copy, eligibleExpenseBody, purpose, type Input } from "./arbitraries.js";
import { D, totals } from "./laws.js";
import { yenOf } from "./reference-model.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

const CAP = { "full-time": new D(5_000_000), concurrent: new D(400_000) } as const;

function expectNotLower(before: ReturnType<typeof totals>, after: ReturnType<typeof totals>): void {
  expect(after.dual.gte(before.dual)).toBe(true);
  expect(after.dualThousand.gte(before.dualThousand)).toBe(true);
  expect(after.migration.gte(before.migration)).toBe(true);
  expect(after.migrationThousand.gte(before.migrationThousand)).toBe(true);
}

describe("adding an eligible line never lowers the total", PROPERTY_TIMEOUT, () => {
  it("an eligible expense, in any project: its measure's exact total rises by amount × rate, the other stays", () => {
    fc.assert(
      fc.property(
        application().filter((x) => (x.projects ?? []).length > 0),
        eligibleExpenseBody,
        fc.nat(),
        (input, expense, at) => {
          const before = calculate(input);
          const grown = copy(input);
          const project = grown.projects[at % grown.projects.length];
          project.expenses.push({ id: "ADDED", ...expense });
          const after = calculate(grown);
          const line = after.lines.find((l) => l.id === "ADDED");
          expect(line?.disposition).toBe("eligible");
          expectNotLower(totals(before), totals(after));
          const added = new D(yenOf(expense.amount).toString()).times("0.5");
          const dual = line?.measure === "dual-residence";
          expect(
            new D(after.allocation.totalYen)
              .minus(before.allocation.totalYen)
              .eq(dual ? added.times(before.fiscalCorrection.coefficient) : 0),
          ).toBe(true);
          expect(
            new D(after.allocation.migration.totalYen).minus(before.allocation.migration.totalYen).eq(dual ? 0 : added),
          ).toBe(true);
        },
      ),
      runs(),
    );
  });

  it("a coordinator record of a new person: its measure's total rises by min(cost, cap)", () => {
    fc.assert(
      fc.property(
        application(),
        amount,
        fc.constantFrom("full-time", "concurrent"),
        purpose,
        (input, cost, post, why) => {
          const before = calculate(input);
          const grown = copy(input);
          grown.coordinators = [
            ...(grown.coordinators ?? []),
            { id: "ADDED", person: "someone new", post, cost, ...why, activities: ["planning"] },
          ];
          const after = calculate(grown);
          const line = after.lines.find((l) => l.id === "ADDED");
          expectNotLower(totals(before), totals(after));
          const counted = D.min(yenOf(cost).toString(), CAP[post]);
          expect(line?.eligibleYen).toBe(counted.toFixed());
          const key = line?.measure === "dual-residence" ? "coordinatorsYen" : null;
          const rise = key
            ? new D(after.allocation.coordinatorsYen).minus(before.allocation.coordinatorsYen)
            : new D(after.allocation.migration.coordinatorsYen).minus(before.allocation.migration.coordinatorsYen);
          expect(rise.eq(counted)).toBe(true);
        },
      ),
      runs(),
    );
  });

  it("a record of an existing person, with the post that person already holds in that measure", () => {
    fc.assert(
      fc.property(
        application().filter((x) => (x.coordinators ?? []).length > 0),
        amount,
        fc.nat(),
        (input, cost, at) => {
          const before = calculate(input);
          const model = before.lines.filter((l) => l.kind === "coordinator")[at % input.coordinators.length];
          const grown = copy(input);
          // Same person, same measure, same post as an existing record: the person's cap does not change.
          grown.coordinators.push({
            id: "ADDED",
            person: model?.person,
            post: model?.post,
            cost,
            primaryPurpose: model?.measure,
            activities: ["planning"],
          });
          const mixedBefore = before.lines.some(
            (l) =>
              l.kind === "coordinator" &&
              l.person === model?.person &&
              l.measure === model?.measure &&
              l.post !== model.post,
          );
          fc.pre(!mixedBefore);
          expectNotLower(totals(before), totals(calculate(grown)));
        },
      ),
      runs(),
    );
  });

  it("the documented exception: a concurrent record added to a full-time person lowers the cap to ¥400,000 (mixed-posts)", () => {
    // Not a law of the engine but its conservative reading of a silent rule (docs/inferences.md): pinned
    // here so that a change to it is deliberate.
    const input = {
      fiscalYear: 2025,
      body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
      coordinators: [
        {
          id: "C1",
          person: "A",
          post: "full-time",
          cost: "1000000",
          primaryPurpose: "dual-residence",
          activities: ["planning"],
        },
      ],
    };
    expect(calculate(input).allocation.totalYen).toBe("1000000");
    const grown = copy(input) as Input;
    grown.coordinators.push({
      id: "C2",
      person: "A",
      post: "concurrent",
      cost: "0",
      primaryPurpose: "dual-residence",
      activities: ["planning"],
    });
    const after = calculate(grown);
    expect(after.allocation.totalYen).toBe("400000");
    expect(after.lines.map((l) => [l.id, l.disposition, l.needsReview])).toEqual([
      ["C1", "capped", ["mixed-posts"]],
      ["C2", "eligible", ["mixed-posts"]],
    ]);
  });
});

describe("coordinator caps", PROPERTY_TIMEOUT, () => {
  it("a person's eligible yen within a measure is min(Σ own burden of records the rules left, the post's cap); the smaller cap for mixed posts", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const calc = calculate(input);
        const groups = new Map<
          string,
          { posts: Set<string>; cost: InstanceType<typeof D>; eligible: InstanceType<typeof D> }
        >();
        for (const line of calc.lines) {
          if (line.kind !== "coordinator" || line.disposition === "excluded") continue;
          const key = JSON.stringify([line.measure, line.person]);
          const g = groups.get(key) ?? { posts: new Set<string>(), cost: new D(0), eligible: new D(0) };
          g.posts.add(line.post as string);
          g.cost = g.cost.plus(line.ownBurdenYen);
          g.eligible = g.eligible.plus(line.eligibleYen);
          groups.set(key, g);
        }
        for (const g of groups.values()) {
          const cap = g.posts.has("concurrent") ? CAP.concurrent : CAP["full-time"];
          expect(g.eligible.lte(cap)).toBe(true);
          expect(g.eligible.eq(D.min(g.cost, cap))).toBe(true);
        }
      }),
      runs(),
    );
  });
});
