import fc from "fast-check";
import {
  calculate,
  classifyExpense,
  InputError,
  renderTrace,
  safeCalculate,
  verify,
  type Calculation,
  type InputIssueCode,
} from "../../src/index.js";
import { validatedApplication } from "../../src/calculate/validated-input.js";
import { parseApplication } from "../../src/schema/parse-application.js";
import { showControls, UNSAFE_CHARACTER } from "../../src/text/visible.js";
import { readmeApplication } from "../support.js";
import { fuzzInput, type Category, type FuzzInput } from "./inputs.js";

export { HOSTILE, fuzzInput, quickFuzzInput } from "./inputs.js";

/*
 * The fuzz loop, shared by the quick run in `npm test` (test/fuzz/fuzz.test.ts) and the full run
 * (`npm run fuzz` = test/fuzz/run-fuzz.ts). For every input: safeCalculate must return, never throw; a
 * failure must be the typed InputError with well-formed issues (the catch-all "unreadable" issue only for
 * throwing getters and proxies); a success must replay under verify and render intact (below); and no
 * prototype may change.
 */

const ISSUE_CODES = new Set<InputIssueCode>([
  "required",
  "invalid_type",
  "unknown_key",
  "forbidden_key",
  "too_deep",
  "too_long",
  "invalid_amount",
  "invalid_decimal",
  "invalid_value",
  "unknown_item",
  "unknown_activity",
  "invalid_code",
  "bad_check_digit",
  "kind_mismatch",
  "unsupported_fiscal_year",
  "missing_purpose",
  "conflicting_purpose",
  "tied_purpose",
  "duplicate_id",
  "missing_fact",
  "irrelevant_fact",
  "invalid_fci",
  "invalid_text",
  "unreadable",
]);

export interface Failure {
  readonly category: Category;
  readonly label: string;
  readonly problem: string;
}

export interface CategoryStats {
  inputs: number;
  ok: number;
  inputError: number;
  maxMs: number;
  maxLabel: string;
}

export interface FuzzReport {
  readonly seed: number;
  inputs: number;
  ok: number;
  inputError: number;
  /** Calls of classifyExpense and verify on the same values (secondary targets). */
  otherCalls: number;
  failures: Failure[];
  prototypeChanges: number;
  maxMs: number;
  maxLabel: string;
  /** Upper edges (ms) of the time histogram: the 99th percentile lies below p99Ms. */
  p99Ms: number;
  totalMs: number;
  byCategory: Partial<Record<Category, CategoryStats>>;
  issueCodes: Record<string, number>;
}

/** Own properties of the prototypes an input could pollute, with their values, as one comparable list. */
const PROTOTYPES: readonly object[] = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
];
function prototypeState(): unknown[] {
  return PROTOTYPES.flatMap((p) =>
    Reflect.ownKeys(p).map((k): [PropertyKey, unknown] => {
      const value: unknown = Object.getOwnPropertyDescriptor(p, k)?.value;
      return [k, value];
    }),
  );
}
function samePrototypes(before: unknown[], after: unknown[]): boolean {
  return (
    before.length === after.length &&
    before.every((entry, i) => {
      const [k, v] = entry as [PropertyKey, unknown];
      const [k2, v2] = after[i] as [PropertyKey, unknown];
      return k === k2 && Object.is(v, v2);
    }) &&
    ({} as Record<string, unknown>).polluted === undefined &&
    Object.getPrototypeOf({}) === Object.prototype
  );
}

/** What no message may hold: a control character (C0, DEL, C1) or a lone surrogate. */
const UNSAFE = new RegExp(UNSAFE_CHARACTER.source);

/** A raw control character (C0 but the line feeds that end lines, DEL, C1) or a lone surrogate. */
const RAW_CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The second-level headings of the document (its sections), per language: no value may add one. */
const SECTIONS = new Map(
  (["ja", "en"] as const).map((lang) => {
    const md = renderTrace(calculate(readmeApplication()), { lang });
    return [lang, md.split("\n").filter((l) => l.startsWith("## "))] as const;
  }),
);

/** GFM's cells of a table row: `|` splits, unless backslash-escaped. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\") i++;
    else if (row[i] === "|") pipes++;
  }
  return pipes - 1;
}

/** The third-level headings of the lines: one per project (of the input, or named by a line), one for the coordinators. */
function lineHeadings(calc: Calculation): number {
  const projects = new Set([
    ...calc.trace.input.projects.map((p) => p.id),
    ...calc.lines.flatMap((l) => (l.kind === "expense" ? [l.projectId ?? ""] : [])),
  ]);
  return projects.size + (calc.lines.some((l) => l.kind === "coordinator") ? 1 : 0);
}

/**
 * Why a calculation does not render intact, or null. Markdown and text carry no raw control and no lone
 * surrogate; Markdown has its one title, its sections once each, one heading per step, per project and for
 * the coordinators, no tag but its own <br>, and every table row as many cells as its header; text has one
 * numbered heading per step.
 */
export function renderingProblem(calc: Calculation): string | null {
  for (const lang of ["ja", "en"] as const) {
    const md = renderTrace(calc, { lang });
    if (RAW_CONTROL.test(md)) return `markdown (${lang}) holds a raw control`;
    if (md.replace(/<br>/g, "").includes("<")) return `markdown (${lang}) holds a tag that is not its own`;
    const lines = md.split("\n");
    if (lines.filter((l) => /^ {0,3}# /.test(l)).length !== 1) return `markdown (${lang}): not one title`;
    const sections = lines.filter((l) => /^ {0,3}## /.test(l));
    if (sections.join("\n") !== SECTIONS.get(lang)?.join("\n"))
      return `markdown (${lang}): sections ${JSON.stringify(sections).slice(0, 300)}`;
    if (lines.filter((l) => /^ {0,3}###/.test(l)).length !== calc.trace.steps.length + lineHeadings(calc))
      return `markdown (${lang}): not one heading per step, per project and for the coordinators`;
    if (lines.some((l) => /^ {0,3}#{4,}/.test(l))) return `markdown (${lang}): a heading deeper than a step's`;
    let head: number | undefined;
    for (const line of lines) {
      if (!line.startsWith("|")) head = undefined;
      else if (head === undefined) head = cellCount(line);
      else if (cellCount(line) !== head) return `markdown (${lang}): a row of ${cellCount(line)} cells under ${head}`;
    }
    const text = renderTrace(calc, { format: "text", lang });
    if (RAW_CONTROL.test(text)) return `text (${lang}) holds a raw control`;
    if (text.split("\n").filter((l) => /^\d+\. /.test(l)).length !== calc.trace.steps.length)
      return `text (${lang}): not one numbered heading per step`;
  }
  return null;
}

/** The calculation with hostile text written straight into its body name and every coordinator's person. */
function withText(calc: Calculation, text: readonly string[]): Calculation {
  const copy = JSON.parse(JSON.stringify(calc)) as { body: { name?: string }; lines: { person?: string }[] };
  copy.body.name = text[0] ?? "";
  for (const line of copy.lines) if (line.person !== undefined) line.person = text[2] ?? "";
  return copy as unknown as Calculation;
}

const now = (): number => performance.now();
const BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, Number.POSITIVE_INFINITY];

function checkError(error: unknown, input: FuzzInput): string | null {
  if (!(error instanceof InputError)) return `not an InputError: ${String(error)}`;
  // The issues are checked as data, not trusted to their type: whether the type holds is what is tested.
  const issues: unknown = error.issues;
  if (!Array.isArray(issues) || issues.length === 0) return "an InputError with no issues";
  for (const issue of issues as unknown[]) {
    const { path, code, message } = issue as Record<string, unknown>;
    if (typeof path !== "string" || !path.startsWith("$")) return `issue path ${String(path)}`;
    if (!ISSUE_CODES.has(code as InputIssueCode)) return `unknown issue code ${String(code)}`;
    if (typeof message !== "string" || message.length === 0) return "an issue without a message";
    if (UNSAFE.test(path) || UNSAFE.test(message)) return `a raw control in an issue: ${showControls(path + message)}`;
    if (code === "unreadable" && !input.mayBeUnreadable) return `unreadable (a thrown exception, wrapped): ${message}`;
  }
  return null;
}

/** Runs `count` generated inputs from `seed`; never throws itself, reports everything. */
export function runFuzz(options: {
  count: number;
  seed: number;
  inputs?: fc.Arbitrary<FuzzInput>;
  onProgress?: (done: number, report: FuzzReport) => void;
}): FuzzReport {
  const report: FuzzReport = {
    seed: options.seed,
    inputs: 0,
    ok: 0,
    inputError: 0,
    otherCalls: 0,
    failures: [],
    prototypeChanges: 0,
    maxMs: 0,
    maxLabel: "",
    p99Ms: 0,
    totalMs: 0,
    byCategory: {},
    issueCodes: {},
  };
  const histogram = BUCKETS.map(() => 0);
  const baseline = prototypeState();
  const chunk = 500;
  for (let start = 0; start < options.count; start += chunk) {
    const batch = fc.sample(options.inputs ?? fuzzInput, {
      numRuns: Math.min(chunk, options.count - start),
      seed: options.seed + start,
    });
    for (const input of batch) {
      const fail = (problem: string) => report.failures.push({ category: input.category, label: input.label, problem });
      let value: unknown;
      try {
        value = input.make();
      } catch (error) {
        fail(`the generator could not make the input: ${String(error)}`);
        continue;
      }
      const stats = (report.byCategory[input.category] ??= { inputs: 0, ok: 0, inputError: 0, maxMs: 0, maxLabel: "" });
      const t0 = now();
      let result: ReturnType<typeof safeCalculate> | undefined;
      try {
        result = safeCalculate(value);
      } catch (error) {
        fail(`safeCalculate threw: ${String(error)}`);
      }
      const ms = now() - t0;
      report.inputs++;
      stats.inputs++;
      report.totalMs += ms;
      const bucket = BUCKETS.findIndex((b) => ms <= b);
      histogram[bucket] = (histogram[bucket] ?? 0) + 1;
      if (ms > report.maxMs) {
        report.maxMs = ms;
        report.maxLabel = `${input.category}: ${input.label}`;
      }
      if (ms > stats.maxMs) {
        stats.maxMs = ms;
        stats.maxLabel = input.label;
      }
      if (result?.ok) {
        report.ok++;
        stats.ok++;
        try {
          const replay = verify(JSON.parse(JSON.stringify(result.value)));
          if (!replay.ok)
            fail(
              `accepted, but verify found ${replay.mismatches.length} mismatches, first ${JSON.stringify(replay.mismatches[0])}`,
            );
        } catch (error) {
          fail(`verify threw on a calculation: ${String(error)}`);
        }
        report.otherCalls += 1;
        try {
          const problem =
            renderingProblem(result.value) ??
            (input.text ? renderingProblem(withText(result.value, input.text)) : null);
          if (problem) fail(`renders badly: ${problem}`);
        } catch (error) {
          fail(`renderTrace threw: ${String(error)}`);
        }
      } else if (result) {
        report.inputError++;
        stats.inputError++;
        const problem = checkError(result.error, input);
        if (problem) fail(problem);
        for (const issue of result.error.issues)
          report.issueCodes[issue.code] = (report.issueCodes[issue.code] ?? 0) + 1;
      }
      // Secondary targets on the same value: classifyExpense throws only InputError; verify never throws;
      // the fast reader (validatedApplication on plainly valid input) agrees with the full validator.
      if (input.category !== "hostile") {
        report.otherCalls += 1;
        const problem = differentParses(value);
        if (problem) fail(problem);
        report.otherCalls += 2;
        const expense = pickExpense(value);
        try {
          classifyExpense(expense);
        } catch (error) {
          if (!(error instanceof InputError)) fail(`classifyExpense threw ${String(error)}`);
        }
        try {
          const v = verify(value);
          if (typeof v.ok !== "boolean" || !Array.isArray(v.mismatches)) fail("verify returned a malformed result");
        } catch (error) {
          fail(`verify threw ${String(error)}`);
        }
      }
      if (!samePrototypes(baseline, prototypeState())) {
        report.prototypeChanges++;
        fail("a prototype changed");
      }
    }
    options.onProgress?.(Math.min(start + chunk, options.count), report);
  }
  let seen = 0;
  const target = report.inputs * 0.99;
  for (const [i, n] of histogram.entries()) {
    seen += n;
    if (seen >= target) {
      report.p99Ms = BUCKETS[i] as number;
      break;
    }
  }
  return report;
}

/** Whether validatedApplication's fast path and the full validator disagree on a value (null: they agree). */
function differentParses(value: unknown): string | null {
  try {
    const fast = validatedApplication(value);
    const full = parseApplication(value);
    if (fast.ok !== full.ok)
      return `validatedApplication says ok=${fast.ok}, the full validator ok=${full.ok}${full.ok ? "" : ` (${full.error.message.slice(0, 200)})`}`;
    if (fast.ok && full.ok && JSON.stringify(fast.application) !== JSON.stringify(full.application))
      return "the fast path's canonical application differs from the full validator's";
    if (!fast.ok && !full.ok && JSON.stringify(fast.error.issues) !== JSON.stringify(full.error.issues))
      return "the fast path's issues differ from the full validator's";
    return null;
  } catch (error) {
    return `a parse threw: ${String(error)}`;
  }
}

/** The first expense of a mutated application, or the value itself. */
function pickExpense(value: unknown): unknown {
  try {
    const projects = (value as { projects?: { expenses?: unknown[] }[] } | null)?.projects;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- read again, and a hostile getter may answer otherwise
    return Array.isArray(projects) && Array.isArray(projects[0]?.expenses) ? projects[0]?.expenses?.[0] : value;
  } catch {
    return value;
  }
}

/** One paragraph of figures for people. */
export function summary(report: FuzzReport): string {
  const lines = [
    `fuzz: ${report.inputs} inputs (seed ${report.seed}): ${report.ok} calculated, ${report.inputError} InputError; ${report.otherCalls} more calls (classifyExpense, verify, fast vs full parse, render)`,
    `failures: ${report.failures.length}; prototype changes: ${report.prototypeChanges}`,
    `time per input: max ${report.maxMs.toFixed(1)} ms (${report.maxLabel}), 99 % under ${report.p99Ms} ms, total ${(report.totalMs / 1000).toFixed(1)} s`,
  ];
  for (const [category, s] of Object.entries(report.byCategory)) {
    lines.push(
      `  ${category}: ${s.inputs} inputs, ${s.ok} calculated, ${s.inputError} InputError, max ${s.maxMs.toFixed(1)} ms (${s.maxLabel.slice(0, 90)})`,
    );
  }
  for (const f of report.failures.slice(0, 20))
    lines.push(`  FAIL ${f.category}: ${f.label.slice(0, 120)} → ${f.problem.slice(0, 300)}`);
  return lines.join("\n");
}
