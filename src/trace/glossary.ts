import type { BodyKind, Post, Purpose } from "./names.js";

/*
 * The terms of the field in Japanese and English, defined once. Rule notes, explanations and renderers
 * read them from here, so that 専任 or 移住・定住対策 is spelled the same wherever it appears.
 */

type Terms<K extends string> = Readonly<Record<K, { readonly ja: string; readonly en: string }>>;

/** The measures by their short names: 二地域居住・関係人口 / 移住・定住. */
export const MEASURE_TERMS: Terms<Purpose> = {
  "dual-residence": { ja: "二地域居住・関係人口", en: "dual residence" },
  migration: { ja: "移住・定住", en: "migration" },
};

/** The measures by the name of the policy: 二地域居住・関係人口施策 / 移住・定住対策. */
export const MEASURE_POLICY_TERMS: Terms<Purpose> = {
  "dual-residence": { ja: "二地域居住・関係人口施策", en: "dual-residence measure" },
  migration: { ja: "移住・定住対策", en: "migration measure" },
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
