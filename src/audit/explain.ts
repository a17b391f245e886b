import type { Calculation } from "../calculate/calculation.js";
import { groupedString } from "../money/decimal.js";
import { whyCapped, type CapFacts } from "../rules/coordinator-cap/index.js";
import { LINE_RULE_ORDER, type RuleVersions } from "../rules/index.js";
import type { Disposition, Line } from "../rules/line.js";
import type { FactChange, StatedFact } from "../rules/rule.js";
import { lineStepPrefix, stepIds, type LineRuleId, type Measure, type Purpose } from "../trace/names.js";
import type { Bilingual, WordedStep } from "../trace/step.js";
import { rulesetOf, wordSteps } from "../calculate/word-steps.js";

export type { CapFacts } from "../rules/coordinator-cap/index.js";
export type { FactChange, StatedFact } from "../rules/rule.js";

/**
 * Why one rule took (part of) a line out, and what would have to be different for it not to.
 *
 * @example
 * ```ts
 * const why = explainLine(calc, "E2")?.reasons[0];
 * why?.footnote;                       //=> "※2"
 * why?.stepId;                         //=> "line/E2/fn2"
 * why?.changes[0]?.[0]?.label.en;      //=> "renovation instead of new construction (※2)"
 * why?.changes[1]?.[0]?.label.en;      //=> "the body itself instead of a private operator (※2)"
 * ```
 * @category Audit
 */
export interface WhyNot {
  /** The rule: a footnote ※1–※4 or the coordinator cap. */
  readonly rule: Exclude<LineRuleId, "fn5" | "other-item">;
  /** "※1" … "※4"; for the cap, its seed wording. */
  readonly footnote: string;
  /** The step that decided it; every fact below is read from it. */
  readonly stepId: string;
  /** The step's source. */
  readonly cite: string;
  /** What the rule asks, in words. */
  readonly condition: Bilingual;
  /** The facts that failed the condition. */
  readonly failed: readonly StatedFact[];
  /**
   * Each entry a set of changes that lifts this rule's exclusion; the first is the smallest (fewest
   * facts, the most natural reading). Empty when no change of this record's facts alone would do.
   */
  readonly changes: readonly (readonly FactChange[])[];
  /** For the cap: the cap, the person's total, the excess, this record's part. */
  readonly cap?: CapFacts;
  /** A point a person should know (the record could not be apportioned; mixed posts). */
  readonly note?: Bilingual;
  /** The reason in one sentence. */
  readonly summary: Bilingual;
}

/**
 * ※5: where a line was sent, read from its routing step (for lines whose `rules` hold "fn5").
 *
 * @example
 * ```ts
 * const migration = calculate({ ...application, projects: [{ ...application.projects[0], primaryPurpose: "migration" }] });
 * explainLine(migration, "E1")?.routing?.change[0];
 * //=> { subject: "project P1", fact: "primaryPurpose", from: "migration", to: "dual-residence", label: { … } }
 * ```
 * @category Audit
 */
export interface RoutingFacts {
  /** The routing step (`project/P1/fn5`, `coordinator/C1/fn5`). */
  readonly stepId: string;
  /** Where it sent the line. */
  readonly measure: Purpose;
  /** The purpose facts it read. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The change of purpose that would send the whole project or record to the other measure. */
  readonly change: readonly FactChange[];
  /** The routing in one sentence. */
  readonly summary: Bilingual;
}

/**
 * A line's disposition explained from its steps: for an excluded or capped line, every reason and the
 * smallest change of fact that would make it count.
 *
 * @example
 * ```ts
 * explainLine(calc, "E2")?.summary.en;
 * //=> "Excluded. Out by ※2 (a private operator carries it out, new construction). Smallest change that would count it: renovation instead of new construction (※2)."
 * ```
 * @category Audit
 */
export interface LineExplanation {
  /** The line's id. */
  readonly lineId: string;
  /** "expense" or "coordinator". */
  readonly kind: Line["kind"];
  /** The disposition step (`line/<id>`); disposition and amounts are its output. */
  readonly stepId: string;
  /** As the disposition step decided it. */
  readonly disposition: Disposition;
  /** Where ※5 sent the line. */
  readonly measure: Measure;
  /** The line's amount (事業費). */
  readonly amountYen: string;
  /** Its 特定財源, deducted before every rule ("0" where none is stated). */
  readonly specificRevenueYen: string;
  /** Its own burden (一般財源等) = amountYen − specificRevenueYen = eligibleYen + excludedYen. */
  readonly ownBurdenYen: string;
  /** The part of the own burden that counts. */
  readonly eligibleYen: string;
  /** The part of the own burden that does not. */
  readonly excludedYen: string;
  /** One entry per rule that excluded or capped the line, in trace order; empty for an eligible line. */
  readonly reasons: readonly WhyNot[];
  /** The smallest change of fact that would make the whole line count: the first change set of every reason, together. */
  readonly wouldCount: readonly FactChange[];
  /** ※5's routing, for lines whose `rules` hold "fn5". */
  readonly routing?: RoutingFacts;
  /** The disposition and its reasons in a few sentences (what the rendered trace and the CSV show). */
  readonly summary: Bilingual;
}

/**
 * Explains one line from the steps of the calculation's trace (never from the rules again, so it cannot
 * disagree with them): the footnote or cap, its condition, the facts that failed and the smallest change
 * of fact that would flip the outcome. Undefined for an unknown line id.
 *
 * @example
 * ```ts
 * const calc = calculate(application);   // the README's application
 * const e2 = explainLine(calc, "E2");
 * e2?.disposition;                       //=> "excluded"
 * e2?.reasons[0]?.condition.en;
 * //=> "Facility work counts unless it is new construction by a private operator; costs the regional-revitalisation bond (地域活性化事業債) covers are out"
 * e2?.reasons[0]?.failed.map((f) => `${f.fact} = ${f.value}`);  //=> ["facility.implementer = private", "facility.work = new"]
 * e2?.wouldCount[0]?.label.en;           //=> "renovation instead of new construction (※2)"
 * explainLine(calc, "C1")?.reasons[0]?.summary.en;
 * //=> "A's costs total ¥6,200,000 against the full-time cap ¥5,000,000; this record's excess ¥1,200,000 is out. Smallest change within the cap: a cost of at most ¥5,000,000 (¥1,200,000 less)."
 * explainLine(calc, "E1")?.reasons;      //=> []
 * ```
 * @throws {Error} when the trace lacks the line's disposition or cap step (an edited file: run `verify` first).
 * @category Audit
 */
export function explainLine(calculation: Calculation, lineId: string): LineExplanation | undefined {
  return explainWith(calculation, wordSteps(calculation), lineId);
}

/** `explainLine` over the calculation's steps, worded once by the caller. */
function explainWith(
  calculation: Calculation,
  steps: readonly WordedStep[],
  lineId: string,
): LineExplanation | undefined {
  const line = calculation.lines.find((l) => l.id === lineId);
  if (!line) return undefined;
  const decided = steps.find((s) => s.id === stepIds.line(line.id) && s.rule === "disposition");
  if (!decided)
    throw new Error(`the trace has no step ${stepIds.line(line.id)}: the file was edited; run verify first`);
  const subject = `${line.kind} ${line.id}`;
  // The rule units that word the steps also read them back.
  const rules = rulesetOf(calculation).rules;
  const reasons: WhyNot[] = [];
  for (const step of steps) {
    if (step.id.startsWith(lineStepPrefix(line.id)) && step.output.outcome === "excluded") {
      const why = ruleWhyNot(rules, step, subject);
      if (why) reasons.push(why);
    }
  }
  const disposition = decided.output.disposition as Disposition;
  if (disposition === "capped") {
    const capStep = steps.find((s) => s.rule === "coordinator-cap" && s.inputs[`${line.id}.costYen`] !== undefined);
    if (!capStep)
      throw new Error(`the trace has no coordinator-cap step for ${line.id}: the file was edited; run verify first`);
    const { footnote, ...reading } = whyCapped(capStep, line.id, subject);
    reasons.push({ rule: "coordinator-cap", footnote, stepId: capStep.id, cite: capStep.cite, ...reading });
  }
  const routingStep = steps.find(
    (s) =>
      s.rule === "fn5" &&
      s.id ===
        (line.kind === "expense"
          ? stepIds.routing("project", line.projectId ?? "")
          : stepIds.routing("coordinator", line.id)),
  );
  const routing = routingStep && line.rules.includes("fn5") ? routingFacts(rules, routingStep) : undefined;
  const measure = (routingStep?.output.measure as Measure | undefined) ?? line.measure;
  const wouldCount = reasons.flatMap((r) => r.changes[0] ?? []);
  const amountYen = decided.inputs.amountYen ?? line.amountYen;
  const amounts = {
    amountYen,
    specificRevenueYen: decided.inputs.specificRevenueYen ?? "0",
    ownBurdenYen: decided.inputs.ownBurdenYen ?? amountYen,
    eligibleYen: decided.output.eligibleYen ?? "",
    excludedYen: decided.output.excludedYen ?? "",
  };
  return {
    lineId: line.id,
    kind: line.kind,
    stepId: decided.id,
    disposition,
    measure,
    ...amounts,
    reasons,
    wouldCount,
    ...(routing && { routing }),
    summary: withFunding(lineSummary(disposition, reasons, wouldCount, amounts.excludedYen), amounts),
  };
}

/** The summary, with the 特定財源 deducted first where the line states any. */
function withFunding(summary: Bilingual, amounts: { specificRevenueYen: string; ownBurdenYen: string }): Bilingual {
  if (amounts.specificRevenueYen === "0") return summary;
  const g = groupedString;
  return {
    ja: `特定財源 ${g(amounts.specificRevenueYen)}円を控除（一般財源等 ${g(amounts.ownBurdenYen)}円）。${summary.ja}`,
    en: `Specific revenue ¥${g(amounts.specificRevenueYen)} deducted (own burden ¥${g(amounts.ownBurdenYen)}). ${summary.en}`,
  };
}

/** Every excluded or capped line's explanation, in line order. */
export function explainExcludedLines(
  calculation: Calculation,
  steps: readonly WordedStep[] = wordSteps(calculation),
): LineExplanation[] {
  return calculation.lines
    .filter((l) => l.disposition !== "eligible")
    .flatMap((l) => explainWith(calculation, steps, l.id) ?? []);
}

/** An excluded rule step read back by its own unit; undefined for a step no unit can read (an edited file). */
function ruleWhyNot(rules: RuleVersions, step: WordedStep, subject: string): WhyNot | undefined {
  const id = LINE_RULE_ORDER.find((r) => r === step.rule);
  const rule = id === undefined ? undefined : rules[id];
  if (rule?.whyNot === undefined || id === undefined || id === "other-item") return undefined;
  const parts = rule.whyNot(step, subject);
  const first = parts.changes[0] ?? [];
  return {
    rule: id,
    footnote: rule.mark,
    stepId: step.id,
    cite: step.cite,
    ...parts,
    summary: {
      ja: `${rule.mark}により対象外（${parts.failed.map((f) => f.label.ja).join("、")}）。${first.length ? `対象となる最小の変更: ${first.map((c) => c.label.ja).join("、")}。` : ""}`,
      en: `Out by ${rule.mark} (${parts.failed.map((f) => f.label.en).join(", ")}).${first.length ? ` Smallest change that would count it: ${first.map((c) => c.label.en).join("; ")}.` : ""}`,
    },
  };
}

function routingFacts(rules: RuleVersions, step: WordedStep): RoutingFacts {
  const { measure, change, summary } = rules.fn5.whyRouted(step);
  return { stepId: step.id, measure, inputs: step.inputs, change, summary };
}

function lineSummary(
  disposition: Disposition,
  reasons: readonly WhyNot[],
  wouldCount: readonly FactChange[],
  excludedYen: string,
): Bilingual {
  if (disposition === "eligible") return { ja: "対象（除外なし）。", en: "Eligible: nothing excluded." };
  const head =
    disposition === "excluded"
      ? { ja: "対象外", en: "Excluded" }
      : {
          ja: `上限超過（${groupedString(excludedYen)}円除外）`,
          en: `Capped (¥${groupedString(excludedYen)} excluded)`,
        };
  // With more than one reason, the changes must come together: say so once.
  const tail =
    reasons.length > 1 && wouldCount.length
      ? {
          ja: ` 全額対象となるには: ${wouldCount.map((c) => c.label.ja).join("、")}。`,
          en: ` To count in full, all of: ${wouldCount.map((c) => c.label.en).join("; ")}.`,
        }
      : { ja: "", en: "" };
  return {
    ja: `${head.ja}。${reasons.map((r) => r.summary.ja).join("")}${tail.ja}`,
    en: `${head.en}. ${reasons.map((r) => r.summary.en).join(" ")}${tail.en}`,
  };
}
