import type { Calculation } from "../calculate/calculation.js";
import { buildDocument } from "./build-document.js";
import { toCsv } from "./csv.js";
import { toHtml } from "./html.js";
import { fiscalYearLabel, labels, type Lang } from "./labels.js";
import { toMarkdown } from "./markdown.js";
import { toText } from "./text.js";

/**
 * How `renderTrace` writes: format and language.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { format: "html", lang: "en" };
 * renderTrace(calc, options).includes("<script");  //=> false
 * ```
 * @category Audit
 */
export interface RenderOptions {
  /**
   * "markdown" (default), "text", "html" (one self-contained printable page: inline style, no script,
   * no external asset) or "csv" (one row per line; UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting).
   */
  readonly format?: "markdown" | "text" | "html" | "csv";
  /** "ja" (default) or "en". */
  readonly lang?: Lang;
}

/**
 * The calculation as a document an auditor reads, in the survey form's shape: per project its lines (内容,
 * 事業費, 特定財源 and its parts, 一般財源等, 算定対象経費, 判定 and its 根拠) and the coordinators, then the
 * totals per measure and the result; the breakdown by pillar and measure, the ledger, why each excluded or
 * capped line is out, what needs review, every step with its source, inputs and output, and the digests.
 * Or, as CSV, one row per line.
 *
 * No value can change the document's shape or reach a terminal raw: Markdown escapes `\`, `|`, a leading
 * `#`, `&` and `<` and writes line breaks as `<br>`; text shows every control character (C0, DEL, C1) and
 * lone surrogate as its JSON escape (ESC as `\u001b`); HTML escapes `& < > " '`; CSV quotes (RFC 4180) and
 * puts `'` before a text cell a spreadsheet would run as a formula (docs/trace.md).
 *
 * @example
 * ```ts
 * const calc = calculate(application);    // the README's application
 * renderTrace(calc).split("\n")[0];        //=> "# 二地域居住・関係人口に係る特別交付税措置 算定書"
 * renderTrace(calc, { format: "html" }).startsWith("<!DOCTYPE html>\n<html lang=\"ja\">");  //=> true
 * renderTrace(calc, { format: "csv", lang: "en" }).split("\r\n")[2];
 * //=> "042056,気仙沼市,2025,E2,expense,P1,opportunity.facilities,…,30000000,excluded,0,30000000,fn2,,\"Excluded. Out by ※2 (…)…\""
 * ```
 * @category Audit
 */
export function renderTrace(calculation: Calculation, options: RenderOptions = {}): string {
  const lang = options.lang ?? "ja";
  const format = options.format ?? "markdown";
  if (format === "csv") return toCsv(calculation, lang);
  const blocks = buildDocument(calculation, lang);
  if (format === "html") {
    const title = `${calculation.body.name ?? calculation.body.code} ${fiscalYearLabel(calculation.fiscalYear, lang)} ${labels[lang].title}`;
    return toHtml(blocks, lang, title);
  }
  return format === "text" ? toText(blocks) : toMarkdown(blocks);
}
