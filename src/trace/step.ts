import type { ReviewCode, StepRuleId } from "./names.js";

export type { LineRuleId, ReviewCode, StepRuleId } from "./names.js";

/**
 * Text in both languages of the library.
 *
 * @example
 * ```ts
 * calculate(application).caveats[0]?.en;  //=> "Amounts are before the ordinance's deduction of 財源超過額 (…)."
 * ```
 * @category Audit
 */
export interface Bilingual {
  /** Japanese. */
  readonly ja: string;
  /** English. */
  readonly en: string;
}

/**
 * A reason a step (and the lines it decides) must be looked at by a person.
 *
 * @example
 * ```ts
 * const migration = calculate({ ...application, projects: [{ ...application.projects[0], primaryPurpose: "migration" }] });
 * migration.trace.steps.find((s) => s.needsReview)?.needsReview?.code;  //=> "migration-measure"
 * ```
 * @category Audit
 */
export interface ReviewFlag {
  /** Why, as a stable code. */
  readonly code: ReviewCode;
  /** Why, in words. */
  readonly note: Bilingual;
}

/**
 * One step of the calculation: which rule, on what, with which inputs, giving which output. Every number
 * is a decimal string, so a reader can redo the step by hand.
 *
 * @example
 * ```ts
 * calculate(application).trace.steps.find((s) => s.id === "dual-residence/measure-rate");
 * //=> { id: "dual-residence/measure-rate", rule: "measure-rate", cite: "seed 措置率0.5×財政力補正",
 * //     subject: "dual-residence costs", inputs: { eligibleCostsYen: "1200000", rate: "0.5", coefficient: "1.00" },
 * //     output: { amountYen: "600000" }, note: { ja: "…", en: "…" } }
 * ```
 * @category Audit
 */
export interface TraceStep {
  /** Unique within the trace: "body/fiscal-correction", "line/E2/fn2", "line/E2", "dual-residence/rounding". */
  readonly id: string;
  /** The rule the step applies. */
  readonly rule: StepRuleId;
  /** The source: seed footnote, seed wording or ordinance entry; "(inference)" where it is our reading. */
  readonly cite: string;
  /** What the step is about: "body 042056", "line E2", "person A", "allocation". */
  readonly subject: string;
  /** The facts and figures the step read, as strings. */
  readonly inputs: Readonly<Record<string, string>>;
  /** What it decided or computed, as strings. */
  readonly output: Readonly<Record<string, string>>;
  /** The step in words. */
  readonly note: Bilingual;
  /** Present when a person must look at it. */
  readonly needsReview?: ReviewFlag;
}
