import { groupedString } from "../../money/decimal.js";
import { escapeHtml } from "../../render/html.js";
import { BODY_KIND_TERMS } from "../../trace/glossary.js";
import { STATUS_JA } from "./japanese-values.js";
import { allocationPerYen, type ReportEntry } from "./report-entry.js";
import { linked } from "./report-svg.js";

/*
 * The table of every body, those to look at first at the top: a body with problems (not computed), then
 * by how many of its lines are out (対象外) or need review (要確認), together. Every figure links to the
 * body's 計算書 where there is one.
 */

/** The table's order: problems first, then the most lines excluded or to review, then by code. */
function reviewOrder(a: ReportEntry, b: ReportEntry): number {
  return (
    b.problems - a.problems ||
    b.excludedLines + b.reviewLines - (a.excludedLines + a.reviewLines) ||
    b.excludedLines - a.excludedLines ||
    b.reviewLines - a.reviewLines ||
    b.cappedLines - a.cappedLines ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

const HEAD: readonly (readonly [ja: string, en: string, numeric: boolean])[] = [
  ["", "", true],
  ["団体コード", "code", false],
  ["団体名", "body", false],
  ["区分", "kind", false],
  ["状態", "status", false],
  ["行数", "lines", true],
  ["対象外", "excluded", true],
  ["要確認", "review", true],
  ["上限超過", "capped", true],
  ["財政力指数", "FCI", true],
  ["事業費（円）", "cost (yen)", true],
  ["算定額（千円）", "allocation (thousand yen)", true],
  ["1円あたり", "per yen", true],
];

/** The table, its rows in `reviewOrder`. */
export function reviewTable(entries: readonly ReportEntry[]): string {
  const head = HEAD.map(
    ([ja, en, numeric]) =>
      `<th${numeric ? ' class="num"' : ""}>${escapeHtml(ja)}${en ? `<br><span class="en">${escapeHtml(en)}</span>` : ""}</th>`,
  ).join("");
  const rows = [...entries].sort(reviewOrder).map((entry, i) => row(entry, i + 1));
  return `<table class="bodies">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

function row(entry: ReportEntry, rank: number): string {
  const f = entry.figures;
  const link = (text: string) => linked(entry.href, escapeHtml(text));
  const num = (text: string, attention = false) =>
    `<td class="num${attention ? " attention" : ""}">${text === "" ? "" : link(text)}</td>`;
  const kind = (BODY_KIND_TERMS as Readonly<Partial<Record<string, { ja: string }>>>)[entry.kind]?.ja ?? entry.kind;
  const status = f ? STATUS_JA.ok : `${STATUS_JA.invalid}（${String(entry.problems)}件）`;
  const counts = f
    ? [
        num(String(entry.excludedLines), entry.excludedLines > 0),
        num(String(entry.reviewLines), entry.reviewLines > 0),
        num(String(entry.cappedLines)),
      ]
    : ["<td></td>", "<td></td>", "<td></td>"];
  const figures = f
    ? [
        num(f.fiscalCapabilityIndex),
        num(groupedString(f.projectCostYen)),
        num(groupedString(f.totalThousandYen)),
        num(allocationPerYen(f) ?? ""),
      ]
    : ["<td></td>", "<td></td>", "<td></td>", "<td></td>"];
  const cells = [
    `<td class="num rank">${String(rank)}</td>`,
    `<td class="code">${link(entry.code)}</td>`,
    `<td>${entry.name === "" ? "" : link(entry.name)}</td>`,
    `<td>${escapeHtml(kind)}</td>`,
    `<td${f ? "" : ' class="attention"'}>${escapeHtml(status)}</td>`,
    num(String(entry.rows)),
    ...counts,
    ...figures,
  ];
  return `<tr data-code="${escapeHtml(entry.code)}"${f ? "" : ' class="invalid"'}>${cells.join("")}</tr>`;
}
