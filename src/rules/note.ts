import type { Catalog } from "../catalog/types.js";
import type { Line } from "./line.js";
import type { RulesetParameters as Ruleset } from "./parameters.js";
import type { Bilingual, StepData } from "../trace/step.js";

/*
 * A step's note is a function of its data: each kind of step has one template, beside the rule that makes
 * the step. The trace stores the data only; `wordSteps` calls the templates for the 計算書, explain and verify.
 */

/**
 * What a step's template may read besides the step: the ruleset, its catalog, the calculation's lines and
 * the words of its review flags.
 *
 * @example
 * ```ts
 * const calc = calculate(application);   // the README's application
 * const context: NoteContext = { ruleset: getRuleset(2025), catalog: getRuleset(2025).catalog,
 *   line: (id) => calc.lines.find((l) => l.id === id), review: () => undefined };
 * context.line("E2")?.item;   //=> "opportunity.facilities"
 * ```
 * @category Rules
 */
export interface NoteContext {
  /** The parameters of the ruleset the calculation used. */
  readonly ruleset: Ruleset;
  /** Its catalog (the items' words). */
  readonly catalog: Catalog;
  /** A line of the calculation by its id. */
  readonly line: (id: string) => Line | undefined;
  /** The words of a step's review flag, by the step's id (from the calculation's `review`). */
  readonly review: (stepId: string) => Bilingual | undefined;
}

/**
 * The words of one kind of step, from its data: each rule unit has one (`LineRule.note`), and `wordSteps`
 * calls them.
 *
 * @example
 * ```ts
 * const fy2025 = getRuleset(2025);
 * const facts = { implementer: "private", work: "new" } as const;
 * const context = { sharedWithOtherActivities: false, pillarJa: "きっかけづくり" };
 * const step = fy2025.rules.fn2.step("E2", facts, fy2025.rules.fn2.decide(facts, fy2025, context), fy2025);
 * fy2025.rules.fn2.note(step, { ruleset: fy2025, catalog: fy2025.catalog, line: () => undefined, review: () => undefined }).en;
 * //=> "New construction by a private operator: out (※2)."
 * ```
 * @category Rules
 */
export type NoteTemplate = (step: StepData, context: NoteContext) => Bilingual;

/** What a step's subject names after its kind: "line E2" → "E2", "person A" → "A", "body 042056" → "042056". */
export const subjectId = (step: { readonly subject: string }): string =>
  step.subject.slice(step.subject.indexOf(" ") + 1);
