import type { Line } from "../rules/line.js";
import type { Ruleset } from "../rulesets/index.js";
import { subjectId } from "../rules/note.js";
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

/**
 * Whether a disposition step is that of an expense line no rule changed: counted whole, nothing checked, no
 * 特定財源, no review (the cheap tests first: this runs for every line).
 */
function unchanged(step: StepData, lineId: string, expenseIds: ReadonlySet<string>): boolean {
  const { inputs, output } = step;
  return (
    inputs.checks === "none" &&
    output.excludedYen === "0" &&
    step.needsReview === undefined &&
    inputs.specificRevenueYen === undefined &&
    inputs.cappedEligibleYen === undefined &&
    output.disposition === "eligible" &&
    output.eligibleYen === inputs.amountYen &&
    step.id === stepIds.line(lineId) &&
    expenseIds.has(lineId)
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
    const lineId = step.rule === "disposition" ? subjectId(step) : "";
    if (lineId !== "" && unchanged(step, lineId, expenseIds)) {
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
      plain[lineId] = step.inputs.amountYen as string;
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
