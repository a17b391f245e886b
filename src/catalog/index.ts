import { coordinatorActivities, items } from "./items.js";
import { makeCatalog } from "./make-catalog.js";
import { pillars } from "./pillars.js";
import type { CatalogItem, CoordinatorActivity } from "./types.js";

export type {
  Catalog,
  CatalogItem,
  CoordinatorActivity,
  CoordinatorActivityId,
  FactName,
  FootnoteId,
  Label,
  Pillar,
  PillarId,
} from "./types.js";
export { makeCatalog } from "./make-catalog.js";

/**
 * The catalog of eligible spending of FY2025 (the measure's first year): the five pillars, their items and
 * the coordinator activities, with Japanese and English labels and the footnotes that bear on each
 * (docs/rules.md lists them all). Each ruleset carries its own catalog (`ruleset.catalog`).
 *
 * @example
 * ```ts
 * import { catalog } from "dual-residence-allocation";
 *
 * catalog.items.length;                           //=> 22
 * catalog.pillars.opportunity.label.ja;           //=> "きっかけづくり"
 * catalog.items.filter((i) => i.isOther).map((i) => i.id);
 * //=> ["information.other", "consultation.other", "opportunity.other", "reception.other"]
 * ```
 * @category Rules
 */
export const catalog = makeCatalog(pillars, items, coordinatorActivities);

/** The FY2025 catalog's item of an id, or undefined. */
export function findItem(id: string): CatalogItem | undefined {
  return catalog.findItem(id);
}

/** The FY2025 catalog's coordinator activity of an id, or undefined. */
export function findActivity(id: string): CoordinatorActivity | undefined {
  return catalog.findActivity(id);
}

export const itemIds: readonly string[] = items.map((i) => i.id);
export const activityIds: readonly string[] = coordinatorActivities.map((a) => a.id);
