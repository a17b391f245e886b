import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { calculate, renderTrace, wordSteps } from "../../src/index.js";
import { launchChromium, skipWithoutChromium } from "./chromium.js";

// Skips, saying so, only where Chromium is not installed; in CI (.ci/run installs it) a missing one fails.
describe.skipIf(skipWithoutChromium("test/trace/html-chromium.test.ts"))("the HTML 計算書 in headless Chromium", () => {
  const application: unknown = JSON.parse(
    readFileSync(new URL("../../examples/kesennuma-application.json", import.meta.url), "utf8"),
  );
  const calc = calculate(application);
  let browser: Browser | undefined; // unset if beforeAll fails

  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the same totals as the JSON, fetches nothing and runs no script", async () => {
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.setContent(renderTrace(calc, { format: "html" }), { waitUntil: "load" });
    const shown = async (field: string) =>
      (await page.locator(`tr[data-field="${field}"] td`).allInnerTexts()).map((t) => t.trim());
    expect(await shown("allocation.totalYen")).toEqual(["11,400,000円", "11,400千円"]);
    expect(await shown("allocation.totalThousandYen")).toEqual(["11,400,000円", "11,400千円"]);
    expect(await shown("allocation.migration.totalThousandYen")).toEqual(["450,000円", "450千円"]);
    // The page's figures, read back as a person sees them, are the JSON's.
    const plain = (t: string | undefined) => (t ?? "").replace(/,|円|千円/g, "");
    expect(plain((await shown("allocation.totalYen"))[0])).toBe(calc.allocation.totalYen);
    expect(plain((await shown("allocation.totalThousandYen"))[1])).toBe(calc.allocation.totalThousandYen);
    expect(plain((await shown("allocation.migration.totalThousandYen"))[1])).toBe(
      calc.allocation.migration.totalThousandYen,
    );
    expect(await page.locator("section.step").count()).toBe(wordSteps(calc).length);
    // (Strings: the tests are typechecked without the DOM library.)
    expect(await page.evaluate("document.scripts.length")).toBe(0);
    expect(await page.evaluate("document.documentElement.lang")).toBe("ja");
    expect(requests).toEqual([]);
    // It prints: A4 pages, several of them.
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  }, 30_000);

  it("shows who prepared it under the title, links a step by its number, and ends with the sources", async () => {
    const page = await browser!.newPage();
    const html = renderTrace(calc, { format: "html", preparedBy: "地域づくり推進課", preparedOn: "令和8年3月31日" });
    await page.setContent(html, { waitUntil: "load" });
    expect((await page.locator("h1 + p.prepared").innerText()).trim()).toBe(
      "作成者: 地域づくり推進課 / 作成日: 令和8年3月31日",
    );
    // The why-not's step: its number, the id only in the link's title; following it reaches the step.
    const link = page.locator('a[title="person/dual-residence/coordinator-a/coordinator-cap"]').first();
    expect((await link.innerText()).trim()).toBe("手順 16");
    await link.click();
    expect(await page.evaluate("decodeURIComponent(location.hash)")).toBe(
      "#step-person/dual-residence/coordinator-a/coordinator-cap",
    );
    expect((await page.locator("section.step").nth(15).locator("h3").innerText()).trim()).toBe(
      "16. person/dual-residence/coordinator-a/coordinator-cap（上限）",
    );
    expect((await page.locator("h2").last().innerText()).trim()).toBe("出典");
    const sources = await page.locator("h2:last-of-type ~ table").first().locator("tbody tr").allInnerTexts();
    expect(sources.map((r) => r.split("\t")[0])).toEqual(["総務省資料", "省令", "決算検査報告"]);
    await page.close();
  }, 30_000);
});
