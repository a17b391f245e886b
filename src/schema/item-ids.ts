/*
 * The ids of every catalog item the library's rulesets know, as string literal types: FY2025's items in the
 * seed's order, then those FY2026 adds. The catalogs (src/catalog/items.ts) stay the source of the items
 * themselves; this list only names them for the types, and test/schema/item-ids.test.ts fails when it and
 * the rulesets' catalogs differ.
 */

/**
 * Every catalog item id of the built-in rulesets (FY2025's, then the ones FY2026 adds), as an `as const`
 * list: the values an expense's `item` may take. A year's own items are `getRuleset(year).catalog.items`.
 *
 * @example
 * ```ts
 * ITEM_IDS.length;                     //=> 23
 * ITEM_IDS.filter((id) => id.startsWith("reception."));
 * //=> ["reception.jobs-and-side-jobs", "reception.vacant-house-bank", "reception.housing-renovation-grants", "reception.other"]
 * ITEM_IDS.at(-1);                     //=> "furusato.system-setup-and-operation"
 * ```
 * @category Schema
 */
export const ITEM_IDS = [
  "information.consultation-events",
  "information.event-booths",
  "information.web-and-city-office",
  "information.telework-environment",
  "information.promotion-materials",
  "information.registration-system",
  "information.other",
  "consultation.in-region-desk",
  "consultation.out-of-region-desk",
  "consultation.other",
  "opportunity.trial-tours",
  "opportunity.regional-study-programs",
  "opportunity.dual-school-programs",
  "opportunity.facilities",
  "opportunity.resident-exchange",
  "opportunity.fan-club",
  "opportunity.attitude-survey",
  "opportunity.other",
  "reception.jobs-and-side-jobs",
  "reception.vacant-house-bank",
  "reception.housing-renovation-grants",
  "reception.other",
  "furusato.system-setup-and-operation",
] as const;

/**
 * A catalog item id of the built-in rulesets (FY2025 and FY2026): the type of `ExpenseInput["item"]`, so
 * that an editor completes the ids and a misspelt one is a type error. Which ids a year accepts is its
 * catalog's: `furusato.system-setup-and-operation` exists from FY2026, and a ruleset made with
 * `defineRuleset` may add others (pass those as untyped input: `calculate` and `classifyExpense` take any value).
 *
 * @example
 * ```ts
 * const item: ItemId = "opportunity.facilities";
 * getRuleset(2025).catalog.findItem(item)?.footnotes;   //=> ["fn2", "fn3", "fn5"]
 * ```
 * @category Schema
 */
export type ItemId = (typeof ITEM_IDS)[number];
