/**
 * dual-residence-allocation: Japan's special local allocation tax (特別交付税) for dual-residence and
 * relationship-population measures (二地域居住・関係人口施策), computed to the yen with a cited trace.
 *
 * @packageDocumentation
 */
export { calculate, safeCalculate, type CalculateOptions } from "./calculate/calculate.js";
export { classifyExpense, type ExpenseClassification, type ExpenseContext } from "./calculate/classify-expense.js";
export { TRACE_SCHEMA_VERSION, type Allocation, type Calculation, type MigrationAllocation, type ReviewItem } from "./calculate/calculation.js";
export type { Disposition, Line } from "./calculate/line.js";
export { verify, type Mismatch, type VerifyResult } from "./trace/verify.js";
export { renderTrace, type RenderOptions } from "./trace/render/render-trace.js";
export type { Lang } from "./trace/render/labels.js";
export type { Bilingual, LineRuleId, ReviewCode, ReviewFlag, StepRuleId, TraceStep } from "./trace/step.js";
export { catalog } from "./catalog/index.js";
export type { CatalogItem, CoordinatorActivity, CoordinatorActivityId, FactName, FootnoteId, Label, Pillar, PillarId } from "./catalog/index.js";
export { rulesets } from "./rulesets/index.js";
export { getRuleset } from "./rulesets/get-ruleset.js";
export type { Citation, Cited, CorrectionBand, Ruleset } from "./rulesets/index.js";
export { fiscalCorrection } from "./body/public.js";
export { applicationSchema, type ApplicationInput } from "./schema/application-schema.js";
export { applicationJsonSchema } from "./schema/json-schema.js";
export { InputError, type InputIssue, type InputIssueCode } from "./schema/input-error.js";
export type { Application, Body, BodyKind, Coordinator, Expense, Post, Project, Purpose, PurposeWeights, RegionalStudyFacts } from "./schema/application.js";
