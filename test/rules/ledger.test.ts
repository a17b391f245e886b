import { describe, expect, it } from "vitest";
import type { Line } from "../../src/index.js";
import { ledger } from "../../src/rules/ledger.js";
import { worded } from "../support.js";

const line = (
  id: string,
  measure: Line["measure"],
  amountYen: string,
  eligibleYen: string,
  excludedYen: string,
  specificRevenueYen = "0",
): Line => ({
  id,
  kind: "expense",
  measure,
  amountYen,
  specificRevenueYen,
  // The own burden is what the rules divide: eligible + excluded (a test of an unbalanced line keeps it so).
  ownBurdenYen: (BigInt(eligibleYen) + BigInt(excludedYen)).toString(),
  eligibleYen,
  excludedYen,
  disposition: excludedYen === "0" ? "eligible" : "excluded",
  rules: [],
  needsReview: [],
});

describe("ledger (conservation)", () => {
  it("shows per-measure and total sums, in safe integers", () => {
    const step = ledger([
      line("E1", "dual-residence", "1200000", "1200000", "0"),
      line("E2", "migration", "300", "0", "300"),
      line("E3", "dual-residence", "5", "0", "5"),
    ]);
    expect(step.inputs).toEqual({
      "dual-residence.amountYen": "1200005",
      "migration.amountYen": "300",
      lines: "3",
      amountYen: "1200305",
    });
    expect(step.output).toEqual({
      "dual-residence.specificRevenueYen": "0",
      "dual-residence.eligibleYen": "1200000",
      "dual-residence.excludedYen": "5",
      "migration.specificRevenueYen": "0",
      "migration.eligibleYen": "0",
      "migration.excludedYen": "300",
      specificRevenueYen: "0",
      eligibleYen: "1200000",
      excludedYen: "305",
      balanced: "true",
    });
    expect(worded(step).note.en).toBe(
      "All 3 lines: ¥1,200,305 in = ¥0 specific revenue + ¥1,200,000 eligible + ¥305 excluded.",
    );
  });

  it("shows 特定財源 as its own column: amount = specific revenue + eligible + excluded", () => {
    // A half national-grant line: ¥1,200,000 = ¥600,000 grant + ¥600,000 eligible + ¥0 excluded.
    const step = ledger([line("E1", "dual-residence", "1200000", "600000", "0", "600000")]);
    expect(step.output).toMatchObject({ specificRevenueYen: "600000", eligibleYen: "600000", excludedYen: "0" });
    expect(() => ledger([line("E1", "dual-residence", "1200000", "600000", "0", "1")])).toThrow(/does not balance/);
  });

  it("gives the same sums for 20-digit amounts, beyond safe integers", () => {
    const big = "99999999999999999999";
    const step = ledger([
      line("E1", "dual-residence", big, big, "0"),
      line("E2", "dual-residence", big, "1", "99999999999999999998"),
    ]);
    expect(step.inputs["dual-residence.amountYen"]).toBe("199999999999999999998");
    expect(step.output).toMatchObject({
      "dual-residence.eligibleYen": "100000000000000000000",
      "dual-residence.excludedYen": "99999999999999999998",
    });
  });

  it("balances a line whose figures mix safe integers and longer amounts, wherever it stands", () => {
    const mixed = line("E0", "dual-residence", "100000000000000000000", "1", "99999999999999999999");
    const small = line("E1", "migration", "5", "5", "0");
    for (const lines of [
      [mixed, small],
      [small, mixed],
    ]) {
      expect(ledger(lines).output).toMatchObject({
        "dual-residence.eligibleYen": "1",
        "dual-residence.excludedYen": "99999999999999999999",
        "migration.eligibleYen": "5",
      });
    }
    // A long eligible figure with a short amount: the fast path must not take the long figure for a balance.
    expect(() => ledger([line("E2", "dual-residence", "5", "100000000000000000005", "0")])).toThrow(
      "ledger: line E2 does not balance",
    );
    expect(() => ledger([line("E3", "dual-residence", "5", "5", "100000000000000000000")])).toThrow(
      "ledger: line E3 does not balance",
    );
  });

  it("balances a 16-digit amount split into two 15-digit figures (the amount alone is past the fast path)", () => {
    const step = ledger([line("E1", "dual-residence", "1999999999999998", "999999999999999", "999999999999999")]);
    expect(step.output).toMatchObject({ eligibleYen: "999999999999999", excludedYen: "999999999999999" });
  });

  it("sums exactly at and just past 2^53 − 1", () => {
    const max = String(Number.MAX_SAFE_INTEGER - 1); // 16 digits: already past the 15-digit fast path
    expect(
      ledger([
        line("E1", "migration", "999999999999999", "999999999999999", "0"),
        line("E2", "migration", "999999999999999", "0", "999999999999999"),
      ]).inputs["migration.amountYen"],
    ).toBe("1999999999999998");
    expect(ledger([line("E1", "migration", max, max, "0")]).inputs["migration.amountYen"]).toBe(max);
  });

  it("switches to decimals when a safe-integer sum would overflow", () => {
    const near = "900000000000000"; // 15 digits: safe alone, 12 of them pass 2^53
    const step = ledger(Array.from({ length: 12 }, (_, i) => line(`E${i}`, "migration", near, near, "0")));
    expect(step.inputs["migration.amountYen"]).toBe("10800000000000000");
  });

  it.each([
    ["safe integers", "1000", "600", "300"],
    ["decimals", "100000000000000000000", "1", "2"],
  ])(
    "throws on a line that does not balance (%s): a defect of the library, never of the input",
    (_kind, amount, eligible, excluded) => {
      expect(() => ledger([line("BAD", "dual-residence", amount, eligible, excluded)])).toThrow(
        "ledger: line BAD does not balance (a defect of the library; please report it)",
      );
    },
  );

  it("balances an empty application", () => {
    expect(ledger([]).output).toMatchObject({ eligibleYen: "0", excludedYen: "0", balanced: "true" });
  });
});
