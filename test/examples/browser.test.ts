import { describe, expect, it } from "vitest";
import { skipWithoutChromium } from "../trace/chromium.js";
import { servedExamples } from "./static-server.js";

// examples/browser.html in headless Chromium (Debian's `chromium`; CI installs it with
// scripts/ensure-chromium.sh), served over http from localhost as a user would serve it: the page imports
// the ESM build, and its import map finds decimal.js and zod in node_modules/ (@noble/hashes is bundled).
// Skips, saying so, where Chromium is not installed; in CI a missing one fails.
describe.skipIf(skipWithoutChromium("test/examples/browser.test.ts"))("examples/browser.html", () => {
  const served = servedExamples();

  it("imports the ESM build and renders 気仙沼市's calculation", async () => {
    const page = await served.browser().newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    const port = served.port();
    await page.goto(`http://127.0.0.1:${port}/examples/browser.html`);
    await page.waitForFunction("document.documentElement.dataset.status !== undefined", null, { timeout: 20_000 });

    expect(await page.textContent("#error")).toBe("");
    expect(problems).toEqual([]);
    expect(await page.getAttribute("html", "data-status")).toBe("done");
    expect(await page.textContent("#total")).toBe("11,400");
    expect(await page.textContent("#verify")).toBe("ok");
    // Typed by hand: the function runs in the page, and this project's types have no DOM.
    type Row = { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> };
    const rows = await page.$$eval("#lines tbody tr", (trs: Row[]) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    );
    expect(rows.map((r) => [r[0], r[3], r[4]])).toEqual([
      ["E1", "eligible", "2,400,000"],
      ["E2", "eligible", "1,200,000"],
      ["E3", "excluded", "0"],
      ["E4", "eligible", "8,500,000"],
      ["E5", "excluded", "0"],
      ["E6", "eligible", "900,000"],
      ["C1", "capped", "5,000,000"],
      ["C2", "eligible", "350,000"],
    ]);
    expect(await page.textContent("#trace")).toMatch(/算定額（千円、四捨五入）.*\b11,400千円/);
    await page.close();
  }, 60_000);
});
