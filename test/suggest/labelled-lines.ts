import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suggestItems } from "../../src/index.js";

/*
 * The labelled budget lines (fixtures/suggest/labelled-budget-lines.json) and the accuracy of suggestItems
 * over them: what test/suggest/accuracy.test.ts holds to its floor and bench/suggest-accuracy.ts prints.
 */

export interface LabelledLine {
  readonly text: string;
  /** The item expected first, or null for a line unrelated to the measure (expected: no suggestion). */
  readonly expected: string | null;
  readonly note?: string;
}

export interface LabelledSet {
  readonly about: string;
  readonly ruleset: string;
  readonly lines: readonly LabelledLine[];
}

export const LABELLED_FILE = join(import.meta.dirname, "..", "..", "fixtures", "suggest", "labelled-budget-lines.json");

export function loadLabelled(): LabelledSet {
  return JSON.parse(readFileSync(LABELLED_FILE, "utf8")) as LabelledSet;
}

/** One line as suggestItems ranked it: the expected item's rank (1-based; 0 when absent or not expected). */
export interface Outcome {
  readonly line: LabelledLine;
  readonly suggested: readonly string[];
  readonly rank: number;
}

export interface Accuracy {
  /** Lines with an expected item. */
  readonly related: number;
  /** Of those, the share whose expected item is first / among the first three. */
  readonly top1: number;
  readonly top3: number;
  /** Unrelated lines, and those of them that got a suggestion (should be none). */
  readonly unrelated: number;
  readonly unrelatedSuggested: readonly Outcome[];
  /** Related lines whose expected item is not first. */
  readonly misses: readonly Outcome[];
}

export function measure(set: LabelledSet = loadLabelled()): Accuracy {
  const outcomes: Outcome[] = set.lines.map((line) => {
    const suggested = suggestItems(line.text, { ruleset: set.ruleset }).map((s) => s.item as string);
    return { line, suggested, rank: line.expected === null ? 0 : suggested.indexOf(line.expected) + 1 };
  });
  const related = outcomes.filter((o) => o.line.expected !== null);
  const unrelated = outcomes.filter((o) => o.line.expected === null);
  const share = (n: number) => n / related.length;
  return {
    related: related.length,
    top1: share(related.filter((o) => o.rank === 1).length),
    top3: share(related.filter((o) => o.rank >= 1 && o.rank <= 3).length),
    unrelated: unrelated.length,
    unrelatedSuggested: unrelated.filter((o) => o.suggested.length > 0),
    misses: related.filter((o) => o.rank !== 1),
  };
}
