import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import { CHROMIUM, hasChromium } from "./trace/chromium.js";

/**
 * At the end of a run, says which browser test files were skipped and why, so that a run without
 * Chromium never passes silently. (Each file also says so on its own when it skips; this repeats it where
 * it is seen: after the totals.) A browser test file is one that calls `skipWithoutChromium`.
 */
export default class SkippedBrowserReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    if (hasChromium()) return;
    const skipped = testModules
      .filter((m) => m.state() === "skipped" && readFileSync(m.moduleId, "utf8").includes("skipWithoutChromium("))
      .map((m) => relative(process.cwd(), m.moduleId));
    if (skipped.length === 0) return;
    process.stdout.write(
      `\n SKIPPED ${skipped.length} browser test file${skipped.length === 1 ? "" : "s"} (no Chromium at ${CHROMIUM}): ` +
        `${skipped.join(", ")}\n To run them: bash scripts/ensure-chromium.sh (Debian, as root), ` +
        "or set CHROMIUM_PATH to a Chromium executable. CI (CI=true) fails instead of skipping.\n\n",
    );
  }
}
