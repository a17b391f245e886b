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
 * One step of the calculation as the trace stores it: data only. Which rule, on what, with which inputs,
 * giving which output, and the key of its source in `trace.sources`. Every number is a decimal string, so a
 * reader can redo the step by hand; the step's words (its note, its source's text) are made from this data
 * by `wordSteps`, which the renderers, `explainLine` and `verify` read.
 *
 * @example
 * ```ts
 * calculate(application).trace.steps.find((s) => s.id === "dual-residence/measure-rate");
 * //=> { id: "dual-residence/measure-rate", rule: "measure-rate", cite: "s9", subject: "dual-residence costs",
 * //     inputs: { eligibleCostsYen: "1200000", rate: "0.5", coefficient: "1.00" }, output: { amountYen: "600000" } }
 * ```
 * @category Audit
 */
export interface TraceStep {
  /** Unique within the trace: "body/fiscal-correction", "line/E2/fn2", "line/E2", "dual-residence/rounding". */
  readonly id: string;
  /** The rule the step applies. */
  readonly rule: StepRuleId;
  /** The key of its source in `trace.sources` ("s1"). */
  readonly cite: string;
  /** What the step is about: "body 042056", "line E2", "person A", "allocation". */
  readonly subject: string;
  /** The facts and figures the step read, as strings. */
  readonly inputs: Readonly<Record<string, string>>;
  /** What it decided or computed, as strings. */
  readonly output: Readonly<Record<string, string>>;
  /** Present when a person must look at it: why, as a stable code (the words are in `review[]`). */
  readonly needsReview?: {
    /** Why, as a stable code. */
    readonly code: ReviewCode;
  };
}

/**
 * A step with its words, as the 計算書 shows it and as version 3 stored it: its source as one line of text
 * ("seed ※2", "ordinance 財政力補正 (市町村, standard wording) (inference)") and its note in both languages.
 * `wordSteps(calculation)` makes them from the stored steps.
 *
 * @example
 * ```ts
 * wordSteps(calculate(application)).find((s) => s.id === "line/E2/fn2");
 * //=> { id: "line/E2/fn2", rule: "fn2", cite: "seed ※2", subject: "line E2",
 * //     inputs: { implementer: "private", work: "new" }, output: { outcome: "excluded" },
 * //     note: { ja: "民間事業者が実施主体となる整備のうち新築は対象外（※2）。", en: "New construction by a private operator: out (※2)." } }
 * ```
 * @category Audit
 */
export interface WordedStep extends Omit<TraceStep, "cite" | "needsReview"> {
  /** The source as one line of text; "(inference)" where it is our reading. */
  readonly cite: string;
  /** The step in words. */
  readonly note: Bilingual;
  /** Present when a person must look at it: why, as a code and in words. */
  readonly needsReview?: ReviewFlag;
}

/**
 * A step as a rule unit makes it: its data, its source as one line of text and its review flag with words;
 * its note is its template's (`LineRule.note`), made when it is worded.
 *
 * @example
 * ```ts
 * const fy2025 = getRuleset(2025);
 * const facts = { implementer: "private", work: "new" } as const;
 * const context = { sharedWithOtherActivities: false, pillarJa: "きっかけづくり" };
 * fy2025.rules.fn2.step("E2", facts, fy2025.rules.fn2.decide(facts, fy2025, context), fy2025).cite;   //=> "seed ※2"
 * ```
 * @category Rules
 */
export type StepData = Omit<WordedStep, "note">;
