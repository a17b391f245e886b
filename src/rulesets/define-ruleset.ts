import { makeCatalog } from "../catalog/make-catalog.js";
import type { CatalogItem, Pillar } from "../catalog/types.js";
import type { RuleVersions } from "../rules/index.js";
import type { Cited, RulesetParameters } from "../rules/parameters.js";
import type { Ruleset } from "./types.js";

/**
 * A part of a tree of parameters: any branch may be left out; a `{ value, cite }` parameter is given whole.
 *
 * @example
 * ```ts
 * const patch: ParameterPatch<RulesetParameters> = { measureRate: { value: "0.6", cite: getRuleset(2025).measureRate.cite } };
 * patch.measureRate?.value;   //=> "0.6"
 * ```
 * @category Rules
 */
export type ParameterPatch<T> = {
  readonly [K in keyof T]?: T[K] extends Cited<unknown> ? T[K] : ParameterPatch<T[K]>;
};

/**
 * What a year changes of the year it is built from: parameters (each a whole `{ value, cite }`), items added
 * to or withdrawn from the catalog, and rule units swapped for new versions.
 *
 * @example
 * ```ts
 * const patch: RulesetPatch = { id: "FY2025-no-other-info", fiscalYear: 2025, catalog: { withdraw: ["information.other"] } };
 * defineRuleset(getRuleset(2025), patch).catalog.items.length;   //=> 21
 * ```
 * @category Rules
 */
export interface RulesetPatch {
  /** The new ruleset's id ("FY2026"). */
  readonly id: string;
  /** The fiscal year it applies to. */
  readonly fiscalYear: number;
  /**
   * Parameters that change, as a part of the parameters' tree: each named parameter is a whole
   * `{ value, cite }`; any not named are the base's.
   */
  readonly parameters?: ParameterPatch<Omit<RulesetParameters, "id" | "fiscalYear">>;
  /** Items the year adds or withdraws. */
  readonly catalog?: {
    /** Pillars the year adds (its items then name them). */
    readonly addPillars?: readonly Pillar[];
    /** Items the year adds, appended in order. */
    readonly add?: readonly CatalogItem[];
    /** Ids of items the year withdraws. */
    readonly withdraw?: readonly string[];
  };
  /** Rules whose logic changes in the year: the new unit of each. */
  readonly rules?: Partial<RuleVersions>;
}

/**
 * A ruleset built from another: the base's parameters, catalog and rules, with the patch's changes. A new
 * fiscal year is one call of this in a file of its own; no rule code is edited.
 *
 * @example
 * ```ts
 * const fy2025 = getRuleset(2025);
 * const cite = { source: "seed", ref: "1人当たり600万円上限（試算）", inference: true, note: "A what-if cap." } as const;
 * const higherCap = defineRuleset(fy2025, {
 *   id: "FY2025-cap-6m",
 *   fiscalYear: 2025,
 *   parameters: { coordinator: { capFullTimeYen: { value: "6000000", cite } } },
 * });
 * higherCap.coordinator.capFullTimeYen.value;   //=> "6000000"
 * higherCap.coordinator.capConcurrentYen.value;  //=> "400000"
 * ```
 * A calculation made with it records its id; `verify(calculation, { ruleset })` replays it.
 *
 * @throws {Error} when the patch keeps the base's id (two rulesets must not share one), when an item to
 * add already exists or an item to withdraw does not.
 * @category Rules
 */
export function defineRuleset(base: Ruleset, patch: RulesetPatch): Ruleset {
  if (patch.id === base.id) throw new Error(`defineRuleset: give the new ruleset an id of its own, not ${base.id}`);
  const parameters = merge(base, patch.parameters ?? {}) as Ruleset;
  const withdrawn = new Set(patch.catalog?.withdraw ?? []);
  for (const id of withdrawn)
    if (!base.catalog.findItem(id)) throw new Error(`defineRuleset: no item ${id} to withdraw`);
  const added = patch.catalog?.add ?? [];
  for (const item of added)
    if (base.catalog.findItem(item.id)) throw new Error(`defineRuleset: item ${item.id} exists`);
  const addedPillars = patch.catalog?.addPillars ?? [];
  for (const pillar of addedPillars)
    if (base.catalog.pillars[pillar.id]) throw new Error(`defineRuleset: pillar ${pillar.id} exists`);
  const catalog =
    withdrawn.size === 0 && added.length === 0 && addedPillars.length === 0
      ? base.catalog
      : makeCatalog(
          { ...base.catalog.pillars, ...Object.fromEntries(addedPillars.map((p) => [p.id, p])) },
          [...base.catalog.items.filter((i) => !withdrawn.has(i.id)), ...added],
          base.catalog.coordinatorActivities,
        );
  return {
    ...parameters,
    id: patch.id,
    fiscalYear: patch.fiscalYear,
    catalog,
    rules: { ...base.rules, ...patch.rules },
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The base with the patch's values; a `{ value, cite }` parameter and an array are replaced whole. */
function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch) || "value" in patch) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = key in base ? merge(base[key], value) : value;
  return out;
}
