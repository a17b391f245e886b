// Prints the test totals as one plain line ("N passed, N failed, N skipped") from vitest's JSON report.
import { readFileSync } from "node:fs";
const report = JSON.parse(readFileSync(new URL("../reports/vitest.json", import.meta.url), "utf8"));
console.log(
  `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
);
