import { createHash } from "node:crypto";
import type { Ruleset } from "../../src/index.js";
import { describe, expect, it } from "vitest";
import { calculate, calculationDigests, canonicalJson, getRuleset } from "../../src/index.js";
import { resultPart } from "../../src/calculate/digests.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { validApplication } from "../support.js";

/** What the ruleset digest covers: the parameters and citations, not the catalog or the rules' code. */
const parametersOf = ({ catalog: _catalog, rules: _rules, ...parameters }: Ruleset) => parameters;

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("canonicalJson", () => {
  it("sorts keys, leaves out spaces, keeps strings as given", () => {
    expect(canonicalJson({ b: "1,200", a: [true, null, 2025, { d: 1, c: "x" }] })).toBe(
      '{"a":[true,null,2025,{"c":"x","d":1}],"b":"1,200"}',
    );
    expect(canonicalJson({ 名前: "気仙沼市", name: 'a"b\\c\n' })).toBe('{"name":"a\\"b\\\\c\\n","名前":"気仙沼市"}');
    // No Unicode normalisation: composed and decomposed が are different strings, and stay so.
    expect(canonicalJson("が")).not.toBe(canonicalJson("か\u3099"));
    // Keys sort by UTF-16 code units, as RFC 8785 asks.
    expect(canonicalJson({ "\u{1F600}": 1, "\uFB01": 2, a: 3 })).toBe('{"a":3,"\u{1F600}":1,"\uFB01":2}');
  });

  it("writes numbers as JavaScript does, -0 as 0, and leaves out undefined object values", () => {
    expect(canonicalJson([0.1, -0, 1e21, 5])).toBe("[0.1,0,1e+21,5]");
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it("refuses what JSON cannot hold, naming where", () => {
    expect(() => canonicalJson({ a: [1, Number.NaN] })).toThrow("$.a[1] is NaN");
    expect(() => canonicalJson([undefined])).toThrow("$[0] is undefined");
    expect(() => canonicalJson({ f: () => 1 })).toThrow("$.f is a function");
    expect(() => canonicalJson(10n)).toThrow("bigint");
  });
});

describe("digests", () => {
  it("each recorded digest is the SHA-256 of its part's canonical JSON, for every fixture", () => {
    for (const fixture of loadFixtures()) {
      const calc = calculate(fixture.input);
      const ruleset = getRuleset(calc.fiscalYear);
      const json = JSON.parse(JSON.stringify(calc));
      expect(calc.trace.digests, fixture.file).toEqual({
        algorithm: "SHA-256",
        input: nodeSha256(canonicalJson(json.trace.input)),
        ruleset: nodeSha256(canonicalJson(parametersOf(ruleset))),
        result: nodeSha256(canonicalJson(resultPart(json))),
      });
      expect(calculationDigests(json, ruleset)).toEqual(calc.trace.digests);
    }
  });

  it("the result digest covers everything but trace.input and trace.digests", () => {
    const calc = calculate(validApplication());
    const part = resultPart(calc) as any;
    expect(Object.keys(part)).toEqual([
      "fiscalYear",
      "body",
      "fiscalCorrection",
      "allocation",
      "lines",
      "review",
      "caveats",
      "trace",
    ]);
    expect(Object.keys(part.trace)).toEqual(["schemaVersion", "rulesetId", "sources", "steps"]);
  });

  it("resultPart keeps a trace that is not an object as it is (verify then reports it), and drops only input and digests", () => {
    const part = (calculation: Record<string, unknown>) => resultPart(calculation);
    for (const trace of [null, [1], "x", 7]) expect(part({ a: 1, trace })).toEqual({ a: 1, trace });
    expect(part({ a: 1 })).toEqual({ a: 1, trace: undefined });
    expect(part({ a: 1, trace: { input: {}, digests: {}, steps: [] } })).toEqual({ a: 1, trace: { steps: [] } });
  });

  it("the input digest is of the canonical input: the same application written differently has the same digests", () => {
    const a = validApplication();
    const b = validApplication();
    b.fiscalYear = "令和7年度";
    b.projects[0].expenses[0].amount = "1,200,000";
    b.coordinators[0].cost = 6200000;
    b.body = { fiscalCapabilityIndex: "0.450", kind: "municipality", name: "気仙沼市", code: "042056" };
    expect(calculate(b).trace.digests).toEqual(calculate(a).trace.digests);
  });

  it("a different input, or a ruleset with one value changed, has a different digest", () => {
    const a = calculate(validApplication());
    const changed = validApplication();
    changed.projects[0].expenses[0].amount = "1200001";
    const b = calculate(changed);
    expect(b.trace.digests.input).not.toBe(a.trace.digests.input);
    expect(b.trace.digests.result).not.toBe(a.trace.digests.result);
    expect(b.trace.digests.ruleset).toBe(a.trace.digests.ruleset);
    const fy2025 = getRuleset(2025);
    const changed2025 = { ...fy2025, measureRate: { ...fy2025.measureRate, value: "0.50" } };
    const other = calculate(validApplication(), { ruleset: changed2025 });
    expect(other.trace.digests.ruleset).not.toBe(a.trace.digests.ruleset);
    // A ruleset passed in is digested per call (the built-in ones once, when the module loads).
    expect(other.trace.digests.ruleset).toBe(nodeSha256(canonicalJson(parametersOf(changed2025))));
    expect(a.trace.digests.ruleset).toBe(nodeSha256(canonicalJson(parametersOf(fy2025))));
  });

  it("the digests sit after rulesetId, before the long input, and the version is 4", () => {
    const calc = calculate(validApplication());
    expect(Object.keys(calc.trace)).toEqual(["schemaVersion", "rulesetId", "digests", "input", "sources", "steps"]);
    expect(calc.trace.schemaVersion).toBe("4");
  });
});
