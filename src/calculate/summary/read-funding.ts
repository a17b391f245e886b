import type { SpecificRevenueFacts } from "../../rules/own-burden/index.js";
import { SPECIFIC_REVENUE_PARTS, type SpecificRevenuePart } from "../../trace/names.js";
import { plainKeys } from "./plain.js";
import { readAmount } from "./read-scalars.js";
import type { Tally } from "./tally.js";

/**
 * A line's `specificRevenue` read as the own-burden unit's fragment and `canonical` would: a plain object of
 * the four parts, each integer yen; the parts in canonical digits and fixed order, and their sum. Null when
 * it is not plainly valid (the full validator then reports it) or the sum leaves safe integers.
 */
export function readSpecificRevenue(raw: unknown, tally: Tally): { sum: number; facts: SpecificRevenueFacts } | null {
  const keys = plainKeys(raw);
  if (keys === null) return null;
  tally.nodes++;
  const r = raw as Record<string, unknown>;
  for (const key of keys) if (!(SPECIFIC_REVENUE_PARTS as readonly string[]).includes(key)) return null;
  const facts: { [P in SpecificRevenuePart]?: string } = {};
  let sum = 0;
  for (const part of SPECIFIC_REVENUE_PARTS) {
    if (!keys.includes(part)) continue;
    const yen = readAmount(r[part]);
    if (yen < 0 || (sum += yen) > Number.MAX_SAFE_INTEGER) return null;
    facts[part] = String(yen);
  }
  return { sum, facts };
}
