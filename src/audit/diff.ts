import type { Calculation, FurusatoAllocation } from "../calculate/calculation.js";
import type { Disposition, Line } from "../rules/line.js";
import { Dec, decimalString } from "../money/decimal.js";
import type { Measure } from "../trace/names.js";
import type { StepRuleId, WordedStep } from "../trace/step.js";
import { wordSteps } from "../calculate/word-steps.js";

/**
 * A leaf of the input that differs: its path and JSON text before and after (undefined = absent).
 *
 * @example
 * ```ts
 * const lower = calculate({ ...application, body: { ...application.body, fiscalCapabilityIndex: "0.6" } });
 * diffCalculations(calc, lower).input[0];  //=> { path: "body.fiscalCapabilityIndex", before: '"0.45"', after: '"0.6"' }
 * ```
 * @category Audit
 */
export interface InputChange {
  /**
   * Path into `trace.input`; projects, expenses and coordinators are named by id, so that removing one
   * line is one change: `projects["P1"].expenses["E2"].amount`, or `projects["P1"].expenses["E2"]` for a
   * line only one side has (its whole JSON in `before` or `after`).
   */
  readonly path: string;
  /** JSON text before (undefined: absent). */
  readonly before?: string;
  /** JSON text after (undefined: absent). */
  readonly after?: string;
}

/**
 * What a diff shows of a line.
 *
 * @example
 * ```ts
 * const concurrent = calculate({ ...application, coordinators: [{ ...application.coordinators[0], post: "concurrent" }] });
 * diffCalculations(calc, concurrent).lines[0]?.after;
 * //=> { measure: "dual-residence", disposition: "capped", amountYen: "6200000", specificRevenueYen: "0",
 * //     ownBurdenYen: "6200000", eligibleYen: "400000", excludedYen: "5800000" }
 * ```
 * @category Audit
 */
export interface LineState {
  /** Where ※5 sent it. */
  readonly measure: Measure;
  /** eligible, excluded or capped. */
  readonly disposition: Disposition;
  /** The line's amount (事業費). */
  readonly amountYen: string;
  /** Its 特定財源. */
  readonly specificRevenueYen: string;
  /** Its own burden (一般財源等). */
  readonly ownBurdenYen: string;
  /** The part that counts. */
  readonly eligibleYen: string;
  /** The part that does not. */
  readonly excludedYen: string;
}

/**
 * A line whose measure, disposition or amounts differ, or that only one side has.
 *
 * @example
 * ```ts
 * const concurrent = calculate({ ...application, coordinators: [{ ...application.coordinators[0], post: "concurrent" }] });
 * diffCalculations(calc, concurrent).lines[0]?.fields;  //=> ["eligibleYen", "excludedYen"]
 * ```
 * @category Audit
 */
export interface LineChange {
  /** The line's id. */
  readonly lineId: string;
  /** "changed", or "added"/"removed" when only `b`/`a` has it. */
  readonly change: "changed" | "added" | "removed";
  /** In `a`. */
  readonly before?: LineState;
  /** In `b`. */
  readonly after?: LineState;
  /** The fields of LineState that differ ("changed" only). */
  readonly fields: readonly (keyof LineState)[];
}

/**
 * One key of a step's inputs or output: before and after (undefined = absent).
 *
 * @example
 * ```ts
 * const lower = calculate({ ...application, body: { ...application.body, fiscalCapabilityIndex: "0.6" } });
 * diffCalculations(calc, lower).steps[1]?.output[0];  //=> { key: "coefficient", before: "1.00", after: "0.83" }
 * ```
 * @category Audit
 */
export interface OutputChange {
  /** The key in `inputs` or `output`. */
  readonly key: string;
  /** In `a` (undefined: absent). */
  readonly before?: string;
  /** In `b` (undefined: absent). */
  readonly after?: string;
}

/**
 * A step whose output differs, or that only one side has; its changed inputs are listed for context.
 *
 * @example
 * ```ts
 * const lower = calculate({ ...application, body: { ...application.body, fiscalCapabilityIndex: "0.6" } });
 * diffCalculations(calc, lower).steps[1];
 * //=> { stepId: "body/fiscal-correction", rule: "fiscal-correction", change: "changed", inputs: [ … ],
 * //     output: [{ key: "coefficient", before: "1.00", after: "0.83" }] }
 * diffCalculations(calc, lower).steps[1]?.inputs.map((c) => c.key);  //=> ["index", "band", "formula"]
 * ```
 * @category Audit
 */
export interface StepChange {
  /** The step's id. */
  readonly stepId: string;
  /** Its rule. */
  readonly rule: StepRuleId;
  /** "changed", or "added"/"removed" when only `b`/`a` has it. */
  readonly change: "changed" | "added" | "removed";
  /** Inputs that differ. */
  readonly inputs: readonly OutputChange[];
  /** Output keys that differ (every key, for an added or removed step). */
  readonly output: readonly OutputChange[];
}

/**
 * A figure before and after, and after − before (exact).
 *
 * @example
 * ```ts
 * const lower = calculate({ ...application, body: { ...application.body, fiscalCapabilityIndex: "0.6" } });
 * diffCalculations(calc, lower).total.totalThousandYen;  //=> { before: "5600", after: "5498", delta: "-102" }
 * ```
 * @category Audit
 */
export interface AmountChange {
  /** In `a`. */
  readonly before: string;
  /** In `b`. */
  readonly after: string;
  /** b − a, exact. */
  readonly delta: string;
}

/**
 * The difference between two calculations (what-if): input, lines, steps and totals, each in order.
 *
 * @example
 * ```ts
 * const same = diffCalculations(calc, calc);
 * [same.input, same.lines, same.steps];  //=> [[], [], []]
 * same.total.totalYen;                   //=> { before: "5600000", after: "5600000", delta: "0" }
 * ```
 * @category Audit
 */
export interface CalculationDiff {
  /** Input leaves that differ. */
  readonly input: readonly InputChange[];
  /** Lines whose measure, disposition or amounts differ, in `b`'s order. */
  readonly lines: readonly LineChange[];
  /** Steps whose output differs, in trace order. */
  readonly steps: readonly StepChange[];
  /** The totals of both measures, and this measure's funding (事業費 − 特定財源 = 一般財源等). */
  readonly total: {
    /** This measure's 事業費 (every line of it). */
    readonly projectCostYen: AmountChange;
    /** This measure's 特定財源. */
    readonly specificRevenueYen: AmountChange;
    /** This measure's own burden. */
    readonly ownBurdenYen: AmountChange;
    /** This measure's exact total. */
    readonly totalYen: AmountChange;
    /** This measure's 千円 figure. */
    readonly totalThousandYen: AmountChange;
    /** The migration measure's. */
    readonly migration: {
      /** Exact total. */
      readonly totalYen: AmountChange;
      /** 千円 figure. */
      readonly totalThousandYen: AmountChange;
    };
    /** The ふるさと住民 track's (FY2026), where either side has a line on it; an absent side counts 0. */
    readonly furusatoResident?: {
      /** Exact total. */
      readonly totalYen: AmountChange;
      /** 千円 figure. */
      readonly totalThousandYen: AmountChange;
    };
  };
}

const LINE_FIELDS: readonly (keyof LineState)[] = [
  "measure",
  "disposition",
  "amountYen",
  "specificRevenueYen",
  "ownBurdenYen",
  "eligibleYen",
  "excludedYen",
];

/**
 * What changed from calculation `a` to calculation `b` (a what-if): the input facts, every line whose
 * measure, disposition or amount changed, every step whose output changed (or that only one side has),
 * and the change in the totals. Projects, lines and steps are matched by id and listed in `b`'s order,
 * with ones only `a` has where they stood in `a`: removing one expense is one input change and one removed
 * line, whatever its position. Deltas are exact (`b − a`).
 *
 * @example
 * ```ts
 * const before = calculate(application);           // the README's application, 財政力指数 0.45
 * const after = calculate({ ...application, body: { ...application.body, fiscalCapabilityIndex: "0.6" } });
 * const diff = diffCalculations(before, after);
 * diff.input;                             //=> [{ path: "body.fiscalCapabilityIndex", before: '"0.45"', after: '"0.6"' }]
 * diff.steps.map((s) => s.stepId);        //=> ["body/fiscal-capability-index", "body/fiscal-correction",
 *                                         //    "dual-residence/measure-rate", "dual-residence/total", "dual-residence/rounding"]
 * diff.steps[1]?.output;                  //=> [{ key: "coefficient", before: "1.00", after: "0.83" }]
 * diff.lines;                             //=> []
 * diff.total.totalThousandYen;            //=> { before: "5600", after: "5498", delta: "-102" }
 * ```
 * @category Audit
 */
export function diffCalculations(a: Calculation, b: Calculation): CalculationDiff {
  const input: InputChange[] = [];
  leaves(a.trace.input, b.trace.input, "", input);
  const lines = merge(a.lines, b.lines).flatMap(([x, y]): LineChange[] => {
    const before = x && lineState(x);
    const after = y && lineState(y);
    if (!before || !after)
      return [
        {
          lineId: (x ?? y)?.id ?? "",
          change: before ? "removed" : "added",
          ...(before && { before }),
          ...(after && { after }),
          fields: [],
        },
      ];
    const fields = LINE_FIELDS.filter((f) => before[f] !== after[f]);
    return fields.length ? [{ lineId: y.id, change: "changed", before, after, fields }] : [];
  });
  // Each line's own step, as the 計算書 numbers them (a file of version 3 or 2 is read as it is).
  const steps = merge(wordSteps(a), wordSteps(b)).flatMap(([x, y]): StepChange[] => {
    const output = outputChanges(x?.output ?? {}, y?.output ?? {});
    const inputs = outputChanges(x?.inputs ?? {}, y?.inputs ?? {});
    const step = (y ?? x) as WordedStep;
    if (!x || !y) return [{ stepId: step.id, rule: step.rule, change: x ? "removed" : "added", inputs, output }];
    return output.length ? [{ stepId: y.id, rule: y.rule, change: "changed", inputs, output }] : [];
  });
  return {
    input,
    lines,
    steps,
    total: {
      projectCostYen: amountChange(funding(a, "amountYen"), funding(b, "amountYen")),
      specificRevenueYen: amountChange(funding(a, "specificRevenueYen"), funding(b, "specificRevenueYen")),
      ownBurdenYen: amountChange(funding(a, "ownBurdenYen"), funding(b, "ownBurdenYen")),
      totalYen: amountChange(a.allocation.totalYen, b.allocation.totalYen),
      totalThousandYen: amountChange(a.allocation.totalThousandYen, b.allocation.totalThousandYen),
      migration: {
        totalYen: amountChange(a.allocation.migration.totalYen, b.allocation.migration.totalYen),
        totalThousandYen: amountChange(
          a.allocation.migration.totalThousandYen,
          b.allocation.migration.totalThousandYen,
        ),
      },
      ...furusatoChange(a.allocation.furusatoResident, b.allocation.furusatoResident),
    },
  };
}

/**
 * This measure's 事業費, 特定財源 or 一般財源等, summed from its lines (a version 2 file has no such totals and
 * no 特定財源: its lines' amounts are their own burden).
 */
function funding(c: Calculation, field: "amountYen" | "specificRevenueYen" | "ownBurdenYen"): string {
  let sum = new Dec(0);
  for (const line of c.lines as readonly Partial<Line>[])
    if (line.measure === "dual-residence") sum = sum.plus(lineState(line as Line)[field]);
  return decimalString(sum);
}

function furusatoChange(
  a: FurusatoAllocation | undefined,
  b: FurusatoAllocation | undefined,
): { furusatoResident?: { totalYen: AmountChange; totalThousandYen: AmountChange } } {
  if (!a && !b) return {};
  return {
    furusatoResident: {
      totalYen: amountChange(a?.totalYen ?? "0", b?.totalYen ?? "0"),
      totalThousandYen: amountChange(a?.totalThousandYen ?? "0", b?.totalThousandYen ?? "0"),
    },
  };
}

function lineState(line: Line): LineState {
  // A line of a version 2 file has no own-burden fields: its whole amount was its own burden.
  const { measure, disposition, amountYen, eligibleYen, excludedYen } = line;
  const { specificRevenueYen = "0", ownBurdenYen = amountYen } = line as Partial<Line>;
  return { measure, disposition, amountYen, specificRevenueYen, ownBurdenYen, eligibleYen, excludedYen };
}

function amountChange(before: string, after: string): AmountChange {
  return { before, after, delta: decimalString(new Dec(after).minus(before)) };
}

function outputChanges(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): OutputChange[] {
  const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
  return keys.flatMap((key) => {
    const x = before[key];
    const y = after[key];
    return x === y ? [] : [{ key, ...(x !== undefined && { before: x }), ...(y !== undefined && { after: y }) }];
  });
}

/** Pairs items by id in `b`'s order; an item only `a` has comes right after the last common item before it in `a`. */
function merge<T extends { readonly id: string }>(a: readonly T[], b: readonly T[]): [T | undefined, T | undefined][] {
  const inB = new Set(b.map((item) => item.id));
  const inA = new Map(a.map((item) => [item.id, item]));
  const removedAfter = new Map<string | undefined, T[]>();
  let last: string | undefined;
  for (const item of a) {
    if (inB.has(item.id)) last = item.id;
    else removedAfter.set(last, [...(removedAfter.get(last) ?? []), item]);
  }
  const out: [T | undefined, T | undefined][] = (removedAfter.get(undefined) ?? []).map((x) => [x, undefined]);
  for (const item of b) {
    out.push([inA.get(item.id), item]);
    for (const x of removedAfter.get(item.id) ?? []) out.push([x, undefined]);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Records with ids (projects, expenses, coordinators), each id once: such lists are compared by id. */
function idList(v: unknown): { readonly id: string }[] | null {
  if (!Array.isArray(v)) return null;
  const ids = new Set<string>();
  for (const item of v as unknown[]) {
    if (!isObject(item) || typeof item.id !== "string" || ids.has(item.id)) return null;
    ids.add(item.id);
  }
  return v as { readonly id: string }[];
}

function leaves(a: unknown, b: unknown, path: string, out: InputChange[]): void {
  const byIdA = idList(a);
  const byIdB = idList(b);
  if (byIdA && byIdB) {
    for (const [x, y] of merge(byIdA, byIdB)) leaves(x, y, `${path}[${JSON.stringify((y ?? x)?.id)}]`, out);
    return;
  }
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = Array.isArray(a)
      ? [...Array(Math.max(a.length, (b as unknown as unknown[]).length)).keys()].map(String)
      : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys)
      leaves(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key, out);
    return;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  out.push({
    path,
    ...(a !== undefined && { before: JSON.stringify(a) }),
    ...(b !== undefined && { after: JSON.stringify(b) }),
  });
}
