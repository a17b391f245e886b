import { UNCHANGED_LINES_ID } from "../calculate/store-trace.js";
import { stepIds, type Purpose } from "../trace/names.js";

/**
 * One difference between a calculation as given and as replayed.
 *
 * @example
 * ```ts
 * calc.allocation.totalThousandYen = "9999";
 * verify(calc).mismatches[0];
 * //=> { path: "allocation.totalThousandYen", stepId: "dual-residence/rounding", expected: '"5600"', actual: '"9999"' }
 * ```
 * @category Audit
 */
export interface Mismatch {
  /** Where: a path into the calculation, e.g. "allocation.totalYen" or "trace.steps[14].output.amountYen". */
  readonly path: string;
  /** The step that produced the value: for trace paths the step itself, for lines their disposition step
   * (`line/E2`), for allocation and fiscal-correction fields the step that computes them. */
  readonly stepId?: string;
  /** The replayed value (JSON text), or undefined if the replay has nothing there. */
  readonly expected?: string;
  /** The value in the given calculation (JSON text), or undefined if it is missing. */
  readonly actual?: string;
  /** What the difference means, where a path alone does not say it (a missing line, an edited part). */
  readonly reason?: string;
}

type Keyed = { readonly id?: unknown };

/** The step that computes each allocation and fiscal-correction field. */
const FIELD_STEPS: Readonly<Record<string, string>> = {
  "fiscalCorrection.index": stepIds.fiscalCapabilityIndex,
  "fiscalCorrection.coefficient": stepIds.fiscalCorrection,
  ...measureFields("allocation.", "dual-residence", "measureCostsYen"),
  ...measureFields("allocation.migration.", "migration", "costsYen"),
};

function measureFields(prefix: string, measure: Purpose, costs: string): Record<string, string> {
  return {
    [`${prefix}eligibleCostsYen`]: stepIds.measure(measure, "eligible-costs"),
    [`${prefix}${costs}`]: stepIds.measure(measure, "measure-rate"),
    [`${prefix}coordinatorsYen`]: stepIds.measure(measure, "coordinator-rate"),
    [`${prefix}totalYen`]: stepIds.measure(measure, "total"),
    [`${prefix}totalThousandYen`]: stepIds.measure(measure, "rounding"),
  };
}

const text = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));

/**
 * Every difference between the replayed calculation and the given one, in document order. Lines and steps
 * are matched by id, so a removed, added or moved line or step is named once rather than shifting every
 * later one. `trace.digests` is left to the digest check.
 */
export function compareCalculations(expected: unknown, actual: unknown): Mismatch[] {
  const out: Mismatch[] = [];
  walk(expected, actual, "", undefined, out);
  return out.map((m) => withStoredStep(m, expected));
}

/**
 * Names the step a difference of version 4's stored forms is about: a source in `trace.sources` by the first
 * step citing it; an amount in the shared `lines/unchanged` step by that line's own step (`line/E3`).
 */
function withStoredStep(m: Mismatch, expected: unknown): Mismatch {
  const trace = isPlainObject(expected) && isPlainObject(expected.trace) ? expected.trace : undefined;
  const steps = Array.isArray(trace?.steps) ? (trace.steps as unknown[]) : [];
  const source = /^trace\.sources\.([^.]+)/.exec(m.path);
  if (source && m.stepId === undefined) {
    const citing = steps.find((s) => isPlainObject(s) && s.cite === source[1]);
    return isPlainObject(citing) && typeof citing.id === "string" ? { ...m, stepId: citing.id } : m;
  }
  const shared = /^trace\.steps\[(\d+)\]\.inputs\.(.+)$/.exec(m.path);
  const step = shared ? steps[Number(shared[1])] : undefined;
  return shared && isPlainObject(step) && step.id === UNCHANGED_LINES_ID
    ? { ...m, stepId: stepIds.line(shared[2] as string) }
    : m;
}

function walk(expected: unknown, actual: unknown, path: string, stepId: string | undefined, out: Mismatch[]): void {
  if (path === "trace.digests") return;
  const here = FIELD_STEPS[path] ?? stepId;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (path === "lines") {
      keyed(expected as Keyed[], actual, path, "line", stepIds.line, out);
      return;
    }
    if (path === "trace.steps") {
      keyed(expected as Keyed[], actual, path, "step", (id) => id, out);
      return;
    }
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      const reviewStep = path === "review" ? stepIdOf(expected[i] ?? actual[i]) : undefined;
      walk(expected[i], actual[i], `${path}[${i}]`, reviewStep ?? here, out);
    }
    return;
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      walk(expected[key], actual[key], path ? `${path}.${key}` : key, here, out);
    }
    return;
  }
  if (
    isPlainObject(expected) ||
    isPlainObject(actual) ||
    Array.isArray(expected) ||
    Array.isArray(actual) ||
    !Object.is(expected, actual)
  ) {
    out.push(mismatch(path || "(root)", here, expected, actual));
  }
}

/** Arrays of items with ids: pairs items by id; reports missing, extra and reordered items by id. */
function keyed(
  expected: readonly Keyed[],
  actual: readonly unknown[],
  path: string,
  kind: string,
  stepOf: (id: string) => string,
  out: Mismatch[],
): void {
  const ids = (items: readonly unknown[]) =>
    items.map((item) => (isPlainObject(item) && typeof item.id === "string" ? item.id : undefined));
  const expectedIds = ids(expected);
  const actualIds = ids(actual);
  const step = (id: string | undefined) => (id === undefined ? undefined : stepOf(id));
  const sameOrder =
    expectedIds.length === actualIds.length && expectedIds.every((id, i) => id !== undefined && id === actualIds[i]);
  if (sameOrder) {
    expected.forEach((item, i) => {
      walk(item, actual[i], `${path}[${i}]`, step(expectedIds[i]), out);
    });
    return;
  }
  const firstIndex = new Map<string, number>();
  actualIds.forEach((id, j) => id !== undefined && !firstIndex.has(id) && firstIndex.set(id, j));
  const matched = new Set<number>();
  expected.forEach((item, i) => {
    const id = expectedIds[i];
    const j = id === undefined ? undefined : firstIndex.get(id);
    if (j === undefined) {
      out.push({ ...mismatch(`${path}[${i}]`, step(id), item, undefined), reason: `${kind} ${String(id)} is missing` });
      return;
    }
    matched.add(j);
    walk(item, actual[j], `${path}[${j}]`, step(id), out);
  });
  actual.forEach((item, j) => {
    if (matched.has(j)) return;
    const id = actualIds[j];
    const reason =
      id !== undefined && firstIndex.get(id) !== j
        ? `${kind} ${id} appears twice`
        : `${kind} ${String(id)} is not in the replay`;
    out.push({ ...mismatch(`${path}[${j}]`, undefined, undefined, item), reason });
  });
  const kept = actualIds.filter((id, j) => matched.has(j));
  const expectedOrder = expectedIds.filter((id) => id !== undefined && kept.includes(id));
  if (kept.some((id, i) => id !== expectedOrder[i])) {
    out.push({
      path,
      expected: JSON.stringify(expectedOrder),
      actual: JSON.stringify(kept),
      reason: `the ${kind}s are in another order`,
    });
  }
}

function mismatch(path: string, stepId: string | undefined, expected: unknown, actual: unknown): Mismatch {
  const e = text(expected);
  const a = text(actual);
  return {
    path,
    ...(stepId !== undefined && { stepId }),
    ...(e !== undefined && { expected: e }),
    ...(a !== undefined && { actual: a }),
  };
}

function stepIdOf(item: unknown): string | undefined {
  return isPlainObject(item) && typeof item.stepId === "string" ? item.stepId : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
