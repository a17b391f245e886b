import type { LineRow } from "./rows.js";

/** The consecutive rows of one body in lines.csv (rows with an empty body_code stay where they are). */
export interface BodyGroup {
  readonly code: string;
  readonly rows: LineRow[];
  /** Lines of an earlier block of the same body, when lines.csv is not grouped by body. */
  readonly earlier?: { readonly first: number; readonly last: number };
}

/**
 * Groups a stream of rows body by body, holding one body's rows at a time. lines.csv must keep each
 * body's rows together (bodies in any order): a body that comes back after another is reported by the
 * caller from `earlier`, and its rows form a group of their own so the rest is still checked.
 */
export async function* groupByBody(rows: AsyncIterable<LineRow>): AsyncGenerator<BodyGroup> {
  const blocks = new Map<string, { first: number; last: number }>();
  let current: { code: string; rows: LineRow[]; earlier?: { first: number; last: number } } | undefined;
  for await (const row of rows) {
    if (current && (row.bodyCode === "" || row.bodyCode === current.code)) {
      current.rows.push(row);
      continue;
    }
    if (current) {
      yield current;
      remember(blocks, current);
    }
    const earlier = blocks.get(row.bodyCode);
    current = { code: row.bodyCode, rows: [row], ...(earlier && { earlier }) };
  }
  if (current) yield current;
}

function remember(
  blocks: Map<string, { first: number; last: number }>,
  group: { code: string; rows: LineRow[] },
): void {
  if (group.code === "") return;
  const first = group.rows[0]?.line ?? 0;
  const last = group.rows[group.rows.length - 1]?.line ?? first;
  if (!blocks.has(group.code)) blocks.set(group.code, { first, last });
}
