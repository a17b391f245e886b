/**
 * A budget analyst's script: several bodies (real codes and 財政力指数, made-up spending), one calculation
 * each, one summary row per body and the total over all of them. Run: `npx tsx examples/budget-analyst.ts`.
 * (In your project, import from "dual-residence-allocation" instead of "../src/index.js". For hundreds of
 * bodies kept in spreadsheets, the `dra batch` command does the same from CSV files; `summarize` gives the
 * same figures without the trace, faster, when nobody needs to verify them.)
 */
import { readFileSync } from "node:fs";
import { calculate, verify, type Calculation } from "../src/index.js";

interface BodyPlan {
  readonly body: unknown;
  readonly projects?: unknown;
  readonly coordinators?: unknown;
}
const data = JSON.parse(readFileSync(new URL("./budget-analyst-bodies.json", import.meta.url), "utf8")) as {
  fiscalYear: string;
  bodies: BodyPlan[];
};

const calculations: Calculation[] = data.bodies.map((plan) => calculate({ fiscalYear: data.fiscalYear, ...plan }));

const head = [
  "code",
  "name",
  "FCI",
  "補正",
  "対象経費(円)",
  "施策分(円)",
  "ｺｰﾃﾞｨﾈｰﾀｰ(円)",
  "算定額(千円)",
  "移住分(千円)",
  "除外",
  "要確認",
  "verify",
];
const rows = calculations.map((c) => [
  c.body.code,
  c.body.name ?? "",
  c.fiscalCorrection.index,
  c.fiscalCorrection.coefficient,
  c.allocation.eligibleCostsYen,
  c.allocation.measureCostsYen,
  c.allocation.coordinatorsYen,
  c.allocation.totalThousandYen,
  c.allocation.migration.totalThousandYen,
  String(c.lines.filter((l) => l.disposition === "excluded").length),
  String(c.lines.filter((l) => l.needsReview.length > 0).length),
  verify(c).ok ? "ok" : "MISMATCH",
]);
// Each body's amount is rounded to 千円 on its own (as the ordinance rounds each body's item); the
// total over bodies adds those rounded figures. Integer 千円 strings add exactly as BigInt.
const sum = (values: readonly string[]): string => values.reduce((a, v) => a + BigInt(v), 0n).toString();
const total = [
  "合計",
  `${calculations.length} bodies`,
  "",
  "",
  "",
  "",
  "",
  sum(calculations.map((c) => c.allocation.totalThousandYen)),
  sum(calculations.map((c) => c.allocation.migration.totalThousandYen)),
  "",
  "",
  "",
];

// Column widths as a terminal shows them: CJK and full-width characters take two cells.
const cells = (text: string): number => {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch)
      ? 2
      : 1;
  return n;
};
const widths = head.map((h, i) => Math.max(cells(h), ...[...rows, total].map((r) => cells(r[i] ?? ""))));
const pad = (text: string, i: number): string => " ".repeat((widths[i] ?? 0) - cells(text));
const print = (row: readonly string[]) => {
  console.log(
    row
      .map((c, i) => (i < 2 ? c + pad(c, i) : pad(c, i) + c))
      .join("  ")
      .trimEnd(),
  );
};
print(head);
rows.forEach(print);
print(total);

// Caveats every body carries are printed once; a body's own ones (e.g. FCI above 1) after it. The
// readings the figures rest on (推定) are in each calculation's caveats too: docs/inferences.md lists them.
const isReading = (text: string): boolean => text.startsWith("推定による読み");
const shared = (calculations[0]?.caveats ?? []).filter(
  (cv) => !isReading(cv.ja) && calculations.every((c) => c.caveats.some((o) => o.ja === cv.ja)),
);
console.log("");
for (const caveat of shared) console.log(`注: ${caveat.ja}`);
for (const c of calculations) {
  for (const caveat of c.caveats) {
    if (!isReading(caveat.ja) && !shared.some((s) => s.ja === caveat.ja))
      console.log(`注 ${c.body.code} ${c.body.name ?? ""}: ${caveat.ja}`);
  }
}
