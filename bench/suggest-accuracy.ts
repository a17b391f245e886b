/**
 * Prints suggestItems' accuracy over the labelled budget lines (fixtures/suggest/labelled-budget-lines.json):
 * top-1 and top-3 over the lines with an item, the unrelated lines that got a suggestion, and each line
 * whose expected item was not first. docs/apps.md reports its figures.
 * Usage: npx tsx bench/suggest-accuracy.ts
 */
import { measure } from "../test/suggest/labelled-lines.js";

const accuracy = measure();
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
console.log(`related lines: ${accuracy.related}; top-1 ${percent(accuracy.top1)}, top-3 ${percent(accuracy.top3)}`);
console.log(
  `unrelated lines: ${accuracy.unrelated}; with a suggestion: ${accuracy.unrelatedSuggested.length}` +
    accuracy.unrelatedSuggested.map((o) => `\n  ${o.line.text} → ${o.suggested.join(", ")}`).join(""),
);
for (const miss of accuracy.misses)
  console.log(
    `miss (rank ${miss.rank || "-"}): ${miss.line.text}\n  expected ${String(miss.line.expected)}; got ${miss.suggested.join(", ") || "[]"}`,
  );
