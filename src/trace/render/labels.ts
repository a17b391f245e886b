import type { Disposition } from "../../calculate/line.js";

export type Lang = "ja" | "en";

/** Fixed words of the rendered trace, in both languages. */
export const labels = {
  ja: {
    title: "二地域居住・関係人口に係る特別交付税措置 算定書",
    body: "団体",
    fiscalYear: "年度",
    ruleset: "ルールセット",
    summary: "算定結果",
    measure: "二地域居住・関係人口施策",
    migration: "移住・定住対策（※5により振替）",
    index: "財政力指数",
    coefficient: "財政力補正",
    eligibleCosts: "対象経費",
    measureCosts: "施策経費（対象経費×措置率×財政力補正）",
    migrationCosts: "施策経費（対象経費×0.5）",
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
    lineHead: ["行", "区分", "項目・人", "措置", "金額（円）", "判定", "対象（円）", "除外（円）", "規定", "要確認"],
    expense: "経費",
    coordinator: "コーディネーター",
    yen: (s: string) => `${s}円`,
    thousandYen: (s: string) => `${s}千円`,
  },
  en: {
    title: "Special allocation tax for dual residence and relationship population: calculation",
    body: "Body",
    fiscalYear: "Fiscal year",
    ruleset: "Ruleset",
    summary: "Result",
    measure: "Dual-residence measure",
    migration: "Migration measure (sent there by ※5)",
    index: "Fiscal capability index (財政力指数)",
    coefficient: "Fiscal correction (財政力補正)",
    eligibleCosts: "Eligible costs",
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
    lineHead: ["Line", "Kind", "Item / person", "Measure", "Amount (¥)", "Disposition", "Eligible (¥)", "Excluded (¥)", "Rules", "Review"],
    expense: "expense",
    coordinator: "coordinator",
    yen: (s: string) => `¥${s}`,
    thousandYen: (s: string) => `${s} thousand yen`,
  },
} as const;

export const dispositionLabel: Record<Lang, Record<Disposition, string>> = {
  ja: { eligible: "対象", excluded: "対象外", capped: "上限超過" },
  en: { eligible: "eligible", excluded: "excluded", capped: "capped" },
};

export const measureLabel: Record<Lang, Record<"dual-residence" | "migration", string>> = {
  ja: { "dual-residence": "二地域居住", migration: "移住・定住" },
  en: { "dual-residence": "dual residence", migration: "migration" },
};

/** 2025 → "令和7年度 (FY2025)". */
export function fiscalYearLabel(year: number, lang: Lang): string {
  return lang === "ja" ? `令和${year - 2018}年度（${year}年度）` : `FY${year} (令和${year - 2018}年度)`;
}
