import type { LineContext, Verdict } from "./rule.js";

/*
 * A rule whose facts take a few values (yes/no answers, two phases …) has a few verdicts in all. They are
 * worked out once, by the rule's own decision, for every point of that space, and shared as frozen data:
 * a national run decides millions of lines and allocates no verdict for them. A point outside the space
 * (an index below 0 or beyond it) is decided afresh.
 */

/** A yes/no/absent fact as 0, 1, 2. */
export const tri = (value: boolean | undefined): number => (value === undefined ? 0 : value ? 1 : 2);

/** `decide`, looked up in a table of its verdicts over every point of `space`. */
export function tabulated<F>(
  space: readonly (readonly [F, LineContext])[],
  index: (facts: F, context: LineContext) => number,
  decide: (facts: F, context: LineContext) => Verdict,
): (facts: F, context: LineContext) => Verdict {
  const table: Verdict[] = [];
  for (const [facts, context] of space) table[index(facts, context)] = freeze(decide(facts, context));
  return (facts, context) => {
    const i = index(facts, context);
    return (i >= 0 ? table[i] : undefined) ?? decide(facts, context);
  };
}

/** Every combination of the given values of each field, for both values of `sharedWithOtherActivities`. */
export function spaceOf<F extends object>(fields: { readonly [K in keyof F]: readonly F[K][] }): [F, LineContext][] {
  let points: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries<readonly unknown[]>(fields)) {
    points = points.flatMap((p) => values.map((v) => (v === undefined ? { ...p } : { ...p, [key]: v })));
  }
  return points.flatMap((p) =>
    [false, true].map((shared): [F, LineContext] => [
      p as unknown as F,
      { sharedWithOtherActivities: shared, pillarJa: "" },
    ]),
  );
}

function freeze(verdict: Verdict): Verdict {
  for (const c of verdict.conditions) Object.freeze(c);
  Object.freeze(verdict.conditions);
  return Object.freeze(verdict);
}
