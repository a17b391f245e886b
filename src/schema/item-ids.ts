import { furusatoItems, items } from "../catalog/items.js";

/*
 * The ids of every catalog item the library's rulesets know, as string literal types: FY2025's items in the
 * seed's order, then those FY2026 adds. Both the list and the type are derived from the catalogs
 * (src/catalog/items.ts keeps each id's literal type), so there is no second list to keep.
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
export const ITEM_IDS = Object.freeze([...items, ...furusatoItems].map((i) => i.id));

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
