import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Dec, groupedString } from "../../src/money/decimal.js";
import { findAll, parseHtml, textOf, type HtmlElement } from "../trace/html-parse.js";
import { readCsvFile, REPO, runBatch, useBuiltCli, type Run } from "./built-cli.js";

// The built `dra batch`'s report.html on the example set (30 bodies): one self-contained page, its bars in
// order of 算定額 with the exact figures, its table in order of what to look at, its links to each body's
// 計算書 (with --json), and every text from the input escaped.
const built = useBuiltCli();

const BODIES = readFileSync(join(REPO, "fixtures/batch/bodies.csv"));
const LINES = readFileSync(join(REPO, "fixtures/batch/lines.csv"));

type Result = Run & { out: string };
let linked: Result;
let plain: Result;
beforeAll(async () => {
  linked = await runBatch(built, BODIES, LINES, "--json", "-q");
  plain = await runBatch(built, BODIES, LINES, "-q");
}, 60_000);

const page = (out: string) => readFileSync(join(out, "report.html"), "utf8");
const byClass = (root: HtmlElement, tag: string, name: string) =>
  findAll(root, (e) => e.tag === tag && (e.attrs.class ?? "").split(" ").includes(name));
const codesOf = (elements: readonly HtmlElement[]) => elements.map((e) => e.attrs["data-code"]);
const cmpCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("report.html", () => {
  it("is one well-formed page that needs nothing else: inline style and SVG, no script, nothing to fetch", () => {
    expect(linked.code).toBe(0);
    const html = page(linked.out);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(() => parseHtml(html)).not.toThrow();
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|\bon[a-z]+=/i);
    // The only absolute URL is SVG's namespace; links are relative (to calculations/).
    expect([...html.matchAll(/https?:\/\/[^"\s]+/g)].map((m) => m[0])).toEqual(
      Array<string>(2).fill("http://www.w3.org/2000/svg"),
    );
  });

  it("draws one bar per computed body, largest 算定額 first, with its exact 算定額 and 事業費 in four parts", () => {
    const root = parseHtml(page(linked.out));
    const summary = readCsvFile(join(linked.out, "summary.csv"));
    const lines = readCsvFile(join(linked.out, "lines.csv"));
    const bars = byClass(root, "g", "bar");
    const expected = [...summary].sort(
      (a, b) => new Dec(b.total_yen!).cmp(a.total_yen!) || cmpCode(a.body_code!, b.body_code!),
    );
    expect(codesOf(bars)).toEqual(expected.map((r) => r.body_code));
    for (const [i, bar] of bars.entries()) {
      const row = expected[i]!;
      const own = lines.filter((l) => l.body_code === row.body_code && l.measure === "dual-residence");
      const sum = (pick: (l: (typeof own)[number]) => string | undefined) =>
        own.reduce((total, l) => total.plus(pick(l) ?? "0"), new Dec(0));
      // The figures shown are summary.csv's, grouped; the tooltip gives the cost's parts, which add up.
      const texts = findAll(bar, (e) => e.tag === "text").map(textOf);
      expect(texts).toContain(`${groupedString(row.total_thousand_yen!)}千円`);
      expect(texts).toContain(`${groupedString(row.project_cost_yen!)}円`);
      const title = textOf(findAll(bar, (e) => e.tag === "title")[0]!);
      const parts =
        /事業費 ([\d,.]+)円 = 特定財源 ([\d,.]+)円 \+ 算定対象 ([\d,.]+)円 \+ 対象外 ([\d,.]+)円 \+ 上限超過 ([\d,.]+)円/
          .exec(title)
          ?.slice(1)
          .map((s) => new Dec(s.replace(/,/g, "")));
      expect(parts, title).toBeDefined();
      const [cost, specific, eligible, excluded, capped] = parts!;
      expect(cost!.toFixed()).toBe(row.project_cost_yen);
      expect(specific!.toFixed()).toBe(row.specific_revenue_yen);
      expect(eligible!.toFixed()).toBe(sum((l) => l.eligible_yen).toFixed());
      expect(excluded!.toFixed()).toBe(sum((l) => (l.disposition === "capped" ? "0" : l.excluded_yen)).toFixed());
      expect(capped!.toFixed()).toBe(sum((l) => (l.disposition === "capped" ? l.excluded_yen : "0")).toFixed());
      expect(specific!.plus(eligible!).plus(excluded!).plus(capped!).toFixed()).toBe(cost!.toFixed());
    }
    // The batch's total as the closing line gives it.
    const total = summary.reduce((sum, r) => sum + BigInt(r.total_thousand_yen!), 0n);
    expect(textOf(byClass(root, "div", "figures")[0]!)).toContain(
      `算定額の合計Allocation${groupedString(total.toString())}千円`,
    );
  });

  it("plots one point per body with a cost, at its 財政力指数", () => {
    const root = parseHtml(page(linked.out));
    const summary = readCsvFile(join(linked.out, "summary.csv"));
    const points = byClass(root, "g", "point");
    expect(new Set(codesOf(points))).toEqual(
      new Set(summary.filter((r) => !new Dec(r.project_cost_yen!).isZero()).map((r) => r.body_code)),
    );
    for (const point of points) {
      const row = summary.find((r) => r.body_code === point.attrs["data-code"])!;
      const title = textOf(findAll(point, (e) => e.tag === "title")[0]!);
      expect(title).toContain(`財政力指数 ${row.fiscal_capability_index!}（財政力補正 ${row.fiscal_correction!}）`);
      const ratio = new Dec(row.total_yen!).div(row.project_cost_yen!).toFixed(3);
      expect(title).toContain(`= ${ratio}`);
    }
    // A dashed reference line for each kind of body in the set.
    expect(byClass(root, "polyline", "reference")).toHaveLength(2);
  });

  it("lists every body in the table, the most lines excluded or to review first", () => {
    const root = parseHtml(page(linked.out));
    const summary = readCsvFile(join(linked.out, "summary.csv"));
    const rows = findAll(root, (e) => e.tag === "tr" && e.attrs["data-code"] !== undefined);
    const n = (r: Record<string, string>, key: string) => Number(r[key]);
    const expected = [...summary].sort(
      (a, b) =>
        n(b, "excluded_lines") + n(b, "needs_review_lines") - (n(a, "excluded_lines") + n(a, "needs_review_lines")) ||
        n(b, "excluded_lines") - n(a, "excluded_lines") ||
        n(b, "needs_review_lines") - n(a, "needs_review_lines") ||
        n(b, "capped_lines") - n(a, "capped_lines") ||
        cmpCode(a.body_code!, b.body_code!),
    );
    expect(codesOf(rows)).toEqual(expected.map((r) => r.body_code));
    const first = rows[0]!;
    const cells = findAll(first, (e) => e.tag === "td").map(textOf);
    const row = expected[0]!;
    expect(cells).toEqual([
      "1",
      row.body_code,
      row.body_name,
      row.kind === "prefecture" ? "都道府県" : "市町村",
      "算定済",
      row.lines,
      row.excluded_lines,
      row.needs_review_lines,
      row.capped_lines,
      row.fiscal_capability_index,
      groupedString(row.project_cost_yen!),
      groupedString(row.total_thousand_yen!),
      new Dec(row.total_yen!).div(row.project_cost_yen!).toFixed(3),
    ]);
  });

  it("links every name, figure, bar and point to the body's 計算書, which --json wrote beside it", () => {
    const root = parseHtml(page(linked.out));
    const links = findAll(root, (e) => e.tag === "a").map((a) => a.attrs.href ?? "");
    const summary = readCsvFile(join(linked.out, "summary.csv"));
    const codes = summary.map((r) => r.body_code!);
    expect(new Set(links)).toEqual(new Set(codes.map((c) => `calculations/${c}.html`)));
    for (const { body_code: code, body_name: name } of summary) {
      const html = readFileSync(join(linked.out, "calculations", `${code!}.html`), "utf8");
      // The body's 計算書, in the CSV files' language (English: lines.csv is headed in English).
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(html).toContain(`<title>${name!} FY2025`);
      expect(existsSync(join(linked.out, "calculations", `${code!}.json`))).toBe(true);
    }
    // Each bar and point is one link; each table row links its code, name and every figure.
    for (const group of [...byClass(root, "g", "bar"), ...byClass(root, "g", "point")])
      expect(findAll(group, (e) => e.tag === "a")).toHaveLength(1);
    const row = findAll(root, (e) => e.tag === "tr" && e.attrs["data-code"] !== undefined)[0]!;
    expect(findAll(row, (e) => e.tag === "a")).toHaveLength(10);
  });

  it("without --json links nothing, and says how to have the links", () => {
    const html = page(plain.out);
    expect(html).not.toContain("<a ");
    expect(html).toContain("--json を付けて実行すると");
    // The same charts and table otherwise.
    const root = parseHtml(html);
    expect(codesOf(byClass(root, "g", "bar"))).toEqual(codesOf(byClass(parseHtml(page(linked.out)), "g", "bar")));
  });

  it("escapes a body name from the user's file wherever it is shown", async () => {
    const hostile = `<img src=x onerror=alert(1)>&"'</svg><script>`;
    const bodies = `code,name,kind,fci\r\n042056,"${hostile.replace(/"/g, '""')}",municipality,0.45\r\n`;
    const lines =
      "body_code,project_id,purpose,line_id,item,amount\r\n042056,P1,dual-residence,E1,information.consultation-events,1200000\r\n";
    const result = await runBatch(built, bodies, lines, "--json", "-q");
    expect(result.code).toBe(0);
    const html = page(result.out);
    expect(html).not.toMatch(/<img|<script|<\/svg><script/);
    expect(html).toContain("&#60;img src=x onerror=alert(1)&#62;&#38;&#34;&#39;&#60;/svg&#62;&#60;script&#62;");
    const root = parseHtml(html);
    const row = findAll(root, (e) => e.tag === "tr" && e.attrs["data-code"] === "042056")[0]!;
    expect(findAll(row, (e) => e.tag === "td").map(textOf)[2]).toBe(hostile);
    const tooltip = textOf(findAll(byClass(root, "g", "point")[0]!, (e) => e.tag === "title")[0]!);
    expect(tooltip.startsWith(`${hostile}（042056）`)).toBe(true);
  });

  it("puts a body with problems first in the table, and leaves it out of the charts (--skip-invalid)", async () => {
    const bodies = "code,name,kind,fci\r\n042056,気仙沼市,municipality,0.45\r\n070009,福島県,prefecture,0.52158\r\n";
    const lines =
      "body_code,project_id,purpose,line_id,item,amount\r\n" +
      "042056,P1,dual-residence,E1,information.consultation-events,1200000\r\n" +
      "070009,P1,dual-residence,E1,information.consultation-events,１２０\r\n";
    const result = await runBatch(built, bodies, lines, "--skip-invalid", "-q");
    expect(result.code).toBe(1);
    const root = parseHtml(page(result.out));
    const rows = findAll(root, (e) => e.tag === "tr" && e.attrs["data-code"] !== undefined);
    expect(codesOf(rows)).toEqual(["070009", "042056"]);
    expect(rows[0]!.attrs.class).toBe("invalid");
    expect(findAll(rows[0]!, (e) => e.tag === "td").map(textOf)[4]).toBe("不備（1件）");
    expect(codesOf(byClass(root, "g", "bar"))).toEqual(["042056"]);
    expect(codesOf(byClass(root, "g", "point"))).toEqual(["042056"]);
    expect(textOf(byClass(root, "div", "figures")[0]!)).toContain("不備With problems1団体");

    // No body computed: the charts say so, the table lists the body.
    const none = await runBatch(
      built,
      bodies,
      lines
        .split("\r\n")
        .filter((l) => !l.startsWith("042056"))
        .join("\r\n"),
      "--skip-invalid",
      "-q",
    );
    const empty = parseHtml(page(none.out));
    expect(findAll(empty, (e) => e.tag === "svg")).toEqual([]);
    expect(
      byClass(empty, "p", "note")
        .map(textOf)
        .filter((t) => t.startsWith("算定できた団体がありません")),
    ).toHaveLength(2);
    expect(codesOf(findAll(empty, (e) => e.tag === "tr" && e.attrs["data-code"] !== undefined))).toEqual(["070009"]);
  });
});
