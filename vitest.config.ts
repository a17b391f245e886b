import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each rule unit keeps its own tests beside it (src/rules/<unit>/*.test.ts).
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    pool: "threads",
    // In CI, also write a JSON report: .ci/run prints its one-line summary ("N passed, N failed"). The last
    // reporter says, after the totals, which browser tests were skipped for want of Chromium, and why.
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: "reports/vitest.json" }], "./test/skipped-browser-reporter.ts"]
      : ["default", "./test/skipped-browser-reporter.ts"],
    // `npm test` runs with --coverage: the core (src/ but the CLI, which its end-to-end tests run as a
    // process) must keep 95 % of lines and branches covered (docs/reliability.md).
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**", "src/**/*.test.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
