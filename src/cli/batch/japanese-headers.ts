/*
 * The Japanese header of every column `dra batch` writes (summary, lines, errors), by the column's English
 * name. One table, imported by whatever writes the batch's results in Japanese (the CSV files with
 * --lang ja; a workbook writer wants the same words), and it imports nothing: it can be shared as is.
 *
 * The words follow the survey form (事業費, 特定財源, 一般財源等, 算定対象経費) and the input's own Japanese
 * headers (団体コード, 明細ID, 経費区分 …), so a column reads the same going in and coming out. Yen columns
 * say （円）; the summary's total is the figure the ordinance uses, 算定額（千円）.
 */

/** summary.csv: one row per body. */
export const SUMMARY_HEADERS_JA = {
  body_code: "団体コード",
  body_name: "団体名",
  kind: "団体区分",
  status: "状態",
  lines: "行数",
  fiscal_capability_index: "財政力指数",
  fiscal_correction: "財政力補正",
  project_cost_yen: "事業費（円）",
  specific_revenue_yen: "特定財源（円）",
  own_burden_yen: "一般財源等（円）",
  eligible_costs_yen: "算定対象経費（円）",
  measure_costs_yen: "施策経費（円）",
  coordinators_yen: "コーディネーター（円）",
  total_yen: "合計（円）",
  total_thousand_yen: "算定額（千円）",
  migration_project_cost_yen: "移住・定住_事業費（円）",
  migration_specific_revenue_yen: "移住・定住_特定財源（円）",
  migration_own_burden_yen: "移住・定住_一般財源等（円）",
  migration_total_yen: "移住・定住_合計（円）",
  migration_total_thousand_yen: "移住・定住_算定額（千円）",
  furusato_project_cost_yen: "ふるさと住民_事業費（円）",
  furusato_specific_revenue_yen: "ふるさと住民_特定財源（円）",
  furusato_own_burden_yen: "ふるさと住民_一般財源等（円）",
  furusato_eligible_costs_yen: "ふるさと住民_算定対象経費（円）",
  furusato_capped_costs_yen: "ふるさと住民_上限適用後経費（円）",
  furusato_costs_yen: "ふるさと住民_施策経費（円）",
  furusato_coordinators_yen: "ふるさと住民_コーディネーター（円）",
  furusato_total_yen: "ふるさと住民_合計（円）",
  furusato_total_thousand_yen: "ふるさと住民_算定額（千円）",
  eligible_lines: "対象行数",
  excluded_lines: "対象外行数",
  capped_lines: "上限超過行数",
  needs_review_lines: "要確認行数",
  problems: "エラー件数",
} as const;

/** lines.csv: one row per input row. */
export const LINES_HEADERS_JA = {
  line: "入力行",
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
  amount_yen: "事業費（円）",
  specific_revenue_yen: "特定財源（円）",
  own_burden_yen: "一般財源等（円）",
  eligible_yen: "算定対象経費（円）",
  excluded_yen: "対象外（円）",
  rules: "根拠",
  needs_review: "要確認",
  problems: "エラー",
} as const;

/** errors.csv: one row per problem. */
export const ERRORS_HEADERS_JA = {
  file: "ファイル",
  line: "行（ファイル）",
  row: "行（Excel）",
  column: "列",
  header: "見出し",
  body_code: "団体コード",
  code: "エラーコード",
  message: "内容",
} as const;
