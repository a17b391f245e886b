import { looseKey } from "../text/identity-key.js";

/*
 * A budget line and the lexicon's terms are compared in one form, so that the way a line happens to be
 * typed does not decide what it matches: Unicode NFKC (全角 letters and digits and 半角 katakana folded, as
 * for every key the library compares), letter case and katakana folded to hiragana (お試し住宅 and
 * オタメシ are still two spellings, but ファンクラブ and ふぁんくらぶ are one), and white space and
 * punctuation (・、「」（）…) dropped, since Japanese runs its words together: 移住・定住 and 移住 定住 both
 * read 移住定住. One space is kept between two letters or digits, so that an ASCII term ("pr", "sns") is
 * not found inside a longer ASCII word.
 */

/** White space, punctuation and symbols, in runs: the separators dropped. The long vowel mark ー is a letter. */
const SEPARATORS = /[\p{White_Space}\p{P}\p{S}]+/gu;

/** An ASCII letter or digit at the end or at the start of a string. */
const ALNUM_END = /[a-z0-9]$/u;
const ALNUM_START = /^[a-z0-9]/u;

/**
 * The text as the suggester reads it: NFKC, lower case, hiragana for katakana, separators dropped (one
 * space kept between two ASCII letters or digits).
 */
export function normaliseText(text: string): string {
  const parts = looseKey(text.normalize("NFKC")).split(SEPARATORS);
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    out += ALNUM_END.test(out) && ALNUM_START.test(part) ? ` ${part}` : part;
  }
  return out;
}
