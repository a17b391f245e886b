import { FUNDING_TERMS } from "../../trace/glossary.js";
import type { ERRORS_HEADER, LINES_HEADER, SUMMARY_HEADER } from "./outputs.js";

/*
 * The Japanese header of every column dra batch writes, in one place: results.xlsx uses them (and a Japanese
 * CSV may). The money words are the glossary's (事業費, 特定財源, 一般財源等, 算定対象経費), as the 計算書
 * prints them; the input's own columns (団体コード, 明細ID, 経費区分 …) as the input's Japanese headers
 * (columns.ts) name them.
 */

const { projectCost, specificRevenue, ownBurden, eligible } = FUNDING_TERMS;

/** One measure's money columns, prefixed by its name where it is not this measure. */
const money = (prefix: string) => ({
  projectCost: `${prefix}${projectCost.ja}（円）`,
  specificRevenue: `${prefix}${specificRevenue.ja}（円）`,
  ownBurden: `${prefix}${ownBurden.ja}（円）`,
  eligible: `${prefix}${eligible.ja}（円）`,
  total: `${prefix}合計（円）`,
  thousand: `${prefix}算定額（千円）`,
});
const own = money("");
const migration = money("移住・定住_");
const furusato = money("ふるさと住民_");

export const SUMMARY_JA = {
  body_code: "団体コード",
  body_name: "団体名",
  kind: "団体区分",
  status: "状態",
  lines: "行数",
  fiscal_capability_index: "財政力指数",
  fiscal_correction: "財政力補正",
  project_cost_yen: own.projectCost,
  specific_revenue_yen: own.specificRevenue,
  own_burden_yen: own.ownBurden,
  eligible_costs_yen: own.eligible,
  measure_costs_yen: "施策経費（円）",
  coordinators_yen: "コーディネーター（円）",
  total_yen: own.total,
  total_thousand_yen: own.thousand,
  migration_project_cost_yen: migration.projectCost,
  migration_specific_revenue_yen: migration.specificRevenue,
  migration_own_burden_yen: migration.ownBurden,
  migration_total_yen: migration.total,
  migration_total_thousand_yen: migration.thousand,
  furusato_project_cost_yen: furusato.projectCost,
  furusato_specific_revenue_yen: furusato.specificRevenue,
  furusato_own_burden_yen: furusato.ownBurden,
  furusato_eligible_costs_yen: furusato.eligible,
  furusato_capped_costs_yen: "ふるさと住民_上限適用後経費（円）",
  furusato_costs_yen: "ふるさと住民_措置額（円）",
  furusato_coordinators_yen: "ふるさと住民_コーディネーター（円）",
  furusato_total_yen: furusato.total,
  furusato_total_thousand_yen: furusato.thousand,
  eligible_lines: "対象行数",
  excluded_lines: "対象外行数",
  capped_lines: "上限超過行数",
  needs_review_lines: "要確認行数",
  problems: "エラー件数",
} as const satisfies Record<(typeof SUMMARY_HEADER)[number], string>;

export const LINES_JA = {
  line: "行",
  body_code: "団体コード",
  type: "種別",
  project_id: "事業ID",
  line_id: "明細ID",
  item: "経費区分",
  person: "人物",
  post: "専任兼任",
  amount: "金額",
  measure: "措置",
  disposition: "判定",
  amount_yen: own.projectCost,
  specific_revenue_yen: own.specificRevenue,
  own_burden_yen: own.ownBurden,
  eligible_yen: own.eligible,
  excluded_yen: "対象外（円）",
  rules: "規定",
  needs_review: "要確認",
  problems: "エラー",
} as const satisfies Record<(typeof LINES_HEADER)[number], string>;

export const ERRORS_JA = {
  file: "ファイル",
  line: "行",
  row: "行（表計算）",
  column: "列",
  header: "見出し",
  body_code: "団体コード",
  code: "エラーコード",
  message: "内容",
} as const satisfies Record<(typeof ERRORS_HEADER)[number], string>;

/** A header row in Japanese. */
export function japaneseHeader<K extends string>(header: readonly K[], labels: Readonly<Record<K, string>>): string[] {
  return header.map((key) => labels[key]);
}
