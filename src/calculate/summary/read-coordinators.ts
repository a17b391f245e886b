import { COORDINATOR_PILLAR_JA } from "../../catalog/index.js";
import type { CoordinatorActivityId } from "../../catalog/index.js";
import type { Ruleset } from "../../rulesets/index.js";
import type { Post, Purpose } from "../../schema/application.js";
import { MAX_NODES } from "../../schema/structure-guard.js";
import { basisMatters, capOf, fillCap } from "../../rules/coordinator-cap/index.js";
import type { SpecificRevenueFacts } from "../../rules/own-burden/index.js";
import { SAFE_INTEGER } from "../../rules/arithmetic.js";
import { runLineRules } from "../line-rules.js";
import { coordinatorRules, factIsPlain, recordIsPlain, verdictBits } from "./fact-reader.js";
import { readSpecificRevenue } from "./read-funding.js";
import { identityKey, nearDuplicates } from "../../text/identity-key.js";
import { REVIEW, RULE, reviewList, ruleList } from "./line-codes.js";
import { isPlainArray, plainKeys } from "./plain.js";
import { readRouting } from "./read-routing.js";
import { isId, isText, readAmount } from "./read-scalars.js";
import { addFunding, type Tally } from "./tally.js";

/** Caps of at most 15 digits are exact in a double. */
const PLAIN_CAP = /^(?:0|[1-9][0-9]{0,14})$/;
/** A coordinator record's own fields; the facts its rules own are the rules' fields (checked separately). */
const RECORD_KEYS: ReadonlySet<string> = new Set([
  "id",
  "person",
  "name",
  "post",
  "cost",
  "specificRevenue",
  "primaryPurpose",
  "purposeWeights",
  "activities",
]);

/** One coordinator record as read: its checked facts, its yen, and the line codes it has so far. */
interface CoordinatorRow {
  readonly id: string;
  readonly person: string;
  readonly post: Post;
  readonly activities: readonly CoordinatorActivityId[];
  readonly yen: number;
  readonly text: string;
  /** Its 特定財源 (0 where none is stated) and the parts as stated. */
  readonly specific: number;
  readonly funding: SpecificRevenueFacts | undefined;
  readonly measure: Purpose;
  readonly excluded: boolean;
  rules: number;
  reviews: number;
  eligible: number;
}

/**
 * Reads the coordinators and gives each its line as calculate/coordinator-lines.ts does: ※5 routes each
 * record, ※4 may exclude it, then each person's remaining records (per measure) are capped together, the
 * cap filled in input order. False when a record is not plainly valid.
 */
export function readCoordinators(raw: unknown, ruleset: Ruleset, tally: Tally): boolean {
  if (!isPlainArray(raw)) return false;
  tally.nodes += 1 + 2 * raw.length; // the array, its slots and the objects in them
  if (tally.nodes > MAX_NODES) return false;
  const records: CoordinatorRow[] = [];
  for (const c of raw) {
    const record = readCoordinator(c, ruleset, tally);
    if (record === null) return false;
    records.push(record);
  }
  // Grouped by the person's key, as calculate groups them; near-duplicate keys flagged on both records.
  const keys = new Map(records.map((r) => [r.id, identityKey(r.person)]));
  for (const id of nearDuplicates(records.map((r) => ({ id: r.id, key: keys.get(r.id) ?? r.person }))).keys()) {
    const row = records.find((r) => r.id === id);
    if (row) row.reviews |= REVIEW["similar-persons"];
  }
  const groups = new Map<string, CoordinatorRow[]>();
  for (const r of records) {
    if (r.excluded) continue;
    const key = `${r.measure}\u0000${keys.get(r.id) ?? r.person}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  for (const group of groups.values()) if (!cap(group, ruleset)) return false;
  for (const r of records) {
    const own = r.yen - r.specific;
    const ownText = r.specific === 0 ? r.text : String(own);
    const capped = !r.excluded && r.eligible < own;
    if (capped) r.rules |= RULE["coordinator-cap"];
    const eligible = r.excluded ? 0 : r.eligible;
    if (r.funding !== undefined) tally.specificStated = tally.coordinatorSpecificStated = true;
    if (!addFunding(tally, r.measure, r.yen, r.specific)) return false;
    tally.lines.push({
      id: r.id,
      kind: "coordinator",
      person: r.person,
      post: r.post,
      activities: r.activities,
      measure: r.measure,
      amountYen: r.text,
      specificRevenueYen: String(r.specific),
      ...(r.funding !== undefined && { specificRevenue: r.funding }),
      ownBurdenYen: ownText,
      disposition: r.excluded ? "excluded" : capped ? "capped" : "eligible",
      eligibleYen: eligible === own ? ownText : String(eligible),
      excludedYen: String(own - eligible),
      rules: ruleList(r.rules),
      needsReview: reviewList(r.reviews),
    });
    if (r.measure === "dual-residence") {
      if ((tally.dualCoordinators += eligible) > Number.MAX_SAFE_INTEGER) return false;
    } else if ((tally.migrationCoordinators += eligible) > Number.MAX_SAFE_INTEGER) return false;
  }
  return true;
}

/** The coordinator-cap unit's own fill, in safe integers: one cap per person (the smaller where posts are mixed). */
function cap(group: CoordinatorRow[], ruleset: Ruleset): boolean {
  const first = group[0] as CoordinatorRow;
  const { mixed, cap: capParam } = capOf(
    first.measure,
    group.map((r) => r.post),
    ruleset,
  );
  if (!PLAIN_CAP.test(capParam.value)) return false; // a ruleset cap that is not plain integer yen: leave it to Decimal
  const basis = ruleset.ownBurden.coordinatorCapBasis.value;
  const records = group.map((r) => ({ id: r.id, post: r.post, cost: r.yen, specific: r.specific }));
  const capYen = SAFE_INTEGER.of(capParam.value);
  const capped = fillCap(records, capYen, SAFE_INTEGER, basis);
  const matters = basisMatters(records, capYen, SAFE_INTEGER, basis, capped, (v) => v === 0);
  group.forEach((r, i) => {
    r.eligible = (capped[i] as { eligible: number }).eligible;
    if (mixed) r.reviews |= REVIEW["mixed-posts"];
    if (matters) r.reviews |= REVIEW["cap-basis"];
  });
  return true;
}

function readCoordinator(raw: unknown, ruleset: Ruleset, tally: Tally): CoordinatorRow | null {
  const keys = plainKeys(raw);
  if (keys === null) return null;
  for (const key of keys) if (!RECORD_KEYS.has(key) && !tally.reader.fieldRules.has(key)) return null;
  const c = raw as Record<string, unknown>;
  const { id, person, post, cost } = c;
  if (!isId(id) || !isText(person, 100) || person.length < 1) return null;
  if (keys.includes("name") && !isText(c.name, 200)) return null;
  if (post !== "full-time" && post !== "concurrent") return null;
  const yen = readAmount(cost);
  if (yen < 0) return null;
  let funding: { sum: number; facts: SpecificRevenueFacts } | null = null;
  if (keys.includes("specificRevenue") && (funding = readSpecificRevenue(c.specificRevenue, tally)) === null)
    return null;
  if (funding !== null && funding.sum > yen) return null; // the full validator reports the parts above the cost
  const routing = readRouting(c, keys, id, "coordinator", ruleset, tally);
  if (routing === null) return null;
  const activities = readActivities(c.activities, tally);
  if (activities === null) return null;
  // The facts its activities' rules own (※4's regionalStudy, 等's description), each checked by its fragment.
  const rules = coordinatorRules(tally.reader, activities);
  for (const [field, rule] of tally.reader.fieldRules) {
    const stated = keys.includes(field);
    const required = rules.includes(rule) && rule.everyLine !== true;
    if (stated ? !rules.includes(rule) && field !== "description" : required) return null;
    if (stated && !factIsPlain(rule, c[field], tally)) return null;
  }
  const context = {
    sharedWithOtherActivities: activities.length > 1,
    pillarJa: COORDINATOR_PILLAR_JA,
  };
  if (!recordIsPlain(rules, c)) return null;
  const verdicts = verdictBits(runLineRules(rules, id, c, ruleset, context, null));
  const excluded = verdicts.excluded;
  const ruleCodes = routing.rules | verdicts.rules;
  const reviews = routing.reviews | verdicts.reviews;
  if (tally.lineIds.has(id)) return null;
  tally.lineIds.add(id);
  return {
    id,
    person,
    post,
    activities,
    yen,
    text: String(yen),
    specific: funding === null ? 0 : funding.sum,
    funding: funding === null ? undefined : funding.facts,
    measure: routing.measure,
    excluded,
    rules: ruleCodes,
    reviews,
    eligible: 0,
  };
}

function readActivities(raw: unknown, tally: Tally): CoordinatorActivityId[] | null {
  if (!isPlainArray(raw) || raw.length < 1 || raw.length > 5) return null;
  tally.nodes += 1 + raw.length;
  const out: CoordinatorActivityId[] = [];
  for (const a of raw) {
    if (
      typeof a !== "string" ||
      !tally.reader.ruleset.catalog.findActivity(a) ||
      out.includes(a as CoordinatorActivityId)
    )
      return null;
    out.push(a as CoordinatorActivityId);
  }
  return out;
}
