import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate } from "../../src/index.js";
import { application, type Input } from "./arbitraries.js";
import { amountSum, D, eligibleSum, excludedSum, linesOf, MEASURES } from "./laws.js";
import { yenOf } from "./reference-model.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";
import { wordSteps } from "../../src/index.js";

const DIGITS = /^(?:0|[1-9][0-9]*)$/;

/** Every input line in input order: expenses (projects, then expenses), then coordinators. */
function inputLines(input: Input): { id: string; amount: bigint }[] {
  const expenses = ((input.projects ?? []) as Input[]).flatMap((p) =>
    (p.expenses as Input[]).map((e) => ({ id: e.id as string, amount: yenOf(e.amount) })),
  );
  const coordinators = ((input.coordinators ?? []) as Input[]).map((c) => ({
    id: c.id as string,
    amount: yenOf(c.cost),
  }));
  return [...expenses, ...coordinators];
}

describe("conservation: every input yen is 特定財源, eligible or excluded, none lost", PROPERTY_TIMEOUT, () => {
  it("per line: amount = specific revenue + eligible + excluded, whole yen, consistent with the disposition", () => {
    fc.assert(
      fc.property(application(), (input) => {
        for (const line of calculate(input).lines) {
          for (const value of [
            line.amountYen,
            line.specificRevenueYen,
            line.ownBurdenYen,
            line.eligibleYen,
            line.excludedYen,
          ])
            expect(value).toMatch(DIGITS);
          expect(new D(line.specificRevenueYen).plus(line.eligibleYen).plus(line.excludedYen).eq(line.amountYen)).toBe(
            true,
          );
          expect(new D(line.eligibleYen).plus(line.excludedYen).eq(line.ownBurdenYen)).toBe(true);
          if (line.disposition === "eligible") expect(line.excludedYen).toBe("0");
          if (line.disposition === "excluded") expect(line.eligibleYen).toBe("0");
          if (line.disposition === "capped") {
            expect(line.kind).toBe("coordinator");
            expect(new D(line.eligibleYen).lt(line.ownBurdenYen)).toBe(true);
          }
        }
      }),
      runs(),
    );
  });

  it("every input line becomes exactly one output line, in input order, with its amount", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const calc = calculate(input);
        expect(calc.lines.map((l) => [l.id, l.amountYen])).toEqual(
          inputLines(input).map((l) => [l.id, l.amount.toString()]),
        );
      }),
      runs(),
    );
  });

  it("per measure and in total: Σ amount = Σ specific + Σ eligible + Σ excluded, and the ledger shows those sums", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const calc = calculate(input);
        const ledger = wordSteps(calc).at(-1);
        expect(ledger?.id).toBe("ledger");
        for (const measure of MEASURES) {
          const lines = linesOf(calc, measure);
          const specific = lines.reduce((a, l) => a.plus(l.specificRevenueYen), new D(0));
          expect(amountSum(lines).eq(specific.plus(eligibleSum(lines)).plus(excludedSum(lines)))).toBe(true);
          expect(ledger?.output[`${measure}.specificRevenueYen`]).toBe(specific.toFixed());
          expect(ledger?.inputs[`${measure}.amountYen`]).toBe(amountSum(lines).toFixed());
          expect(ledger?.output[`${measure}.eligibleYen`]).toBe(eligibleSum(lines).toFixed());
          expect(ledger?.output[`${measure}.excludedYen`]).toBe(excludedSum(lines).toFixed());
        }
        const inputTotal = inputLines(input).reduce((a, l) => a + l.amount, 0n);
        expect(ledger?.inputs.amountYen).toBe(inputTotal.toString());
        expect(
          new D(ledger?.output.specificRevenueYen ?? "x")
            .plus(ledger?.output.eligibleYen ?? "x")
            .plus(ledger?.output.excludedYen ?? "x")
            .eq(inputTotal.toString()),
        ).toBe(true);
      }),
      runs(),
    );
  });

  it("the allocation adds up from the lines: eligible costs, coordinators, total", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const { allocation, lines: _lines, ...calc } = calculate(input);
        const c = { ...calc, allocation, lines: _lines };
        expect(allocation.eligibleCostsYen).toBe(eligibleSum(linesOf(c, "dual-residence", "expense")).toFixed());
        expect(allocation.coordinatorsYen).toBe(eligibleSum(linesOf(c, "dual-residence", "coordinator")).toFixed());
        expect(
          new D(allocation.measureCostsYen).eq(
            new D(allocation.eligibleCostsYen).times("0.5").times(calc.fiscalCorrection.coefficient),
          ),
        ).toBe(true);
        expect(new D(allocation.totalYen).eq(new D(allocation.measureCostsYen).plus(allocation.coordinatorsYen))).toBe(
          true,
        );
        const m = allocation.migration;
        expect(m.eligibleCostsYen).toBe(eligibleSum(linesOf(c, "migration", "expense")).toFixed());
        expect(m.coordinatorsYen).toBe(eligibleSum(linesOf(c, "migration", "coordinator")).toFixed());
        expect(new D(m.costsYen).eq(new D(m.eligibleCostsYen).times("0.5"))).toBe(true);
        expect(new D(m.totalYen).eq(new D(m.costsYen).plus(m.coordinatorsYen))).toBe(true);
      }),
      runs(),
    );
  });

  it("the trace loses no line: each has its disposition step, and each sum step lists every line it adds", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const calc = calculate(input);
        const steps = new Map(wordSteps(calc).map((s) => [s.id, s]));
        for (const line of calc.lines) {
          expect(steps.get(`line/${line.id}`)?.output).toEqual({
            disposition: line.disposition,
            eligibleYen: line.eligibleYen,
            excludedYen: line.excludedYen,
          });
        }
        for (const measure of MEASURES) {
          for (const [kind, id] of [
            ["expense", `${measure}/eligible-costs`],
            ["coordinator", `${measure}/coordinators`],
          ] as const) {
            const listed = steps.get(id)?.inputs ?? {};
            const lines = linesOf(calc, measure, kind);
            // Integer-like ids ("7") come first in an object's key order; the set is what must match.
            expect(Object.keys(listed).sort()).toEqual(lines.map((l) => l.id).sort());
            for (const line of lines)
              expect(Object.getOwnPropertyDescriptor(listed, line.id)?.value).toBe(line.eligibleYen);
          }
        }
      }),
      runs(),
    );
  });
});
