/*
 * User text shown where a raw control character could do harm: a terminal (ESC sequences), a Markdown or
 * text report (a line break that ends a row), an error message. Such characters are written visibly, as
 * the escapes JSON uses, so that nothing is lost and nothing acts: the one policy of every message and of
 * the text and Markdown renderers (docs/trace.md).
 */

/**
 * What is never written raw: C0 controls (U+0000–U+001F), DEL (U+007F), C1 controls (U+0080–U+009F), and
 * unpaired surrogates (no UTF-8 can hold them: an output stream would turn them into U+FFFD).
 */
export const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Readonly<Record<string, string>> = { "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };

/** One unsafe character as JSON would escape it: `\n`, `\t`, `\r`, `\b`, `\f`, else `\u` and four hex digits. */
export function escapeCharacter(character: string): string {
  return SHORT[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * The text with every unsafe character (see `UNSAFE_CHARACTER`) written as its escape: ESC → `\u001b`,
 * a line break → `\n`, a lone surrogate → `\ud800`. Everything else, backslashes included, is unchanged:
 * "気仙沼市" followed by ESC "[2J" is shown as `気仙沼市\u001b[2J`.
 */
export function showControls(text: string): string {
  return text.replace(UNSAFE_CHARACTER, escapeCharacter);
}

/**
 * Characters that show nothing (a zero-width space, a filler, a byte-order mark): written as escapes in a
 * message, so that a value made of them does not look empty. Each UTF-16 unit escaped, as JSON would.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const escapeUnits = (character: string): string =>
  [...Array(character.length).keys()].map((i) => escapeCharacter(character.charAt(i))).join("");

/**
 * A user's value quoted for a message: in double quotes, cut to `max` UTF-16 units (never inside a
 * surrogate pair) with "…", quotes and backslashes escaped and every unsafe character
 * escaped as JSON does (JSON.stringify, which leaves DEL and C1 raw, plus those), invisible ones too. An
 * amount ESC "[2J120" is quoted as `"\u001b[2J120"`; a zero-width space as `"\u200b"`.
 */
export function quoteValue(value: string, max = 40): string {
  let clipped = value;
  if (value.length > max) {
    const cut = value.slice(0, max);
    // Not inside a surrogate pair: its high half alone would be shown as an escape.
    const low = value.charCodeAt(max);
    clipped = `${/[\ud800-\udbff]$/.test(cut) && low >= 0xdc00 && low <= 0xdfff ? cut.slice(0, -1) : cut}…`;
  }
  return JSON.stringify(clipped).replace(UNSAFE_CHARACTER, escapeCharacter).replace(INVISIBLE, escapeUnits);
}
