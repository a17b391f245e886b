import { coordinatorActivities, furusatoItems, items } from "./items.js";
import { makeCatalog } from "./make-catalog.js";
import { furusatoPillar, pillars } from "./pillars.js";
import type { CatalogItem, CoordinatorActivity, Pillar, PillarId } from "./types.js";

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
export { furusatoPillar, furusatoItems };

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

/** The coordinators' pillar's words (every year's catalog has it), for the 等 rule's note on a coordinator. */
export const COORDINATOR_PILLAR_JA: string = pillars.coordinators.label.ja;

/** Every pillar of every year (the renderers name a line's pillar whatever its ruleset). */
export const ALL_PILLARS: Readonly<Partial<Record<PillarId, Pillar>>> = { ...pillars, furusato: furusatoPillar };

/** Every item of every year, by id (the renderers label a line's item whatever its ruleset). */
export function findAnyItem(id: string): CatalogItem | undefined {
  return catalog.findItem(id) ?? furusatoItems.find((i) => i.id === id);
}
