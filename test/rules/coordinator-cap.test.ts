import { describe, expect, it } from "vitest";
import { getRuleset } from "../../src/index.js";
import { Dec } from "../../src/money/decimal.js";
import { coordinatorCap } from "../../src/rules/coordinator-cap/index.js";

const ruleset = getRuleset(2025);
const record = (id: string, post: "full-time" | "concurrent", cost: string) => ({
  id,
  post,
  cost: new Dec(cost),
  specific: new Dec(0),
});
const figures = (r: { eligible: Dec; excluded: Dec }) => [r.eligible.toFixed(), r.excluded.toFixed()];

describe("coordinator cap: ¥5,000,000 full-time", () => {
  it.each([
    ["4999999", "4999999", "0"],
    ["5000000", "5000000", "0"],
    ["5000001", "5000000", "1"],
  ])("cost %s → eligible %s, excess %s", (cost, eligible, excess) => {
    const result = coordinatorCap("A", "dual-residence", [record("C1", "full-time", cost)], ruleset);
    expect(figures(result.records[0]!)).toEqual([eligible, excess]);
    expect(result.steps[0]?.output.excessYen).toBe(excess);
  });
});

describe("coordinator cap: ¥400,000 concurrent (兼任)", () => {
  it.each([
    ["399999", "399999", "0"],
    ["400000", "400000", "0"],
    ["400001", "400000", "1"],
  ])("cost %s → eligible %s, excess %s", (cost, eligible, excess) => {
    const result = coordinatorCap("B", "dual-residence", [record("C1", "concurrent", cost)], ruleset);
    expect(figures(result.records[0]!)).toEqual([eligible, excess]);
  });
});

describe("records of one person", () => {
  it("are summed before the cap, filled in input order", () => {
    const result = coordinatorCap(
      "D",
      "dual-residence",
      [record("C1", "full-time", "3000000"), record("C2", "full-time", "2500000"), record("C3", "full-time", "100000")],
      ruleset,
    );
    expect(result.records.map(figures)).toEqual([
      ["3000000", "0"],
      ["2000000", "500000"],
      ["0", "100000"],
    ]);
    expect(result.steps[0]?.output).toMatchObject({ totalYen: "5600000", countedYen: "5000000", excessYen: "600000" });
  });

  it("with both posts take the smaller cap and need review", () => {
    const result = coordinatorCap(
      "E",
      "dual-residence",
      [record("C1", "full-time", "1000000"), record("C2", "concurrent", "100000")],
      ruleset,
    );
    expect(result.mixed).toBe(true);
    expect(result.records.map(figures)).toEqual([
      ["400000", "600000"],
      ["0", "100000"],
    ]);
    expect(result.steps[0]?.needsReview?.code).toBe("mixed-posts");
  });
});

describe("migration coordinators", () => {
  it("take the migration measure's (press-reported) cap, cited as an inference", () => {
    const result = coordinatorCap("M", "migration", [record("C1", "full-time", "5800000")], ruleset);
    expect(figures(result.records[0]!)).toEqual(["5000000", "800000"]);
    expect(result.steps[0]?.cite).toContain("(inference)");
  });
});
