import { catalog } from "../catalog/index.js";
import { FIRST_RULES } from "../rules/index.js";
import type { Citation, RulesetParameters } from "../rules/parameters.js";
import type { Ruleset } from "./types.js";

const seed = (ref: string, note?: string): Citation =>
  note ? { source: "seed", ref, inference: false, note } : { source: "seed", ref, inference: false };
const ordinance = (ref: string, inference: boolean, note: string, noteJa?: string): Citation =>
  noteJa ? { source: "ordinance", ref, inference, note, noteJa } : { source: "ordinance", ref, inference, note };

/** FY2025's parameters, each with its source (DOMAIN.md §2–§7). */
const parameters: RulesetParameters = {
  id: "FY2025",
  fiscalYear: 2025,
  measureRate: { value: "0.5", cite: seed("措置率0.5×財政力補正") },
  fiscalCorrection: {
    municipality: {
      value: [
        { min: "0", max: "0.5", kind: "constant", coefficient: "1.00" },
        { min: "0.5", max: "0.8", kind: "linear", constant: "11/6", slope: "5/3", places: 2 },
        { min: "0.8", max: null, kind: "constant", coefficient: "0.50" },
      ],
      cite: ordinance(
        "財政力補正 (市町村, standard wording)",
        true,
        "The measure's own ordinance entry was not available; the ordinance's standard 財政力補正 for municipalities is used (medium confidence).",
        "本措置の省令上の規定を確認できないため、省令の標準的な財政力補正（市町村）を用いる（確度: 中）。",
      ),
    },
    prefecture: {
      value: [
        { min: "0", max: "0.5", kind: "constant", coefficient: "1.00" },
        { min: "0.5", max: "0.8", kind: "linear", constant: "7/3", slope: "8/3", places: 2 },
        { min: "0.8", max: null, kind: "constant", coefficient: "0.20" },
      ],
      cite: ordinance(
        "財政力補正 (道府県, standard wording)",
        true,
        "The measure's own ordinance entry was not available; the ordinance's standard 財政力補正 for prefectures is used (medium confidence).",
        "本措置の省令上の規定を確認できないため、省令の標準的な財政力補正（道府県）を用いる（確度: 中）。",
      ),
    },
    indexPlaces: {
      value: 2,
      cite: ordinance(
        "財政力指数 (3-year average)",
        false,
        "Each year's 基準財政収入額 ÷ 基準財政需要額 half-up to 2 decimals; the 3-year average half-up to 2 decimals.",
      ),
    },
  },
  coordinator: {
    capFullTimeYen: { value: "5000000", cite: seed("1人当たり500万円上限") },
    capConcurrentYen: { value: "400000", cite: seed("兼任の場合40万円上限") },
    rate: {
      value: "1.0",
      cite: {
        source: "seed",
        ref: "二地域居住コーディネーター",
        inference: true,
        note: "No rate is stated; read as 100 % of cost up to the cap, like the migration measure's coordinators and 集落支援員 (medium-high confidence).",
        noteJa:
          "措置率の定めがないため、上限までの経費の全額（1.0）と読む（移住・定住対策のコーディネーター及び集落支援員に倣う。確度: 中〜高）。",
      },
    },
  },
  rounding: {
    value: { unitYen: "1000", mode: "half-up" },
    cite: ordinance(
      "算定額の千円未満四捨五入",
      false,
      "Each item amount is expressed in 千円, fractions half-up, before items are added.",
    ),
  },
  ownBurden: {
    deduction: {
      source: "audit",
      ref: "特定財源の控除（令和元年度決算検査報告 2019-r01-0075 ほか）",
      inference: false,
      note: "「特別交付税の額の算定は、市町村が負担する額に基づくこととされ、国庫補助金等の特定財源は控除することなどとされている」 (report.jbaudit.go.jp r01/2019-r01-0075, r03/2021-r03-0057, r04/2022-r04-0063).",
      noteJa:
        "「特別交付税の額の算定は、市町村が負担する額に基づくこととされ、国庫補助金等の特定財源は控除することなどとされている」（会計検査院 令和元年度・令和3年度・令和4年度決算検査報告）。",
    },
    coordinatorCapBasis: {
      value: "own-burden",
      cite: {
        source: "audit",
        ref: "コーディネーター上限と特定財源",
        inference: true,
        note: "Whether the ¥5,000,000 / ¥400,000 cap bounds the gross cost or the own burden is not stated; read as bounding the own burden (as for 地域おこし協力隊-type measures). Where the two readings differ the person's records need review.",
        noteJa:
          "上限を総事業費に適用するか一般財源等に適用するかの定めがないため、一般財源等に適用すると読む（地域おこし協力隊等の措置に倣う）。両者で額が異なる場合は要確認。",
      },
    },
    doubleClaim: {
      source: "audit",
      ref: "重複計上（算定事項の重複）",
      inference: false,
      note: "The Board of Audit finds costs counted under two 算定事項 (e.g. 移住・定住 and 地方創生) as over-payments (report.jbaudit.go.jp r01/2019-r01-0075, r03/2021-r03-0057, r04/2022-r04-0063).",
      noteJa: "同一の経費を複数の算定事項に計上することは過大交付として指摘されている（会計検査院 決算検査報告）。",
    },
  },
  migration: {
    costRate: {
      value: "0.5",
      cite: ordinance(
        "移住・定住対策 (1)",
        false,
        "Information, trial-living and reception costs × 0.5; the ordinance text applies no 財政力補正.",
      ),
    },
    coordinatorRate: {
      value: "1.0",
      cite: ordinance(
        "移住・定住対策 (2)",
        false,
        "Coordinators and settlement supporters at the surveyed amount (no rate).",
      ),
    },
    capFullTimeYen: {
      value: "5000000",
      cite: ordinance(
        "移住・定住対策 (2)",
        true,
        "No per-person cap is published for the migration measure (the one press report of ¥5,000,000 is about this measure's coordinators); this measure's ¥5,000,000 is applied as an unsourced, conservative reading.",
        "移住・定住対策のコーディネーターに1人当たりの上限は公表されていない（500万円の報道は本措置のコーディネーターに関するもの）。本措置の500万円を出典のない保守的な読みとして適用する。",
      ),
    },
    capConcurrentYen: {
      value: "400000",
      cite: ordinance(
        "移住・定住対策 (2)",
        true,
        "No concurrent cap is published; the ¥400,000 兼任 cap of this measure is applied as the conservative reading.",
        "兼任の上限は公表されていないため、本措置の兼任上限40万円を保守的な読みとして適用する。",
      ),
    },
  },
  footnotes: {
    fn1: seed(
      "※1",
      "Registration-system build costs count only when the digital bond (デジタル活用推進事業債) does not cover them.",
    ),
    fn2: seed(
      "※2",
      "Private operators' facility work may not be new construction; costs the regional-revitalisation bond (地域活性化事業債) covers are out.",
    ),
    fn3: seed("※3", "Cash handouts to dual residents (travel-cost support and the like) are out."),
    fn4: seed(
      "※4",
      "Regional study only when it takes in students from outside, is not mainly school appeal, and is in the body's strategy plan.",
    ),
    fn5: seed("※5", "A project run with migration/settlement work goes wholly to one measure by its primary purpose."),
  },
};

/** FY2025 (令和7年度), the measure's first year: its parameters, the seed's catalog and the first rules. */
export const fy2025: Ruleset = { ...parameters, catalog, rules: FIRST_RULES };
