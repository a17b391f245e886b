import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, verify } from "../../src/index.js";
import { application, copy } from "./arbitraries.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

describe("replay and determinism", PROPERTY_TIMEOUT, () => {
  it("verify(calculate(x)).ok, also after a JSON round trip", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const calc = calculate(input);
        expect(verify(calc)).toEqual({ ok: true, mismatches: [] });
        expect(verify(JSON.parse(JSON.stringify(calc)))).toEqual({ ok: true, mismatches: [] });
      }),
      runs(),
    );
  });

  it("calculate is deterministic: the same input gives the same bytes", () => {
    fc.assert(
      fc.property(application(), (input) => {
        expect(JSON.stringify(calculate(copy(input)))).toBe(JSON.stringify(calculate(copy(input))));
      }),
      runs(),
    );
  });

  it("the embedded canonical input parses back to itself and gives the same calculation", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const calc = calculate(input);
        const again = calculate(calc.trace.input);
        expect(again.trace.input).toEqual(calc.trace.input);
        expect(JSON.stringify(again)).toBe(JSON.stringify(calc));
      }),
      runs(),
    );
  });

  it("calculate leaves its input untouched", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const before = copy(input);
        calculate(input);
        expect(input).toEqual(before);
      }),
      runs(),
    );
  });

  it("verify finds any edited line figure", () => {
    fc.assert(
      fc.property(
        application().filter((x) => calculate(x).lines.length > 0),
        fc.nat(),
        fc.constantFrom("eligibleYen", "excludedYen", "amountYen"),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (input, at, field, delta) => {
          const calc = JSON.parse(JSON.stringify(calculate(input)));
          const line = calc.lines[at % calc.lines.length];
          line[field] = (BigInt(line[field]) + delta).toString();
          const result = verify(calc);
          expect(result.ok).toBe(false);
          expect(result.mismatches.map((m) => m.path)).toContain(`lines[${at % calc.lines.length}].${field}`);
        },
      ),
      runs(100),
    );
  });
});
