import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, renderTrace, type Calculation } from "../../src/index.js";
import { explainLine } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { validApplication } from "../support.js";
import { findAll, parseHtml, textOf, type HtmlElement } from "./html-parse.js";
import { wordSteps } from "../../src/index.js";

/** The value at a path like "allocation.migration.totalYen" or "lines[3].eligibleYen". */
function valueAt(calc: unknown, path: string): string {
  return path
    .split(/\.|\[(\d+)\]/) // a capture group that takes no part splits out as undefined
    .filter((k: string | undefined) => k !== undefined && k !== "")
    .reduce((o: any, k) => o[k], calc) as string;
}

const grouped = (v: string) => v.replace(/^\d+/, (w) => w.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
const cells = (row: HtmlElement) => findAll(row, (e) => e.tag === "td" || e.tag === "th").map(textOf);

function checkPage(calc: Calculation, html: string, lang: "ja" | "en"): void {
  const doc = parseHtml(html);
  expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
  const [root] = findAll(doc, (e) => e.tag === "html");
  expect(root?.attrs.lang).toBe(lang);
  expect(findAll(doc, (e) => e.tag === "meta" && e.attrs.charset === "utf-8")).toHaveLength(1);
  // Self-contained: no script, no external asset, only links to anchors on the page.
  expect(findAll(doc, (e) => ["script", "link", "img", "iframe", "object", "embed", "base"].includes(e.tag))).toEqual(
    [],
  );
  expect(findAll(doc, (e) => "src" in e.attrs || Object.keys(e.attrs).some((a) => a.startsWith("on")))).toEqual([]);
  const style = findAll(doc, (e) => e.tag === "style")
    .map(textOf)
    .join("");
  expect(style).not.toMatch(/url\(|@import|https?:/);
  const ids = new Set(findAll(doc, (e) => "id" in e.attrs).map((e) => e.attrs.id));
  for (const a of findAll(doc, (e) => e.tag === "a")) {
    expect(a.attrs.href?.startsWith("#")).toBe(true);
    expect(ids.has(a.attrs.href?.slice(1))).toBe(true);
  }
  // The figures on the page are the JSON's: each row that shows a field shows its value.
  const rows = findAll(doc, (e) => e.tag === "tr" && "data-field" in e.attrs);
  const json = JSON.parse(JSON.stringify(calc));
  for (const row of rows) {
    const path = row.attrs["data-field"] as string;
    const value = valueAt(json, path);
    expect(row.attrs["data-value"], path).toBe(value);
    expect(
      cells(row).some((c) => c.replace(/[円¥,]|千円| thousand yen/g, "").trim() === value),
      `${path}: ${cells(row).join(" | ")}`,
    ).toBe(true);
  }
  expect(rows.map((r) => r.attrs["data-field"])).toEqual(
    expect.arrayContaining(["allocation.totalYen", "allocation.totalThousandYen", "fiscalCorrection.coefficient"]),
  );
  const thousand = rows.find((r) => r.attrs["data-field"] === "allocation.totalThousandYen") as HtmlElement;
  const unit = (s: string) => (lang === "ja" ? `${s}千円` : `${s} thousand yen`);
  expect(cells(thousand).at(-1)).toBe(unit(grouped(calc.allocation.totalThousandYen)));
  expect(cells(thousand).at(-2)).toBe(
    lang === "ja"
      ? `${grouped(String(Number(calc.allocation.totalThousandYen) * 1000))}円`
      : `¥${grouped(String(Number(calc.allocation.totalThousandYen) * 1000))}`,
  );
  const total = rows.find((r) => r.attrs["data-field"] === "allocation.totalYen") as HtmlElement;
  expect(cells(total)[1]).toBe(
    lang === "ja" ? `${grouped(calc.allocation.totalYen)}円` : `¥${grouped(calc.allocation.totalYen)}`,
  );
  expect(rows.filter((r) => r.attrs["data-field"]?.startsWith("lines["))).toHaveLength(calc.lines.length);
  // Every step, each with its anchor; every why-not reason, linked to its step by the step's number (the id
  // as the link's title), and every review item.
  const steps = findAll(doc, (e) => e.tag === "section" && e.attrs.class === "step");
  expect(steps.map((s) => s.attrs.id)).toEqual(wordSteps(calc).map((s) => `step-${s.id}`));
  const number = (stepId: string) => wordSteps(calc).findIndex((s) => s.id === stepId) + 1;
  const ref = (stepId: string) => (lang === "ja" ? `手順 ${number(stepId)}` : `step ${number(stepId)} (${stepId})`);
  const linksAfter = (heading: string) => {
    const [main] = findAll(doc, (e) => e.tag === "main");
    const blocks = (main as HtmlElement).children.filter((c): c is HtmlElement => typeof c !== "string");
    const at = blocks.findIndex((b) => b.tag === "h2" && textOf(b) === heading);
    const next = blocks.findIndex((b, i) => i > at && b.tag === "h2");
    return blocks.slice(at + 1, next).flatMap((b) => findAll(b, (e) => e.tag === "a"));
  };
  const reasons = calc.lines.flatMap((l) => explainLine(calc, l.id)?.reasons ?? []);
  const whyLinks = linksAfter(lang === "ja" ? "対象外・上限超過の理由" : "Why not: excluded and capped lines");
  expect(whyLinks.map((a) => [a.attrs.href, a.attrs.title, textOf(a)])).toEqual(
    reasons.map((r) => [`#step-${r.stepId}`, r.stepId, ref(r.stepId)]),
  );
  const reviewLinks = linksAfter(lang === "ja" ? "要確認" : "Needs review");
  expect(reviewLinks.map((a) => [a.attrs.href, textOf(a)])).toEqual(
    calc.review.map((r) => [`#step-${r.stepId}`, ref(r.stepId)]),
  );
  // Body and year first.
  const meta = findAll(doc, (e) => e.tag === "p" && e.attrs.class === "meta").map(textOf)[0];
  expect(meta).toContain(calc.body.code);
  expect(meta).toContain(String(calc.fiscalYear));
}

describe('renderTrace format "html"', () => {
  for (const fixture of loadFixtures()) {
    it(`fixtures/${fixture.file}: a well-formed, self-contained page with the JSON's figures`, () => {
      const calc = calculate(fixture.input);
      checkPage(calc, renderTrace(calc, { format: "html" }), "ja");
    });
  }

  it("writes English on request", () => {
    const calc = calculate(validApplication());
    const html = renderTrace(calc, { format: "html", lang: "en" });
    checkPage(calc, html, "en");
    expect(html).toContain("<h2>By pillar and measure</h2>");
  });

  it("has, in order: body and year, the lines per project, the totals, the pillars, the ledger, the steps", () => {
    const app: unknown = JSON.parse(
      readFileSync(new URL("../../examples/kesennuma-application.json", import.meta.url), "utf8"),
    );
    const doc = parseHtml(renderTrace(calculate(app), { format: "html" }));
    const h2 = findAll(doc, (e) => e.tag === "h2").map(textOf);
    expect(h2).toEqual([
      "明細",
      "算定結果",
      "柱別・措置別の内訳",
      "収支照合",
      "対象外・上限超過の理由",
      "要確認",
      "計算過程",
      "留意事項",
      "検証情報",
      "出典",
    ]);
    const [main] = findAll(doc, (e) => e.tag === "main");
    const blocks = (main as HtmlElement).children.filter((c): c is HtmlElement => typeof c !== "string");
    /** The rows (header first) of the first table after the heading with this text. */
    const tableAfter = (heading: string) => {
      const at = blocks.findIndex((b) => /^h[23]$/.test(b.tag) && textOf(b) === heading);
      const table = blocks.slice(at).find((b) => b.tag === "table") as HtmlElement;
      return findAll(table, (e) => e.tag === "tr").map(cells);
    };
    // The survey form: per project its id, 事業名 and measure; 内容 from the description, else the item. (The
    // steps' headings, also h3, come after.)
    expect(
      findAll(doc, (e) => e.tag === "h3")
        .map(textOf)
        .slice(0, 4),
    ).toEqual([
      "事業 P1 気仙沼ファンクラブと二地域居住相談会（二地域居住）",
      "事業 P2 移住者向け住まい相談（移住・定住）",
      "コーディネーター",
      "1. body/fiscal-capability-index（財政力指数）",
    ]);
    expect(tableAfter("事業 P1 気仙沼ファンクラブと二地域居住相談会（二地域居住）")).toEqual([
      ["番号", "内容", "事業費（円）", "特定財源（円）", "一般財源等（円）", "算定対象経費（円）", "判定", "根拠"],
      ["E1", "会員管理・メールマガジン配信", "2,400,000", "0", "2,400,000", "2,400,000", "対象", "-"],
      ["E2", "相談会、セミナー等の開催", "1,200,000", "0", "1,200,000", "1,200,000", "対象", "-"],
      ["E3", "二地域居住者等の登録のためのシステムの構築・維持", "3,000,000", "0", "3,000,000", "0", "対象外", "※1"],
      [
        "E4",
        "移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備",
        "8,500,000",
        "0",
        "8,500,000",
        "8,500,000",
        "対象",
        "-",
      ],
      ["E5", "副業人材の交通費補助（現金給付）", "300,000", "0", "300,000", "0", "対象外", "※3"],
      ["計", "", "15,400,000", "0", "15,400,000", "12,100,000", "", ""],
    ]);
    expect(tableAfter("事業 P2 移住者向け住まい相談（移住・定住）").slice(1)).toEqual([
      ["E6", "地域内の相談窓口の設置", "900,000", "0", "900,000", "900,000", "対象", "※5"],
    ]);
    expect(tableAfter("コーディネーター")).toEqual([
      [
        "番号",
        "担当者",
        "措置",
        "事業費（円）",
        "特定財源（円）",
        "一般財源等（円）",
        "算定対象経費（円）",
        "判定",
        "根拠",
      ],
      [
        "C1",
        "coordinator-a (専任)",
        "二地域居住",
        "5,600,000",
        "0",
        "5,600,000",
        "5,000,000",
        "上限超過分を除外",
        "上限",
      ],
      ["C2", "coordinator-b (兼任)", "二地域居住", "350,000", "0", "350,000", "350,000", "対象", "-"],
      ["計", "", "", "5,950,000", "0", "5,950,000", "5,350,000", "", ""],
    ]);
    expect(tableAfter("柱別・措置別の内訳").slice(1)).toEqual([
      ["二地域居住", "情報発信", "2", "4,200,000", "0", "1,200,000", "1,200", "3,000,000"],
      ["二地域居住", "コーディネーターによる支援", "2", "5,950,000", "0", "5,350,000", "5,350", "600,000"],
      ["二地域居住", "きっかけづくり", "2", "10,900,000", "0", "10,900,000", "10,900", "0"],
      ["二地域居住", "受入環境の整備", "1", "300,000", "0", "0", "0", "300,000"],
      ["二地域居住", "計", "7", "21,350,000", "0", "17,450,000", "17,450", "3,900,000"],
      ["移住・定住", "相談窓口の設置", "1", "900,000", "0", "900,000", "900", "0"],
      ["移住・定住", "計", "1", "900,000", "0", "900,000", "900", "0"],
    ]);
  });

  it("writes 特定財源 and its parts, and the funding totals with their fields", () => {
    const app = validApplication();
    app.projects[0].expenses[0].specificRevenue = { national: "600000" };
    const calc = calculate(app);
    const html = renderTrace(calc, { format: "html" });
    checkPage(calc, html, "ja");
    const doc = parseHtml(html);
    const row = (field: string) => findAll(doc, (e) => e.tag === "tr" && e.attrs["data-field"] === field).map(cells)[0];
    expect(row("lines[0].eligibleYen")).toEqual([
      "E1",
      "相談会、セミナー等の開催",
      "1,200,000",
      "600,000（国庫支出金 600,000）",
      "600,000",
      "600,000",
      "対象",
      "-",
    ]);
    expect(row("allocation.projectCostYen")).toEqual(["事業費（全行）", "10,400,000円", "10,400千円"]);
    expect(row("allocation.specificRevenueYen")).toEqual(["特定財源", "600,000円", "600千円"]);
    expect(row("allocation.ownBurdenYen")).toEqual(["一般財源等", "9,800,000円", "9,800千円"]);
    expect(row("allocation.eligibleCostsYen")).toEqual(["算定対象経費（経費）", "3,600,000円", "3,600千円"]);
  });

  it("escapes every text it writes", () => {
    const app = validApplication();
    app.body.name = `<script>alert("x")</script> & 'co'`;
    app.projects[0].id = "P<1>";
    app.projects[0].name = "<img src=x onerror=alert(1)>";
    app.projects[0].expenses[0].description = "</td></tr><tr><td>&lt;b&gt;";
    app.coordinators[0].name = "<b>A</b>";
    const html = renderTrace(calculate(app), { format: "html" });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39;");
    expect(html).toContain("<h3>事業 P&#60;1&#62; &#60;img src=x onerror=alert(1)&#62;</h3>");
    expect(html).toContain("<td>&#60;/td&#62;&#60;/tr&#62;&#60;tr&#62;&#60;td&#62;&#38;lt;b&#38;gt;</td>");
    expect(html).toContain('<td class="keep">&#60;b&#62;A&#60;/b&#62; (A、専任)</td>');
    const doc = parseHtml(html);
    expect(findAll(doc, (e) => e.tag === "title").map(textOf)[0]).toContain(`<script>alert("x")</script> & 'co'`);
    expect(findAll(doc, (e) => e.tag === "script")).toEqual([]);
  });

  it("groups the digits of step values on the page, and only there", () => {
    const calc = calculate(validApplication());
    expect(renderTrace(calc, { format: "html" })).toContain(
      '<th scope="row" class="mono">amountYen</th><td class="num">2,100,000</td>',
    );
    expect(renderTrace(calc, { format: "markdown" })).toContain("amountYen = 2100000");
  });
});
