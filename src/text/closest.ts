/*
 * "Did you mean": the known word nearest to what was written, for messages about unknown ids. Edit distance
 * (insertions, deletions, substitutions) over UTF-16 units; a suggestion only within a third of the word's
 * length, so that a wild guess is never offered.
 */

/** The edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known word nearest to `written` (the first of equals, in the order given), or undefined if none is near. */
export function closest(written: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(written.length / 3)) + 1;
  for (const word of known) {
    const distance = editDistance(written, word);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}
