import type { Calculation } from "../src/calculate/calculation.js";
import { wordStep, wordSteps } from "../src/calculate/word-steps.js";
import type { Line } from "../src/rules/line.js";
import type { Ruleset } from "../src/rulesets/index.js";
import { getRuleset } from "../src/schema/get-ruleset.js";
import type { StepData, WordedStep } from "../src/trace/step.js";

/** A small valid application for tests; callers copy and change it. */
export function validApplication(): Record<string, any> {
  return {
    fiscalYear: 2025,
    body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
    projects: [
      {
        id: "P1",
        name: "相談会",
        primaryPurpose: "dual-residence",
        expenses: [
          { id: "E1", item: "information.consultation-events", amount: "1200000" },
          {
            id: "E2",
            item: "opportunity.facilities",
            amount: "3000000",
            facility: { implementer: "private", work: "renovation" },
          },
        ],
      },
    ],
    coordinators: [
      {
        id: "C1",
        person: "A",
        post: "full-time",
        cost: "6200000",
        primaryPurpose: "dual-residence",
        activities: ["planning"],
      },
    ],
  };
}

/** The README's 20-line example application: 1,200,000 × 0.5 × 1.00 + 5,000,000 (cap) → 5,600 千円. */
export function readmeApplication(): Record<string, any> {
  return {
    fiscalYear: "令和7年度",
    body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
    projects: [
      {
        id: "P1",
        primaryPurpose: "dual-residence",
        expenses: [
          { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
          {
            id: "E2",
            item: "opportunity.facilities",
            amount: "30000000",
            facility: { implementer: "private", work: "new" },
          },
        ],
      },
    ],
    coordinators: [
      {
        id: "C1",
        person: "A",
        post: "full-time",
        cost: "6200000",
        primaryPurpose: "dual-residence",
        activities: ["planning"],
      },
    ],
  };
}

/**
 * One step as a rule made it, with its words: the note its template makes (the step's review flag gives the
 * words of a review; `line` a line the template may read, e.g. a disposition's item).
 */
export function worded(step: StepData, line?: Line, given: Ruleset = getRuleset(2025)): WordedStep {
  // Some unit tests pass the parameters alone: the rule units are then the first year's.
  const ruleset = "rules" in given ? given : { ...getRuleset(2025), ...(given as object) };
  return wordStep(step, ruleset, {
    ruleset,
    catalog: ruleset.catalog,
    line: (id) => (line?.id === id ? line : undefined),
    review: (stepId) => (stepId === step.id ? step.needsReview?.note : undefined),
  });
}

/** A calculation's step by its id, with its words (`wordSteps`). */
export function wordedStep(calculation: Calculation, id: string): WordedStep | undefined {
  return wordSteps(calculation).find((s) => s.id === id);
}
