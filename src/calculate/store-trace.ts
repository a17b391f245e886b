import type { Line } from "../rules/line.js";
import type { Ruleset } from "../rulesets/index.js";
import { stepIds } from "../trace/names.js";
import type { StepData, TraceStep } from "../trace/step.js";
import { sourceTable, type TraceSource } from "./trace-sources.js";

/*
 * The trace as stored: data only. Each step keeps its rule, subject, inputs, output and review code, and the
 * key of its source in `sources`; its note is made again by `wordSteps`. The expense lines no rule changed
 * (listed items, no footnote, no 特定財源, counted whole) share one step: their ids and amounts. A sum does
 * not repeat its addends: they are the eligible yen of its measure's lines in `lines`, in order; the step
 * keeps their count.
 */

/** The id of the one step that holds every expense line no rule changed. */
export const UNCHANGED_LINES_ID = "lines/unchanged";

/** Whether a disposition step is that of an expense line no rule changed: counted whole, nothing checked. */
function unchanged(step: StepData, expenseIds: ReadonlySet<string>): boolean {
  const { inputs, output } = step;
  return (
    step.rule === "disposition" &&
    step.needsReview === undefined &&
    inputs.checks === "none" &&
    inputs.specificRevenueYen === undefined &&
    inputs.cappedEligibleYen === undefined &&
    output.disposition === "eligible" &&
    output.excludedYen === "0" &&
    output.eligibleYen === inputs.amountYen &&
    expenseIds.has(step.subject.slice("line ".length))
  );
}

/** The steps as the trace stores them, with the table of their sources. */
export function storeTrace(
  steps: readonly StepData[],
  lines: readonly Line[],
  ruleset: Ruleset,
): { sources: Record<string, TraceSource>; steps: TraceStep[] } {
  const sources = sourceTable(ruleset);
  const expenseIds = new Set<string>();
  for (const line of lines) if (line.kind === "expense") expenseIds.add(line.id);
  const stored: TraceStep[] = [];
  let plain: Record<string, string> | undefined;
  for (const step of steps) {
    if (unchanged(step, expenseIds) && step.id === stepIds.line(step.subject.slice("line ".length))) {
      if (plain === undefined) {
        plain = {};
        // The shared step stands where the first such line stood.
        stored.push({
          id: UNCHANGED_LINES_ID,
          rule: "disposition",
          cite: sources.keyOf(step.cite),
          subject: "lines no rule changed",
          inputs: plain,
          output: { disposition: "eligible" },
        });
      }
      plain[step.subject.slice("line ".length)] = step.inputs.amountYen as string;
      continue;
    }
    const data: TraceStep = {
      id: step.id,
      rule: step.rule,
      cite: sources.keyOf(step.cite),
      subject: step.subject,
      inputs: step.rule === "sum" ? { lines: String(Object.keys(step.inputs).length) } : step.inputs,
      output: step.output,
    };
    stored.push(step.needsReview ? { ...data, needsReview: { code: step.needsReview.code } } : data);
  }
  return { sources: sources.table(), steps: stored };
}
