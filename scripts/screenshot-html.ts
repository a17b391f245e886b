/**
 * Renders the README's example (examples/kesennuma-application.json) as the Japanese HTML 計算書 and keeps
 * a screenshot of its first part (header to the why-not table) in docs/trace-html.png.
 * Run: npx tsx scripts/screenshot-html.ts   (needs /usr/bin/chromium and a Japanese font, e.g. Debian's
 * fonts-ipafont-gothic or fonts-noto-cjk, or the Japanese shows as boxes).
 */
import { readFileSync } from "node:fs";
import { calculate, renderTrace } from "../src/index.js";
import { launchChromium } from "../test/trace/chromium.js";

const application: unknown = JSON.parse(
  readFileSync(new URL("../examples/kesennuma-application.json", import.meta.url), "utf8"),
);
const html = renderTrace(calculate(application), { format: "html", lang: "ja" });
const out = new URL("../docs/trace-html.png", import.meta.url).pathname;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: "load" });
  // Up to the heading after the why-not table: the part an auditor reads first.
  const bottom = await page
    .locator("h2", { hasText: "要確認" })
    .first()
    // Typed by hand: the function runs in the page, and this project's types have no DOM.
    .evaluate((el: { getBoundingClientRect(): { top: number } }) => el.getBoundingClientRect().top);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1000, height: Math.ceil(bottom) } });
  process.stdout.write(`wrote ${out} (1000 × ${Math.ceil(bottom)} px)\n`);
} finally {
  await browser.close();
}
