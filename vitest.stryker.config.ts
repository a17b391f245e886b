import { defineConfig } from "vitest/config";

/*
 * The tests Stryker runs against each mutant of src/rules, src/body, src/money, src/calculate and the
 * digest writer in src/trace (stryker.config.json): each rule unit's own tests, the unit tests, the
 * hand-worked fixtures, the schema tests and the property
 * tests at 25 runs each. Not the CLI, docs, examples, packaging, summary or fuzz suites: they are slow
 * and reach these files only through what the fast tests already check.
 */
export default defineConfig({
  test: {
    include: [
      "src/rules/**/*.test.ts",
      "test/rules/**/*.test.ts",
      "test/body/**/*.test.ts",
      "test/money/**/*.test.ts",
      "test/calculate/**/*.test.ts",
      "test/schema/**/*.test.ts",
      "test/fixtures-replay/**/*.test.ts",
      "test/properties/**/*.test.ts",
      "test/trace/verify.test.ts",
      "test/trace/canonical-utf8.test.ts",
      "test/trace/sha256.test.ts",
      "test/trace/digest.test.ts",
      "test/catalog.test.ts",
      "test/readme-example.test.ts",
    ],
    env: { PROPERTY_RUNS: "25" },
  },
});
