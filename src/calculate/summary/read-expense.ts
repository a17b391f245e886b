import { runLineRules } from "../line-rules.js";
import { safeYen } from "../../money/safe-yen.js";
import { MAX_NODES } from "../../schema/structure-guard.js";
import { factIsPlain, recordIsPlain, verdictBits } from "./fact-reader.js";
import { readSpecificRevenue } from "./read-funding.js";
import type { SpecificRevenueFacts } from "../../rules/own-burden/index.js";
import { reviewList, ruleList } from "./line-codes.js";
import { isPlainArray, plainKeys } from "./plain.js";
import { isId, readAmount } from "./read-scalars.js";
import { addFunding, type Routing, type Tally } from "./tally.js";

/** A project's expenses, each read by `readExpense`; false as soon as one is not plainly valid. */
export function readExpenses(raw: unknown, routing: Routing, tally: Tally): boolean {
  if (!isPlainArray(raw)) return false;
  tally.nodes += 1 + 2 * raw.length; // the array, its slots and the objects in them
  if (tally.nodes > MAX_NODES) return false;
  for (let i = 0; i < raw.length; i++) if (!readExpense(raw[i], routing, tally)) return false;
  return true;
}

/**
 * Reads one expense, checks it as the schema and the cross-field checks would (each fact by its rule's
 * own fragment), classifies it with the rule units as calculate/classify-expense-line.ts does, and adds
 * its line to the tally. False when the expense is not plainly valid: the caller then leaves the whole
 * input to the full validator.
 */
function readExpense(raw: unknown, routing: Routing, tally: Tally): boolean {
  const keys = plainKeys(raw);
  if (keys === null) return false;
  const e = raw as Record<string, unknown>;
  const { id, item, amount } = e;
  const entry = typeof item === "string" ? tally.reader.items.get(item) : undefined;
  // The ふるさと住民 track (its own measure, every figure flagged) is left to the full path.
  if (entry === undefined || !isId(id) || entry.item.pillar === "furusato") return false;
  let stated = 0;
  let required = 0;
  let funding: { sum: number; facts: SpecificRevenueFacts } | null = null;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (key === "id" || key === "item" || key === "amount") continue;
    if (key === "specificRevenue") {
      if ((funding = readSpecificRevenue(e[key], tally)) === null) return false;
      continue;
    }
    const rule = tally.reader.fieldRules.get(key);
    if (rule === undefined || !entry.allowed.has(key) || !factIsPlain(rule, e[key], tally)) return false;
    stated++;
    if (entry.required.includes(key)) required++;
  }
  // Every fact the item requires was among the keys read (each key is read once).
  if (required !== entry.required.length) return false;
  let yen: number;
  let text: string;
  if (typeof amount === "string" && (yen = safeYen(amount)) >= 0) text = amount;
  else {
    yen = readAmount(amount);
    if (yen < 0) return false;
    text = String(yen);
  }
  const specific = funding === null ? 0 : funding.sum;
  if (specific > yen) return false; // the full validator reports the parts above the amount
  const own = specific === 0 ? text : String(yen - specific);
  let rules = routing.rules;
  let reviews = routing.reviews;
  let excluded = false;
  if (stated > 0 || entry.item.isOther) {
    if (!recordIsPlain(entry.rules, e)) return false;
    const verdicts = verdictBits(runLineRules(entry.rules, id, e, tally.reader.ruleset, entry.context, null));
    excluded = verdicts.excluded;
    rules |= verdicts.rules;
    reviews |= verdicts.reviews;
  }
  const ids = tally.lineIds;
  const seen = ids.size;
  if (ids.add(id).size === seen) return false; // a duplicate id (one hash lookup, not two)
  const disposition = excluded ? "excluded" : "eligible";
  const eligibleYen = excluded ? "0" : own;
  const excludedYen = excluded ? own : "0";
  // Two fixed-shape literals (no spread): a national run makes millions of these objects.
  tally.lines.push(
    funding === null
      ? {
          id,
          kind: "expense",
          projectId: routing.id,
          item: item as string,
          measure: routing.measure,
          amountYen: text,
          specificRevenueYen: "0",
          ownBurdenYen: own,
          disposition,
          eligibleYen,
          excludedYen,
          rules: ruleList(rules),
          needsReview: reviewList(reviews),
        }
      : {
          id,
          kind: "expense",
          projectId: routing.id,
          item: item as string,
          measure: routing.measure,
          amountYen: text,
          specificRevenueYen: String(specific),
          specificRevenue: funding.facts,
          ownBurdenYen: own,
          disposition,
          eligibleYen,
          excludedYen,
          rules: ruleList(rules),
          needsReview: reviewList(reviews),
        },
  );
  if (funding !== null) tally.specificStated = true;
  if (!addFunding(tally, routing.measure, yen, specific)) return false;
  if (!excluded) {
    // Both terms are safe integers; a sum above MAX_SAFE_INTEGER is caught here before it could round.
    const counted = yen - specific;
    if (routing.measure === "dual-residence") {
      if ((tally.dualCosts += counted) > Number.MAX_SAFE_INTEGER) return false;
    } else if ((tally.migrationCosts += counted) > Number.MAX_SAFE_INTEGER) return false;
  }
  return true;
}
