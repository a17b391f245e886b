import type { Catalog, CatalogItem, CoordinatorActivity, Pillar, PillarId } from "./types.js";

/** A catalog of the given pillars, items and activities, frozen, with its lookups by id. */
export function makeCatalog(
  pillars: Readonly<Partial<Record<PillarId, Pillar>>>,
  items: readonly CatalogItem[],
  coordinatorActivities: readonly CoordinatorActivity[],
): Catalog {
  for (const item of items)
    if (pillars[item.pillar] === undefined)
      throw new Error(`makeCatalog: item ${item.id}'s pillar ${item.pillar} is not given`);
  const itemsById: ReadonlyMap<string, CatalogItem> = new Map(items.map((i) => [i.id, i]));
  const activitiesById: ReadonlyMap<string, CoordinatorActivity> = new Map(coordinatorActivities.map((a) => [a.id, a]));
  return Object.freeze({
    pillars,
    items,
    coordinatorActivities,
    findItem: (id: string) => itemsById.get(id),
    findActivity: (id: string) => activitiesById.get(id),
    pillarOf: (item: CatalogItem) => pillars[item.pillar] as Pillar,
  });
}
