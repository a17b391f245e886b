import type { furusatoItems, items } from "./items.js";

/*
 * The words of budget lines that point to each catalog item, as data: what `suggestItems` reads to go from
 * a line of a budget (事業名, 節・細節, 内容) to an item id. Written from the seed's item list (the labels in
 * items.ts), the table of budget lines in docs/modelling.md and DOMAIN.md, each term with the reason it
 * points where it does. Terms are written as budgets write them; the suggester folds both sides (NFKC,
 * letter case, katakana to hiragana, separators dropped), so ＰＲ and PR, ファンクラブ and ﾌｧﾝｸﾗﾌﾞ are one.
 *
 * Three strengths:
 * - strong: the word names the item and says it is this measure's (お試し住宅, 空き家バンク, 保育園留学);
 *   it suggests the item alone.
 * - usual: the word names the item but is used in other policies too (相談窓口, ホームページ, パンフレット,
 *   意識調査); it suggests the item only when the line also says what it is for — a word of MEASURE_WORDS
 *   or a strong term. 「市ホームページ保守」 and 「市民意識調査」 are not this measure.
 * - context: the word fits the item (会場 for a meeting, 印刷 for a pamphlet) but names no item; it adds to
 *   an item another term has suggested, never suggests one.
 * A term of several words ("改修+補助") matches when all of them are in the line, in any order.
 */

/** How much a term says of its item: see the comment at the top of the file. */
export type TermStrength = "strong" | "usual" | "context";

/** One term of the lexicon: its words, its strength and why it points to its item. */
export interface LexiconTerm {
  /** The words, as budgets write them: one, or several that must all be in the line. */
  readonly words: readonly string[];
  /** How much it says of its item. */
  readonly strength: TermStrength;
  /** Why it points to its item, in a few words. */
  readonly reason: string;
}

/** A word that says a line is for this measure or its neighbour (移住・定住), so that usual terms count. */
export interface MeasureWord {
  /** The word, as budgets write it. */
  readonly word: string;
  /** Why it says so. */
  readonly reason: string;
}

/** The id of an item of a built-in catalog (FY2025's and the ones FY2026 adds). */
export type LexiconItemId = (typeof items)[number]["id"] | (typeof furusatoItems)[number]["id"];

/** Terms of one strength sharing one reason; "a+b" is one term of two words. */
const terms =
  (strength: TermStrength) =>
  (written: readonly string[], reason: string): LexiconTerm[] =>
    written.map((w) => ({ words: w.split("+"), strength, reason }));
const strong = terms("strong");
const usual = terms("usual");
const context = terms("context");

/**
 * Words that say a line is about dual residence, relationship population or migration: with one of them in
 * a line, a usual term suggests its item. 移住・定住 count too: a line of the migration measure is still
 * suggested an item, and ※5 is then named in the hints.
 */
export const MEASURE_WORDS: readonly MeasureWord[] = [
  ...["二地域居住", "二地域", "二拠点", "多拠点", "デュアルライフ"].map((word) => ({
    word,
    reason: "dual residence: the measure itself",
  })),
  ...["関係人口", "交流人口", "ふるさと住民", "ふるさと回帰"].map((word) => ({
    word,
    reason: "relationship population: the measure itself",
  })),
  ...["移住", "定住", "UIJターン", "Uターン", "Iターン", "Jターン", "田舎暮らし", "地方暮らし"].map((word) => ({
    word,
    reason: "migration and settlement: this measure's neighbour (※5)",
  })),
  ...["お試し", "おためし", "ちょっと暮らし", "ワーケーション"].map((word) => ({
    word,
    reason: "trial stays: the measure's first contact",
  })),
  ...["都市住民", "都市部", "地域外", "首都圏"].map((word) => ({
    word,
    reason: "people from outside the region: whom the measure reaches",
  })),
];

/**
 * Each item's terms. Every item of the built-in catalogs has an entry (the type says so); an item a
 * ruleset of the caller's adds has none and is never suggested.
 */
export const LEXICON: Readonly<Record<LexiconItemId, readonly LexiconTerm[]>> = {
  "information.consultation-events": [
    ...usual(["相談会", "セミナー", "説明会", "相談イベント"], "the item: 相談会、セミナー等の開催"),
    ...usual(["講演会", "フォーラム", "シンポジウム", "トークイベント"], "a meeting held to inform, like a seminar"),
    ...context(["会場", "講師", "謝礼", "謝金", "開催", "登壇", "集客", "参加者募集"], "what holding a meeting costs"),
  ],
  "information.event-booths": [
    ...usual(["ブース", "出展", "出店"], "the item: 相談ブースの出展"),
    ...usual(["ふるさと回帰フェア", "移住フェア", "交流フェア"], "fairs where bodies take a booth"),
    ...context(["フェア", "展示会", "見本市", "装飾", "出展料", "出展負担金"], "what a booth at a fair costs"),
  ],
  "information.web-and-city-office": [
    ...usual(
      [
        "ホームページ",
        "HP",
        "ウェブサイト",
        "webサイト",
        "ウェブページ",
        "ポータルサイト",
        "特設サイト",
        "専用サイト",
        "情報サイト",
        "ポータル",
      ],
      "the item: 各地方自治体のホームページ",
    ),
    ...usual(["東京事務所", "大阪事務所", "名古屋事務所", "在京事務所"], "the item: 東京事務所等における情報発信"),
    ...usual(
      ["SNS", "インスタグラム", "Instagram", "Facebook", "フェイスブック", "X(旧Twitter)"],
      "the body's own web outreach",
    ),
    ...context(["情報発信", "サイト", "更新", "掲載", "ウェブ", "web", "オンライン", "発信"], "what web outreach does"),
  ],
  "information.telework-environment": [
    ...strong(
      ["コワーキングスペース+紹介", "コワーキング+紹介", "テレワーク環境", "リモートワーク環境"],
      "the item: コワーキングスペースの紹介などテレワーク環境の発信",
    ),
    ...usual(
      [
        "テレワーク+発信",
        "テレワーク+PR",
        "テレワーク+紹介",
        "ワーケーション+PR",
        "ワーケーション+発信",
        "ワーケーション+紹介",
      ],
      "making the telework environment known",
    ),
    ...usual(
      ["サテライトオフィス+誘致", "サテライトオフィス+紹介", "テレワーク+誘致"],
      "making the workplaces known to firms and workers",
    ),
    ...context(["テレワーク", "リモートワーク", "誘致", "マップ", "ガイド", "紹介"], "telework and its promotion"),
  ],
  "information.promotion-materials": [
    ...usual(
      ["パンフレット", "リーフレット", "チラシ", "ガイドブック", "冊子", "ポスター"],
      "the item: パンフレット等の制作",
    ),
    ...usual(
      ["PR動画", "プロモーション動画", "プロモーションビデオ", "動画制作", "映像制作", "紹介動画"],
      "the item: プロモーション動画の制作",
    ),
    ...context(
      ["印刷", "製本", "制作", "作成", "デザイン", "撮影", "編集", "増刷", "動画", "映像"],
      "what making printed or filmed material costs",
    ),
  ],
  "information.registration-system": [
    ...strong(
      ["二地域居住者登録", "関係人口登録", "関係人口データベース"],
      "the item: 二地域居住者等の登録のためのシステム",
    ),
    ...usual(
      ["登録システム", "登録+システム", "登録+アプリ", "登録+データベース", "会員管理システム"],
      "a system that registers people (※1)",
    ),
    ...context(
      ["システム", "アプリ", "データベース", "構築", "保守", "ライセンス", "クラウド", "サーバ"],
      "what a system costs",
    ),
  ],
  "information.other": [
    ...usual(
      ["広告", "新聞広告", "雑誌広告", "交通広告", "車内広告", "中吊り"],
      "advertising: information work of the same kind (等)",
    ),
    ...usual(
      ["テレビCM", "ラジオCM", "CM", "メールマガジン", "メルマガ", "ダイレクトメール", "タイアップ記事"],
      "media beyond the listed ones (等)",
    ),
    ...context(["掲載", "放映", "出稿", "配信"], "placing a message in media"),
  ],
  "consultation.in-region-desk": [
    ...usual(
      ["相談窓口", "相談デスク", "相談員", "相談支援員", "ワンストップ窓口", "移住支援センター", "定住支援センター"],
      "the item: 相談窓口の設置",
    ),
    ...context(
      ["窓口", "デスク", "相談", "市役所", "役場", "庁舎", "地域内", "市内", "町内", "村内", "現地", "地元", "常駐"],
      "a desk inside the region",
    ),
  ],
  "consultation.out-of-region-desk": [
    ...usual(["相談窓口", "相談デスク", "相談員", "相談支援員"], "the item: 相談窓口の設置"),
    ...strong(["ふるさと回帰支援センター"], "a desk in Tokyo where bodies place their advisers"),
    ...usual(
      ["東京+窓口", "大阪+窓口", "都内+窓口", "首都圏+窓口", "都市部+窓口", "アンテナショップ+相談"],
      "the item: 都市部等の地域外での相談窓口",
    ),
    ...context(
      [
        "窓口",
        "デスク",
        "相談",
        "東京",
        "大阪",
        "名古屋",
        "都内",
        "首都圏",
        "都市部",
        "地域外",
        "県外",
        "有楽町",
        "アンテナショップ",
      ],
      "a desk outside the region",
    ),
  ],
  "consultation.other": [
    ...usual(
      [
        "オンライン相談",
        "オンライン+相談",
        "電話相談",
        "相談ダイヤル",
        "チャット相談",
        "LINE相談",
        "メール相談",
        "出張相談",
        "相談受付システム",
      ],
      "consultation by other means than a desk (等)",
    ),
    ...context(["相談", "問い合わせ", "予約"], "consultation"),
  ],
  "opportunity.trial-tours": [
    ...strong(["二地域居住体験", "お試し暮らし体験", "お試し移住ツアー"], "the item: 二地域居住体験ツアー"),
    ...usual(
      [
        "体験ツアー",
        "モニターツアー",
        "お試しツアー",
        "現地ツアー",
        "見学ツアー",
        "下見ツアー",
        "視察ツアー",
        "ツアー",
      ],
      "the item: 体験ツアー",
    ),
    ...usual(
      ["暮らし体験", "移住体験", "短期滞在体験", "ワーケーション体験", "滞在体験"],
      "living here for a while to try it",
    ),
    ...context(["体験", "参加者", "旅行", "宿泊", "企画", "行程", "モニター"], "what a tour is made of"),
  ],
  "opportunity.regional-study-programs": [
    ...strong(
      ["地域留学", "地域みらい留学", "山村留学", "離島留学", "島留学", "高校留学"],
      "the item: 地域留学のプログラムづくり (※4)",
    ),
    ...usual(
      ["魅力化", "全国募集", "県外生", "県外募集", "寮", "下宿", "ハウスマスター"],
      "taking in students from outside, as regional study does (※4)",
    ),
    ...context(["留学", "高校", "生徒", "入学", "募集"], "school and students"),
  ],
  "opportunity.dual-school-programs": [
    ...strong(["デュアルスクール", "保育園留学", "保育留学", "区域外就学"], "the item: デュアルスクール・保育園留学"),
    ...usual(
      ["親子留学", "短期留学", "親子ワーケーション", "教育移住", "学校体験", "体験入学"],
      "children studying here for a while with a parent",
    ),
    ...context(
      ["児童", "小学校", "中学校", "保育園", "保育所", "子ども", "親子", "就学", "学校"],
      "children and schools",
    ),
  ],
  "opportunity.facilities": [
    ...strong(
      [
        "お試し住宅",
        "おためし住宅",
        "お試し居住施設",
        "お試し暮らし住宅",
        "移住体験住宅",
        "体験住宅",
        "ちょっと暮らし住宅",
        "短期滞在住宅",
      ],
      "the item: 移住体験住宅 (trial housing, ※2)",
    ),
    ...strong(
      [
        "サテライトオフィス",
        "コワーキングスペース",
        "コワーキング施設",
        "ワーケーション施設",
        "テレワーク施設",
        "テレワークセンター",
      ],
      "the item: サテライトオフィス・コワーキングスペース・ワーケーション施設の整備 (※2)",
    ),
    ...usual(
      ["シェアオフィス", "滞在施設", "交流拠点施設"],
      "a place to stay or work in, as the item's facilities are (※2)",
    ),
    ...usual(["お試し居住", "お試し暮らし"], "trial living, most often in a trial house"),
    ...context(
      [
        "整備",
        "改修",
        "改装",
        "工事",
        "設計",
        "新築",
        "建設",
        "備品",
        "家具",
        "家電",
        "開設",
        "施設",
        "指定管理",
        "管理",
      ],
      "building, fitting out and keeping a facility",
    ),
  ],
  "opportunity.resident-exchange": [
    ...usual(
      ["交流会", "交流イベント", "交流プログラム", "交流事業", "交流機会", "地域交流", "住民交流", "交流ツアー"],
      "the item: 地域住民との交流機会",
    ),
    ...usual(["住民+交流", "地域住民+交流", "祭り+参加", "地域行事"], "meeting the people who live here"),
    ...context(["交流", "住民", "祭り", "行事", "懇親", "おもてなし"], "meeting residents"),
  ],
  "opportunity.fan-club": [
    ...strong(["ファンクラブ", "ファン倶楽部", "ふるさと応援団"], "the item: 地域のファンクラブ"),
    ...usual(
      [
        "応援団",
        "ファンコミュニティ",
        "ファン会員",
        "ふるさとサポーター",
        "サポーター制度",
        "ファンミーティング",
        "会員特典",
      ],
      "a circle of supporters of the region, as a fan club is",
    ),
    ...context(["会員", "会員証", "会報", "ニュースレター", "特典", "ファン"], "what a fan club runs on"),
  ],
  "opportunity.attitude-survey": [
    ...usual(
      ["意識調査", "意向調査", "意識動向", "動向調査", "ニーズ調査", "実態調査", "アンケート"],
      "the item: 二地域居住意識動向の調査",
    ),
    ...context(["調査", "分析", "集計", "回答"], "what a survey is"),
  ],
  "opportunity.other": [
    ...usual(
      ["農業体験", "漁業体験", "林業体験", "農作業体験", "収穫体験", "援農", "農泊"],
      "first contact through the region's work (等)",
    ),
    ...strong(
      ["ふるさとワーキングホリデー", "関係案内所"],
      "relationship-population programmes of their own name (等)",
    ),
    ...usual(["ワーキングホリデー", "ワーホリ", "ボランティア", "地域体験"], "first contact of another kind (等)"),
    ...context(["体験", "受入"], "a first stay"),
  ],
  "reception.jobs-and-side-jobs": [
    ...strong(["副業人材", "兼業副業人材", "複業人材"], "the item: people from outside taking side jobs here"),
    ...usual(["副業", "兼業", "複業", "プロボノ"], "the item: 兼業・副業の支援"),
    ...usual(
      [
        "就職支援",
        "就業支援",
        "就労支援",
        "就職",
        "求人",
        "職業紹介",
        "人材マッチング",
        "仕事マッチング",
        "しごと",
        "仕事",
      ],
      "the item: 就職の支援",
    ),
    ...usual(["人材バンク", "企業人材", "業務委託報酬", "インターンシップ"], "work for people from outside the region"),
    ...context(["マッチング", "報酬", "企業", "雇用", "求職", "人材", "業務"], "work and pay"),
  ],
  "reception.vacant-house-bank": [
    ...strong(["空き家バンク", "空家バンク", "空き家情報バンク", "空き家登録"], "the item: 空き家バンクの運営"),
    ...usual(
      [
        "空き家活用",
        "空き家情報",
        "空き家調査",
        "空き家見学",
        "空き家マッチング",
        "物件情報",
        "住まい探し",
        "住宅情報",
      ],
      "finding a house for newcomers, as the bank does",
    ),
    ...context(["空き家", "空家", "物件", "住まい", "不動産", "宅建"], "houses to let or sell"),
  ],
  "reception.housing-renovation-grants": [
    ...usual(
      [
        "住宅改修",
        "空き家改修",
        "改修補助",
        "改修助成",
        "改修費補助",
        "リフォーム補助",
        "リフォーム助成",
        "住宅リフォーム",
      ],
      "the item: 住宅改修への助成",
    ),
    ...usual(
      ["改修+補助", "改修+助成", "リフォーム+補助", "リフォーム+助成", "改修+交付金"],
      "a grant for renovating a house",
    ),
    ...context(
      ["補助金", "助成金", "補助", "助成", "改修", "リフォーム", "住宅", "空き家", "家財"],
      "houses and grants",
    ),
  ],
  "reception.other": [
    ...usual(
      [
        "カーシェア",
        "シェアサイクル",
        "レンタカー",
        "移動手段",
        "家具貸出",
        "家電貸出",
        "生活用品",
        "一時保育",
        "一時預かり",
        "子育て相談",
      ],
      "daily life of newcomers beyond jobs and houses (等)",
    ),
    ...usual(["生活支援", "暮らし支援", "受入体制"], "making the region ready to take people in (等)"),
    ...context(["生活", "暮らし", "貸出", "受入環境"], "daily life"),
  ],
  "furusato.system-setup-and-operation": [
    ...strong(
      ["ふるさと住民", "ふるさと住民登録", "ふるさと住民票"],
      "the item: ふるさと住民登録制度の準備・運用 (FY2026)",
    ),
    ...context(["登録", "アプリ", "準備", "運用", "制度", "システム"], "preparing and running a registration"),
  ],
};
