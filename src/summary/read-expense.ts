import { catalog, type FactName } from "../catalog/index.js";
import { safeYen } from "../money/safe-yen.js";
import { MAX_NODES } from "../schema/structure-guard.js";
import { REVIEW, RULE, reviewList, ruleList } from "./line-codes.js";
import { isPlainArray, plainKeys } from "./plain.js";
import { isId, isText, readAmount } from "./read-scalars.js";
import type { Routing, Tally } from "./tally.js";

const FACT: Readonly<Record<FactName, number>> = {
  system: 1,
  facility: 2,
  cashHandout: 4,
  regionalStudy: 8,
  description: 16,
};
const bits = (facts: readonly FactName[]): number => facts.reduce((mask, f) => mask | FACT[f], 0);

/** Each catalog item's facts as bit sets: those it needs, and those it may carry. */
const ITEMS: ReadonlyMap<string, { readonly isOther: boolean; readonly required: number; readonly allowed: number }> =
  new Map(
    catalog.items.map((i) => [
      i.id,
      { isOther: i.isOther, required: bits(i.requiredFacts), allowed: bits([...i.requiredFacts, ...i.optionalFacts]) },
    ]),
  );

/** -1: not plainly valid; 0: the rule passes the line; 1: it excludes it. */
type Verdict = -1 | 0 | 1;

/** A project's expenses, each read by `readExpense`; false as soon as one is not plainly valid. */
export function readExpenses(raw: unknown, routing: Routing, tally: Tally): boolean {
  if (!isPlainArray(raw)) return false;
  tally.nodes += 1 + 2 * raw.length; // the array, its slots and the objects in them
  if (tally.nodes > MAX_NODES) return false;
  for (let i = 0; i < raw.length; i++) if (!readExpense(raw[i], routing, tally)) return false;
  return true;
}

/**
 * Reads one expense, checks it as the schema and the cross-field checks would, classifies it (※1–※4,
 * 等) exactly as calculate/classify-expense-line.ts does, and adds its line to the tally. False when the
 * expense is not plainly valid: the caller then leaves the whole input to the full validator.
 */
function readExpense(raw: unknown, routing: Routing, tally: Tally): boolean {
  const keys = plainKeys(raw);
  if (keys === null) return false;
  let facts = 0;
  for (let k = 0; k < keys.length; k++) {
    switch (keys[k]) {
      case "id":
      case "item":
      case "amount":
        break;
      case "system":
        facts |= FACT.system;
        break;
      case "facility":
        facts |= FACT.facility;
        break;
      case "cashHandout":
        facts |= FACT.cashHandout;
        break;
      case "regionalStudy":
        facts |= FACT.regionalStudy;
        break;
      case "description":
        facts |= FACT.description;
        break;
      default:
        return false;
    }
  }
  const e = raw as Record<string, unknown>;
  const { id, item, amount } = e;
  const info = typeof item === "string" ? ITEMS.get(item) : undefined;
  if (info === undefined || !isId(id)) return false;
  if ((facts & ~info.allowed) !== 0 || (info.required & ~facts) !== 0) return false;
  let yen: number;
  let text: string;
  if (typeof amount === "string" && (yen = safeYen(amount)) >= 0) text = amount;
  else {
    yen = readAmount(amount);
    if (yen < 0) return false;
    text = String(yen);
  }
  let rules = routing.rules;
  if (facts !== 0) {
    const footnotes = factRules(e, facts, tally);
    if (footnotes < 0) return false;
    rules |= footnotes;
  }
  const excluded = (rules & (RULE.fn1 | RULE.fn2 | RULE.fn3 | RULE.fn4)) !== 0;
  let reviews = routing.reviews;
  if (info.isOther) {
    rules |= RULE.otherItem;
    reviews |= REVIEW.otherItem;
  }
  const ids = tally.lineIds;
  const seen = ids.size;
  if (ids.add(id).size === seen) return false; // a duplicate id (one hash lookup, not two)
  tally.lines.push({
    id,
    kind: "expense",
    projectId: routing.id,
    item: item as string,
    measure: routing.measure,
    amountYen: text,
    disposition: excluded ? "excluded" : "eligible",
    eligibleYen: excluded ? "0" : text,
    excludedYen: excluded ? text : "0",
    rules: ruleList(rules),
    needsReview: reviewList(reviews),
  });
  if (!excluded) {
    // Both terms are safe integers; a sum above MAX_SAFE_INTEGER is caught here before it could round.
    if (routing.measure === "dual-residence") {
      if ((tally.dualCosts += yen) > Number.MAX_SAFE_INTEGER) return false;
    } else if ((tally.migrationCosts += yen) > Number.MAX_SAFE_INTEGER) return false;
  }
  return true;
}

/** The facts an expense states, checked, and the footnotes (※1–※4) that exclude it as rule bits; -1 if a fact is not plainly valid. */
function factRules(e: Record<string, unknown>, facts: number, tally: Tally): number {
  let rules = 0;
  if ((facts & FACT.description) !== 0 && !isText(e.description, 2000)) return -1;
  if ((facts & FACT.cashHandout) !== 0) {
    const cash = e.cashHandout;
    if (typeof cash !== "boolean") return -1;
    if (cash) rules |= RULE.fn3;
  }
  if ((facts & FACT.system) !== 0) {
    const verdict = registrationSystem(e.system, tally);
    if (verdict < 0) return -1;
    if (verdict === 1) rules |= RULE.fn1;
  }
  if ((facts & FACT.facility) !== 0) {
    const verdict = facility(e.facility, tally);
    if (verdict < 0) return -1;
    if (verdict === 1) rules |= RULE.fn2;
  }
  if ((facts & FACT.regionalStudy) !== 0) {
    const verdict = regionalStudy(e.regionalStudy, tally);
    if (verdict < 0) return -1;
    if (verdict === 1) rules |= RULE.fn4;
  }
  return rules;
}

/** ※1 as rules/footnote-1-registration-system.ts decides it, with the checks of the schema and semantic-checks. */
function registrationSystem(raw: unknown, tally: Tally): Verdict {
  const keys = plainKeys(raw);
  if (keys === null) return -1;
  tally.nodes++;
  let covers: unknown;
  let stated = false;
  for (const key of keys) {
    if (key === "digitalBondCovers") stated = true;
    else if (key !== "phase") return -1;
  }
  const s = raw as Record<string, unknown>;
  const phase = s.phase;
  if (stated) {
    covers = s.digitalBondCovers;
    if (typeof covers !== "boolean") return -1;
  }
  if (phase === "build") return stated ? (covers === true ? 1 : 0) : -1;
  return phase === "upkeep" && !stated ? 0 : -1;
}

/** ※2 as rules/footnote-2-facilities.ts decides it. */
function facility(raw: unknown, tally: Tally): Verdict {
  const keys = plainKeys(raw);
  if (keys === null) return -1;
  tally.nodes++;
  let stated = false;
  for (const key of keys) {
    if (key === "regionalBondCovers") stated = true;
    else if (key !== "implementer" && key !== "work") return -1;
  }
  const f = raw as Record<string, unknown>;
  const { implementer, work } = f;
  const covers = stated ? f.regionalBondCovers : undefined;
  if (stated && typeof covers !== "boolean") return -1;
  if ((implementer !== "private" && implementer !== "government") || (work !== "new" && work !== "renovation"))
    return -1;
  if (implementer === "government" && !stated) return -1;
  return (implementer === "private" && work === "new") || covers === true ? 1 : 0;
}

/** ※4 as rules/footnote-4-regional-study.ts decides it: all three conditions, else out. */
export function regionalStudy(raw: unknown, tally: Tally): Verdict {
  const keys = plainKeys(raw);
  if (keys === null || keys.length !== 3) return -1;
  tally.nodes++;
  const r = raw as Record<string, unknown>;
  const { takesOutsideStudents, mainlySchoolAppeal, inStrategyPlan } = r;
  if (
    typeof takesOutsideStudents !== "boolean" ||
    typeof mainlySchoolAppeal !== "boolean" ||
    typeof inStrategyPlan !== "boolean"
  )
    return -1;
  return takesOutsideStudents && !mainlySchoolAppeal && inStrategyPlan ? 0 : 1;
}
