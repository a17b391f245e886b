import { LEXICON, MEASURE_WORDS, type LexiconTerm, type TermStrength } from "../catalog/lexicon.js";
import { spansOf, within, word, type Span, type Word } from "./match.js";

/*
 * What a line says of each item: the lexicon's terms of the item found in it, and the words that say what
 * the line is for. The weights are the whole of the scoring, so that a score can be recomputed by hand from
 * a suggestion's `terms`: strong 10, usual 6, context 3, and 2 once for the measure's words.
 */

/** A term's weight by its strength. */
const WEIGHTS: Readonly<Record<TermStrength, number>> = { strong: 10, usual: 6, context: 3 };

/** What the measure's words add, once, to an item some term suggests. */
const MEASURE_WEIGHT = 2;

/** A term found in a line: its words as written, its strength, its weight, why, and where it first stands. */
export interface FoundTerm {
  readonly words: readonly string[];
  readonly strength: TermStrength | "measure";
  readonly weight: number;
  readonly reason: string;
  /** Where its first word first stands in the normalised line: terms are listed in the line's order. */
  readonly at: number;
}

interface CompiledTerm {
  readonly term: LexiconTerm;
  readonly words: readonly Word[];
  readonly weight: number;
}

/** Each item's terms with their words in normal form, worked out once (the lexicon is constant). */
const COMPILED: ReadonlyMap<string, readonly CompiledTerm[]> = new Map(
  Object.entries(LEXICON).map(([id, terms]) => [
    id,
    terms.map((term) => ({ term, words: term.words.map(word), weight: WEIGHTS[term.strength] })),
  ]),
);

const MEASURE: readonly { readonly word: Word; readonly reason: string }[] = MEASURE_WORDS.map((m) => ({
  word: word(m.word),
  reason: m.reason,
}));

interface Found {
  readonly compiled: CompiledTerm;
  readonly spans: readonly (readonly Span[])[];
}

/**
 * The item's terms found in the line, in the line's order. A term whose every word stands only inside the
 * words of another found term of the item, at least as strong, that says more (longer words, or more of
 * them) adds nothing and is left out: 相談 inside 相談窓口, アプリ inside 登録+アプリ, 登録+システム inside
 * 登録システム. None for an item the lexicon does not know.
 */
export function termsFound(itemId: string, line: string): FoundTerm[] {
  const found: Found[] = [];
  for (const compiled of COMPILED.get(itemId) ?? []) {
    const spans = compiled.words.map((w) => spansOf(line, w.normal));
    if (spans.every((s) => s.length > 0)) found.push({ compiled, spans });
  }
  return found
    .filter((f) => !found.some((o) => o !== f && o.compiled.weight >= f.compiled.weight && saysMore(o, f)))
    .map(({ compiled, spans }) => ({
      words: compiled.term.words,
      strength: compiled.term.strength,
      weight: compiled.weight,
      reason: compiled.term.reason,
      at: Math.min(...spans.map((s) => (s[0] as Span).start)),
    }))
    .sort((a, b) => a.at - b.at);
}

/**
 * Whether a term found says all that another says and more: each of the other's words stands inside one of
 * its words, and its words are longer (or as long, in fewer words: 登録システム says more than 登録+システム).
 */
function saysMore(term: Found, other: Found): boolean {
  const size = (f: Found) => f.compiled.words.reduce((n, w) => n + w.normal.length, 0);
  const more = size(term) > size(other) || (size(term) === size(other) && term.spans.length < other.spans.length);
  return more && other.spans.every((mine) => term.spans.some((theirs) => within(mine, theirs)));
}

/**
 * The measure's words in the line, as one term of weight MEASURE_WEIGHT (its reasons joined, each once),
 * or undefined when there are none. A word inside a longer one found (二地域 in 二地域居住) is left out.
 */
export function measureTerm(line: string): FoundTerm | undefined {
  const found = MEASURE.map((m) => ({ ...m, spans: spansOf(line, m.word.normal) })).filter((m) => m.spans.length > 0);
  const kept = found
    .filter((m) => !found.some((o) => o.word.normal.length > m.word.normal.length && within(m.spans, o.spans)))
    .sort((a, b) => (a.spans[0] as Span).start - (b.spans[0] as Span).start);
  const first = kept[0];
  if (!first) return undefined;
  return {
    words: kept.map((m) => m.word.written),
    strength: "measure",
    weight: MEASURE_WEIGHT,
    reason: [...new Set(kept.map((m) => m.reason))].join("; "),
    at: (first.spans[0] as Span).start,
  };
}
