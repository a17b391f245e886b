import { z } from "zod";

/*
 * A fact fragment's check, compiled from the fragment's own JSON Schema (zod writes it) into a few closures:
 * the fast reader's pre-check of a fact, derived from the one source and never kept by hand. Only the
 * keywords the fragments use are compiled (boolean; string with enum or maxLength; object with properties,
 * required and no other key); anything else falls back to the fragment's own safeParse. The closures
 * accept no value zod refuses: a string's length is counted in UTF-16 units as zod counts it, and an
 * optional property given as undefined is left to zod.
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
  return compile(schema) ?? ((value) => fragment.safeParse(value).success);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const only = (node: Record<string, unknown>, allowed: readonly string[]): boolean =>
  Object.keys(node).every((k) => k === "$schema" || allowed.includes(k));

function compile(node: unknown): Check | null {
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
  if (!only(node, ["type", "enum", "maxLength"])) return null;
  const { enum: values, maxLength } = node;
  if (values !== undefined) {
    if (!Array.isArray(values) || !values.every((x) => typeof x === "string") || maxLength !== undefined) return null;
    const set: ReadonlySet<unknown> = new Set(values);
    return (v) => typeof v === "string" && set.has(v);
  }
  if (typeof maxLength !== "number") return null;
  return (v) => typeof v === "string" && v.length <= maxLength;
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
  const needed = required as string[];
  return (v) => {
    if (!isRecord(v)) return false;
    for (const key of Object.keys(v)) {
      const check = checks.get(key);
      if (check === undefined || !check(v[key])) return false;
    }
    return needed.every((key) => Object.hasOwn(v, key));
  };
}
