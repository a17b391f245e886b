import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, skipWithoutChromium } from "../trace/chromium.js";
import { readCsvFile, REPO, runBatch, useBuiltCli } from "./built-cli.js";

// `dra batch`'s report.html on the example set, opened from its folder in headless Chromium as an analyst
// opens it: the bars and points are drawn, nothing runs or is fetched, and a bar leads to the body's 計算書.
// With UPDATE_SCREENSHOT=1 it also renews docs/batch-report.png (docs/cli.md shows it); otherwise the
// screenshot goes to the scratch folder, so that a test run never changes a file of the repository.
const built = useBuiltCli();

describe.skipIf(skipWithoutChromium("test/cli/batch-report-chromium.test.ts"))(
  "report.html in headless Chromium",
  () => {
    let browser: Browser | undefined; // unset if beforeAll fails
    let out = "";

    beforeAll(async () => {
      const bodies = readFileSync(join(REPO, "fixtures/batch/bodies.csv"));
      const lines = readFileSync(join(REPO, "fixtures/batch/lines.csv"));
      const result = await runBatch(built, bodies, lines, "--json", "-q");
      expect(result.code).toBe(0);
      out = result.out;
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it("draws a bar for every body and a point for every body with a cost, runs nothing and fetches nothing", async () => {
      const page = await browser!.newPage({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 1 });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(String(e)));
      page.on("request", (r) => requests.push(r.url()));
      const url = pathToFileURL(join(out, "report.html")).href;
      await page.goto(url, { waitUntil: "load" });
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      // (Strings: the tests are typechecked without the DOM library.)
      expect(await page.evaluate("document.scripts.length")).toBe(0);

      const bodies = readCsvFile(join(out, "summary.csv"));
      // Each bar group drawn with a visible 算定額 bar and at least one part of its cost, in order of size.
      const bars = await page.evaluate<
        { code: string; allocation: number; parts: number }[]
      >(`[...document.querySelectorAll("svg.bars g.bar")].map((g) => ({
        code: g.dataset.code,
        allocation: g.querySelector('rect[fill="#2f4f6f"]')?.getBoundingClientRect().width ?? 0,
        parts: [...g.querySelectorAll("rect[fill]")].filter((r) => r.getAttribute("fill") !== "#2f4f6f" && r.getBoundingClientRect().width > 0).length,
      }))`);
      expect(bars).toHaveLength(bodies.length);
      for (const bar of bars) {
        expect(bar.allocation, bar.code).toBeGreaterThan(0);
        expect(bar.parts, bar.code).toBeGreaterThan(0);
      }
      for (let i = 1; i < bars.length; i++) expect(bars[i]!.allocation).toBeLessThanOrEqual(bars[i - 1]!.allocation);

      // Each point inside the plot's axes.
      const inside = await page.evaluate<boolean[]>(`(() => {
        const svg = document.querySelector("svg.scatter");
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("g.point")].map((g) => {
          const r = g.querySelector("circle, rect").getBoundingClientRect();
          return r.width > 0 && r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
        });
      })()`);
      expect(inside).toHaveLength(bodies.filter((b) => b.project_cost_yen !== "0").length);
      expect(inside.every(Boolean)).toBe(true);
      // The table: a row per body.
      expect(await page.locator("table.bodies tbody tr").count()).toBe(bodies.length);

      // The screenshot docs/cli.md shows: the title, the totals, the bars and the scatter plot.
      const bottom = await page.evaluate<number>(
        `document.querySelectorAll("div.chart")[1].getBoundingClientRect().bottom + window.scrollY + 12`,
      );
      const shot = process.env.UPDATE_SCREENSHOT
        ? join(REPO, "docs/batch-report.png")
        : join(built.dir, "batch-report.png");
      await page.screenshot({
        path: shot,
        clip: { x: 0, y: 0, width: 1100, height: Math.ceil(bottom) },
        fullPage: true,
      });
      expect([...readFileSync(shot).subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
      await page.close();
    }, 60_000);

    it("leads from a bar to the body's 計算書", async () => {
      const page = await browser!.newPage();
      await page.goto(pathToFileURL(join(out, "report.html")).href, { waitUntil: "load" });
      const first = page.locator("svg.bars g.bar").first();
      const code = await first.getAttribute("data-code");
      await first.locator("a").click();
      await page.waitForURL(/calculations\/\d{6}\.html$/);
      expect(page.url()).toBe(pathToFileURL(join(out, "calculations", `${code!}.html`)).href);
      expect(await page.locator("h1").count()).toBe(1);
      await page.close();
    }, 30_000);
  },
);
