import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, renderTrace, type Calculation } from "../../src/index.js";
import { explainLine } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { validApplication } from "../support.js";
import { findAll, parseHtml, textOf, type HtmlElement } from "./html-parse.js";

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
  // Every step, each with its anchor; every why-not reason.
  const steps = findAll(doc, (e) => e.tag === "section" && e.attrs.class === "step");
  expect(steps.map((s) => s.attrs.id)).toEqual(calc.trace.steps.map((s) => `step-${s.id}`));
  const reasons = calc.lines.flatMap((l) => explainLine(calc, l.id)?.reasons ?? []);
  const whyLinks = findAll(doc, (e) => e.tag === "a");
  expect(whyLinks.map((a) => a.attrs.href)).toEqual(reasons.map((r) => `#step-${r.stepId}`));
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

  it("has, in order: body and year, the summary per pillar and measure, the ledger, the lines, the steps", () => {
    const app: unknown = JSON.parse(
      readFileSync(new URL("../../examples/kesennuma-application.json", import.meta.url), "utf8"),
    );
    const doc = parseHtml(renderTrace(calculate(app), { format: "html" }));
    const h2 = findAll(doc, (e) => e.tag === "h2").map(textOf);
    expect(h2).toEqual([
      "算定結果",
      "柱別・措置別の内訳",
      "収支照合",
      "明細",
      "対象外・上限超過の理由",
      "要確認",
      "計算過程",
      "留意事項",
      "検証情報",
    ]);
    const pillars = findAll(doc, (e) => e.tag === "table")[3];
    expect(
      findAll(pillars as HtmlElement, (e) => e.tag === "tr")
        .map(cells)
        .slice(1),
    ).toEqual([
      ["二地域居住", "情報発信", "2", "4,200,000", "1,200,000", "1,200", "3,000,000"],
      ["二地域居住", "コーディネーターによる支援", "2", "5,950,000", "5,350,000", "5,350", "600,000"],
      ["二地域居住", "きっかけづくり", "2", "10,900,000", "10,900,000", "10,900", "0"],
      ["二地域居住", "受入環境の整備", "1", "300,000", "0", "0", "300,000"],
      ["二地域居住", "計", "7", "21,350,000", "17,450,000", "17,450", "3,900,000"],
      ["移住・定住", "相談窓口の設置", "1", "900,000", "900,000", "900", "0"],
      ["移住・定住", "計", "1", "900,000", "900,000", "900", "0"],
    ]);
  });

  it("escapes every text it writes", () => {
    const app = validApplication();
    app.body.name = `<script>alert("x")</script> & 'co'`;
    app.projects[0].id = "P<1>";
    const html = renderTrace(calculate(app), { format: "html" });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39;");
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
