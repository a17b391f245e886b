/*
 * One rule for counting lines, shared by the UTF-8 decoder (where the first bad byte is) and the CSV
 * reader (where each record starts), so that both name the same line: CRLF, LF and a lone CR each end one
 * line (Windows, Unix, and Excel for Mac's "CSV" ends lines with CR alone).
 */

export const LF = 10;
export const CR = 13;

/** Whether the character (or byte) `c` ends a line, given whether the one before it was a CR. */
export function endsLine(c: number, afterCR: boolean): boolean {
  return c === CR || (c === LF && !afterCR);
}

/**
 * Line ends among the first `end` bytes (or UTF-16 units) of `codes`, the one before them being a CR
 * when `afterCR`; and whether the last of them is a CR (a CRLF may straddle two chunks).
 */
export function countLineEnds(
  codes: ArrayLike<number>,
  end: number,
  afterCR: boolean,
): { count: number; afterCR: boolean } {
  let count = 0;
  let cr = afterCR;
  for (let i = 0; i < end; i++) {
    const c = codes[i] as number;
    if (endsLine(c, cr)) count++;
    cr = c === CR;
  }
  return { count, afterCR: cr };
}
