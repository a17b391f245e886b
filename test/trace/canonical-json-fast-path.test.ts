import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, canonicalJson } from "../../src/index.js";
import { writeCanonicalJson } from "../../src/trace/canonical-json-writer.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { runs } from "../properties/runs.js";
import { validApplication } from "../support.js";

// canonicalJson writes a sorted copy with JSON.stringify and hands the reference writer what the copy cannot
// carry. These hold the two to the same bytes.
describe("canonicalJson's fast path gives the reference writer's bytes", () => {
  it("for keys an engine would reorder or cannot assign", () => {
    const awkward = JSON.parse('{"10":"a","9":"b","E1":"c","!":"d","__proto__":{"x":1},"007":"e"}');
    expect(canonicalJson(awkward)).toBe('{"!":"d","007":"e","10":"a","9":"b","E1":"c","__proto__":{"x":1}}');
    expect(canonicalJson(awkward)).toBe(writeCanonicalJson(awkward));
    // A sum step whose line ids look like numbers (ids are the user's).
    const numericIds = { inputs: { "2": "100", "10": "200" }, output: { sumYen: "300" } };
    expect(canonicalJson(numericIds)).toBe('{"inputs":{"10":"200","2":"100"},"output":{"sumYen":"300"}}');
  });

  it("for every fixture's calculation, and one with numeric line ids", () => {
    for (const fixture of loadFixtures()) {
      const calc = calculate(fixture.input);
      expect(canonicalJson(calc), fixture.file).toBe(writeCanonicalJson(calc));
    }
    const application = validApplication();
    const [first] = application.projects[0].expenses;
    application.projects[0].expenses = [
      { ...first, id: "10" },
      { ...first, id: "2" },
    ];
    const calc = calculate(application);
    expect(calc.trace.steps.some((s) => Object.keys(s.inputs).includes("10"))).toBe(true);
    expect(canonicalJson(calc)).toBe(writeCanonicalJson(calc));
  });

  it("for any JSON value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(writeCanonicalJson(value));
      }),
      runs(500),
    );
  });

  it("for objects with prototypes, getters and undefined values, as JSON.stringify reads them", () => {
    class Box {
      constructor(readonly b: number, readonly a: string) {}
    }
    const withGetter = Object.defineProperty({ z: 1 }, "y", { enumerable: true, get: () => "got" });
    const values = [new Box(1, "x"), withGetter, { a: undefined, b: [1, { d: undefined, c: null }] }, Object.create(null)];
    for (const value of values) expect(canonicalJson(value)).toBe(writeCanonicalJson(value));
    expect(canonicalJson(new Box(1, "x"))).toBe('{"a":"x","b":1}');
  });
});
