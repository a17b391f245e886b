/*
 * The columns of bodies.csv and lines.csv. Each has an English name (canonical, used in output) and a
 * Japanese alias, so a sheet may be headed either way. Headers match without regard to case, spaces or
 * hyphens; a header starting with "#" is a note column and is ignored.
 */

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** Accepted headers; the first is the canonical one. */
  readonly headers: readonly string[];
  readonly required?: boolean;
}

const col = <K extends string>(key: K, ja: string, required = false): ColumnSpec<K> => ({
  key,
  headers: [key, ja],
  required,
});

export const BODY_COLUMNS = [
  { key: "code", headers: ["code", "body_code", "団体コード"], required: true },
  { key: "name", headers: ["name", "body_name", "団体名"] },
  // Optional: the code says the kind, and a body the registry knows may give its code alone.
  { key: "kind", headers: ["kind", "団体区分"] },
  { key: "fci", headers: ["fci", "fiscal_capability_index", "財政力指数"] },
  // Informational (the national FCI list has it); not read.
  { key: "prefecture", headers: ["prefecture", "都道府県"] },
  col("revenue_1", "基準財政収入額_1"),
  col("need_1", "基準財政需要額_1"),
  col("revenue_2", "基準財政収入額_2"),
  col("need_2", "基準財政需要額_2"),
  col("revenue_3", "基準財政収入額_3"),
  col("need_3", "基準財政需要額_3"),
] as const satisfies readonly ColumnSpec[];

export type BodyColumn = (typeof BODY_COLUMNS)[number]["key"];

export const LINE_COLUMNS = [
  col("body_code", "団体コード", true),
  col("type", "種別"),
  col("project_id", "事業ID"),
  col("project_name", "事業名"),
  col("purpose", "主たる目的"),
  col("weight_dual_residence", "比重_二地域居住"),
  col("weight_migration", "比重_移住"),
  col("line_id", "明細ID", true),
  col("item", "経費区分"),
  col("amount", "金額", true),
  // 特定財源 funding the amount, one column per part (an empty cell: none of that part).
  col("specific_revenue_national", "特定財源_国庫支出金"),
  col("specific_revenue_prefectural", "特定財源_都道府県支出金"),
  col("specific_revenue_bonds", "特定財源_地方債"),
  col("specific_revenue_other", "特定財源_その他"),
  // Other 算定事項 the same cost is claimed under (重複計上): ids as in `activities`.
  { key: "also_claimed_under", headers: ["also_claimed_under", "重複計上先", "他の算定事項"] },
  col("cash_handout", "現金給付"),
  col("system_phase", "システム構築維持"),
  col("digital_bond_covers", "デジタル債充当"),
  col("facility_implementer", "施設実施主体"),
  col("facility_work", "施設工事"),
  col("regional_bond_covers", "地域活性化債充当"),
  col("takes_outside_students", "地域外生徒受入"),
  col("mainly_school_appeal", "学校魅力化主目的"),
  col("in_strategy_plan", "総合戦略位置付け"),
  col("description", "内容"),
  col("post", "専任兼任"),
  col("person", "人物"),
  col("coordinator_name", "氏名"),
  col("activities", "活動"),
  // A coordinator's track: blank (this measure, routed by ※5) or the ふるさと住民 track (FY2026 on, provisional).
  { key: "track", headers: ["track", "枠", "トラック"] },
] as const satisfies readonly ColumnSpec[];

export type LineColumn = (typeof LINE_COLUMNS)[number]["key"];

/**
 * Columns an expense row must leave blank, and those a coordinator row must. `track` is a coordinator's
 * column too, checked apart (rows.ts): an expense goes to a track by its item, and the message says so.
 */
export const COORDINATOR_ONLY: readonly LineColumn[] = ["post", "person", "coordinator_name", "activities"];
export const EXPENSE_ONLY: readonly LineColumn[] = [
  "project_id",
  "project_name",
  "item",
  "cash_handout",
  "system_phase",
  "digital_bond_covers",
  "facility_implementer",
  "facility_work",
  "regional_bond_covers",
];

/** How headers compare: case, surrounding space, inner spaces and hyphens do not matter. */
export function normalizeHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}
