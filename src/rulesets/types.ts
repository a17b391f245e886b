/** Where a value or rule comes from. `inference` marks a reading of ours, not a text's own words. */
export interface Citation {
  /** "seed" = the ministry's summary (二地域居住・関係人口に係る特別交付税措置等について); "ordinance" = 特別交付税に関する省令. */
  readonly source: "seed" | "ordinance";
  /** Section, footnote or article, e.g. "※2" or "財政力補正 (standard wording)". */
  readonly ref: string;
  /** True where the value is our reading of a silent or unavailable text (DOMAIN.md marks these). */
  readonly inference: boolean;
  /** One line on the reading, for the rule reference and the trace. */
  readonly note?: string;
}

/** A ruleset parameter: its value and its source. Values are decimal strings, never floats. */
export interface Cited<T> {
  readonly value: T;
  readonly cite: Citation;
}

/** A band of the 財政力補正: FCI from `min` (inclusive) to `max` (exclusive; null = no upper end). */
export type CorrectionBand =
  | { readonly min: string; readonly max: string | null; readonly kind: "constant"; readonly coefficient: string }
  | {
      readonly min: string;
      readonly max: string | null;
      readonly kind: "linear";
      /** coefficient = constant − slope × FCI, rounded half-up to `places` decimals; fractions as "11/6". */
      readonly constant: string;
      readonly slope: string;
      readonly places: number;
    };

/** The parameters of one fiscal year. A new year is a new file of this shape, not an edit of rule code. */
export interface Ruleset {
  readonly id: string;
  readonly fiscalYear: number;
  readonly measureRate: Cited<string>;
  readonly fiscalCorrection: {
    readonly municipality: Cited<readonly CorrectionBand[]>;
    readonly prefecture: Cited<readonly CorrectionBand[]>;
    /** Decimals the 財政力指数 is rounded to (half-up), per year and for the average. */
    readonly indexPlaces: Cited<number>;
  };
  readonly coordinator: {
    readonly capFullTimeYen: Cited<string>;
    readonly capConcurrentYen: Cited<string>;
    readonly rate: Cited<string>;
  };
  readonly rounding: Cited<{ readonly unitYen: string; readonly mode: "half-up" }>;
  readonly migration: {
    readonly costRate: Cited<string>;
    readonly coordinatorRate: Cited<string>;
    readonly capFullTimeYen: Cited<string>;
    readonly capConcurrentYen: Cited<string>;
  };
  /** Citations of the footnote rules, shown in every step they decide. */
  readonly footnotes: Readonly<Record<"fn1" | "fn2" | "fn3" | "fn4" | "fn5", Citation>>;
}
