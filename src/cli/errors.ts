/*
 * Exit codes and the problems the CLI reports. A problem names its file, line and column, so an analyst
 * can find the cell in Excel; every problem is collected before anything is reported.
 */
import { showControls } from "../text/visible.js";

/** 0 done; 1 the input is invalid (nothing, or with --skip-invalid only good bodies, written); 2 the command line is wrong. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The command line is wrong: unknown option, missing argument, unreadable path. Exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    /** The command whose usage to show (undefined: the top level). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A cell (or a line, or a whole file) that is wrong, and why. */
export interface Problem {
  /** The file as named on the command line ("-" is shown as "stdin"). */
  readonly file: string;
  /** Physical line where the record starts (1 = the header). */
  readonly line?: number;
  /** Spreadsheet row (records, header = 1): differs from `line` only below a cell with line breaks. */
  readonly row?: number;
  /** The column: its letter as Excel shows it (absent when the file has no such column) and its header. */
  readonly column?: { readonly letter?: string; readonly header: string };
  readonly bodyCode?: string;
  /** A stable code: the core's InputIssueCode, or one of the CLI's (not_utf8, missing_column, …). */
  readonly code: string;
  readonly message: string;
}

/**
 * "lines.csv line 12, column F (amount): …", for the terminal: a control character a cell or a header
 * brought into the message is shown as its escape (`\u001b`), never written raw (errors.csv keeps it).
 */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined)
    where += ` line ${p.line}${p.row !== undefined && p.row !== p.line ? ` (row ${p.row})` : ""}`;
  if (p.column)
    where += p.column.letter
      ? `, column ${p.column.letter} (${p.column.header || "no header"})`
      : `, column ${p.column.header} (not in the file)`;
  return showControls(`${where}: ${p.message}`);
}

/** Problems in file order: by file (in first-seen order), line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        files.indexOf(a.p.file) - files.indexOf(b.p.file) ||
        (a.p.line ?? 0) - (b.p.line ?? 0) ||
        columnOrder(a.p) - columnOrder(b.p) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}

function columnOrder(p: Problem): number {
  const letter = p.column?.letter;
  if (!letter) return p.column ? Number.MAX_SAFE_INTEGER : -1;
  let n = 0;
  for (const ch of letter) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Excel's column letter of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
