import { coordinatorActivities, items } from "./items.js";
import { pillars } from "./pillars.js";
import type { CatalogItem, CoordinatorActivity } from "./types.js";

export type {
  CatalogItem,
  CoordinatorActivity,
  CoordinatorActivityId,
  FactName,
  FootnoteId,
  Label,
  Pillar,
  PillarId,
} from "./types.js";

/**
 * The catalog of eligible spending: the five pillars, their items and the coordinator activities, with
 * Japanese and English labels and the footnotes that bear on each (docs/rules.md lists them all).
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
export const catalog = Object.freeze({ pillars, items, coordinatorActivities });

const itemsById: ReadonlyMap<string, CatalogItem> = new Map(items.map((i) => [i.id, i]));
const activitiesById: ReadonlyMap<string, CoordinatorActivity> = new Map(coordinatorActivities.map((a) => [a.id, a]));

/** The catalog item of an id, or undefined. */
export function findItem(id: string): CatalogItem | undefined {
  return itemsById.get(id);
}

/** The coordinator activity of an id, or undefined. */
export function findActivity(id: string): CoordinatorActivity | undefined {
  return activitiesById.get(id);
}

export const itemIds: readonly string[] = items.map((i) => i.id);
export const activityIds: readonly string[] = coordinatorActivities.map((a) => a.id);
