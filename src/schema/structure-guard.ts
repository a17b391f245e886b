import type { InputIssue } from "./input-error.js";
import { formatPath } from "./input-error.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** An application is at most 6 levels deep; 32 leaves room and stops hostile nesting early. */
const MAX_DEPTH = 32;
/**
 * Values (objects and array slots) visited before giving up: bounds the time and memory spent on any input,
 * even a broken one whose every value is a problem (a million problems take ~3 s and ~1 GB to list). A
 * real application is far smaller: a body with 1,000 expense lines has ~2,300 (the bench's national run).
 */
export const MAX_NODES = 1_000_000;

/**
 * Walks the raw input once, without recursion, and reports keys that could pollute prototypes, nesting
 * too deep, or an input too large to read. Such an input is refused before any other check reads it.
 */
export function structureIssues(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  // Paths are parent links, spelled out only for an issue: the walk copies nothing per value.
  const stack: Visit[] = [{ value: input, parent: null, key: "", depth: 0 }];
  let visited = 0;
  // A value reached again (shared, or a cycle: o.a = o.b = o) is walked again, so that the count bounds
  // what the schema check will read; but its problems are reported once, and too-deep nesting once.
  const reported = new WeakSet();
  let tooDeep = false;
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value } = visit;
    if (value === null || typeof value !== "object") continue;
    // An array costs its length, holes included: new Array(2 ** 32 - 1) is one small object that the
    // schema check would otherwise read element by element.
    visited += 1 + (Array.isArray(value) ? value.length : 0);
    if (visited > MAX_NODES) {
      issues.push({
        path: "$",
        code: "too_long",
        message: `the input has more than ${MAX_NODES} values; split it into smaller applications`,
      });
      break;
    }
    if (visit.depth > MAX_DEPTH) {
      if (!tooDeep)
        issues.push({
          path: formatPath(pathOf(visit).slice(0, MAX_DEPTH)),
          code: "too_deep",
          message: `the input nests deeper than ${MAX_DEPTH} levels; an application is at most 6 deep`,
        });
      tooDeep = true;
      continue;
    }
    const firstVisit = !reported.has(value);
    reported.add(value);
    const isArray = Array.isArray(value);
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== "string") continue;
      if (FORBIDDEN_KEYS.has(key)) {
        if (firstVisit)
          issues.push({
            path: formatPath([...pathOf(visit), key]),
            code: "forbidden_key",
            message: `the key "${key}" is not allowed (it could alter object prototypes); remove it`,
          });
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc && "value" in desc)
        stack.push({
          value: desc.value,
          parent: visit,
          key: isArray && /^[0-9]+$/.test(key) ? Number(key) : key,
          depth: visit.depth + 1,
        });
    }
  }
  return issues;
}

interface Visit {
  readonly value: unknown;
  readonly parent: Visit | null;
  readonly key: string | number;
  readonly depth: number;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let v: Visit | null = visit; v.parent; v = v.parent) path.push(v.key);
  return path.reverse();
}
