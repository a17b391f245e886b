import type { CatalogItem } from "../catalog/types.js";
import type { Ruleset } from "../rulesets/index.js";
import { FUNDING_TERMS } from "../trace/glossary.js";
import type { FootnoteId } from "../trace/names.js";
import type { Bilingual } from "../trace/step.js";
import { FOOTNOTE_CUES, type CueReading, type FootnoteCue, type HintRule } from "./footnote-cues.js";
import { spansOf, word } from "./match.js";

/*
 * The hints of a suggestion: the cues found in the line (footnote-cues.ts), each read for the item — the
 * first of its readings whose rule bears on the item. The footnotes bear on the items the catalog names
 * them for (`item.footnotes`: ※5 on every item of the five pillars, not on the ふるさと住民 track's);
 * 特定財源 and double claims bear on every line.
 */

/** A cue found in a line, and the word of it that stands there. */
export interface FoundCue {
  readonly cue: FootnoteCue;
  /** The word as the cue writes it: the longest of its words in the line (the first listed, of equal length). */
  readonly word: string;
}

const CUES = FOOTNOTE_CUES.map((cue) => ({ cue, words: cue.words.map(word) }));

/** The cues found in a normalised line, in the cues' order. */
export function cuesIn(line: string): FoundCue[] {
  return CUES.flatMap(({ cue, words }) => {
    const standing = words.filter((w) => spansOf(line, w.normal).length > 0);
    const longest = standing.reduce<(typeof standing)[number] | undefined>(
      (best, w) => (best === undefined || w.normal.length > best.normal.length ? w : best),
      undefined,
    );
    return longest ? [{ cue, word: longest.written }] : [];
  });
}

/**
 * What a word of a budget line says about a rule that bears on the suggested item: the word, the rule, its
 * mark and a note in Japanese and English. A hint asks, never decides: the rule's own question is in
 * `facts` where the item requires it.
 *
 * @example
 * ```ts
 * suggestItems("移住相談会 会場借上料")[0]?.hints.map((h) => [h.word, h.rule, h.footnote]);
 * //=> [["移住", "fn5", "※5"]]
 * ```
 * @category Classification
 */
export interface SuggestionHint {
  /** The word of the line, as the library's list of cues writes it: "新築", "移住". */
  readonly word: string;
  /** The rule it bears on: `fn1`…`fn5`, `own-burden` (特定財源) or `double-claim` (重複計上). */
  readonly rule: FootnoteId | "own-burden" | "double-claim";
  /** The rule's mark: "※1"…"※5", "特定財源", "重複計上". */
  readonly footnote: string;
  /** What the rule says of such a cost, and what the app should ask or write. */
  readonly note: Bilingual;
}

const bearsOn = (rule: HintRule, item: CatalogItem): boolean =>
  rule === "own-burden" || rule === "double-claim" || (item.footnotes as readonly string[]).includes(rule);

/** One reading of a cue's word as a hint: the rule, its mark (特定財源 for the own burden) and the note. */
export function hintOf(word: string, reading: CueReading, ruleset: Ruleset): SuggestionHint {
  const footnote = reading.rule === "own-burden" ? FUNDING_TERMS.specificRevenue.ja : ruleset.rules[reading.rule].mark;
  return { word, rule: reading.rule, footnote, note: reading.note };
}

/** The hints of the found cues for one item, in the cues' order. */
export function hintsFor(item: CatalogItem, ruleset: Ruleset, found: readonly FoundCue[]): SuggestionHint[] {
  return found.flatMap(({ cue, word: written }) => {
    const reading = cue.readings.find((r) => bearsOn(r.rule, item));
    return reading ? [hintOf(written, reading, ruleset)] : [];
  });
}
