/**
 * dual-residence-allocation: Japan's special local allocation tax (特別交付税) for dual-residence and
 * relationship-population measures (二地域居住・関係人口施策), computed to the yen with a cited trace.
 *
 * Start with {@link calculate} (or {@link safeCalculate}); classify one line with {@link classifyExpense}
 * (or, as a person types it, {@link assessExpense}: the facts still to ask, with their questions; from the
 * words of a budget line, {@link suggestItems} suggests its item); while facts are still unknown,
 * {@link estimate} gives the allocation's range;
 * check a saved calculation with {@link verify}; print it with {@link renderTrace}. Guides (日本語・English):
 * docs/getting-started.md, docs/modelling.md, docs/trace.md, docs/rules.md, docs/inferences.md.
 *
 * In the examples, `application` is the README's application (気仙沼市, 042056, FCI 0.45: a consultation
 * meeting ¥1,200,000, a private operator's new facility ¥30,000,000, a full-time coordinator ¥6,200,000)
 * and `calc` is `calculate(application)`; `//=>` shows the value an expression returns, and `…` marks text
 * left out. Every example is run by the test suite.
 *
 * ```ts
 * const application = {
 *   fiscalYear: "令和7年度",
 *   body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
 *   projects: [{ id: "P1", primaryPurpose: "dual-residence", expenses: [
 *     { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
 *     { id: "E2", item: "opportunity.facilities", amount: "30000000", facility: { implementer: "private", work: "new" } },
 *   ] }],
 *   coordinators: [{ id: "C1", person: "A", post: "full-time", cost: "6200000", primaryPurpose: "dual-residence", activities: ["planning"] }],
 * };
 * ```
 *
 * @packageDocumentation
 */
export { calculate, safeCalculate, type CalculateOptions } from "./calculate/calculate.js";
export { summarize, type Summary, type SummaryOptions } from "./calculate/summary/index.js";
export { classifyExpense, type ExpenseClassification, type ExpenseContext } from "./calculate/classify-expense.js";
export {
  assessExpense,
  type ConditionalFact,
  type ExpenseAssessment,
  type MissingFact,
} from "./calculate/assess-expense.js";
export { estimate, type Estimate, type EstimateLine, type PendingExpense } from "./calculate/estimate.js";
export {
  suggestItems,
  lineHints,
  type ItemSuggestion,
  type SuggestionHint,
  type SuggestionTerm,
  type SuggestOptions,
} from "./suggest/index.js";
export {
  TRACE_SCHEMA_VERSION,
  type Allocation,
  type Calculation,
  type CalculationDigests,
  type FurusatoAllocation,
  type MigrationAllocation,
  type ReviewItem,
} from "./calculate/calculation.js";
export type { Disposition, Line } from "./rules/line.js";
export { verify, type Mismatch, type VerifyResult } from "./audit/verify.js";
export { renderTrace, type RenderOptions } from "./render/render-trace.js";
export {
  explainLine,
  type CapFacts,
  type FactChange,
  type LineExplanation,
  type RoutingFacts,
  type StatedFact,
  type WhyNot,
} from "./audit/explain.js";
export {
  diffCalculations,
  type AmountChange,
  type CalculationDiff,
  type InputChange,
  type LineChange,
  type LineState,
  type OutputChange,
  type StepChange,
} from "./audit/diff.js";
export { canonicalJson } from "./trace/canonical-json.js";
export { calculationDigests } from "./calculate/digests.js";
export { calculationJsonSchema } from "./audit/calculation-schema.js";
export type { Lang } from "./render/labels.js";
export type {
  Bilingual,
  LineRuleId,
  ReviewCode,
  ReviewFlag,
  StepData,
  StepRuleId,
  TraceStep,
  WordedStep,
} from "./trace/step.js";
export type { NoteContext, NoteTemplate } from "./rules/note.js";
export { wordSteps } from "./calculate/word-steps.js";
export type { TraceSource } from "./calculate/trace-sources.js";
export { catalog } from "./catalog/index.js";
export type {
  Catalog,
  CatalogItem,
  CoordinatorActivity,
  CoordinatorActivityId,
  FactName,
  FootnoteId,
  Label,
  Pillar,
  PillarId,
} from "./catalog/index.js";
export { defineRuleset, rulesets, type ParameterPatch, type RulesetPatch } from "./rulesets/index.js";
export type {
  Condition,
  FactIssue,
  FactQuestion,
  LineContext,
  LineRule,
  OwnBurdenRule,
  SpecificRevenueFacts,
  SpecificRevenueInput,
  PurposeFacts,
  RoutingDecision,
  RoutingRule,
  WeightsInput,
  RuleFacts,
  FurusatoParameters,
  RulesetParameters,
  RuleVersions,
  Verdict,
  WhyNotParts,
} from "./rules/index.js";
export {
  ALLOCATION_RULE_IDS,
  BODY_KINDS,
  FOOTNOTE_IDS,
  FOOTNOTE_MARKS,
  LINE_RULE_IDS,
  MEASURES,
  OTHER_MEASURES,
  POSTS,
  PURPOSES,
  REVIEW_CODES,
  SPECIFIC_REVENUE_PARTS,
  type Measure,
  type OtherMeasure,
  type SpecificRevenuePart,
} from "./trace/names.js";
export { getRuleset } from "./schema/get-ruleset.js";
export type { Citation, Cited, CorrectionBand, Ruleset } from "./rulesets/index.js";
export { fiscalCorrection } from "./calculate/public-fiscal-correction.js";
export { findBodies, type RegisteredBody } from "./body/registry.js";
export {
  applicationSchema,
  type ApplicationInput,
  type CoordinatorInput,
  type ExpenseInput,
} from "./schema/application-schema.js";
export { ITEM_IDS, type ItemId } from "./schema/item-ids.js";
export { applicationJsonSchema } from "./schema/json-schema.js";
export { InputError, type InputIssue, type InputIssueCode } from "./schema/input-error.js";
export type {
  Application,
  Body,
  BodyKind,
  Coordinator,
  Expense,
  FacilityFacts,
  Post,
  Project,
  Purpose,
  PurposeWeights,
  RegionalStudyFacts,
  RegistrationSystemFacts,
} from "./schema/application.js";
