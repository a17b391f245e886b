import type { BodyKind, Measure, OtherMeasure, Post, SpecificRevenuePart } from "./names.js";

/*
 * The terms of the field in Japanese and English, defined once. Rule notes, explanations and renderers
 * read them from here, so that 専任 or 移住・定住対策 is spelled the same wherever it appears.
 */

type Terms<K extends string> = Readonly<Record<K, { readonly ja: string; readonly en: string }>>;

/** A term by a key read from a file (which may be edited): its words, or the key itself where it names none. */
export function termOf<K extends string>(terms: Terms<K>, key: string): { readonly ja: string; readonly en: string } {
  return (terms as Partial<Record<string, { readonly ja: string; readonly en: string }>>)[key] ?? { ja: key, en: key };
}

/** The measures by their short names: 二地域居住・関係人口 / 移住・定住. */
export const MEASURE_TERMS: Terms<Measure> = {
  "dual-residence": { ja: "二地域居住・関係人口", en: "dual residence" },
  migration: { ja: "移住・定住", en: "migration" },
  "furusato-resident": { ja: "ふるさと住民登録制度", en: "furusato residents" },
};

/** The measures by the name of the policy (the ふるさと住民 track: FY2026, provisional): 二地域居住・関係人口施策 / 移住・定住対策. */
export const MEASURE_POLICY_TERMS: Terms<Measure> = {
  "dual-residence": { ja: "二地域居住・関係人口施策", en: "dual-residence measure" },
  migration: { ja: "移住・定住対策", en: "migration measure" },
  "furusato-resident": { ja: "ふるさと住民登録制度（暫定）", en: "furusato resident track (provisional)" },
};

/** 専任 / 兼任. */
export const POST_TERMS: Terms<Post> = {
  "full-time": { ja: "専任", en: "full-time" },
  concurrent: { ja: "兼任", en: "concurrent" },
};

/** 市町村 / 都道府県. */
export const BODY_KIND_TERMS: Terms<BodyKind> = {
  municipality: { ja: "市町村", en: "municipality" },
  prefecture: { ja: "都道府県", en: "prefecture" },
};

/** The other 算定事項 a cost may also be claimed under, by their official names. */
export const OTHER_MEASURE_TERMS: Terms<OtherMeasure> = {
  "migration-settlement": { ja: "移住・定住対策に要する経費", en: "migration and settlement measures" },
  "regional-revitalization-cooperators": {
    ja: "地域おこし協力隊員の設置等に要する経費",
    en: "regional revitalization cooperators (地域おこし協力隊)",
  },
  "community-supporters": { ja: "集落対策に要する経費（集落支援員）", en: "community supporters (集落支援員)" },
  "regional-revitalization-promotion": { ja: "地方創生の推進に要する経費", en: "regional revitalization promotion" },
  other: { ja: "その他の算定事項", en: "another measure (named in the description)" },
};

/** The parts of 特定財源. */
export const SPECIFIC_REVENUE_TERMS: Terms<SpecificRevenuePart> = {
  national: { ja: "国庫支出金", en: "national subsidies" },
  prefectural: { ja: "都道府県支出金", en: "prefectural subsidies" },
  bonds: { ja: "地方債", en: "local bonds" },
  other: { ja: "その他", en: "other (donations, fees, contributions)" },
};

/** The columns of the survey form (算定資料): 事業費, 特定財源, 一般財源等, 算定対象経費. */
export const FUNDING_TERMS = {
  projectCost: { ja: "事業費", en: "project cost" },
  specificRevenue: { ja: "特定財源", en: "specific revenue" },
  ownBurden: { ja: "一般財源等", en: "own burden" },
  eligible: { ja: "算定対象経費", en: "eligible cost" },
} as const;
