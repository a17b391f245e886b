import type { Ruleset } from "../../index.js";
import { Dec, decimalString, groupedString } from "../../money/decimal.js";
import { escapeHtml } from "../../render/html.js";
import { fiscalYearLabel, labels } from "../../render/labels.js";
import { VERSION } from "../version.js";
import { barChart, barLegend, type Charted } from "./report-bars.js";
import { allocationPerYen, type ReportEntry } from "./report-entry.js";
import { scatterPlot } from "./report-scatter.js";
import { REPORT_STYLE } from "./report-style.js";
import { reviewTable } from "./report-table.js";

/*
 * report.html: one page a prefecture reads before its municipalities' figures go to the ministry. The
 * batch's totals; every body's 算定額 and what became of its cost, as bars; 財政力指数 against the
 * allocation per yen of cost; and every body in a table, those with problems or the most lines out or to
 * review first. Self-contained: inline style and SVG, no script, nothing fetched, so it opens from a folder, a
 * mail or a file share alike, and prints. Every text from the input (names, file names) is escaped.
 */

export interface ReportMeta {
  readonly fiscalYear: number;
  readonly ruleset: Ruleset;
  readonly bodiesFile: string;
  readonly linesFile: string;
  /** Whether each body's 計算書 was written (--json): every figure then links to it. */
  readonly linked: boolean;
}

/** The page, for the bodies in lines.csv's order. */
export function reportHtml(entries: readonly ReportEntry[], meta: ReportMeta): string {
  const computed = entries.filter((e): e is Charted => e.figures !== undefined);
  const byAllocation = [...computed].sort(
    (a, b) => new Dec(b.figures.totalYen).cmp(a.figures.totalYen) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const plotted = computed.filter((e) => allocationPerYen(e.figures) !== undefined);
  const title = `一括算定の確認表 ${fiscalYearLabel(meta.fiscalYear, "ja")}`;
  const none = `<p class="note">算定できた団体がありません。 No body was computed.</p>`;
  return [
    "<!DOCTYPE html>",
    '<html lang="ja">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${REPORT_STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(title)} <span class="en">Batch report</span></h1>`,
    `<p class="meta">${escapeHtml(
      `${meta.bodiesFile}・${meta.linesFile} から ${String(entries.length)}団体（${labels.ja.ruleset} ${labels.ja.rulesetOfYear(meta.ruleset.fiscalYear)}）`,
    )}</p>`,
    keyFigures(entries, computed),
    `<p class="note">${
      meta.linked
        ? "団体名・数字・棒・点は、その団体の計算書（calculations/団体コード.html）へのリンクです。 Every name, figure, bar and point links to the body's 計算書."
        : "--json を付けて実行すると、団体名・数字・棒・点がその団体の計算書へのリンクになります。 Run with --json to link each body to its 計算書."
    }</p>`,
    `<h2>団体別の算定額と事業費の内訳 <span class="en">Allocation and cost by body</span></h2>`,
    `<p>算定額の大きい順。右の棒は二地域居住・関係人口施策の事業費を、特定財源・算定対象（一般財源等のうち算定の対象）・対象外・上限超過に分けたもの（全団体で同じ目盛）。 Largest allocation first; the cost bars share one scale.</p>`,
    computed.length === 0 ? none : `${barLegend()}\n<div class="chart">\n${barChart(byAllocation)}\n</div>`,
    `<h2>財政力指数と事業費1円あたりの算定額 <span class="en">Fiscal capability and allocation per yen of cost</span></h2>`,
    `<p>点は団体（算定額 ÷ 事業費）。破線は、算定対象となる経費1円あたりの算定額（措置率 × 財政力補正）。破線より下の団体には特定財源・対象外・上限超過があり、上の団体にはコーディネーター（1.0で算定）がある。 Dashed: what a yen of an eligible expense brings at each index.${
      computed.length > plotted.length
        ? ` 事業費のない${String(computed.length - plotted.length)}団体は描いていない。`
        : ""
    }</p>`,
    plotted.length === 0 ? none : `<div class="chart">\n${scatterPlot(plotted, meta.ruleset)}\n</div>`,
    `<h2>確認の多い団体から <span class="en">Bodies to look at first</span></h2>`,
    `<p>不備のある団体（算定していない）を先に、続いて対象外と要確認の行の多い順。 Bodies with problems first, then by lines excluded or needing review.</p>`,
    entries.length === 0 ? none : reviewTable(entries),
    `<p class="foot">dra batch（dual-residence-allocation ${escapeHtml(VERSION)}）。数字は各団体の算定結果そのもの（四捨五入は表示の1円あたりのみ）。 Figures are each body's calculation, exact; only the per-yen ratio is rounded (3 places).</p>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The batch's totals: 算定額 (Σ of each body's 千円 figure), 事業費, and the counts to look at. */
function keyFigures(entries: readonly ReportEntry[], computed: readonly Charted[]): string {
  const thousandYen = computed.reduce((sum, e) => sum + BigInt(e.figures.totalThousandYen), 0n);
  const cost = computed.reduce((sum, e) => sum.plus(e.figures.projectCostYen), new Dec(0));
  const count = (pick: (e: ReportEntry) => number) => entries.reduce((sum, e) => sum + pick(e), 0);
  const invalid = entries.length - computed.length;
  const lines = {
    excluded: count((e) => e.excludedLines),
    review: count((e) => e.reviewLines),
    capped: count((e) => e.cappedLines),
  };
  const figure = (ja: string, en: string, value: string, attention = false) =>
    `<div class="figure${attention ? " attention" : ""}"><span class="label">${escapeHtml(ja)}<span class="en">${escapeHtml(en)}</span></span><span class="value">${escapeHtml(value)}</span></div>`;
  return `<div class="figures">${[
    figure("算定額の合計", "Allocation", labels.ja.thousandYen(groupedString(thousandYen.toString()))),
    figure("事業費の合計", "Cost", labels.ja.yen(groupedString(decimalString(cost)))),
    figure("算定済", "Computed", `${String(computed.length)}団体`),
    figure("不備", "With problems", `${String(invalid)}団体`, invalid > 0),
    figure("対象外の行", "Lines excluded", `${String(lines.excluded)}行`, lines.excluded > 0),
    figure("要確認の行", "Lines to review", `${String(lines.review)}行`, lines.review > 0),
    figure("上限超過の行", "Lines capped", `${String(lines.capped)}行`),
  ].join("")}</div>`;
}
