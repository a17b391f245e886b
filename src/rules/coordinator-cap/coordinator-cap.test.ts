import { describe, expect, it } from "vitest";
import { Dec } from "../../money/decimal.js";
import { fy2025 } from "../../rulesets/fy2025.js";
import { SAFE_INTEGER } from "../arithmetic.js";
import type { StepData } from "../../trace/step.js";
import { capOf, coordinatorCap, fillCap, whyCapped } from "./index.js";

const one = (post: "full-time" | "concurrent", cost: number) =>
  coordinatorCap("A", "dual-residence", [{ id: "C1", post, cost: new Dec(cost), specific: new Dec(0) }], fy2025)
    .records[0];

describe("coordinator cap (1人当たり500万円上限、兼任40万円)", () => {
  it.each([
    ["full-time", 4_999_999, "4999999", "0"],
    ["full-time", 5_000_000, "5000000", "0"],
    ["full-time", 5_000_001, "5000000", "1"],
    ["concurrent", 399_999, "399999", "0"],
    ["concurrent", 400_000, "400000", "0"],
    ["concurrent", 400_001, "400000", "1"],
  ] as const)("%s ¥%i → eligible ¥%s, excluded ¥%s", (post, cost, eligible, excluded) => {
    const record = one(post, cost);
    expect([record?.eligible.toFixed(), record?.excluded.toFixed()]).toEqual([eligible, excluded]);
  });

  it("fills one person's cap in record order, the same in Decimal and in safe integers", () => {
    const costs = [3_000_000, 2_500_000, 1_000_000];
    const dec = coordinatorCap(
      "A",
      "dual-residence",
      costs.map((c, i) => ({ id: `C${i}`, post: "full-time" as const, cost: new Dec(c), specific: new Dec(0) })),
      fy2025,
    );
    const int = fillCap(
      costs.map((c, i) => ({ id: `C${i}`, post: "full-time" as const, cost: c, specific: 0 })),
      5_000_000,
      SAFE_INTEGER,
    );
    expect(dec.records.map((r) => Number(r.eligible.toFixed()))).toEqual([3_000_000, 2_000_000, 0]);
    expect(int.map((r) => r.eligible)).toEqual([3_000_000, 2_000_000, 0]);
    expect(dec.steps[0]?.output).toMatchObject({ totalYen: "6500000", countedYen: "5000000", excessYen: "1500000" });
  });

  it("applies the smaller cap where one person holds both posts, and flags it", () => {
    expect(capOf("dual-residence", ["full-time", "concurrent"], fy2025)).toMatchObject({
      post: "concurrent",
      mixed: true,
    });
    const mixed = coordinatorCap(
      "A",
      "dual-residence",
      [
        { id: "C1", post: "full-time", cost: new Dec(300_000), specific: new Dec(0) },
        { id: "C2", post: "concurrent", cost: new Dec(300_000), specific: new Dec(0) },
      ],
      fy2025,
    );
    expect(mixed.steps[0]?.needsReview?.code).toBe("mixed-posts");
    expect(mixed.records.map((r) => r.eligible.toFixed())).toEqual(["300000", "100000"]);
  });

  it("reads the migration measure's caps there (a conservative reading, cited as an inference)", () => {
    const { cap } = capOf("migration", ["full-time"], fy2025);
    expect([cap.value, cap.cite.inference]).toEqual(["5000000", true]);
  });
});

describe("the cap's step read back (explainLine)", () => {
  const capped = coordinatorCap(
    "A",
    "dual-residence",
    [
      { id: "C1", post: "full-time", cost: new Dec(4_000_000), specific: new Dec(0) },
      { id: "C2", post: "full-time", cost: new Dec(2_200_000), specific: new Dec(0) },
    ],
    fy2025,
  );

  it("a record that got part of the cap: the smallest change is a lower cost", () => {
    const why = whyCapped(capped.steps[0] as StepData, "C2", "coordinator C2");
    expect(why.cap).toMatchObject({
      capYen: "5000000",
      amountYen: "2200000",
      eligibleYen: "1000000",
      excessYen: "1200000",
    });
    expect(why.changes[0]?.[0]?.to).toBe("1000000");
    expect(why.note).toBeUndefined();
  });

  it("a step with its figures edited away reads as blanks, never throws", () => {
    const edited = { ...(capped.steps[0] as StepData), inputs: {}, output: {} };
    const why = whyCapped(edited, "C2", "coordinator C2");
    expect(why.cap).toMatchObject({ post: "", capYen: "", amountYen: "", eligibleYen: "", excessYen: "0" });
    expect(why.summary.en).toBe(
      "A's costs total ¥ against the  cap ¥; this record's excess ¥0 is out. Smallest change within the cap: a cost of at most ¥ (¥0 less).",
    );
  });
});

describe("the cap on the own burden (特定財源 deducted first; DOMAIN.md §11's reading)", () => {
  // A prefectural subsidy of ¥1,000,000 on a full-time coordinator: the cap bounds cost − subsidy.
  const funded = (cost: number, specific: number) =>
    coordinatorCap(
      "A",
      "dual-residence",
      [{ id: "C1", post: "full-time", cost: new Dec(cost), specific: new Dec(specific) }],
      fy2025,
    );

  it.each([
    [5_999_999, "4999999", "0"],
    [6_000_000, "5000000", "0"],
    [6_000_001, "5000000", "1"],
  ] as const)("cost ¥%i with ¥1,000,000 subsidy → eligible ¥%s, excluded ¥%s", (cost, eligible, excluded) => {
    const record = funded(cost, 1_000_000).records[0];
    expect([record?.eligible.toFixed(), record?.excluded.toFixed()]).toEqual([eligible, excluded]);
  });

  it("below the cap both readings agree: no second step, no review", () => {
    const result = funded(4_000_000, 1_000_000);
    expect(result.basisMatters).toBe(false);
    expect(result.steps.map((s) => s.id)).toEqual(["person/dual-residence/A/coordinator-cap"]);
  });

  it("above the cap the gross reading counts less: the step shows both and needs review", () => {
    const result = funded(6_200_000, 1_000_000);
    // Own burden ¥5,200,000 → ¥5,000,000; gross: min(6,200,000, 5,000,000) − 1,000,000 = ¥4,000,000.
    expect(result.records[0]?.eligible.toFixed()).toBe("5000000");
    expect(result.basisMatters).toBe(true);
    expect(result.steps[1]).toMatchObject({
      id: "person/dual-residence/A/cap-basis",
      output: { appliedEligibleYen: "5000000", otherEligibleYen: "4000000", "C1.otherEligibleYen": "4000000" },
      needsReview: { code: "cap-basis" },
    });
    expect(result.steps[0]?.inputs).toMatchObject({ capBasis: "own-burden", "C1.specificRevenueYen": "1000000" });
  });

  it("the gross basis fills the cap with gross costs, then takes each record's subsidy off its part", () => {
    const records = [
      { id: "C1", post: "full-time" as const, cost: 3_000_000, specific: 2_000_000 },
      { id: "C2", post: "full-time" as const, cost: 3_000_000, specific: 0 },
    ];
    expect(fillCap(records, 5_000_000, SAFE_INTEGER, "gross")).toEqual([
      { id: "C1", eligible: 1_000_000, excluded: 0 },
      { id: "C2", eligible: 2_000_000, excluded: 1_000_000 },
    ]);
    expect(fillCap(records, 5_000_000, SAFE_INTEGER, "own-burden")).toEqual([
      { id: "C1", eligible: 1_000_000, excluded: 0 },
      { id: "C2", eligible: 3_000_000, excluded: 0 },
    ]);
  });

  it("explains a capped record with a subsidy: the cost that fits adds the subsidy back", () => {
    const why = whyCapped(funded(6_200_000, 1_000_000).steps[0] as StepData, "C1", "coordinator C1");
    expect(why.cap).toMatchObject({ amountYen: "6200000", eligibleYen: "5000000", excessYen: "200000" });
    expect(why.changes[0]?.[0]?.to).toBe("6000000");
  });
});
