import { describe, expect, it } from "vitest";
import { Dec } from "../../money/decimal.js";
import { fy2025 } from "../../rulesets/fy2025.js";
import { SAFE_INTEGER } from "../arithmetic.js";
import { capOf, coordinatorCap, fillCap, whyCapped } from "./index.js";

const one = (post: "full-time" | "concurrent", cost: number) =>
  coordinatorCap("A", "dual-residence", [{ id: "C1", post, cost: new Dec(cost) }], fy2025).records[0];

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
      costs.map((c, i) => ({ id: `C${i}`, post: "full-time" as const, cost: new Dec(c) })),
      fy2025,
    );
    const int = fillCap(
      costs.map((c, i) => ({ id: `C${i}`, post: "full-time" as const, cost: c })),
      5_000_000,
      SAFE_INTEGER,
    );
    expect(dec.records.map((r) => Number(r.eligible.toFixed()))).toEqual([3_000_000, 2_000_000, 0]);
    expect(int.map((r) => r.eligible)).toEqual([3_000_000, 2_000_000, 0]);
    expect(dec.step.output).toMatchObject({ totalYen: "6500000", countedYen: "5000000", excessYen: "1500000" });
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
        { id: "C1", post: "full-time", cost: new Dec(300_000) },
        { id: "C2", post: "concurrent", cost: new Dec(300_000) },
      ],
      fy2025,
    );
    expect(mixed.step.needsReview?.code).toBe("mixed-posts");
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
      { id: "C1", post: "full-time", cost: new Dec(4_000_000) },
      { id: "C2", post: "full-time", cost: new Dec(2_200_000) },
    ],
    fy2025,
  );

  it("a record that got part of the cap: the smallest change is a lower cost", () => {
    const why = whyCapped(capped.step, "C2", "coordinator C2");
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
    const edited = { ...capped.step, inputs: {}, output: {} };
    const why = whyCapped(edited, "C2", "coordinator C2");
    expect(why.cap).toMatchObject({ post: "", capYen: "", amountYen: "", eligibleYen: "", excessYen: "0" });
    expect(why.summary.en).toBe(
      "A's costs total ¥ against the  cap ¥; this record's excess ¥0 is out. Smallest change within the cap: a cost of at most ¥ (¥0 less).",
    );
  });
});
