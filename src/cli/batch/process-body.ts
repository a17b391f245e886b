import { InputError, safeCalculate, summarize, type Calculation, type Line, type Summary } from "../../index.js";
import type { Problem } from "../errors.js";
import { buildApplication } from "./application.js";
import type { BodyTable } from "./bodies.js";
import type { LineColumn } from "./columns.js";
import type { BodyGroup } from "./group.js";
import type { Header } from "./header.js";
import { locateLineIssue } from "./locate.js";
import type { LineRow } from "./rows.js";

/** One body's outcome: its calculation when every row is good, or why not; each row's line or problems. */
export interface BodyOutcome {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly rows: readonly LineRow[];
  /** Rows of this body (not those with an empty body_code that sit among them). */
  readonly ownRows: number;
  /** The body's figures and lines when every row is good (a Calculation when `withTrace`). */
  readonly result?: Summary;
  /** The whole calculation with its trace, when `withTrace` and every row is good. */
  readonly calculation?: Calculation;
  /** The computed line of each row given to the calculation. */
  readonly lineOf: ReadonlyMap<LineRow, Line>;
  /** Why the body was not computed although a row is fine (a problem in another row, or in bodies.csv). */
  readonly notComputed?: string;
  /** Problems in this group's rows (those of its bodies.csv row are counted in `bodyProblems`). */
  readonly problems: readonly Problem[];
  readonly bodyProblems: number;
  /** lines.csv gave this body's code as a spreadsheet shortened it (42056): the code and its first line. */
  readonly shortenedFrom?: { readonly code: string; readonly line: number };
}

export interface BatchContext {
  readonly fiscalYear: string;
  readonly bodies: BodyTable;
  readonly bodiesFile: string;
  /** bodies.csv could not be read (its encoding, its header): rows are checked, no body is looked up. */
  readonly bodiesUnread?: boolean;
  readonly header: Header<LineColumn>;
  /**
   * Compute the trace too (for calculations/<code>.json). Without it the body is summarized: the same
   * lines and figures (the library's tests hold summarize equal to calculate), many times faster, since the
   * CSV outputs hold no step and no digest.
   */
  readonly withTrace: boolean;
}

/** Checks and computes one body's group of rows; every problem lands on its row. */
export function processBody(group: BodyGroup, context: BatchContext): BodyOutcome {
  const { header } = context;
  const own = group.rows.filter((r) => r.bodyCode !== "" && r.bodyCode === group.code);
  // A code Excel shortened in lines.csv alone (42056 for a body bodies.csv gives as 042056) is that body: a
  // 5-digit code is no code, and only one body's code it can have been. The fix is reported.
  const given =
    context.bodies.byCode.get(group.code) ?? context.bodies.byCode.get(context.bodies.aliases.get(group.code) ?? "");
  const shortened = !given && /^\d{5}$/.test(group.code) && context.bodies.byCode.has(`0${group.code}`);
  const body = given ?? (shortened ? context.bodies.byCode.get(`0${group.code}`) : undefined);
  const rowProblem = (row: LineRow, column: LineColumn | undefined, code: string, message: string) =>
    row.problems.push({
      file: header.file,
      line: row.line,
      row: row.row,
      ...(column && { column: header.column(column) }),
      bodyCode: row.bodyCode,
      code,
      message,
    });

  const firstOwn = own[0];
  if (group.earlier && firstOwn) {
    const lines =
      group.earlier.first === group.earlier.last
        ? `line ${group.earlier.first}`
        : `lines ${group.earlier.first}–${group.earlier.last}`;
    rowProblem(
      firstOwn,
      "body_code",
      "not_grouped",
      `body ${group.code} comes back here after other bodies (its rows were on ${lines}); lines.csv must keep each body's rows together: sort it by body_code (Excel: データ → 並べ替え)`,
    );
  }
  if (!body && !context.bodiesUnread)
    for (const row of own) rowProblem(row, "body_code", "unknown_body", unknownBody(group.code, context));

  let computed: Computed | undefined;
  const lineOf = new Map<LineRow, Line>();
  // A body split across the file is checked row by row only: the core would see half an application.
  if (own.length > 0 && !group.earlier) {
    const { input, origin } = buildApplication(context.fiscalYear, body?.input ?? {}, own, header);
    const result = compute(input, context.withTrace);
    if (result.ok) computed = result;
    else {
      // A cell the row already refused (a value or an amount, read by the CLI) takes no second message.
      const refused = new Map(own.map((row) => [row, new Set(row.problems.map((p) => p.column?.letter))]));
      for (const issue of result.error.issues) {
        if (issue.path.startsWith("$.body") || issue.path.startsWith("$.fiscalYear")) continue; // reported with bodies.csv
        const at = locateLineIssue(issue.path, origin, (row, key) => header.value(row.fields, key));
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: without it `row` is LineRow | undefined (tsc fails); the rule misreads `??`
        const row = at?.row ?? origin.used[0] ?? (firstOwn as LineRow);
        const letter = at?.column && header.column(at.column).letter;
        if (letter !== undefined && refused.get(row)?.has(letter)) continue;
        rowProblem(row, at?.column, issue.code, issue.message);
      }
    }
    if (computed) {
      const byId = new Map(computed.summary.lines.map((l) => [l.id, l]));
      for (const row of origin.used) {
        const line = byId.get(header.value(row.fields, "line_id"));
        if (line) lineOf.set(row, line);
      }
    }
  }

  const problems = group.rows.flatMap((r) => r.problems);
  const bad = own.find((r) => r.problems.length > 0);
  const notComputed = !body
    ? undefined
    : !body.valid
      ? `body ${group.code} has problems in ${context.bodiesFile} (line ${body.line})`
      : bad
        ? `not computed: body ${group.code} has a problem on line ${bad.line}`
        : undefined;
  const ok = body?.valid === true && !bad && computed !== undefined;
  return {
    code: body?.code ?? group.code,
    // As computed where it was (the registry supplies them for a body given by its code), else as written.
    name: (ok && computed ? computed.summary.body.name : undefined) ?? body?.name ?? "",
    kind: (ok && computed ? computed.summary.body.kind : undefined) ?? body?.kind ?? "",
    rows: group.rows,
    ownRows: own.length,
    ...(ok && computed && { result: computed.summary }),
    ...(ok && computed?.calculation && { calculation: computed.calculation }),
    lineOf: ok ? lineOf : new Map(),
    ...(notComputed !== undefined && { notComputed }),
    problems,
    bodyProblems: body?.problems ?? 0,
    ...(shortened && { shortenedFrom: { code: group.code, line: own[0]?.line ?? 0 } }),
  };
}

interface Computed {
  readonly ok: true;
  /** The figures and lines the CSV files need. */
  readonly summary: Summary;
  /** The same with its trace, when asked for. */
  readonly calculation?: Calculation;
}

/** The body calculated (with its trace) or summarized; an InputError is returned, not thrown. */
function compute(input: unknown, withTrace: boolean): Computed | { ok: false; error: InputError } {
  if (withTrace) {
    const result = safeCalculate(input);
    return result.ok ? { ok: true, summary: result.value, calculation: result.value } : result;
  }
  try {
    return { ok: true, summary: summarize(input) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error };
    throw error;
  }
}

function unknownBody(code: string, context: BatchContext): string {
  const base = `body ${code} is not in ${context.bodiesFile}`;
  if (/^\d{5}$/.test(code) && context.bodies.byCode.has(`0${code}`)) {
    return `${base}: did Excel drop the leading zero of 0${code}? Format the column as text (文字列) and write all 6 digits`;
  }
  if (!/^\d{6}$/.test(code)) return `${base}; a 全国地方公共団体コード has 6 digits, e.g. 042056`;
  return `${base}; add a row for it there (code, name, kind, fci) or correct the code`;
}
