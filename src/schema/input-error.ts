/** Kinds of input problem; stable, for programs that react to them. */
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
  | "unreadable";

/** One problem in the input: where (a JSONPath like `$.projects[0].expenses[1].amount`), what, and the fix. */
export interface InputIssue {
  readonly path: string;
  readonly code: InputIssueCode;
  readonly message: string;
}

/**
 * The one error the library throws for bad input. It lists every problem found, each with its path and
 * a message that says how to fix it; nothing was computed.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const first = issues[0];
    const summary = first ? `${first.path}: ${first.message}` : "invalid input";
    super(issues.length > 1 ? `${issues.length} problems in the input; first: ${summary}` : summary);
    this.issues = Object.freeze([...issues]);
  }
}

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
