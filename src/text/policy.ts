/*
 * What text the input may hold (RFC 8785 has no canonical form for a lone surrogate; a control character in
 * a name or id can act on a terminal or restructure a document): one policy for every text field.
 * - ids, names and persons: no control character (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F), no
 *   bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069: they reorder what a reader
 *   sees in a report) and no lone surrogate;
 * - descriptions: the same, except tab and line breaks (Excel's Alt+Enter), which every renderer writes
 *   safely.
 * With the `u` flag a lone surrogate is one code point of category Cs; a pair is one astral code point.
 */

/** Text an id, a name or a person may hold. */
export const PLAIN_TEXT = /^[^\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]*$/u;

/** Text a description may hold: tab, LF and CR besides. */
export const MULTILINE_TEXT = /^(?:[\t\n\r]|[^\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069])*$/u;

/** The first character the policy refuses, as "U+001B at position 3", or null. */
export function refusedCharacter(text: string, multiline: boolean): string | null {
  const match = (
    multiline ? /(?![\t\n\r])[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u : /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/u
  ).exec(text);
  if (match === null) return null;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  const kind =
    code >= "D800" && code <= "DFFF"
      ? "a lone surrogate"
      : code >= "2000"
        ? "a bidirectional control character"
        : "a control character";
  return `${kind} (U+${code}) at position ${match.index + 1}`;
}

/** The message for text the policy refuses: what, where, and the fix. */
export function refusedTextMessage(what: string, text: unknown, multiline: boolean): string {
  const found = typeof text === "string" ? refusedCharacter(text, multiline) : null;
  const allowed = multiline ? " (tabs and line breaks are kept)" : "";
  return `${what} holds ${found ?? "a character it may not hold"}: remove it${allowed}; it cannot be written faithfully to JSON, a terminal or a report`;
}
