import { FUNDING_TERMS } from "../../trace/glossary.js";
import type { ERRORS_HEADER, LINES_HEADER, SUMMARY_HEADER } from "./outputs.js";

/*
 * The Japanese header of every column `dra batch` writes (summary, lines, errors), by the column's English
 * name, in one place: the CSV files with --lang ja and results.xlsx (--xlsx, in Japanese) both take them
 * from here, through japanese-values.ts.
 *
 * The money words are the glossary's (事業費, 特定財源, 一般財源等, 算定対象経費), as the 計算書 prints them,
 * and so are 施策経費, the ふるさと住民 track's 措置額 and the 根拠 column of rule marks; the input's own columns
 * (団体コード, 明細ID, 経費区分 …) as the input's Japanese headers (columns.ts) name them, so a column reads
 * the same going in and coming out. Yen columns say （円）; the total is the figure the ordinance uses,
 * 算定額（千円）. A line number says which: 入力行 (lines: the row's line in the input), 行（ファイル） and
 * 行（Excel） (errors: the physical line of the file, and the row number a spreadsheet shows).
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

/** summary.csv (集計): one row per body. */
export const SUMMARY_HEADERS_JA = {
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

/** lines.csv (明細): one row per input row. */
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
  amount_yen: own.projectCost,
  specific_revenue_yen: own.specificRevenue,
  own_burden_yen: own.ownBurden,
  eligible_yen: own.eligible,
  excluded_yen: "対象外（円）",
  rules: "根拠",
  needs_review: "要確認",
  problems: "エラー",
} as const satisfies Record<(typeof LINES_HEADER)[number], string>;

/** errors.csv (エラー): one row per problem. */
export const ERRORS_HEADERS_JA = {
  file: "ファイル",
  line: "行（ファイル）",
  row: "行（Excel）",
  column: "列",
  header: "見出し",
  body_code: "団体コード",
  code: "エラーコード",
  message: "内容",
} as const satisfies Record<(typeof ERRORS_HEADER)[number], string>;
