import type { z } from "zod";
import type { Citation, RulesetParameters as Ruleset } from "./parameters.js";
import type { LineRuleId } from "../trace/names.js";
import type { Bilingual, ReviewFlag, StepData } from "../trace/step.js";
import type { NoteTemplate } from "./note.js";

/*
 * The shape every rule unit exports. A unit is one folder under src/rules/: its facts (the zod fragment of
 * the input it reads and the question an app asks for each), its decision returned as data, its citation,
 * the words of its step and of its "why not", and its tests. The pipeline only orders units.
 */

/**
 * One condition a rule checked (json-rules-engine's condition result is the model): the fact, what the rule
 * asks of it for the line to count, what the input says ("" where the fact is absent), and whether it
 * passed. How a rule's conditions combine is the rule's own and said beside its code: ※1 excludes when
 * both fail (a build the bond covers), ※2 when implementer and work both fail (a private new build) or the
 * bond fails, ※3 and ※4 when any fails. `outcome` is the result.
 *
 * @example
 * ```ts
 * const fy2025 = getRuleset(2025);
 * const context = { sharedWithOtherActivities: false, pillarJa: "きっかけづくり" };
 * fy2025.rules.fn2.decide({ implementer: "private", work: "new" }, fy2025, context).conditions[1];
 * //=> { fact: "facility.work", expected: "renovation", received: "new", passed: false }
 * ```
 * @category Rules
 */
export interface Condition {
  /** The fact's path inside the record: "facility.work", "cashHandout". */
  readonly fact: string;
  /** What the rule asks of it for the line to count. */
  readonly expected: string;
  /** What the input says ("" where the fact is absent). */
  readonly received: string;
  /** Whether it is as the rule asks. */
  readonly passed: boolean;
}

/**
 * What one rule decided about one line, as data: its outcome and every condition it checked.
 *
 * @example
 * ```ts
 * const fy2025 = getRuleset(2025);
 * fy2025.rules.fn3.decide(true, fy2025, { sharedWithOtherActivities: false, pillarJa: "受入環境の整備" }).outcome;   //=> "excluded"
 * ```
 * @category Rules
 */
export interface Verdict {
  /** The rule. */
  readonly rule: LineRuleId;
  /** Whether the rule takes the whole line out. */
  readonly outcome: "passes" | "excluded";
  /** Every condition it checked, in the rule's order. */
  readonly conditions: readonly Condition[];
  /** Present when a person must look at the line. */
  readonly review?: ReviewFlag;
}

/**
 * A question an app asks to learn one fact a rule needs, with the answers it accepts.
 *
 * @example
 * ```ts
 * getRuleset(2025).rules.fn3.facts.questions[0]?.options.map((o) => o.value);   //=> [true, false]
 * ```
 * @category Rules
 */
export interface FactQuestion {
  /** The fact's path inside the record: "facility.implementer". */
  readonly path: string;
  /** The question, in both languages. */
  readonly question: Bilingual;
  /** The accepted answers and their words. */
  readonly options: readonly {
    /** The answer as the input states it. */
    readonly value: string | boolean;
    /** The answer in words. */
    readonly label: Bilingual;
  }[];
}

/**
 * The facts a rule reads: the input field that holds them, its zod fragment and the questions an app asks.
 *
 * @example
 * ```ts
 * getRuleset(2025).rules.fn1.facts.questions.map((q) => q.path);   //=> ["system.phase", "system.digitalBondCovers"]
 * ```
 * @category Rules
 */
export interface RuleFacts<F> {
  /** The record's field that holds the facts: "facility". */
  readonly field: string;
  /** The zod fragment of that field (the input schema is built from the fragments). */
  readonly schema: z.ZodType<F, F>;
  /** One question per fact. */
  readonly questions: readonly FactQuestion[];
  /** How to state the facts, for the message when they are missing. */
  readonly hint: string;
  /** What the rule reads when the record does not state the field (undefined: the rule does not run). */
  readonly whenAbsent?: F;
  /** The facts in canonical form (fixed key order, absent optional facts left out). */
  readonly canonical: (facts: F) => F;
  /**
   * Checks between the facts that the fragment alone cannot make (a build must state the bond), run on the
   * raw fact object even where its shape is broken, so that every problem is reported at once.
   */
  readonly crossCheck?: (raw: Readonly<Record<string, unknown>>) => readonly FactIssue[];
}

/**
 * A problem of facts that their fragment cannot see; `path` is inside the fact object (or the record).
 *
 * @example
 * ```ts
 * getRuleset(2025).rules.fn1.facts.crossCheck?.({ phase: "build" })[0]?.code;   //=> "missing_fact"
 * ```
 * @category Rules
 */
export interface FactIssue {
  /** Where, inside the fact object (or the record). */
  readonly path: readonly string[];
  /** The problem's code, as `InputError` issues carry it. */
  readonly code:
    | "missing_fact"
    | "irrelevant_fact"
    | "missing_purpose"
    | "conflicting_purpose"
    | "tied_purpose"
    | "specific_revenue_exceeds_amount";
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * One fact of the input a rule read, as it stands: `facility.work` = "new".
 *
 * @example
 * ```ts
 * explainLine(calc, "E2")?.reasons[0]?.failed[1];
 * //=> { fact: "facility.work", value: "new", label: { ja: "新築", en: "new construction" } }
 * ```
 * @category Audit
 */
export interface StatedFact {
  /** The field, as a path inside the line's record (the expense or coordinator). */
  readonly fact: string;
  /** Its value as the step's inputs show it. */
  readonly value: string;
  /** The fact in words. */
  readonly label: Bilingual;
}

/**
 * One change of an input fact; `from`/`to` undefined means the field is absent before/after.
 *
 * @example
 * ```ts
 * explainLine(calc, "E2")?.wouldCount;
 * //=> [{ subject: "expense E2", fact: "facility.work", from: "new", to: "renovation",
 * //      label: { ja: "新築ではなく改修（※2）", en: "renovation instead of new construction (※2)" } }]
 * ```
 * @category Audit
 */
export interface FactChange {
  /** The record the fact is in: "expense E2", "coordinator C1", "project P2". */
  readonly subject: string;
  /** The field, as a path inside that record ("facility.work", "cost"). */
  readonly fact: string;
  /** The value now (undefined: absent). */
  readonly from?: string;
  /** The value that would flip the outcome (undefined: remove the field). */
  readonly to?: string;
  /** The change in words, with its footnote. */
  readonly label: Bilingual;
}

/**
 * A rule's reading of its own excluded step: what it asks, what failed, what would change it.
 *
 * @example
 * ```ts
 * const step = calc.trace.steps.find((s) => s.id === "line/E2/fn2");
 * step ? getRuleset(2025).rules.fn2.whyNot?.(step, "expense E2").failed.length : 0;   //=> 2
 * ```
 * @category Rules
 */
export interface WhyNotParts {
  /** What the rule asks, in words. */
  readonly condition: Bilingual;
  /** The facts that failed it. */
  readonly failed: readonly StatedFact[];
  /** Each entry a set of changes that would count the line; the first is the smallest. */
  readonly changes: readonly (readonly FactChange[])[];
  /** A point a person should know. */
  readonly note?: Bilingual;
}

/**
 * A rule on one line (an expense, or a coordinator record): ※1–※4 and the 等 items. `decide` is pure and
 * returns data; `step` words it for the trace; `whyNot` reads an excluded step back for `explainLine`.
 *
 * @example
 * ```ts
 * getRuleset(2025).rules.fn2.facts.field;   //=> "facility"
 * ```
 * @category Rules
 */
export interface LineRule<F> {
  /** The rule id lines and steps carry. */
  readonly id: LineRuleId;
  /** The seed's mark ("※2"), or a short name for rules that are not footnotes. */
  readonly mark: string;
  /** True for a rule that may bear on every line, whatever its item or activities (`double-claim`). */
  readonly everyLine?: boolean;
  /** Its source in the ruleset (a citation of the year's ruleset). */
  readonly cite: (ruleset: Ruleset) => Citation;
  /** The facts it reads. */
  readonly facts: RuleFacts<F>;
  /**
   * Checks between its facts and the rest of the record (a double claim under "other" names the measure in
   * the description), run on the raw record so that every problem is reported at once.
   */
  readonly recordCheck?: (record: Readonly<Record<string, unknown>>) => readonly FactIssue[];
  /** The decision, as data. `context.sharedWithOtherActivities`: a coordinator record with other activities. */
  readonly decide: (facts: F, ruleset: Ruleset, context: LineContext) => Verdict;
  /** The trace step of a decision: its data. */
  readonly step: (lineId: string, facts: F, verdict: Verdict, ruleset: Ruleset) => StepData;
  /** The words of such a step, from its data. */
  readonly note: NoteTemplate;
  /**
   * For an excluded step: what the rule asks, the facts that failed and the changes that would count the
   * line. Absent for a rule that never excludes.
   */
  readonly whyNot?: (step: StepData, subject: string) => WhyNotParts;
}

/**
 * What a line rule may need to know of the line besides its facts.
 *
 * @example
 * ```ts
 * const context: LineContext = { sharedWithOtherActivities: true, pillarJa: "コーディネーターによる支援" };
 * context.sharedWithOtherActivities;   //=> true
 * ```
 * @category Rules
 */
export interface LineContext {
  /** The record (a coordinator's) also covers other activities. */
  readonly sharedWithOtherActivities: boolean;
  /** The words of the pillar or kind of work the line belongs to (for 等 items). */
  readonly pillarJa: string;
}

/** A line rule whatever its facts' type, as the pipeline and the registry hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds units of many fact types
export type AnyLineRule = LineRule<any>;
