import { describe, expect, expectTypeOf, it } from "vitest";
import {
  calculate,
  classifyExpense,
  ITEM_IDS,
  rulesets,
  type ApplicationInput,
  type CoordinatorActivityId,
  type CoordinatorInput,
  type ExpenseInput,
  type ItemId,
} from "../../src/index.js";

/* ITEM_IDS names the built-in catalogs' items for the types; the catalogs stay the source of the items. */

describe("ITEM_IDS and ItemId", () => {
  it("are the ids of the built-in rulesets' catalogs, each once: FY2025's in order, then those FY2026 adds", () => {
    const union: string[] = [];
    for (const ruleset of Object.values(rulesets))
      for (const item of ruleset.catalog.items) if (!union.includes(item.id)) union.push(item.id);
    expect([...ITEM_IDS]).toEqual(union);
    expect(new Set(ITEM_IDS).size).toBe(ITEM_IDS.length);
  });

  it("type an expense's item, in ExpenseInput and in ApplicationInput", () => {
    expectTypeOf<ExpenseInput["item"]>().toEqualTypeOf<ItemId>();
    expectTypeOf<
      NonNullable<ApplicationInput["projects"]>[number]["expenses"][number]["item"]
    >().toEqualTypeOf<ItemId>();
    expectTypeOf<ItemId>().toEqualTypeOf<(typeof ITEM_IDS)[number]>();
    const typed: ExpenseInput = {
      id: "E1",
      item: "opportunity.facilities",
      amount: 1,
      facility: { implementer: "private", work: "renovation" },
    };
    // @ts-expect-error a misspelt item is a type error
    const misspelt: ExpenseInput = { id: "E1", item: "opportunity.facility", amount: 1 };
    expect(classifyExpense(typed).disposition).toBe("eligible");
    expect(() => classifyExpense(misspelt)).toThrow(/did you mean "opportunity.facilities"/);
  });

  it("leave calculate and classifyExpense taking any value: an item read from a file is a string", () => {
    const fromFile: string = JSON.parse('"information.consultation-events"') as string;
    expect(classifyExpense({ id: "E1", item: fromFile, amount: 1000 }).eligibleYen).toBe("1000");
    const application: unknown = {
      fiscalYear: 2025,
      body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
      projects: [
        { id: "P1", primaryPurpose: "dual-residence", expenses: [{ id: "E1", item: fromFile, amount: 1000 }] },
      ],
    };
    expect(calculate(application).allocation.totalThousandYen).toBe("1");
  });

  it("type a coordinator's activities as the catalog's activity ids", () => {
    expectTypeOf<CoordinatorInput["activities"][number]>().toEqualTypeOf<CoordinatorActivityId>();
    const misspelt: CoordinatorInput = {
      id: "C1",
      person: "A",
      post: "full-time",
      cost: 1,
      primaryPurpose: "dual-residence",
      // @ts-expect-error a misspelt activity is a type error
      activities: ["plannin"],
    };
    expect(misspelt.activities).toEqual(["plannin"]);
  });
});
