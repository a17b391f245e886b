import type { CatalogItem, CoordinatorActivity, FactName, FootnoteId, Label, PillarId } from "./types.js";

/** ※3 (cash handouts) bears on every expense; `cashHandout` may be stated on any item. */
const CASH: FactName = "cashHandout";

/** One item; its id keeps its literal type, so that the item ids' union is derived from this list (`ItemId`). */
function item<Id extends string>(
  id: Id,
  pillar: PillarId,
  label: Label,
  extra: {
    footnotes?: FootnoteId[];
    required?: FactName[];
    optional?: FactName[];
    seedText?: { text: string; note: Label };
  } = {},
): CatalogItem & { readonly id: Id } {
  const isOther = id.endsWith(".other");
  const required = extra.required ?? [];
  const requiredFacts: FactName[] = isOther ? [...required, "description", CASH] : required;
  const optional = [...(extra.optional ?? []), CASH, "description" as const].filter((f) => !requiredFacts.includes(f));
  return {
    id,
    pillar,
    label,
    footnotes: [...(extra.footnotes ?? []), "fn3", "fn5"].filter((f, i, all) => all.indexOf(f) === i) as FootnoteId[],
    requiredFacts,
    optionalFacts: optional.filter((f, i, all) => all.indexOf(f) === i),
    isOther,
    ...(extra.seedText && { seedText: extra.seedText }),
  };
}

/** Expense items, in the seed's order; ids are stable (DESIGN.md). Labels as the seed words them. */
export const items = [
  item("information.consultation-events", "information", {
    ja: "相談会、セミナー等の開催",
    en: "Consultation meetings and seminars",
  }),
  item("information.event-booths", "information", {
    ja: "関連イベント等への相談ブースの出展",
    en: "Consultation booths at related events",
  }),
  item("information.web-and-city-office", "information", {
    ja: "各地方自治体のホームページや東京事務所等における情報発信",
    en: "Websites and outreach at Tokyo offices",
  }),
  item("information.telework-environment", "information", {
    ja: "コワーキングスペースの紹介などテレワーク環境の発信",
    en: "Promoting the telework environment (e.g. coworking spaces)",
  }),
  item("information.promotion-materials", "information", {
    ja: "二地域居住等の促進のためのパンフレット・プロモーション動画等の制作",
    en: "Pamphlets and promotional videos",
  }),
  item(
    "information.registration-system",
    "information",
    {
      ja: "二地域居住者等の登録のためのシステムの構築・維持",
      en: "Registration system for dual residents: build and upkeep",
    },
    { footnotes: ["fn1"], required: ["system"] },
  ),
  item("information.other", "information", {
    ja: "その他の情報発信（等）",
    en: "Other information work of the same kind",
  }),
  item("consultation.in-region-desk", "consultation", {
    ja: "地域内の相談窓口の設置",
    en: "Consultation desk inside the region",
  }),
  item("consultation.out-of-region-desk", "consultation", {
    ja: "都市部等の地域外での相談窓口の設置",
    en: "Consultation desk in cities or outside the region",
  }),
  item("consultation.other", "consultation", {
    ja: "その他の相談窓口（等）",
    en: "Other consultation work of the same kind",
  }),
  item("opportunity.trial-tours", "opportunity", {
    ja: "「二地域居住体験ツアー」等の実施",
    en: "Dual-residence trial tours",
  }),
  item(
    "opportunity.regional-study-programs",
    "opportunity",
    { ja: "地域留学のプログラムづくり", en: "Regional study (地域留学) programmes" },
    { footnotes: ["fn4"], required: ["regionalStudy"] },
  ),
  item("opportunity.dual-school-programs", "opportunity", {
    ja: "「デュアルスクール」や保育園留学のプログラムづくり",
    en: "Dual-school and nursery study-stay programmes",
  }),
  item(
    "opportunity.facilities",
    "opportunity",
    {
      ja: "移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備",
      en: "Trial housing, satellite offices, coworking and workation facilities",
    },
    { footnotes: ["fn2"], required: ["facility"] },
  ),
  item("opportunity.resident-exchange", "opportunity", {
    ja: "地域住民との交流機会やプログラムの実施",
    en: "Exchange with local residents",
  }),
  item("opportunity.fan-club", "opportunity", { ja: "地域のファンクラブの設置", en: "Regional fan clubs" }),
  item(
    "opportunity.attitude-survey",
    "opportunity",
    { ja: "二地域居住意識動向の調査", en: "Surveys of dual-residence attitudes" },
    {
      seedText: {
        text: "二地域居留意識動向の調査",
        note: {
          ja: "資料の表記は「二地域居留」。本ライブラリは「二地域居住」の誤記と読み、ラベルを改めた（推定）。",
          en: "The seed writes 二地域居留; read as a slip for 二地域居住 (dual residence), and labelled so (an inference).",
        },
      },
    },
  ),
  item("opportunity.other", "opportunity", {
    ja: "その他のきっかけづくり（等）",
    en: "Other first-contact work of the same kind",
  }),
  item(
    "reception.jobs-and-side-jobs",
    "reception",
    { ja: "就職や兼業・副業の支援", en: "Jobs, side jobs and dual work" },
    { required: [CASH] },
  ),
  item("reception.vacant-house-bank", "reception", {
    ja: "住居支援（空き家バンクの運営）",
    en: "Housing: running a vacant-house bank (空き家バンク)",
  }),
  item("reception.housing-renovation-grants", "reception", {
    ja: "住居支援（住宅改修への助成）",
    en: "Housing: renovation grants",
  }),
  item("reception.other", "reception", {
    ja: "その他の受入環境の整備（等）",
    en: "Other reception work of the same kind",
  }),
] as const satisfies readonly CatalogItem[];

/** Coordinator activities (コーディネーターによる支援): coordinators are records, not expense items. */
export const coordinatorActivities: readonly CoordinatorActivity[] = [
  {
    id: "planning",
    label: { ja: "二地域居住・関係人口に関する施策の企画・立案・実行の支援", en: "Planning and running policies" },
    footnotes: [],
    isOther: false,
  },
  {
    id: "consultation-and-living-support",
    label: {
      ja: "二地域居住希望者等への情報提供や相談対応、円滑な地域生活への支援",
      en: "Information, consultation and daily-life support",
    },
    footnotes: [],
    isOther: false,
  },
  {
    id: "dual-school-support",
    label: {
      ja: "「デュアルスクール」・保育園留学における児童生徒の円滑な就学・保育の支援",
      en: "Dual-school and nursery study-stay support",
    },
    footnotes: [],
    isOther: false,
  },
  {
    id: "regional-study-support",
    label: { ja: "地域留学の支援", en: "Regional study support" },
    footnotes: ["fn4"],
    isOther: false,
  },
  {
    id: "other",
    label: { ja: "その他の支援（等）", en: "Other support of the same kind" },
    footnotes: [],
    isOther: true,
  },
];

/**
 * The ふるさと住民 track's item (FY2026 on, provisional): 「制度の準備・運用に要する経費」. No footnote fact is
 * required; ※1 (an app built on the digital bond: `system`) and ※3 (travel or lodging perks paid to
 * registrants: `cashHandout`) reach it through optional facts. ※5 does not route it: it is its own track.
 */
export const furusatoItems = [
  {
    id: "furusato.system-setup-and-operation" as const,
    pillar: "furusato",
    label: {
      ja: "ふるさと住民登録制度の準備・運用に要する経費",
      en: "Preparing and running the furusato resident registration",
    },
    footnotes: ["fn1", "fn3"],
    requiredFacts: [],
    optionalFacts: ["system", "cashHandout", "description"],
    isOther: false,
  },
] as const satisfies readonly CatalogItem[];
