import type { InputIssue } from "./input-error.js";
import { formatPath } from "./input-error.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** An application is at most 6 levels deep; 32 leaves room and stops hostile nesting early. */
const MAX_DEPTH = 32;
/** Values visited before giving up: bounds the time spent on any input. */
const MAX_NODES = 5_000_000;

/**
 * Walks the raw input once, without recursion, and reports keys that could pollute prototypes, nesting
 * too deep, or an input too large to read. Such an input is refused before any other check reads it.
 */
export function structureIssues(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  let visited = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (value === null || typeof value !== "object") continue;
    if (++visited > MAX_NODES) {
      issues.push({ path: "$", code: "too_long", message: `the input has more than ${MAX_NODES} values; split it into smaller applications` });
      break;
    }
    if (path.length > MAX_DEPTH) {
      issues.push({ path: formatPath(path.slice(0, MAX_DEPTH)), code: "too_deep", message: `the input nests deeper than ${MAX_DEPTH} levels; an application is at most 6 deep` });
      continue;
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== "string") continue;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: formatPath([...path, key]), code: "forbidden_key", message: `the key "${key}" is not allowed (it could alter object prototypes); remove it` });
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc && "value" in desc) stack.push({ value: desc.value, path: [...path, Array.isArray(value) && /^[0-9]+$/.test(key) ? Number(key) : key] });
    }
  }
  return issues;
}
