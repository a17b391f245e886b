import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, type Line } from "../../src/index.js";
import { application, type Input } from "./arbitraries.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

/** A permutation of a list, as a list of sort keys. */
const shuffle = <T>(list: readonly T[], keys: readonly number[]): T[] =>
  list
    .map((value, i) => ({ value, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.value);

const byId = (lines: readonly Line[]) => [...lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe("permuting projects or lines changes no total", PROPERTY_TIMEOUT, () => {
  it("projects, the expenses within each, and the coordinators, in any order: same 財政力補正 and allocation", () => {
    fc.assert(
      fc.property(application(), fc.array(fc.integer(), { minLength: 1, maxLength: 12 }), (input, keys) => {
        const before = calculate(input);
        const permuted: Input = {
          ...input,
          ...(input.projects && {
            projects: shuffle(input.projects as Input[], keys).map((p) => ({
              ...p,
              expenses: shuffle(p.expenses as Input[], [...keys].reverse()),
            })),
          }),
          ...(input.coordinators && {
            coordinators: shuffle(
              input.coordinators as Input[],
              keys.map((k) => -k),
            ),
          }),
        };
        const after = calculate(permuted);
        expect(after.fiscalCorrection).toEqual(before.fiscalCorrection);
        expect(after.allocation).toEqual(before.allocation);
        // Expense lines are decided one by one: the same lines, only reordered.
        expect(byId(after.lines.filter((l) => l.kind === "expense"))).toEqual(
          byId(before.lines.filter((l) => l.kind === "expense")),
        );
      }),
      runs(),
    );
  });
});
