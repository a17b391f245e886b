import type { Calculation } from "../calculate/calculation.js";
import { explainExcludedLines } from "../audit/explain.js";
import { labels, type Lang } from "./labels.js";
import { funding, lineCells } from "./line-cells.js";

/**
 * RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. A text cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe (OWASP's
 * advice), so that opening the file in Excel never evaluates an id or a description.
 */
export function csvField(value: string, text: boolean): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per line (after a header row): body, year, the line's item or person, pillar, measure, amounts
 * in plain yen digits (事業費 = 特定財源 + 一般財源等, 一般財源等 = 対象 + 除外), disposition, rules, review codes, and why it is excluded or capped. UTF-8 with a
 * byte-order mark so that Excel reads the Japanese, and CRLF line ends.
 */
export function toCsv(calculation: Calculation, lang: Lang): string {
  const why = new Map(explainExcludedLines(calculation).map((e) => [e.lineId, e.summary[lang]]));
  const { body, fiscalYear } = calculation;
  const rows = calculation.lines.map((line) => {
    const c = lineCells(line, lang);
    const text = [
      body.code,
      body.name ?? "",
      String(fiscalYear),
      c.id,
      c.kind,
      c.project,
      c.itemId,
      c.subject,
      c.pillar,
      c.measure,
    ];
    return [
      ...text.map((v) => csvField(v, true)),
      c.amountYen,
      funding(line).specificRevenueYen,
      funding(line).ownBurdenYen,
      csvField(c.disposition, true),
      c.eligibleYen,
      c.excludedYen,
      ...[c.rules, c.review, why.get(line.id) ?? ""].map((v) => csvField(v, true)),
    ].join(",");
  });
  return `\uFEFF${[labels[lang].csvHead.map((h) => csvField(h, true)).join(","), ...rows].join("\r\n")}\r\n`;
}
