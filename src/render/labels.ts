import type { Measure } from "../trace/names.js";
import type { Disposition } from "../rules/line.js";
import type { Citation } from "../rules/parameters.js";
import { FUNDING_TERMS } from "../trace/glossary.js";
import { FOOTNOTE_MARKS, type LineRuleId, type ReviewCode, type StepRuleId } from "../trace/names.js";

/**
 * The language of rendered text: Japanese (the default) or English.
 *
 * @example
 * ```ts
 * renderTrace(calc, { lang: "en" }).split("\n")[0];
 * //=> "# Special allocation tax for dual residence and relationship population: calculation"
 * ```
 * @category Audit
 */
export type Lang = "ja" | "en";

/** Fixed words of the rendered trace, in both languages. */
export const labels = {
  ja: {
    title: "二地域居住・関係人口に係る特別交付税措置 計算書",
    preparedBy: "作成者",
    preparedOn: "作成日",
    body: "団体",
    fiscalYear: "年度",
    ruleset: "ルールセット",
    /** A ruleset the library ships, by its year: "令和7年度版". */
    rulesetOfYear: (year: number) => `令和${year - 2018}年度版`,
    summary: "算定結果",
    measure: "二地域居住・関係人口施策",
    migration: "移住・定住対策（※5により振替）",
    furusato: "ふるさと住民登録制度（令和8年度、報道による暫定・要確認）",
    furusatoCappedCosts: "上限適用後の経費（1,000万円上限）",
    furusatoCosts: "措置額（上限適用後×0.5×財政力補正）",
    index: "財政力指数",
    coefficient: "財政力補正",
    projectCost: `${FUNDING_TERMS.projectCost.ja}（全行）`,
    specificRevenue: FUNDING_TERMS.specificRevenue.ja,
    ownBurden: FUNDING_TERMS.ownBurden.ja,
    eligibleCosts: `${FUNDING_TERMS.eligible.ja}（経費）`,
    measureCosts: `施策経費（${FUNDING_TERMS.eligible.ja}×措置率×財政力補正）`,
    migrationCosts: `施策経費（${FUNDING_TERMS.eligible.ja}×0.5）`,
    coordinators: "コーディネーター（上限適用後）",
    total: "合計（円）",
    totalThousand: "算定額（千円、四捨五入）",
    lines: "明細",
    ledger: "収支照合",
    review: "要確認",
    steps: "計算過程",
    caveats: "留意事項",
    inputs: "入力",
    output: "結果",
    cite: "根拠",
    none: "なし",
    /** A project's heading: "事業 P1 相談会", with its measure where the document has two ("（移住・定住）"). */
    project: (id: string, name: string | undefined, measure: string | undefined) =>
      `事業 ${id}${name === undefined ? "" : ` ${name}`}${measure === undefined ? "" : `（${measure}）`}`,
    coordinatorsHeading: "コーディネーター",
    /** The survey form's columns: an expense's 内容, or a coordinator's person, then the money and the verdict. */
    formHead: (subject: "expense" | "coordinator") => [
      "番号",
      subject === "expense" ? "内容" : "担当者",
      `${FUNDING_TERMS.projectCost.ja}（円）`,
      `${FUNDING_TERMS.specificRevenue.ja}（円）`,
      `${FUNDING_TERMS.ownBurden.ja}（円）`,
      `${FUNDING_TERMS.eligible.ja}（円）`,
      "判定",
      "根拠",
    ],
    measureColumn: "措置",
    /** 特定財源 with its stated parts: "600,000（国庫支出金 600,000）". */
    specificParts: (total: string, parts: readonly string[]) => `${total}（${parts.join("、")}）`,
    coordinatorSubject: (person: string, post: string, name: string | undefined) =>
      name === undefined ? `${person} (${post})` : `${name} (${person}、${post})`,
    expense: "経費",
    coordinator: "コーディネーター",
    yen: (s: string) => `${s}円`,
    thousandYen: (s: string) => `${s}千円`,
    value: "値",
    fiscal: "財政力",
    yenColumn: "円",
    thousandColumn: "千円",
    byPillar: "柱別・措置別の内訳",
    byPillarHead: [
      "措置",
      "柱",
      "行数",
      `${FUNDING_TERMS.projectCost.ja}（円）`,
      `${FUNDING_TERMS.specificRevenue.ja}（円）`,
      "対象（円）",
      "対象（千円）",
      "除外（円）",
    ],
    subtotal: "計",
    ledgerHead: [
      "措置",
      "行数",
      `${FUNDING_TERMS.projectCost.ja}（円）`,
      `${FUNDING_TERMS.specificRevenue.ja}（円）`,
      "対象（円）",
      "除外（円）",
    ],
    allMeasures: "合計",
    whyNot: "対象外・上限超過の理由",
    whyNotHead: ["行", "判定", "規定", "条件", "満たさない事実", "対象となる最小の変更", "計算過程"],
    /** A reference to a step by its number in 計算過程 (its id stays in the HTML's link). */
    stepRef: (n: number, _id: string) => `手順 ${String(n)}`,
    /** A reference to the first of several steps: "手順 4 ほか8件". */
    moreSteps: (first: string, more: number) => `${first} ほか${String(more)}件`,
    sources: "出典",
    sourcesIntro:
      "計算過程の「根拠」が拠る資料。資料ごとに一度その名称を示し、続いて参照箇所ごとに、それを根拠とする計算過程、推定か否か、注記を示す。推定は資料の文言ではなく本ライブラリの読み（docs/inferences.md）。",
    sourcesHead: ["略称", "資料", "推定を含む"],
    citationsHead: ["略称", "参照箇所", "計算過程", "推定", "注記"],
    yes: "あり",
    no: "なし",
    noChange: "（この記録の事実だけでは変えられない）",
    verification: "検証情報",
    schemaVersion: "形式の版（schemaVersion）",
    digest: (part: string) =>
      ({ input: "入力のSHA-256", ruleset: "ルールセットのSHA-256", result: "結果のSHA-256" })[part] ?? part,
    verifyHint:
      "verify(calculation) で再計算して照合し、各ダイジェストはキーを整列した空白なしのJSONのSHA-256（docs/audit.md）。",
    csvHead: [
      "団体コード",
      "団体名",
      "年度",
      "行",
      "区分",
      "事業",
      "項目ID",
      "項目・人",
      "柱",
      "措置",
      "事業費（円）",
      "特定財源（円）",
      "一般財源等（円）",
      "判定",
      "対象（円）",
      "除外（円）",
      "規定",
      "要確認",
      "理由",
    ],
  },
  en: {
    title: "Special allocation tax for dual residence and relationship population: calculation",
    preparedBy: "Prepared by",
    preparedOn: "Prepared on",
    body: "Body",
    fiscalYear: "Fiscal year",
    ruleset: "Ruleset",
    /** A ruleset the library ships: its id, "FY2025". */
    rulesetOfYear: (year: number) => `FY${String(year)}`,
    summary: "Result",
    measure: "Dual-residence measure",
    migration: "Migration measure (sent there by ※5)",
    furusato: "Furusato resident track (FY2026, provisional as reported: needs review)",
    furusatoCappedCosts: "Costs within the cap (¥10,000,000)",
    furusatoCosts: "Measure costs (capped × 0.5 × correction)",
    index: "Fiscal capability index (財政力指数)",
    coefficient: "Fiscal correction (財政力補正)",
    projectCost: "Project cost (all lines)",
    specificRevenue: "Specific revenue",
    ownBurden: "Own burden",
    eligibleCosts: "Eligible cost (expenses)",
    measureCosts: "Measure costs (eligible × rate × correction)",
    migrationCosts: "Measure costs (eligible × 0.5)",
    coordinators: "Coordinators (within caps)",
    total: "Total (yen)",
    totalThousand: "Amount (thousand yen, half-up)",
    lines: "Lines",
    ledger: "Ledger",
    review: "Needs review",
    steps: "Steps",
    caveats: "Caveats",
    inputs: "inputs",
    output: "output",
    cite: "source",
    none: "none",
    /** A project's heading: "Project P1: 相談会", with its measure where the document has two (" (migration)"). */
    project: (id: string, name: string | undefined, measure: string | undefined) =>
      `Project ${id}${name === undefined ? "" : `: ${name}`}${measure === undefined ? "" : ` (${measure})`}`,
    coordinatorsHeading: "Coordinators",
    /** The survey form's columns: an expense's description, or a coordinator's person, then the money and the verdict. */
    formHead: (subject: "expense" | "coordinator") => [
      "ID",
      subject === "expense" ? "Description" : "Person",
      "Project cost (¥)",
      "Specific revenue (¥)",
      "Own burden (¥)",
      "Eligible cost (¥)",
      "Verdict",
      "Basis",
    ],
    measureColumn: "Measure",
    /** Specific revenue with its stated parts: "600,000 (national subsidies 600,000)". */
    specificParts: (total: string, parts: readonly string[]) => `${total} (${parts.join("; ")})`,
    coordinatorSubject: (person: string, post: string, name: string | undefined) =>
      name === undefined ? `${person} (${post})` : `${name} (${person}, ${post})`,
    expense: "expense",
    coordinator: "coordinator",
    yen: (s: string) => `¥${s}`,
    thousandYen: (s: string) => `${s} thousand yen`,
    value: "value",
    fiscal: "Fiscal capability",
    yenColumn: "yen",
    thousandColumn: "thousand yen",
    byPillar: "By pillar and measure",
    byPillarHead: [
      "Measure",
      "Pillar",
      "Lines",
      "Project cost (¥)",
      "Specific revenue (¥)",
      "Eligible (¥)",
      "Eligible (thousand ¥)",
      "Excluded (¥)",
    ],
    subtotal: "subtotal",
    ledgerHead: ["Measure", "Lines", "Project cost (¥)", "Specific revenue (¥)", "Eligible (¥)", "Excluded (¥)"],
    allMeasures: "all",
    whyNot: "Why not: excluded and capped lines",
    whyNotHead: [
      "Line",
      "Disposition",
      "Rule",
      "Condition",
      "Facts that fail it",
      "Smallest change that would count it",
      "Step",
    ],
    /** A reference to a step by its number in Steps, and its id. */
    stepRef: (n: number, id: string) => `step ${String(n)} (${id})`,
    /** A reference to the first of several steps: "step 4 (line/E1) and 8 more". */
    moreSteps: (first: string, more: number) => `${first} and ${String(more)} more`,
    sources: "Sources",
    sourcesIntro:
      "The texts the steps' sources rest on: each named once, then each reference cited, the steps that cite it, whether it is an inference, and its note. An inference is this library's reading, not a text's own words (docs/inferences.md).",
    sourcesHead: ["Key", "Source", "Any inference"],
    citationsHead: ["Key", "Reference", "Steps", "Inference", "Note"],
    yes: "yes",
    no: "no",
    noChange: "(no change of this record's facts alone)",
    verification: "Verification",
    schemaVersion: "Format version (schemaVersion)",
    digest: (part: string) =>
      ({ input: "SHA-256 of the input", ruleset: "SHA-256 of the ruleset", result: "SHA-256 of the result" })[part] ??
      part,
    verifyHint:
      "verify(calculation) replays and compares it; each digest is the SHA-256 of sorted-key JSON without spaces (docs/audit.md).",
    csvHead: [
      "Body code",
      "Body",
      "Fiscal year",
      "Line",
      "Kind",
      "Project",
      "Item id",
      "Item / person",
      "Pillar",
      "Measure",
      "Amount (¥)",
      "Specific revenue (¥)",
      "Own burden (¥)",
      "Disposition",
      "Eligible (¥)",
      "Excluded (¥)",
      "Rules",
      "Review",
      "Why not",
    ],
  },
} as const;

export const dispositionLabel: Record<Lang, Record<Disposition, string>> = {
  ja: { eligible: "対象", excluded: "対象外", capped: "上限超過" },
  en: { eligible: "eligible", excluded: "excluded", capped: "capped" },
};

/** The 判定 column of the survey form: what became of the line, as the form words it. */
export const verdictLabel: Record<Lang, Record<Disposition, string>> = {
  ja: { eligible: "対象", excluded: "対象外", capped: "上限超過分を除外" },
  en: { eligible: "eligible", excluded: "excluded", capped: "excess over the cap excluded" },
};

/** The 根拠 column: each rule of a line by its mark (※1–※5, 重複計上, 等, 上限). */
export const ruleMark: Record<Lang, Record<LineRuleId, string>> = {
  ja: { ...FOOTNOTE_MARKS, "double-claim": "重複計上", "other-item": "等", "coordinator-cap": "上限" },
  en: {
    ...FOOTNOTE_MARKS,
    "double-claim": "double claim (重複計上)",
    "other-item": "等 (other item)",
    "coordinator-cap": "cap",
  },
};

export const measureLabel: Record<Lang, Record<Measure, string>> = {
  ja: { "dual-residence": "二地域居住", migration: "移住・定住", "furusato-resident": "ふるさと住民（暫定）" },
  en: {
    "dual-residence": "dual residence",
    migration: "migration",
    "furusato-resident": "furusato residents (provisional)",
  },
};

/** The sources a citation names: the key a step's 根拠 shows ("総務省資料 ※2", "seed ※2") and the full name. */
export const sourceNames: Record<Lang, Record<Citation["source"], { readonly key: string; readonly name: string }>> = {
  ja: {
    seed: { key: "総務省資料", name: "総務省「二地域居住・関係人口に係る特別交付税措置等について」" },
    ordinance: { key: "省令", name: "特別交付税に関する省令（昭和51年自治省令第35号）" },
    data: { key: "財政指標", name: "総務省「地方公共団体の主要財政指標一覧」" },
    audit: { key: "決算検査報告", name: "会計検査院 決算検査報告" },
    press: {
      key: "報道",
      name: "報道（ふるさと住民登録制度: 自治日報 2026年2月9日、総務省確認済みとされる事業者の概要資料）",
    },
  },
  en: {
    seed: {
      key: "seed",
      name: "Ministry of Internal Affairs and Communications (総務省), 「二地域居住・関係人口に係る特別交付税措置等について」",
    },
    ordinance: {
      key: "ordinance",
      name: "Ordinance on the special allocation tax (特別交付税に関する省令, 昭和51年自治省令第35号)",
    },
    data: { key: "data", name: "Ministry of Internal Affairs and Communications, 「地方公共団体の主要財政指標一覧」" },
    audit: { key: "audit", name: "Board of Audit of Japan (会計検査院), audit reports (決算検査報告)" },
    press: {
      key: "press",
      name: "Press reports (the ふるさと住民 track: 自治日報, 2026-02-09, and a vendor summary marked 総務省確認済み)",
    },
  },
};

/** A Board of Audit report by its number ("2019-r01-0075"): "令和元年度 2019-r01-0075", "FY2019 2019-r01-0075". */
export function auditReportLabel(lang: Lang, year: string, reiwa: number, id: string): string {
  return lang === "ja" ? `令和${reiwa === 1 ? "元" : String(reiwa)}年度 ${id}` : `FY${year} ${id}`;
}

/** A source's full name with the reports it names: "会計検査院 決算検査報告（令和元年度 …、…）". */
export function sourceWithReports(lang: Lang, name: string, reports: readonly string[]): string {
  if (reports.length === 0) return name;
  return lang === "ja" ? `${name}（${reports.join("、")}）` : `${name}: ${reports.join(", ")}`;
}

/** The rules of the steps by name, as the Japanese document heads each step (※2, 上限, 措置率 …). */
const JA_STEP_RULES: Readonly<Partial<Record<string, string>>> = {
  ...ruleMark.ja,
  "fiscal-capability-index": "財政力指数",
  "fiscal-correction": "財政力補正",
  "own-burden": "特定財源の控除",
  disposition: "判定",
  funding: "事業費・特定財源・一般財源等",
  sum: "対象額の合計",
  "measure-rate": "措置率",
  "coordinator-rate": "コーディネーターの措置率",
  total: "合計",
  rounding: "千円未満四捨五入",
  "furusato-cost-cap": "事業費の上限（ふるさと住民登録制度）",
  ledger: "収支照合",
} satisfies Record<StepRuleId, string>;

/**
 * A step's heading: its number, its id and its rule, the rule by its id in English and by its name in
 * Japanese (the id itself where an edited file names a rule the library does not know).
 */
export const stepTitle: Record<Lang, (n: number, id: string, rule: string) => string> = {
  en: (n, id, rule) => `${String(n)}. ${id} (${rule})`,
  ja: (n, id, rule) => `${String(n)}. ${id}（${JA_STEP_RULES[rule] ?? rule}）`,
};

/** Why a step needs review, in a few Japanese words. */
const JA_REVIEW: Readonly<Partial<Record<string, string>>> = {
  "other-item": "等（列挙外の同種の経費）",
  "migration-measure": "移住・定住対策へ振替",
  "fn4-coordinator-not-apportioned": "※4（按分の定めなし、記録全体を除外）",
  "mixed-posts": "専任・兼任の混在",
  "similar-persons": "同一人物の可能性",
  "cap-basis": "上限の適用対象（一般財源等か総事業費か）",
  "furusato-provisional": "ふるさと住民登録制度（暫定）",
  "body-name-differs": "団体名が登録簿と異なる",
} satisfies Record<ReviewCode, string>;

/** Why a step needs review, in the review list: its code in English, its reason in words in Japanese. */
export const reviewLabel: Record<Lang, (code: string) => string> = {
  en: (code) => code,
  ja: (code) => JA_REVIEW[code] ?? code,
};

/** 2025 → "令和7年度 (FY2025)". */
export function fiscalYearLabel(year: number, lang: Lang): string {
  return lang === "ja" ? `令和${year - 2018}年度（${year}年度）` : `FY${year} (令和${year - 2018}年度)`;
}
