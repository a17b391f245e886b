import type { Catalog } from "../catalog/types.js";
import type { Line } from "./line.js";
import type { RulesetParameters as Ruleset } from "./parameters.js";
import type { Bilingual, StepData } from "../trace/step.js";

/*
 * A step's note is a function of its data: each kind of step has one template, beside the rule that makes
 * the step. The trace stores the data only; `wordSteps` calls the templates for the 計算書, explain and verify.
 */

/** What a template may read besides the step: the ruleset's catalog and the calculation's lines. */
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

/** The words of one kind of step, from its data. */
export type NoteTemplate = (step: StepData, context: NoteContext) => Bilingual;

/** The line id a step's subject names ("line E2" → "E2"). */
export const subjectId = (step: { readonly subject: string }): string =>
  step.subject.slice(step.subject.indexOf(" ") + 1);
