import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT } from "../properties/runs.js";
import { HOSTILE, quickFuzzInput, runFuzz, summary } from "./fuzz.js";

/*
 * The quick fuzz of `npm test`. The full run (≥ 100,000 inputs, hostile values mixed in) is
 * `npm run fuzz`; its figures are in docs/reliability.md.
 */

describe("fuzz: safeCalculate on arbitrary and mutated inputs", PROPERTY_TIMEOUT, () => {
  it("returns a typed result for 1,000 generated inputs: no exception, no prototype change, every success replays", () => {
    const report = runFuzz({ count: 1000, seed: 20250401, inputs: quickFuzzInput });
    expect(report.failures, summary(report)).toEqual([]);
    expect(report.prototypeChanges).toBe(0);
    expect(report.inputs).toBe(1000);
    // Both outcomes occur: the mutations leave some inputs valid.
    expect(report.ok).toBeGreaterThan(10);
    expect(report.inputError).toBeGreaterThan(500);
  });

  it.each(HOSTILE.map((h) => [h.label, h] as const))(
    "returns a typed result for a hostile value: %s",
    (_label, hostile) => {
      const report = runFuzz({ count: 1, seed: 1, inputs: fc.constant({ category: "hostile" as const, ...hostile }) });
      expect(report.failures, summary(report)).toEqual([]);
      expect(report.inputs).toBe(1);
    },
  );
});
