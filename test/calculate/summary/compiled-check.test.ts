import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compile, compileCheck } from "../../../src/calculate/summary/compiled-check.js";

/* The compiled pre-check of a fact accepts exactly what its fragment accepts, for the shapes it compiles,
   and leaves every other shape to the fragment itself. */

/** Never looser than the fragment; the same on the values given. */
const agree = (fragment: z.ZodType, values: unknown[]) => {
  const check = compileCheck(fragment);
  for (const value of values) expect(check(value), JSON.stringify(value)).toBe(fragment.safeParse(value).success);
};

describe("compileCheck", () => {
  it("booleans, enums and bounded strings", () => {
    agree(z.boolean(), [true, false, "true", 0, null, undefined]);
    agree(z.enum(["build", "upkeep"]), ["build", "upkeep", "Build", "", 1]);
    agree(z.string().max(3), ["", "abc", "abcd", 3]);
  });

  it("counts a string's length in UTF-16 units: stricter than zod's characters, never looser", () => {
    const fragment = z.string().max(3);
    expect([compileCheck(fragment)("𠮷𠮷"), fragment.safeParse("𠮷𠮷").success]).toEqual([false, true]);
  });

  it("a refinement JSON Schema cannot show is caught by the probes: the fragment decides", () => {
    for (const fragment of [
      z.boolean().refine((b) => b),
      z
        .string()
        .max(5)
        .refine((s) => s.trim() !== ""),
      z.strictObject({ phase: z.enum(["a", "b"]) }).refine((o) => o.phase === "a"),
    ]) {
      agree(fragment, [true, false, "", " ", "abc", { phase: "a" }, { phase: "b" }]);
    }
  });

  it("strict objects: known keys, required keys, each value checked", () => {
    const fragment = z.strictObject({ phase: z.enum(["build", "upkeep"]), covers: z.boolean().optional() });
    agree(fragment, [
      { phase: "build" },
      { phase: "build", covers: true },
      { covers: true },
      { phase: "build", extra: 1 },
      { phase: "repair" },
      [],
      null,
      "build",
    ]);
  });

  it("falls back to the fragment for shapes it does not compile", () => {
    const fallbacks: z.ZodType[] = [
      z.number().int(), // a type it does not compile
      z.string().regex(/^a/), // a keyword it does not compile
      z.enum(["a"]).and(z.string().max(3)), // allOf
      z.object({ a: z.boolean() }), // extra keys allowed
      z.strictObject({ a: z.number() }), // a property it does not compile
      z.string().transform((s) => s.length), // JSON Schema cannot hold it (input io still compiles or throws)
      z.boolean().refine((b) => b), // a refinement JSON Schema does not show
    ];
    for (const fragment of fallbacks) agree(fragment, [true, false, 1, "a", "abcd", { a: true }, { a: 1 }, {}]);
  });
});

describe("compile (a JSON Schema node)", () => {
  it("compiles the shapes it knows", () => {
    expect(compile({ type: "boolean" })?.(true)).toBe(true);
    expect(compile({ type: "string", enum: ["a"] })?.("a")).toBe(true);
    expect(compile({ type: "string", maxLength: 2, pattern: "^a" })?.("ab")).toBe(true);
    expect(compile({ type: "string", maxLength: 2, pattern: "^a" })?.("ba")).toBe(false);
    expect(compile({ type: "string", maxLength: 2 })?.(1)).toBe(false);
  });

  it("refuses what it cannot compile faithfully (the fragment then decides)", () => {
    for (const node of [
      null,
      "boolean",
      { type: "boolean", default: true },
      { type: "number" },
      { type: "string", enum: [1, 2] },
      { type: "string", enum: ["a"], maxLength: 3 },
      { type: "string" },
      { type: "string", maxLength: 3, pattern: 7 },
      { type: "string", maxLength: 3, pattern: "\\p{Nope}" },
      { type: "object", properties: {}, additionalProperties: true },
      { type: "object", properties: [], additionalProperties: false },
      { type: "object", properties: {}, required: [1], additionalProperties: false },
      { type: "object", properties: { a: { type: "number" } }, additionalProperties: false },
      { type: "object", properties: {}, additionalProperties: false, minProperties: 1 },
    ]) {
      expect(compile(node), JSON.stringify(node)).toBeNull();
    }
  });

  it("an object check wants every required key and refuses non-objects", () => {
    const check = compile({
      type: "object",
      properties: { a: { type: "boolean" } },
      required: ["a"],
      additionalProperties: false,
    });
    expect([check?.({ a: true }), check?.({}), check?.([]), check?.("a"), check?.({ b: true })]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
