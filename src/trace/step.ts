/** Text in both languages of the library. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** A reason a step (and the lines it decides) must be looked at by a person. */
export interface ReviewFlag {
  readonly code: ReviewCode;
  readonly note: Bilingual;
}

/** Why a line needs review. */
export type ReviewCode = "other-item" | "migration-measure" | "fn4-coordinator-not-apportioned" | "mixed-posts";

/** Rule ids as they appear in lines (`rules`) and steps (`rule`). */
export type LineRuleId = "fn1" | "fn2" | "fn3" | "fn4" | "fn5" | "other-item" | "coordinator-cap";
export type StepRuleId =
  | LineRuleId
  | "fiscal-capability-index"
  | "fiscal-correction"
  | "disposition"
  | "sum"
  | "measure-rate"
  | "coordinator-rate"
  | "total"
  | "rounding"
  | "ledger";

/**
 * One step of the calculation: which rule, on what, with which inputs, giving which output. Every number
 * is a decimal string, so a reader can redo the step by hand.
 */
export interface TraceStep {
  readonly id: string;
  readonly rule: StepRuleId;
  /** The source: seed footnote, seed wording or ordinance entry; "(inference)" where it is our reading. */
  readonly cite: string;
  /** What the step is about: "body 042056", "line E2", "person A", "allocation". */
  readonly subject: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly output: Readonly<Record<string, string>>;
  readonly note: Bilingual;
  readonly needsReview?: ReviewFlag;
}
