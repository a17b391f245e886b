import type { Calculation } from "../calculate/calculation.js";
import { buildDocument } from "./build-document.js";
import { toCsv } from "./csv.js";
import { toHtml } from "./html.js";
import { fiscalYearLabel, labels, type Lang } from "./labels.js";
import { toMarkdown } from "./markdown.js";
import { toText } from "./text.js";

/**
 * How `renderTrace` writes: format and language; and, for the 計算書, who prepared it and when.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { format: "html", lang: "en" };
 * renderTrace(calc, options).includes("<script");  //=> false
 * renderTrace(calc, { preparedBy: "気仙沼市 地域づくり推進課", preparedOn: "令和8年3月31日" }).split("\n")[2];
 * //=> "作成者: 気仙沼市 地域づくり推進課 / 作成日: 令和8年3月31日"
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
  /**
   * Who prepared the document (作成者), shown under the title with `preparedOn`; left out when absent,
   * undefined or empty. Escaped like any text of the document. Not written to CSV.
   */
  readonly preparedBy?: string | undefined;
  /**
   * When it was prepared (作成日), as the caller writes it ("2026-03-31", "令和8年3月31日"): the library
   * reads no clock, so a document without it carries no date.
   */
  readonly preparedOn?: string | undefined;
}

/**
 * The calculation as the 計算書 an auditor reads, in the survey form's shape: per project its lines (内容,
 * 事業費, 特定財源 and its parts, 一般財源等, 算定対象経費, 判定 and its 根拠) and the coordinators, then the
 * totals per measure and the result; the breakdown by pillar and measure, the ledger, why each excluded or
 * capped line is out, what needs review, every step with its source, inputs and output, the digests, and
 * the sources the steps cite, each named in full once, with its references and inferences. A reference to
 * a step gives its number ("手順 16"), linked in HTML. Or, as CSV, one row per line.
 *
 * No value can change the document's shape or reach a terminal raw: Markdown escapes `\`, `|`, a leading
 * `#`, `&` and `<` and writes line breaks as `<br>`; text shows every control character (C0, DEL, C1) and
 * lone surrogate as its JSON escape (ESC as `\u001b`); HTML escapes `& < > " '`; CSV quotes (RFC 4180) and
 * puts `'` before a text cell a spreadsheet would run as a formula (docs/trace.md).
 *
 * @example
 * ```ts
 * const calc = calculate(application);    // the README's application
 * renderTrace(calc).split("\n")[0];        //=> "# 二地域居住・関係人口に係る特別交付税措置 計算書"
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
  const blocks = buildDocument(calculation, lang, {
    by: preparedText("preparedBy", options.preparedBy),
    on: preparedText("preparedOn", options.preparedOn),
  });
  if (format === "html") {
    const title = `${calculation.body.name ?? calculation.body.code} ${fiscalYearLabel(calculation.fiscalYear, lang)} ${labels[lang].title}`;
    return toHtml(blocks, lang, title);
  }
  return format === "text" ? toText(blocks) : toMarkdown(blocks);
}

/** A preparedBy or preparedOn as given: text, or absent. A Date or a number is refused: the caller formats it. */
function preparedText(option: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  throw new TypeError(
    `renderTrace: ${option} must be a string, as it is to be shown (e.g. "2026-03-31" or "令和8年3月31日"), not ${Object.prototype.toString.call(value)}`,
  );
}
