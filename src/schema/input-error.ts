import { showControls, UNSAFE_CHARACTER } from "../text/visible.js";

/**
 * Kinds of input problem; stable, for programs that react to them.
 *
 * @example
 * ```ts
 * const result = safeCalculate({ ...application, body: { ...application.body, code: "042057" } });
 * result.ok ? [] : result.error.issues.map((i) => i.code);   //=> ["bad_check_digit"]
 * ```
 * @category Errors
 */
export type InputIssueCode =
  | "required"
  | "invalid_type"
  | "unknown_key"
  | "forbidden_key"
  | "too_deep"
  | "too_long"
  | "invalid_amount"
  | "invalid_decimal"
  | "invalid_value"
  | "unknown_item"
  | "unknown_activity"
  | "invalid_code"
  | "bad_check_digit"
  | "kind_mismatch"
  | "unsupported_fiscal_year"
  | "missing_purpose"
  | "conflicting_purpose"
  | "tied_purpose"
  | "duplicate_id"
  | "missing_fact"
  | "irrelevant_fact"
  | "invalid_fci"
  | "specific_revenue_exceeds_amount"
  | "invalid_text"
  | "unreadable";

/**
 * One problem in the input: where (a JSONPath like `$.projects[0].expenses[1].amount`), what, and the fix.
 *
 * @example
 * ```ts
 * const result = safeCalculate({ ...application, body: { ...application.body, code: "042057" } });
 * result.ok ? undefined : result.error.issues[0];
 * //=> { path: "$.body.code", code: "bad_check_digit",
 * //     message: "body code 042057 has check digit 7, but 04205 needs 6: did you mean 042056?" }
 * ```
 * @category Errors
 */
export interface InputIssue {
  /** Where: a JSONPath into the input, or `$name` for a function argument (`$fci`). */
  readonly path: string;
  /** What kind of problem. */
  readonly code: InputIssueCode;
  /** What is wrong and how to fix it, in words. */
  readonly message: string;
}

/**
 * The one error the library throws for bad input: every problem found, each with its path and a message
 * that says how to fix it. Nothing was computed.
 *
 * @example
 * ```ts
 * import { calculate, InputError } from "dual-residence-allocation";
 *
 * let caught: unknown;
 * try {
 *   calculate({ ...application, fiscalYear: 2024 });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof InputError;                      //=> true
 * caught instanceof InputError ? caught.message : "";
 * //=> "$.fiscalYear: the measure starts in FY2025 (令和7年度); there is no allocation for FY2024"
 * ```
 * @category Errors
 */
export class InputError extends Error {
  /** Always "InputError". */
  override readonly name = "InputError";
  /** Every problem, in document order. */
  readonly issues: readonly InputIssue[];

  /**
   * Made by the library; the message is the first issue (and how many there are). Whatever way a user's
   * text reached an issue, its paths and messages carry no raw control character: each is shown as its
   * escape (`\u001b`), as `quoteValue` quotes values.
   */
  constructor(issues: readonly InputIssue[]) {
    const safe = issues.map((i) =>
      UNSAFE.test(i.path) || UNSAFE.test(i.message)
        ? { ...i, path: showControls(i.path), message: showControls(i.message) }
        : i,
    );
    const first = safe[0];
    const summary = first ? `${first.path}: ${first.message}` : "invalid input";
    super(safe.length > 1 ? `${safe.length} problems in the input; first: ${summary}` : summary);
    this.issues = Object.freeze(safe);
  }
}

/** Any character `showControls` would escape (not global: for `test`). */
const UNSAFE = new RegExp(UNSAFE_CHARACTER.source);

/** A JSONPath for a list of keys and indices. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
