/** Footnote rule ids of the seed (※1–※5). */
export type FootnoteId = "fn1" | "fn2" | "fn3" | "fn4" | "fn5";

/** A fact an expense may carry, named by its input field. */
export type FactName = "system" | "facility" | "regionalStudy" | "cashHandout" | "description";

export type PillarId = "information" | "consultation" | "coordinators" | "opportunity" | "reception";

export interface Label {
  readonly ja: string;
  readonly en: string;
}

export interface Pillar {
  readonly id: PillarId;
  readonly label: Label;
  /** The seed's heading (★) for the pillar. */
  readonly purpose: Label;
}

export interface CatalogItem {
  readonly id: string;
  readonly pillar: PillarId;
  readonly label: Label;
  /** Footnotes that bear on this item (※3 bears on every expense through `cashHandout`). */
  readonly footnotes: readonly FootnoteId[];
  /** Facts an expense of this item must state. */
  readonly requiredFacts: readonly FactName[];
  /** Facts it may state besides; any other fact is an input error. */
  readonly optionalFacts: readonly FactName[];
  /** A `*.other` item: of the same kind as the listed ones (the seed's 等); always needs review. */
  readonly isOther: boolean;
}

export type CoordinatorActivityId =
  | "planning"
  | "consultation-and-living-support"
  | "dual-school-support"
  | "regional-study-support"
  | "other";

export interface CoordinatorActivity {
  readonly id: CoordinatorActivityId;
  readonly label: Label;
  readonly footnotes: readonly FootnoteId[];
  readonly isOther: boolean;
}
