import { coordinatorActivities, items } from "./items.js";
import { pillars } from "./pillars.js";
import type { CatalogItem, CoordinatorActivity } from "./types.js";

export type { CatalogItem, CoordinatorActivity, CoordinatorActivityId, FactName, FootnoteId, Label, Pillar, PillarId } from "./types.js";

/** The catalog of eligible spending: the five pillars, their items, and the coordinator activities. */
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
