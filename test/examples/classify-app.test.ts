import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { calculate } from "../../src/index.js";
import { REPO } from "../package/stage-package.js";
import { skipWithoutChromium } from "../trace/chromium.js";
import { servedExamples } from "./static-server.js";

// examples/classify-app/ in headless Chromium, driven as a person would use it: type a budget line and an
// amount, pick the suggestion, answer the ※2 questions, read the figure; the figure must be the one calculate
// gives in Node for the application the page built. The page is served from localhost with a fresh build,
// as browser.test.ts serves browser.html; nothing may be fetched from elsewhere.
// The screenshot in docs/ (docs/apps.md shows it) is rewritten only with UPDATE_SCREENSHOTS=1, so that a
// run on another machine, whose fonts draw other pixels, leaves the working tree clean; otherwise it goes to
// the build's temp folder and is only checked to be a PNG.
const FILE = "test/examples/classify-app.test.ts";

/** What the page built, as the test expects it: 気仙沼市 by code alone, one project, two lines answered. */
const APPLICATION = {
  fiscalYear: "令和7年度",
  body: { code: "042056" },
  projects: [
    {
      id: "P1",
      name: "二地域居住推進事業",
      primaryPurpose: "dual-residence",
      expenses: [
        {
          id: "E1",
          item: "opportunity.facilities",
          amount: "9,000,000",
          description: "お試し住宅改修工事",
          facility: { implementer: "private", work: "renovation" },
        },
        {
          id: "E2",
          item: "opportunity.trial-tours",
          amount: "1,200,000",
          description: "ワーケーション体験ツアー委託料",
        },
      ],
    },
  ],
};

describe.skipIf(skipWithoutChromium(FILE))("examples/classify-app/", () => {
  const served = servedExamples();

  /** Types a budget line and its amount, then picks the suggestion for `item`: line `id` appears. */
  async function addLine(page: Page, id: string, text: string, amount: string, item: string): Promise<void> {
    await page.fill("#amount", amount);
    await page.locator("#text").pressSequentially(text);
    await page.click(`button.suggestion[data-item="${item}"]`);
    await page.waitForSelector(`li[data-line="${id}"]`);
  }

  const state = (page: Page) => page.getAttribute("#allocation", "data-state");
  const range = async (page: Page) => [await page.textContent("#low"), await page.textContent("#high")];
  const questions = (page: Page, line: string) =>
    page.$$eval(`li[data-line="${line}"] fieldset:not(.answered)`, (sets: { dataset: { path?: string } }[]) =>
      sets.map((set) => set.dataset.path),
    );

  it("suggests the item, asks ※2, narrows the range and reaches calculate's figure", async () => {
    const page = await served.browser().newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1 });
    const port = served.port();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    // Every request must stay on the test's server; any other is recorded and refused.
    const outside: string[] = [];
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === "data:" || (url.hostname === "127.0.0.1" && url.port === String(port)))
        return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    await page.goto(`http://127.0.0.1:${port}/examples/classify-app/`);
    await page.waitForFunction("document.documentElement.dataset.status === 'ready'", null, { timeout: 20_000 });
    expect(await page.textContent("#body")).toBe(
      "宮城県気仙沼市（042056）・令和7年度・財政力指数 0.45（前年度の公表値 / the registry's）",
    );
    expect(await state(page)).toBe("empty");

    // Suggestions as the words are typed: the facility first, with the words that led there and ※2's hint.
    await page.fill("#amount", "9,000,000");
    await page.locator("#text").pressSequentially("お試し住宅改修工事");
    const first = page.locator("button.suggestion").first();
    expect(await first.getAttribute("data-item")).toBe("opportunity.facilities");
    expect(await first.textContent()).toContain("お試し住宅");
    expect(await first.textContent()).toContain("※2: 施設の改修は対象になりえます");
    await first.click();

    // The facility asks ※2; the range spans every answer.
    expect(await page.getAttribute('li[data-line="E1"]', "data-status")).toBe("needs-facts");
    expect(await questions(page, "E1")).toEqual(["facility.implementer", "facility.work"]);
    expect(await state(page)).toBe("range");
    expect(await range(page)).toEqual(["0", "4,500"]);

    // A second line, decided at once: the range covers both.
    await addLine(page, "E2", "ワーケーション体験ツアー委託料", "1,200,000", "opportunity.trial-tours");
    expect(await page.getAttribute('li[data-line="E2"]', "data-status")).toBe("decided");
    expect(await range(page)).toEqual(["600", "5,100"]);

    // The body's own work opens the regional bond's question; a private operator closes it again, and its
    // answer goes with it.
    await page.check('input[name="E1:facility.implementer"][data-value="government"]');
    expect(await questions(page, "E1")).toEqual(["facility.work", "facility.regionalBondCovers"]);
    await page.check('input[name="E1:facility.regionalBondCovers"][data-value="false"]');
    await page.check('input[name="E1:facility.implementer"][data-value="private"]');
    expect(await questions(page, "E1")).toEqual(["facility.work"]);
    expect(await range(page)).toEqual(["600", "5,100"]);

    const shot = process.env.UPDATE_SCREENSHOTS
      ? join(REPO, "docs/classify-app.png")
      : join(served.tempDir(), "app.png");
    await page.locator("#text").pressSequentially("副業人材来訪交通費の支給");
    await page.fill("#amount", "300,000");
    await page.screenshot({ path: shot, fullPage: true });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
    await page.fill("#text", "");
    await page.fill("#amount", "");

    // Words no item is found for still say what they bear on: a cash handout's ※3.
    await page.locator("#text").pressSequentially("交通費補助");
    expect(await page.locator("button.suggestion").count()).toBe(0);
    expect(await page.textContent("#suggestions")).toContain("候補なし");
    expect(await page.locator("#suggestions .hint").first().textContent()).toContain("※3");
    await page.fill("#text", "");

    // The last fact: the exact figure, which is calculate's for the application the page built.
    await page.check('input[name="E1:facility.work"][data-value="renovation"]');
    expect(await state(page)).toBe("exact");
    expect(await page.textContent("#allocation")).toContain("確定");
    const built: unknown = JSON.parse((await page.textContent("#application-json")) ?? "");
    expect(built).toEqual(APPLICATION);
    const figure = calculate(APPLICATION).allocation.totalThousandYen;
    expect(figure).toBe("5100");
    expect(await page.textContent("#exact")).toBe(Number(figure).toLocaleString("en-US"));

    // Enter adds the first suggestion; typed text is shown as text, never read as markup.
    await page.fill("#amount", "100,000");
    await page.locator("#text").pressSequentially("移住相談会 <b>会場</b>借上料");
    await page.waitForSelector('button.suggestion[data-item="information.consultation-events"]');
    await page.press("#text", "Enter");
    expect(await page.textContent('li[data-line="E3"] .sub')).toContain("information.consultation-events");
    expect(await page.textContent('li[data-line="E3"] .line-text')).toBe("移住相談会 <b>会場</b>借上料");
    expect(await page.locator('li[data-line="E3"] b').count()).toBe(0);

    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);
});
