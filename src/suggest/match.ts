import { normaliseText } from "./normalise.js";

/*
 * Finding written words in a normalised line. A word is looked for in the same normal form as the line
 * (normalise.ts); a word that begins or ends with an ASCII letter or digit must not run on into another
 * one in the line ("pr" is not found in "prefecture", "cm" not in "10cm"). Everything here is worked out
 * from its arguments: no state is kept between calls.
 */

const ALNUM = /[a-z0-9]/u;

/** A written word and its normal form. */
export interface Word {
  /** As the data writes it: what a suggestion shows. */
  readonly written: string;
  /** As the line is searched for it. */
  readonly normal: string;
}

/** A word in both forms. */
export const word = (written: string): Word => ({ written, normal: normaliseText(written) });

/** Where a word of the line starts and ends. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every place the word stands in the normalised line, in order (none for a word that normalises to ""). */
export function spansOf(line: string, normal: string): Span[] {
  const spans: Span[] = [];
  if (normal === "") return spans;
  for (let at = line.indexOf(normal); at !== -1; at = line.indexOf(normal, at + 1)) {
    const end = at + normal.length;
    const runsOn =
      (ALNUM.test(normal.charAt(0)) && ALNUM.test(line.charAt(at - 1))) ||
      (ALNUM.test(normal.charAt(normal.length - 1)) && ALNUM.test(line.charAt(end)));
    if (!runsOn) spans.push({ start: at, end });
  }
  return spans;
}

/** Whether every span of a word lies inside one of another word's spans (the same span included). */
export function within(spans: readonly Span[], others: readonly Span[]): boolean {
  return spans.every((s) => others.some((o) => o.start <= s.start && s.end <= o.end));
}
