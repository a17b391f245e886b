import type { FootnoteId } from "../trace/names.js";

export type { FootnoteId } from "../trace/names.js";

/**
 * A fact an expense may carry, named by its input field: what a footnote asks (`system` ※1, `facility`
 * ※2, `cashHandout` ※3, `regionalStudy` ※4) or a `description`.
 *
 * @example
 * ```ts
 * catalog.items.find((i) => i.id === "information.other")?.requiredFacts;   //=> ["description", "cashHandout"]
 * ```
 * @category Rules
 */
export type FactName = "system" | "facility" | "regionalStudy" | "cashHandout" | "description";

/**
 * The five pillars' ids, in the seed's order.
 *
 * @example
 * ```ts
 * Object.keys(catalog.pillars);   //=> ["information", "consultation", "coordinators", "opportunity", "reception"]
 * ```
 * @category Rules
 */
export type PillarId = "information" | "consultation" | "coordinators" | "opportunity" | "reception" | "furusato";

/**
 * A name in Japanese (as the seed words it) and in English.
 *
 * @example
 * ```ts
 * catalog.pillars.reception.label;   //=> { ja: "受入環境の整備", en: "Reception" }
 * ```
 * @category Rules
 */
export interface Label {
  /** Japanese, as the seed words it. */
  readonly ja: string;
  /** English. */
  readonly en: string;
}

/**
 * One of the five pillars (柱) of eligible spending.
 *
 * @example
 * ```ts
 * catalog.pillars.information;
 * //=> { id: "information", label: { ja: "情報発信", en: "Information" },
 * //     purpose: { ja: "二地域居住希望者等に対する情報発信に係る財政措置", en: "Reaching people who may live in two regions" } }
 * ```
 * @category Rules
 */
export interface Pillar {
  /** Stable id. */
  readonly id: PillarId;
  /** Its name. */
  readonly label: Label;
  /** The seed's heading (★) for the pillar. */
  readonly purpose: Label;
}

/**
 * An item of eligible spending: its stable id, pillar, label, the footnotes that bear on it and the facts
 * an expense of it must or may state.
 *
 * @example
 * ```ts
 * catalog.items.find((i) => i.id === "opportunity.facilities");
 * //=> { id: "opportunity.facilities", pillar: "opportunity",
 * //     label: { ja: "移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備",
 * //              en: "Trial housing, satellite offices, coworking and workation facilities" },
 * //     footnotes: ["fn2", "fn3", "fn5"], requiredFacts: ["facility"],
 * //     optionalFacts: ["cashHandout", "description"], isOther: false }
 * ```
 * @category Rules
 */
export interface CatalogItem {
  /** Stable id, `<pillar>.<item>` (DESIGN.md), e.g. "opportunity.facilities". */
  readonly id: string;
  /** The pillar it belongs to. */
  readonly pillar: PillarId;
  /** Its name, as the seed words it. */
  readonly label: Label;
  /** Footnotes that bear on this item (※3 bears on every expense through `cashHandout`). */
  readonly footnotes: readonly FootnoteId[];
  /** Facts an expense of this item must state. */
  readonly requiredFacts: readonly FactName[];
  /** Facts it may state besides; any other fact is an input error. */
  readonly optionalFacts: readonly FactName[];
  /** A `*.other` item: of the same kind as the listed ones (the seed's 等); always needs review. */
  readonly isOther: boolean;
  /** Where the label departs from the seed's wording: the seed's own text, and why the label differs. */
  readonly seedText?: {
    /** The seed's own words for the item. */
    readonly text: string;
    /** Why the label differs from them. */
    readonly note: Label;
  };
}

/**
 * The coordinator activities' ids (コーディネーターによる支援).
 *
 * @example
 * ```ts
 * catalog.coordinatorActivities.map((a) => a.id);
 * //=> ["planning", "consultation-and-living-support", "dual-school-support", "regional-study-support", "other"]
 * ```
 * @category Rules
 */
export type CoordinatorActivityId =
  "planning" | "consultation-and-living-support" | "dual-school-support" | "regional-study-support" | "other";

/**
 * An activity a coordinator record may list; `regional-study-support` is subject to ※4.
 *
 * @example
 * ```ts
 * catalog.coordinatorActivities[3];
 * //=> { id: "regional-study-support", label: { ja: "地域留学の支援", en: "Regional study support" },
 * //     footnotes: ["fn4"], isOther: false }
 * ```
 * @category Rules
 */
export interface CoordinatorActivity {
  /** Stable id. */
  readonly id: CoordinatorActivityId;
  /** Its name, as the seed words it. */
  readonly label: Label;
  /** Footnotes that bear on it (※4 for regional study support). */
  readonly footnotes: readonly FootnoteId[];
  /** The activity `other` (the seed's 等): needs a description and review. */
  readonly isOther: boolean;
}

/**
 * A ruleset's catalog: its pillars, items and coordinator activities, and lookups by id. Each ruleset
 * carries its own (a year may add or withdraw items); `catalog` is FY2025's.
 *
 * @example
 * ```ts
 * getRuleset(2025).catalog.findItem("opportunity.facilities")?.footnotes;   //=> ["fn2", "fn3", "fn5"]
 * ```
 * @category Rules
 */
export interface Catalog {
  /** The pillars of the year, by id, in the seed's order (`furusato` from FY2026). */
  readonly pillars: Readonly<Partial<Record<PillarId, Pillar>>>;
  /** The expense items, in the seed's order. */
  readonly items: readonly CatalogItem[];
  /** The coordinator activities. */
  readonly coordinatorActivities: readonly CoordinatorActivity[];
  /** The item of an id, or undefined. */
  readonly findItem: (id: string) => CatalogItem | undefined;
  /** The coordinator activity of an id, or undefined. */
  readonly findActivity: (id: string) => CoordinatorActivity | undefined;
  /** The pillar of one of its items (every item's pillar is in its catalog). */
  readonly pillarOf: (item: CatalogItem) => Pillar;
}
