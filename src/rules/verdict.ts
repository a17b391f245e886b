import type { LineRuleId, ReviewFlag, TraceStep } from "../trace/step.js";

/** What one rule said about one line: whether it takes the line out, whether a person must look, and the step. */
export interface RuleVerdict {
  readonly rule: LineRuleId;
  readonly excludes: boolean;
  readonly review?: ReviewFlag;
  readonly step: TraceStep;
}

export const outcome = (excludes: boolean): string => (excludes ? "excluded" : "passes");
