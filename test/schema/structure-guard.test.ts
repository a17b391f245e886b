import { describe, expect, it } from "vitest";
import { safeCalculate } from "../../src/index.js";
import { MAX_NODES, structureIssues } from "../../src/schema/structure-guard.js";
import { validApplication } from "../support.js";

const codes = (input: unknown) => structureIssues(input).map((i) => [i.path, i.code]);

describe("regression (fuzz: bounded time per input)", () => {
  it("a self-referencing object (o.a = o.b = o) is refused with one too_deep issue, not 2.5 million", () => {
    // Before: every path to depth 32 reported its own too_deep issue: 32 s and 4 GB for a two-key object.
    const o: Record<string, unknown> = {};
    o.a = o;
    o.b = o;
    expect(codes(o)).toEqual([
      ["$.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b", "too_deep"],
      ["$", "too_long"],
    ]);
  });

  it("a cycle reports a forbidden key once, however often the walk comes back to it", () => {
    const o = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    o.a = o;
    expect(codes(o).filter(([, code]) => code === "forbidden_key")).toEqual([["$.__proto__", "forbidden_key"]]);
  });

  it("a sparse array of length 2^32 − 1 costs its length: too_long, without reading its holes", () => {
    const app = validApplication();
    app.projects = Object.assign([], { length: 2 ** 32 - 1 });
    const result = safeCalculate(app);
    expect(!result.ok && result.error.issues.map((i) => [i.path, i.code])).toEqual([["$", "too_long"]]);
  });
});

describe("structure guard", () => {
  it("accepts a plain application", () => {
    expect(structureIssues(validApplication())).toEqual([]);
  });

  it("reports forbidden keys at their paths, an array index as a number", () => {
    const input = JSON.parse('{"projects": [{"constructor": 1}, {"prototype": 2}], "__proto__": {}}');
    expect(codes(input)).toEqual([
      ["$.__proto__", "forbidden_key"],
      ["$.projects[1].prototype", "forbidden_key"],
      ["$.projects[0].constructor", "forbidden_key"],
    ]);
  });

  it("does not read accessors or symbol keys", () => {
    const input = { [Symbol("s")]: JSON.parse('{"__proto__": 1}') };
    Object.defineProperty(input, "get", { get: () => JSON.parse('{"__proto__": 1}'), enumerable: true });
    expect(structureIssues(input)).toEqual([]);
  });

  it("allows nesting to depth 32 and refuses 33", () => {
    const nest = (n: number) => {
      let v: unknown = {};
      for (let i = 0; i < n; i++) v = { a: v };
      return v;
    };
    expect(structureIssues(nest(32))).toEqual([]);
    expect(codes(nest(33))).toEqual([[`$${".a".repeat(32)}`, "too_deep"]]);
  });

  it("refuses 4.9 million null projects at once (they took 37 s and 3.6 GB to list one by one)", () => {
    const junk = {
      fiscalYear: 2025,
      body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
      projects: new Array(4_900_000).fill(null),
    };
    const result = safeCalculate(junk);
    expect(result.ok ? [] : result.error.issues.map((i) => [i.path, i.code])).toEqual([["$", "too_long"]]);
  });

  it("counts an array's elements toward the limit, and stops at the first too_long", () => {
    expect(MAX_NODES).toBe(1_000_000);
    expect(codes(new Array(1_000_000 - 1))).toEqual([]);
    expect(codes({ a: new Array(1_000_000), b: new Array(5) })).toEqual([["$", "too_long"]]);
  });
});
