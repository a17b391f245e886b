import type { FootnoteId } from "../trace/names.js";
import type { Bilingual } from "../trace/step.js";

/*
 * Words of a budget line that bear on a footnote or on another rule of every line, as data: what the hints
 * of a suggestion say. Read from DOMAIN.md §4 (the footnotes) and §11 (特定財源, double claims); where the
 * seed is silent the hint asks rather than decides, and docs/inferences.md names the reading. A hint never
 * changes a figure: the rule's own question (`facts`) still has to be answered.
 *
 * A cue may bear on several rules, in order: a suggestion gets the first reading whose rule bears on its
 * item (地方債 on a facility is ※2's bond; on the registration system ※1's; on any other item it is
 * 特定財源).
 */

/** The rules a hint may name: the footnotes, 特定財源 (own burden) and double claims. */
export type HintRule = FootnoteId | "own-burden" | "double-claim";

/** One reading of a cue: the rule it bears on and what the hint says. */
export interface CueReading {
  readonly rule: HintRule;
  readonly note: Bilingual;
}

/** Words that bear on rules, and what they say about each. */
export interface FootnoteCue {
  /** The words, as budgets write them (folded as the lexicon's are). */
  readonly words: readonly string[];
  /** The readings, in order: the first whose rule bears on the item is the hint. */
  readonly readings: readonly CueReading[];
}

const BOND_FN2: CueReading = {
  rule: "fn2",
  note: {
    ja: "※2: 地方自治体が行う施設整備で、地域活性化事業債の対象経費に当たる部分は対象外です。それ以外の地方債は特定財源（specificRevenue.bonds）として控除します。",
    en: "※2: for the body's own facility work, what lies within the regional-revitalisation bond's scope is out; any other bond is specific revenue (specificRevenue.bonds), deducted.",
  },
};

const BOND_FN1: CueReading = {
  rule: "fn1",
  note: {
    ja: "※1: 登録システムの構築でデジタル活用推進事業債の対象となる経費は対象外です。それ以外の地方債は特定財源（specificRevenue.bonds）として控除します。",
    en: "※1: a registration-system build the digital bond covers is out; any other bond is specific revenue (specificRevenue.bonds), deducted.",
  },
};

const SPECIFIC_REVENUE: CueReading = {
  rule: "own-burden",
  note: {
    ja: "特定財源（国・都道府県の補助金や交付金、地方債、寄附金など）は控除され、一般財源等が算定の基礎です。金額を specificRevenue に書きます。",
    en: "Specific revenue (national or prefectural grants, bonds, donations …) is deducted; the body's own burden is what counts. Give it in specificRevenue.",
  },
};

/** The cues, in the order their hints are listed. */
export const FOOTNOTE_CUES: readonly FootnoteCue[] = [
  {
    words: ["デジタル活用推進事業債"],
    readings: [BOND_FN1, SPECIFIC_REVENUE],
  },
  {
    words: ["システム構築", "構築", "開発", "導入"],
    readings: [
      {
        rule: "fn1",
        note: {
          ja: "※1: システムの構築（既存システムの改修を含む）は、デジタル活用推進事業債の対象とならない経費だけが対象です。",
          en: "※1: a system build (an upgrade of an existing one included) counts only where the digital bond does not cover it.",
        },
      },
    ],
  },
  {
    words: ["保守", "維持管理", "運用", "ランニング"],
    readings: [
      {
        rule: "fn1",
        note: {
          ja: "※1: 登録システムの維持（保守・運用）は対象です。起債の問いは構築の場合だけです。",
          en: "※1: keeping a registration system (maintenance, operation) counts; the bond is asked about a build only.",
        },
      },
    ],
  },
  {
    words: ["新築", "新設", "建設", "建築", "建て替え"],
    readings: [
      {
        rule: "fn2",
        note: {
          ja: "※2: 民間事業者が行う施設整備の新築は対象外です（改修は対象）。地方自治体が行う場合は地域活性化事業債の対象経費かを問います。",
          en: "※2: new construction by a private operator is out (renovation counts); work by the body itself is asked whether the regional bond covers it.",
        },
      },
    ],
  },
  {
    words: ["改修", "改装", "リノベーション", "リフォーム"],
    readings: [
      {
        rule: "fn2",
        note: {
          ja: "※2: 施設の改修は対象になりえます。地方自治体が行う場合、地域活性化事業債の対象経費に当たる部分は対象外です。",
          en: "※2: renovating a facility may count; for the body's own work, what lies within the regional bond's scope is out.",
        },
      },
      {
        rule: "fn1",
        note: {
          ja: "※1: 既存システムの改修は構築として、デジタル活用推進事業債の対象とならない経費だけが対象です（推定）。",
          en: "※1: upgrading an existing system is read as a build: it counts only where the digital bond does not cover it (an inference).",
        },
      },
    ],
  },
  {
    words: ["地域活性化事業債"],
    readings: [BOND_FN2, SPECIFIC_REVENUE],
  },
  {
    words: ["地方債", "起債", "過疎債", "過疎対策事業債", "辺地債", "辺地対策事業債"],
    readings: [BOND_FN2, BOND_FN1, SPECIFIC_REVENUE],
  },
  {
    words: ["現金", "給付金", "商品券", "金券", "ギフト券", "ギフトカード", "キャッシュバック", "奨励金", "支給"],
    readings: [
      {
        rule: "fn3",
        note: {
          ja: "※3: 二地域居住者等への現金給付は対象外です。商品券など現金に代わるものも現金給付と読みます（推定）。",
          en: "※3: cash handed to dual residents is out; vouchers and the like are read as cash (an inference).",
        },
      },
    ],
  },
  {
    words: ["交通費", "旅費", "宿泊費", "滞在費", "家賃補助", "家賃助成", "移住支援金"],
    readings: [
      {
        rule: "fn3",
        note: {
          ja: "※3: 二地域居住者等本人への交通費・宿泊費などの支援（現金給付）は対象外です。職員の出張旅費など本人に渡さない経費は給付ではありません。",
          en: "※3: travel, lodging or rent money handed to dual residents is out (a cash handout); the body's own staff travel is not a handout.",
        },
      },
    ],
  },
  {
    words: ["魅力化"],
    readings: [
      {
        rule: "fn4",
        note: {
          ja: "※4: 学校の魅力化が主目的の地域留学は対象外です（地域外からの生徒の受入れが主目的であること）。",
          en: "※4: regional study mainly about making the school attractive is out (its main purpose must be taking in outside students).",
        },
      },
    ],
  },
  {
    words: ["地域留学", "地域みらい留学", "山村留学", "離島留学", "島留学", "留学"],
    readings: [
      {
        rule: "fn4",
        note: {
          ja: "※4: 地域留学は、地域外からの生徒の受入れが主目的で、学校魅力化が主目的でなく、地方創生総合戦略等に位置付けられている場合に限り対象です。",
          en: "※4: regional study counts only when mainly taking in outside students, not mainly school appeal, and in the regional-revitalisation strategy or a like plan.",
        },
      },
    ],
  },
  {
    words: ["移住", "定住", "UIJターン", "Uターン", "Iターン", "Jターン"],
    readings: [
      {
        rule: "fn5",
        note: {
          ja: "※5: 移住・定住対策と一体の事業は、主たる目的で全額をどちらかの措置に振り分けます（按分しない）。移住・定住が主なら移住・定住対策で算定し、この措置の対象外です。",
          en: "※5: a project run with migration work goes wholly to one measure by its primary purpose (never apportioned); mainly migration or settlement, it goes to the migration measure.",
        },
      },
    ],
  },
  {
    words: [
      "国庫補助",
      "国庫支出金",
      "国費",
      "県補助",
      "県費補助",
      "県支出金",
      "都道府県支出金",
      "地方創生推進交付金",
      "地方創生拠点整備交付金",
      "デジタル田園都市国家構想交付金",
      "デジ田交付金",
      "新しい地方経済生活環境創生交付金",
      "地方創生交付金",
      "寄附金",
      "寄付金",
      "ふるさと納税",
    ],
    readings: [SPECIFIC_REVENUE],
  },
  {
    words: ["地域おこし協力隊", "集落支援員", "地域プロジェクトマネージャー", "地域活性化起業人", "地方創生推進"],
    readings: [
      {
        rule: "double-claim",
        note: {
          ja: "重複計上: 同じ経費を他の算定事項（地域おこし協力隊、集落支援員、地方創生の推進など）でも計上すると、この措置では対象外です。alsoClaimedUnder に書きます。",
          en: "Double claim: a cost also claimed under another measure (地域おこし協力隊, 集落支援員, regional revitalisation promotion …) is out of this one. Give it in alsoClaimedUnder.",
        },
      },
    ],
  },
];
