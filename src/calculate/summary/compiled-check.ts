import { z } from "zod";

/*
 * A fact fragment's check, compiled from the fragment's own JSON Schema (zod writes it) into a few closures:
 * the fast reader's pre-check of a fact, derived from the one source and never kept by hand. Only the
 * keywords the fragments use are compiled (boolean; string with enum, maxLength or a pattern, read with the
 * `u` flag as the text policy writes its patterns; object with properties, required and no other key); anything else falls back to the fragment's own safeParse. The closures are
 * never looser than zod: a string's length is counted in UTF-16 units (zod counts characters, never more),
 * and an optional property given as undefined is left to zod. A JSON Schema does not show a refinement
 * (`.refine`, `.superRefine`), so before a compiled check is used it is tried against the fragment on probe
 * values made from its own schema (every enum value, both booleans, the length bounds, text with controls,
 * line breaks and lone surrogates, each object with and without each property); any disagreement and the
 * fragment's safeParse is used instead.
 */

/** Whether a value is accepted. */
export type Check = (value: unknown) => boolean;

/** The fragment's check: compiled where its JSON Schema allows, else its safeParse. */
export function compileCheck(fragment: z.ZodType): Check {
  let schema: unknown;
  try {
    schema = z.toJSONSchema(fragment, { io: "input" });
  } catch {
    schema = undefined; // a fragment JSON Schema cannot hold (a transform): zod itself decides
  }
  const parse: Check = (value) => fragment.safeParse(value).success;
  const compiled = compile(schema);
  if (compiled === null) return parse;
  return probes(schema).every((value) => compiled(value) === parse(value)) ? compiled : parse;
}

/** Values to try a compiled check on: from each node of the schema, the values at and around its bounds. */
function probes(node: unknown): unknown[] {
  const others: unknown[] = [null, 0, "", "x", true, false, [], {}];
  if (!isRecord(node)) return others;
  switch (node.type) {
    case "boolean":
      return [true, false, ...others];
    case "string": {
      const { enum: values, maxLength } = node;
      if (Array.isArray(values)) {
        const members = values as unknown[];
        return [...members, ...members.map((v) => `${String(v)} `), ...others];
      }
      const n = typeof maxLength === "number" ? maxLength : 0;
      const hostile = [
        "\u0000",
        "a\u001b[2J",
        "\u007f",
        "\u0085",
        "\ud800",
        "a\udc00",
        "\t\n\r",
        "𠮷",
        "a\u2028",
        "a\u202e",
      ];
      return ["", " ", "a", "a".repeat(n), "a".repeat(n + 1), " ".repeat(n), ...hostile, ...others];
    }
    case "object": {
      const properties = isRecord(node.properties) ? node.properties : {};
      const base: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(properties)) base[key] = probes(child)[0];
      const out: unknown[] = [base, ...others];
      for (const [key, child] of Object.entries(properties)) {
        const { [key]: _left, ...without } = base;
        out.push(without);
        for (const value of probes(child)) out.push({ ...base, [key]: value });
      }
      return out;
    }
    default:
      return others;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const only = (node: Record<string, unknown>, allowed: readonly string[]): boolean =>
  Object.keys(node).every((k) => k === "$schema" || allowed.includes(k));

/** A JSON Schema node compiled, or null where it uses a keyword or shape this does not compile. */
export function compile(node: unknown): Check | null {
  if (!isRecord(node)) return null;
  switch (node.type) {
    case "boolean":
      return only(node, ["type"]) ? (v) => typeof v === "boolean" : null;
    case "string":
      return compileString(node);
    case "object":
      return compileObject(node);
    default:
      return null;
  }
}

function compileString(node: Record<string, unknown>): Check | null {
  if (!only(node, ["type", "enum", "maxLength", "pattern"])) return null;
  const { enum: values, maxLength, pattern } = node;
  if (values !== undefined) {
    if (!Array.isArray(values) || !values.every((x) => typeof x === "string") || maxLength !== undefined) return null;
    const set: ReadonlySet<unknown> = new Set(values);
    return (v) => typeof v === "string" && set.has(v);
  }
  if (typeof maxLength !== "number" || (pattern !== undefined && typeof pattern !== "string")) return null;
  let re: RegExp | undefined;
  try {
    re = pattern === undefined ? undefined : new RegExp(pattern, "u");
  } catch {
    return null; // a pattern that is not one under the u flag: zod decides
  }
  return re === undefined
    ? (v) => typeof v === "string" && v.length <= maxLength
    : (v) => typeof v === "string" && v.length <= maxLength && re.test(v);
}

function compileObject(node: Record<string, unknown>): Check | null {
  const { properties, required = [], additionalProperties } = node;
  if (!only(node, ["type", "properties", "required", "additionalProperties"]) || additionalProperties !== false)
    return null;
  if (!isRecord(properties) || !Array.isArray(required) || !required.every((r) => typeof r === "string")) return null;
  const checks = new Map<string, Check>();
  for (const [key, child] of Object.entries(properties)) {
    const check = compile(child);
    if (check === null) return null;
    checks.set(key, check);
  }
  const needed = required;
  return (v) => {
    if (!isRecord(v)) return false;
    // for…in, not Object.keys: no array per object (the reader has already refused objects with hidden or
    // inherited keys, and a polluted Object.prototype).
    let seen = 0;
    for (const key in v) {
      const check = checks.get(key);
      if (check === undefined || !check(v[key])) return false;
      if (needed.includes(key)) seen++;
    }
    return seen === needed.length;
  };
}
