import { LATEST_RULESET } from "../rulesets/index.js";
import { InputError } from "../schema/input-error.js";
import { cuesIn, hintOf, type SuggestionHint } from "./hints.js";
import { normaliseText } from "./normalise.js";
import { MAX_TEXT_LENGTH } from "./suggest-items.js";

/**
 * What the words of a budget line say about the footnotes and the rules of every line, whatever item it
 * turns out to be: each word of the library's cues (新築, 現金, 交通費, 地方債, 移住, 交付金 …) with every rule
 * it may bear on. For a line {@link suggestItems} finds no item for (「二地域居住 交通費補助」), these are the
 * warnings an app still shows; for a suggested item, its own `hints` are the ones that bear on it.
 *
 * @param text - One line of a budget (事業名, 節・細節, 内容), as suggestItems reads it.
 * @returns The hints, in the cues' order and each cue's readings' order; `[]` when no cue word stands there.
 * @throws {InputError} when the text is not a string, or is longer than 10,000 characters.
 *
 * @example
 * ```ts
 * import { lineHints, suggestItems } from "dual-residence-allocation";
 *
 * suggestItems("二地域居住者への交通費の現金給付");                        //=> []
 * lineHints("二地域居住者への交通費の現金給付").map((h) => [h.word, h.footnote]);
 * //=> [["現金", "※3"], ["交通費", "※3"]]
 * lineHints("消防ポンプ自動車購入費");                                   //=> []
 * ```
 * @category Classification
 */
export function lineHints(text: string): SuggestionHint[] {
  if (typeof text !== "string" || text.length > MAX_TEXT_LENGTH)
    throw new InputError([
      {
        path: "$text",
        code: typeof text !== "string" ? "invalid_type" : "too_long",
        message: `the text must be one budget line: a string of at most ${MAX_TEXT_LENGTH} characters`,
      },
    ]);
  return cuesIn(normaliseText(text)).flatMap(({ cue, word }) =>
    cue.readings.map((reading) => hintOf(word, reading, LATEST_RULESET)),
  );
}
