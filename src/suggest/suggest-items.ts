import type { ConditionalFact, MissingFact } from "../calculate/assess-expense.js";
import type { Label } from "../catalog/types.js";
import { findRuleset, KNOWN_RULESETS, LATEST_RULESET, type Ruleset } from "../rulesets/index.js";
import { InputError, type InputIssue } from "../schema/input-error.js";
import type { ItemId } from "../schema/item-ids.js";
import { measureTerm, termsFound, type FoundTerm } from "./evidence.js";
import { cuesIn, hintsFor, type SuggestionHint } from "./hints.js";
import { itemQuestions } from "./item-questions.js";
import { normaliseText } from "./normalise.js";

/*
 * From the words of a budget line to the catalog's items, by the lexicon (catalog/lexicon.ts): the items
 * some term of the line suggests, ranked by the weight of what was found, each with the words that led
 * there, the questions the item will ask and what the line's words say about its footnotes. Pure: no I/O,
 * no clock, no randomness, nothing kept between calls; the same text and options give the same answer.
 */

/** The weight at which the score is one half: score = weight ÷ (weight + this). */
const HALF_SCORE_WEIGHT = 5;

/** Suggestions given when `limit` is not. */
const DEFAULT_LIMIT = 5;

/** The longest text read: a budget line, or a project's name and description with it. */
/** The longest line read: one line of a budget, with room to spare. */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Options of {@link suggestItems}: the ruleset whose catalog is searched, and how many suggestions at most.
 *
 * @example
 * ```ts
 * const options: SuggestOptions = { ruleset: "FY2025", limit: 1 };
 * suggestItems("ふるさと住民登録アプリの改修", options).map((s) => s.item);   //=> ["information.registration-system"]
 * ```
 * @category Classification
 */
export interface SuggestOptions {
  /** A ruleset or its id ("FY2025"); by default the latest the library knows (now FY2026). Only its catalog's items are suggested. */
  readonly ruleset?: Ruleset | string;
  /** At most this many suggestions (an integer, 0 or more); 5 by default. */
  readonly limit?: number;
}

/**
 * A term of the lexicon found in the line: its words, how much it says of the item, its weight in the score
 * and why it points there. The measure's words (二地域居住, 関係人口, 移住 …) come as one term of strength
 * `measure`.
 *
 * @example
 * ```ts
 * suggestItems("お試し住宅改修工事")[0]?.terms.map((t) => [t.words.join("+"), t.strength, t.weight]);
 * //=> [["お試し住宅", "strong", 10], ["お試し", "measure", 2], ["改修", "context", 3], ["工事", "context", 3]]
 * ```
 * @category Classification
 */
export interface SuggestionTerm {
  /** Its words, as the lexicon writes them (several for a term whose words must all be in the line). */
  readonly words: readonly string[];
  /** `strong` names the item, `usual` names it where the line says what it is for, `context` only adds; `measure`: the line says what it is for. */
  readonly strength: "strong" | "usual" | "context" | "measure";
  /** What it adds to the item's weight: 10, 6, 3, or 2 for the measure's words. */
  readonly weight: number;
  /** Why it points to the item. */
  readonly reason: string;
}

/**
 * One suggested item: the id, its label, a score in [0, 1], the words that led there (and the terms they
 * are, with their reasons), the questions an expense of the item will ask, and what the line's words say
 * about its footnotes.
 *
 * @example
 * ```ts
 * const [top] = suggestItems("サテライトオフィス新築工事（民間事業者への補助）");
 * top?.item;                              //=> "opportunity.facilities"
 * top?.facts.map((f) => f.path);          //=> ["facility.implementer", "facility.work", "facility.regionalBondCovers"]
 * top?.hints.map((h) => [h.word, h.footnote]);   //=> [["新築", "※2"]]
 * ```
 * @category Classification
 */
export interface ItemSuggestion {
  /** The catalog item's id. */
  readonly item: ItemId;
  /** Its label, as the seed words it. */
  readonly label: Label;
  /** How much the line says of the item, in [0, 1]: weight ÷ (weight + 5), to 2 decimals. */
  readonly score: number;
  /** The words that led there, as the lexicon writes them, in the line's order. */
  readonly matched: readonly string[];
  /** The terms those words are, with their weights and reasons; their weights add up to the score's weight. */
  readonly terms: readonly SuggestionTerm[];
  /**
   * The questions an expense of the item will ask, as {@link assessExpense} asks them of it before any fact is
   * given: the facts still to state, then those asked only after one of their answers (with `askedWhen`).
   */
  readonly facts: readonly (MissingFact | ConditionalFact)[];
  /** What words of the line say about the rules that bear on the item (※1–※5, 特定財源, 重複計上). */
  readonly hints: readonly SuggestionHint[];
}

/**
 * Suggests catalog items for a line of a budget (事業名, 節・細節, 内容 in Japanese): the items the words of
 * the line point to, best first, each with a score in [0, 1], the words that led there, the questions an
 * expense of the item will ask ({@link assessExpense}'s), and hints where a word bears on a footnote (新築 on
 * ※2, 現金 or 交通費 on ※3, 地方債 on a bond or 特定財源, 移住・定住 on ※5). Text unrelated to the measure
 * gives `[]`.
 *
 * The words are the lexicon's, kept as data beside the catalog (each term with its reason); the line is read
 * after NFKC (全角/半角), with letter case and katakana folded to hiragana and white space and punctuation
 * dropped. Words that name an item but are used in other policies too (相談窓口, ホームページ, パンフレット)
 * suggest it only where the line also says what it is for (二地域居住, 関係人口, 移住, お試し …, or a word
 * that names an item of this measure alone): give the project's name with the line. Items rank by weight
 * (ties in the catalog's order). The catalog searched is the ruleset's: FY2026's ふるさと住民 item is never
 * suggested under FY2025; an item a ruleset of the caller's adds has no words and is not suggested.
 * Coordinators are records, not items, and are not suggested. Deterministic and browser-safe.
 *
 * @example
 * ```ts
 * import { suggestItems } from "dual-residence-allocation";
 *
 * const [top] = suggestItems("移住相談会 会場借上料");
 * top?.item;                  //=> "information.consultation-events"
 * top?.score;                 //=> 0.69
 * top?.matched;               //=> ["移住", "相談会", "会場"]
 * top?.facts;                 //=> []
 * top?.hints.map((h) => h.footnote);   //=> ["※5"]
 *
 * suggestItems("お試し住宅改修工事")[0]?.item;            //=> "opportunity.facilities"
 * suggestItems("消防ポンプ自動車購入費");                  //=> []
 * suggestItems("ふるさと住民登録アプリ", { ruleset: "FY2025" }).map((s) => s.item);
 * //=> ["information.registration-system"]
 * ```
 * @throws An {@link InputError} when `text` is not a string (or is longer than 10,000 characters), when
 * `options.limit` is not a whole number of 0 or more, or when `options.ruleset` names no known ruleset.
 * @category Classification
 */
export function suggestItems(text: string, options: SuggestOptions = {}): ItemSuggestion[] {
  const { ruleset, limit } = readArguments(text, options);
  const line = normaliseText(text);
  const measure = measureTerm(line);
  const candidates = ruleset.catalog.items.map((item) => ({ item, found: termsFound(item.id, line) }));
  // The line says what it is for: a word of the measure, or a term that names an item of the measure alone.
  const saysWhatFor = measure !== undefined || candidates.some((c) => c.found.some((t) => t.strength === "strong"));
  const ranked = candidates
    .filter((c) => c.found.some((t) => t.strength === "strong" || (t.strength === "usual" && saysWhatFor)))
    .map((c) => {
      const found = measure ? [...c.found, measure].sort((a, b) => a.at - b.at) : c.found;
      return { ...c, found, weight: found.reduce((sum, t) => sum + t.weight, 0) };
    })
    // Array#sort is stable: equal weights keep the catalog's order.
    .sort((a, b) => b.weight - a.weight)
    .slice(0, limit);
  const cues = cuesIn(line);
  return ranked.map(({ item, found, weight }) => ({
    // Only items with lexicon terms are suggested, and the lexicon's keys are ItemIds.
    item: item.id as ItemId,
    label: item.label,
    score: Math.round((weight / (weight + HALF_SCORE_WEIGHT)) * 100) / 100,
    matched: [...new Set(found.flatMap((t) => t.words))],
    terms: found.map(publicTerm),
    facts: itemQuestions(item.id, ruleset),
    hints: hintsFor(item, ruleset, cues),
  }));
}

const publicTerm = ({ words, strength, weight, reason }: FoundTerm): SuggestionTerm => ({
  words,
  strength,
  weight,
  reason,
});

/** The arguments read, or every problem with them at once. */
function readArguments(text: unknown, options: unknown): { ruleset: Ruleset; limit: number } {
  const issues: InputIssue[] = [];
  if (typeof text !== "string")
    issues.push({ path: "$text", code: "invalid_type", message: "the text must be a string: a line of a budget" });
  else if (text.length > MAX_TEXT_LENGTH)
    issues.push({
      path: "$text",
      code: "too_long",
      message: `the text has ${text.length} characters; give one budget line (at most ${MAX_TEXT_LENGTH})`,
    });
  if (options === null || typeof options !== "object") {
    issues.push({
      path: "$options",
      code: "invalid_type",
      message: 'the options must be an object such as { ruleset: "FY2025", limit: 3 } (or left out)',
    });
    throw new InputError(issues);
  }
  // JavaScript callers may pass any values: widened, so that the checks are ones the types cannot skip.
  const { ruleset, limit = DEFAULT_LIMIT } = options as { readonly ruleset?: unknown; readonly limit?: unknown };
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0)
    issues.push({
      path: "$options.limit",
      code: "invalid_value",
      message: `the limit must be a whole number of 0 or more, not ${describe(limit)}`,
    });
  const resolved =
    ruleset === undefined ? LATEST_RULESET : typeof ruleset === "string" ? findRuleset(ruleset) : ruleset;
  if (resolved === null || typeof resolved !== "object")
    issues.push({
      path: "$options.ruleset",
      code: typeof ruleset === "string" ? "unsupported_fiscal_year" : "invalid_type",
      message: `no ruleset ${describe(ruleset)}; give a ruleset or one of ${KNOWN_RULESETS}`,
    });
  if (issues.length > 0) throw new InputError(issues);
  return { ruleset: resolved as Ruleset, limit: limit as number };
}

/** A value a JavaScript caller gave, in words for a message (any value, a symbol too), clipped. */
const describe = (value: unknown): string =>
  typeof value === "string" ? `"${value.slice(0, 20)}"` : String(value).slice(0, 20);
