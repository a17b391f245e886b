import { fiscalCapabilityIndexNote } from "../body/fiscal-capability-index.js";
import { fiscalCorrectionNote } from "../body/fiscal-correction.js";
import { capBasisNote, personCapNote } from "../rules/coordinator-cap/index.js";
import { dispositionNote } from "../rules/disposition.js";
import { furusatoCostCapNote } from "../rules/furusato-cost-cap.js";
import { ledgerNote } from "../rules/ledger.js";
import type { Line } from "../rules/line.js";
import { coordinatorRateNote, measureRateNote } from "../rules/measure-rate.js";
import type { NoteContext, NoteTemplate } from "../rules/note.js";
import { roundingNote } from "../rules/rounding.js";
import { fundingNote, sumNote, totalNote } from "../rules/sum.js";
import { findRuleset, LATEST_RULESET, rulesets, type Ruleset } from "../rulesets/index.js";
import { stepIds, type StepRuleId } from "../trace/names.js";
import type { Bilingual, StepData, TraceStep, WordedStep } from "../trace/step.js";
import type { Calculation } from "./calculation.js";
import { UNCHANGED_LINES_ID } from "./store-trace.js";

/*
 * The steps with their words, made from the stored data: each step's source as text (from `trace.sources`),
 * its note (the template of its kind, beside the rule that makes it) and its review flag's words (from
 * `review`); the lines that share the unchanged-lines step are given back their own steps, in their places.
 * The 計算書, `explainLine` and `verify` read these; they are what version 3 stored.
 */

const NO_WORDS: Bilingual = { ja: "", en: "" };

/** The template of each kind of step. */
function templateOf(step: StepData, ruleset: Ruleset): NoteTemplate {
  const rule: StepRuleId = step.rule;
  switch (rule) {
    case "fiscal-capability-index":
      return fiscalCapabilityIndexNote;
    case "fiscal-correction":
      return fiscalCorrectionNote;
    case "coordinator-cap":
      return step.id.endsWith("/cap-basis") ? capBasisNote : personCapNote;
    case "disposition":
      return dispositionNote;
    case "sum":
      return sumNote;
    case "funding":
      return fundingNote;
    case "measure-rate":
      return measureRateNote;
    case "coordinator-rate":
      return coordinatorRateNote;
    case "total":
      return totalNote;
    case "rounding":
      return roundingNote;
    case "furusato-cost-cap":
      return furusatoCostCapNote;
    case "ledger":
      return ledgerNote;
    default:
      // The rule units: ※1–※5, 等, double claims, the own burden; an edited file's unknown rule has no words.
      return (
        (ruleset.rules as unknown as Partial<Record<string, { note: NoteTemplate }>>)[rule]?.note ?? (() => NO_WORDS)
      );
  }
}

/** One step with its words: the note its template makes, before its review flag (version 3's key order). */
export function wordStep(step: StepData, ruleset: Ruleset, context: NoteContext): WordedStep {
  const note = templateOf(step, ruleset)(step, context);
  const { needsReview, ...data } = step;
  return needsReview ? { ...data, note, needsReview } : { ...data, note };
}

/**
 * The ruleset a calculation names; for a ruleset of the caller's own (not given), the built-in one of its year
 * or the latest before it: its units word the steps (a unit the caller swapped is worded only when given).
 */
export function rulesetOf(calculation: Calculation): Ruleset {
  const found = findRuleset(calculation.trace.rulesetId) ?? findRuleset(calculation.fiscalYear);
  if (found) return found;
  const earlier = Object.values(rulesets).filter((r) => r.fiscalYear <= calculation.fiscalYear);
  return earlier.reduce((a, b) => (b.fiscalYear > a.fiscalYear ? b : a), earlier[0] ?? LATEST_RULESET);
}

/** A sum's addends: the eligible yen of its measure's expense lines or coordinators, in line order. */
function addends(step: TraceStep, lines: readonly Line[]): Record<string, string> {
  const measure = step.id.slice(0, step.id.indexOf("/"));
  const kind = step.id.endsWith("/coordinators") ? "coordinator" : "expense";
  const inputs: Record<string, string> = {};
  for (const line of lines) if (line.measure === measure && line.kind === kind) inputs[line.id] = line.eligibleYen;
  return inputs;
}

/** Each unchanged line's place: the step it follows (the line before it in its project, or the project's ※5). */
function placesOf(lines: readonly Line[], plain: Readonly<Record<string, string>>): Map<string, string[]> {
  const after = new Map<string, string[]>();
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.kind !== "expense") continue;
    if (Object.hasOwn(plain, line.id)) {
      const anchor =
        previous !== undefined && previous.projectId === line.projectId
          ? stepIds.line(previous.id)
          : stepIds.routing("project", line.projectId ?? "");
      after.set(anchor, [...(after.get(anchor) ?? []), line.id]);
    }
    previous = line;
  }
  return after;
}

/**
 * The calculation's steps with their words, in trace order: each as version 3 stored it, with its source as
 * text, its note in both languages and its review flag's reason. Lines that share the unchanged-lines step
 * get their own step back, in its place.
 *
 * @param calculation - A calculation of this release (`calculate`'s result, or its JSON read back).
 * @param options - `ruleset`: the ruleset it was made with, where it is not a built-in one.
 * @returns Every step, worded.
 *
 * @example
 * ```ts
 * const steps = wordSteps(calculate(application));   // the README's application
 * steps.find((s) => s.id === "line/E2/fn2")?.note.en;   //=> "New construction by a private operator: out (※2)."
 * steps.find((s) => s.id === "line/E1")?.cite;          //=> "seed 対象経費 (five pillars)"
 * ```
 * @category Audit
 */
export function wordSteps(calculation: Calculation, options: { readonly ruleset?: Ruleset } = {}): WordedStep[] {
  const ruleset = options.ruleset ?? rulesetOf(calculation);
  const lines = new Map(calculation.lines.map((l) => [l.id, l]));
  const reviews = new Map(calculation.review.map((r) => [r.stepId, r.note]));
  const context: NoteContext = {
    ruleset,
    catalog: ruleset.catalog,
    line: (id) => lines.get(id),
    review: (stepId) => reviews.get(stepId),
  };
  const { sources, steps } = calculation.trace;
  // A file of version 3 or before stores its steps worded: they are read as they are.
  if ((sources as unknown) === undefined) return steps as unknown as WordedStep[];
  const plain = steps.find((s) => s.id === UNCHANGED_LINES_ID);
  const after = plain ? placesOf(calculation.lines, plain.inputs) : new Map<string, string[]>();
  const worded: WordedStep[] = [];
  const emit = (step: TraceStep): void => {
    const data: StepData = {
      id: step.id,
      rule: step.rule,
      cite: sources[step.cite]?.text ?? step.cite,
      subject: step.subject,
      inputs: step.rule === "sum" ? addends(step, calculation.lines) : step.inputs,
      output: step.output,
    };
    const flag = step.needsReview && { code: step.needsReview.code, note: reviews.get(step.id) ?? NO_WORDS };
    worded.push(wordStep(flag ? { ...data, needsReview: flag } : data, ruleset, context));
    for (const lineId of after.get(step.id) ?? []) {
      const amountYen = plain?.inputs[lineId] ?? "0";
      emit({
        id: stepIds.line(lineId),
        rule: "disposition",
        cite: plain?.cite ?? "",
        subject: `line ${lineId}`,
        inputs: { amountYen, checks: "none" },
        output: { disposition: "eligible", eligibleYen: amountYen, excludedYen: "0" },
      });
    }
  };
  for (const step of steps) if (step.id !== UNCHANGED_LINES_ID) emit(step);
  return worded;
}
