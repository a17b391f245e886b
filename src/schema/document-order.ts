import type { InputIssue } from "./input-error.js";

/*
 * Issues in the order a person reads the input: the document's own key order at each level, array items
 * by their index (item 2 before item 10), a field before the fields inside it. Keys the document does not
 * have (a required field left out) come after those it has, by name.
 */

type Segment = string | number;

/** "$.projects[0].expenses[10].amount" → ["projects", 0, "expenses", 10, "amount"]; "$context.x" → ["$context", "x"]. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  const head = /^\$[A-Za-z_]\w*/.exec(path);
  let at = 1;
  if (head) {
    out.push(head[0]);
    at = head[0].length;
  }
  const token = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  token.lastIndex = at;
  for (let m = token.exec(path); m; m = token.exec(path)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3] as string) as string);
  }
  return out;
}

const childOf = (node: unknown, segment: Segment): unknown =>
  typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined;

/** Each object's keys by their place, read once per sort (an input may hold objects of many keys). */
type Places = Map<object, Map<string, number>>;

function placeOf(places: Places, node: unknown, key: string): number {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return -1;
  let place = places.get(node);
  if (!place) {
    place = new Map(Object.keys(node).map((k, i) => [k, i]));
    places.set(node, place);
  }
  return place.get(key) ?? -1;
}

/** Two segments under one node: indices by number, keys by the node's key order (absent keys last, by name). */
function compareSegments(places: Places, node: unknown, a: Segment, b: Segment): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number" || typeof b === "number") return typeof a === "number" ? -1 : 1;
  const [i, j] = [placeOf(places, node, a), placeOf(places, node, b)];
  if (i >= 0 && j >= 0) return i - j;
  if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * The issues in document order (see above), issues at one path in the order they were found.
 * `document`: the input as given; without it, keys are ordered by name.
 */
export function sortIssues(issues: readonly InputIssue[], document?: unknown): InputIssue[] {
  const keyed = issues.map((issue, index) => ({ issue, index, path: pathSegments(issue.path) }));
  const places: Places = new Map();
  // Paths outside the document ("$context.…", the arguments beside it) come after it.
  const outside = (path: readonly Segment[]) => (typeof path[0] === "string" && path[0].startsWith("$") ? 1 : 0);
  keyed.sort((x, y) => {
    const apart = outside(x.path) - outside(y.path);
    if (apart !== 0) return apart;
    let node: unknown = document;
    const n = Math.min(x.path.length, y.path.length);
    for (let k = 0; k < n; k++) {
      const [a, b] = [x.path[k] as Segment, y.path[k] as Segment];
      if (a !== b) return compareSegments(places, node, a, b);
      node = childOf(node, a);
    }
    return x.path.length - y.path.length || x.index - y.index;
  });
  return keyed.map((k) => k.issue);
}
