/**
 * Where a value or rule comes from. `inference` marks a reading of ours, not a text's own words.
 *
 * @example
 * ```ts
 * getRuleset(2025).coordinator.rate.cite;
 * //=> { source: "seed", ref: "二地域居住コーディネーター", inference: true,
 * //     note: "No rate is stated; read as 100 % of cost up to the cap, like the migration measure's coordinators and 集落支援員 (medium-high confidence).",
 * //     noteJa: "措置率の定めがないため、上限までの経費の全額（1.0）と読む（移住・定住対策のコーディネーター及び集落支援員に倣う。確度: 中〜高）。" }
 * ```
 * @category Rules
 */
export interface Citation {
  /**
   * "seed" = the ministry's summary (二地域居住・関係人口に係る特別交付税措置等について); "ordinance" = 特別交付税に関する
   * 省令; "data" = the ministry's published figures (地方公共団体の主要財政指標一覧); "audit" = the Board of Audit's
   * findings on special allocation tax (会計検査院 決算検査報告); "press" = press and vendor reports where no
   * ministry text was found (the ふるさと住民 track: 自治日報 2026-02-09 and a summary marked 総務省確認済み).
   */
  readonly source: "seed" | "ordinance" | "data" | "audit" | "press";
  /** Section, footnote or article, e.g. "※2" or "財政力補正 (standard wording)". */
  readonly ref: string;
  /** True where the value is our reading of a silent or unavailable text (DOMAIN.md marks these). */
  readonly inference: boolean;
  /** One line on the reading, for the rule reference and the trace. */
  readonly note?: string;
  /** The same line in Japanese, for Japanese caveats and documents. */
  readonly noteJa?: string;
}

/**
 * A ruleset parameter: its value and its source. Values are decimal strings, never floats.
 *
 * @example
 * ```ts
 * getRuleset(2025).coordinator.capConcurrentYen;
 * //=> { value: "400000", cite: { source: "seed", ref: "兼任の場合40万円上限", inference: false } }
 * ```
 * @category Rules
 */
export interface Cited<T> {
  /** The value: a decimal string, a number of places, or a structure of them. */
  readonly value: T;
  /** Where it comes from. */
  readonly cite: Citation;
}

/**
 * A band of the 財政力補正: FCI from `min` (inclusive) to `max` (exclusive; null = no upper end).
 *
 * @example
 * ```ts
 * getRuleset(2025).fiscalCorrection.prefecture.value[1];
 * //=> { min: "0.5", max: "0.8", kind: "linear", constant: "7/3", slope: "8/3", places: 2 }
 * ```
 * @category Rules
 */
export type CorrectionBand =
  | {
      /** Lowest FCI of the band (inclusive). */
      readonly min: string;
      /** FCI where the next band starts (exclusive); null for the last band. */
      readonly max: string | null;
      /** A fixed coefficient. */
      readonly kind: "constant";
      /** The coefficient, 2 decimals. */
      readonly coefficient: string;
    }
  | {
      /** Lowest FCI of the band (inclusive). */
      readonly min: string;
      /** FCI where the next band starts (exclusive); null for the last band. */
      readonly max: string | null;
      /** constant − slope × FCI. */
      readonly kind: "linear";
      /** coefficient = constant − slope × FCI, rounded half-up to `places` decimals; fractions as "11/6". */
      readonly constant: string;
      /** The slope, a decimal or a fraction ("8/3"). */
      readonly slope: string;
      /** Decimals the coefficient is rounded to, half-up. */
      readonly places: number;
    };

/**
 * The parameters of one fiscal year, each with its citation. A new year is a new file of this shape, not
 * an edit of rule code. docs/rules.md lists every parameter of every ruleset.
 *
 * @example
 * ```ts
 * const ruleset = getRuleset(2025);
 * ruleset.measureRate.value;        //=> "0.5"
 * ruleset.rounding.value;           //=> { unitYen: "1000", mode: "half-up" }
 * ruleset.footnotes.fn3.ref;        //=> "※3"
 * ```
 * @category Rules
 */
export interface RulesetParameters {
  /** "FY2025": the id a calculation's trace records and `verify` looks up. */
  readonly id: string;
  /** The fiscal year it applies to (2025 = 令和7年度, April 2025 – March 2026). */
  readonly fiscalYear: number;
  /** 措置率: eligible measure costs × this × 財政力補正. */
  readonly measureRate: Cited<string>;
  /** 財政力補正 and the rounding of the 財政力指数. */
  readonly fiscalCorrection: {
    /** Bands for municipalities (市町村). */
    readonly municipality: Cited<readonly CorrectionBand[]>;
    /** Bands for prefectures (都道府県). */
    readonly prefecture: Cited<readonly CorrectionBand[]>;
    /** Decimals the 財政力指数 is rounded to (half-up), per year and for the average. */
    readonly indexPlaces: Cited<number>;
  };
  /** 二地域居住コーディネーター: caps per person and fiscal year, and the rate. */
  readonly coordinator: {
    /** Cap for a full-time (専任) coordinator, yen. */
    readonly capFullTimeYen: Cited<string>;
    /** Cap for a concurrent (兼任) coordinator, yen. */
    readonly capConcurrentYen: Cited<string>;
    /** Share of capped cost counted (1.0: an inference). */
    readonly rate: Cited<string>;
  };
  /** Rounding of each measure's amount: to `unitYen`, half-up, once. */
  readonly rounding: Cited<{
    /** The unit, "1000" (千円). */
    readonly unitYen: string;
    /** Always half-up (四捨五入). */
    readonly mode: "half-up";
  }>;
  /** The migration/settlement measure (移住・定住対策) that ※5 may send lines to. */
  readonly migration: {
    /** Its cost rate (no 財政力補正). */
    readonly costRate: Cited<string>;
    /** Its coordinators' rate. */
    readonly coordinatorRate: Cited<string>;
    /** Its full-time coordinator cap, yen (an inference). */
    readonly capFullTimeYen: Cited<string>;
    /** Its concurrent coordinator cap, yen (an inference). */
    readonly capConcurrentYen: Cited<string>;
  };
  /**
   * The provisional ふるさと住民登録制度 track (FY2026 on; absent before): its own cost cap and rate, its
   * coordinators' caps and rate. Every value is a reading of press reports, flagged for review.
   */
  readonly furusato?: FurusatoParameters;
  /** The body's own burden (一般財源等): 特定財源 deducted, double claims refused. */
  readonly ownBurden: {
    /** 特定財源 (subsidies, bonds, donations …) are deducted from every line's cost before any rule. */
    readonly deduction: Citation;
    /**
     * What the coordinator caps are compared with: "own-burden" (each person's cost − 特定財源, summed, then
     * capped: DOMAIN.md §11's reading) or "gross" (the cap filled with the gross cost, then each record's
     * 特定財源 deducted from its part within the cap: the smaller figure).
     */
    readonly coordinatorCapBasis: Cited<"own-burden" | "gross">;
    /** A cost also claimed under another 算定事項 is not counted here. */
    readonly doubleClaim: Citation;
  };
  /**
   * What the year's parameters rest on where the year has no notice of its own (FY2026: FY2025's values
   * carried); every calculation under the year carries it as a caveat. Absent for a year with its own notice.
   */
  readonly basis?: Citation;
  /** Citations of the footnote rules, shown in every step they decide. */
  readonly footnotes: Readonly<Record<"fn1" | "fn2" | "fn3" | "fn4" | "fn5", Citation>>;
}

/**
 * The provisional ふるさと住民登録制度 track's parameters (DOMAIN.md §12): 「制度の準備・運用に要する経費
 * （事業費1,000万円を上限）に50％×財政力補正」, 「ふるさと住民コーディネーターの設置（1人当たり500万円上限）」.
 *
 * @example
 * ```ts
 * getRuleset(2026).furusato?.costCapYen.value;   //=> "10000000"
 * getRuleset(2025).furusato;                     //=> undefined
 * ```
 * @category Rules
 */
export interface FurusatoParameters {
  /** Cap on the track's eligible costs (own burden) per body and year, yen. */
  readonly costCapYen: Cited<string>;
  /** Its cost rate: capped eligible costs × this × 財政力補正. */
  readonly costRate: Cited<string>;
  /** Its full-time coordinator cap per person, yen. */
  readonly capFullTimeYen: Cited<string>;
  /** Its concurrent coordinator cap per person, yen (not reported: this measure's, conservatively). */
  readonly capConcurrentYen: Cited<string>;
  /** Share of its coordinators' capped cost counted. */
  readonly coordinatorRate: Cited<string>;
}
