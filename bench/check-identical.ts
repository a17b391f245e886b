/**
 * Guards reshapings of the full-trace path and the renderers: `calculate`'s JSON must stay byte-identical,
 * and so must every rendered 計算書. Saves, or compares against, the SHA-256 of JSON.stringify(calculate(x))
 * for the benchmark's sample bodies, every fixture and 300 property-test applications (fixed seed), and of
 * renderTrace in each format and language for every fixture.
 * Usage: tsx bench/check-identical.ts save <file> | compare <file>
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { calculate, renderTrace } from "../src/index.js";
import { loadFixtures } from "../test/fixtures-replay/load-fixtures.js";
import { application } from "../test/properties/arbitraries.js";
import { workload } from "./workload.js";

const [mode, file] = process.argv.slice(2);
if ((mode !== "save" && mode !== "compare") || !file) {
  process.stderr.write("usage: tsx bench/check-identical.ts save|compare <file>\n");
  process.exit(2);
}

const inputs: [string, unknown][] = [
  ...workload("sample").applications.map((a, i): [string, unknown] => [`bench sample ${i}`, a]),
  ...loadFixtures().map((f): [string, unknown] => [`fixture ${f.id}`, f.input]),
  ...fc.sample(application(), { numRuns: 300, seed: 20250401 }).map((a, i): [string, unknown] => [`property ${i}`, a]),
];
const hashes: Record<string, string> = {};
for (const [name, input] of inputs)
  hashes[name] = createHash("sha256")
    .update(JSON.stringify(calculate(input)))
    .digest("hex");

for (const fixture of loadFixtures()) {
  const calc = calculate(fixture.input);
  for (const format of ["markdown", "text", "html", "csv"] as const)
    for (const lang of ["ja", "en"] as const)
      hashes[`render ${fixture.id} ${format} ${lang}`] = createHash("sha256")
        .update(renderTrace(calc, { format, lang }))
        .digest("hex");
}

if (mode === "save") {
  writeFileSync(file, JSON.stringify(hashes, null, 1));
  console.log(`saved ${Object.keys(hashes).length} hashes to ${file}`);
} else {
  const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const differ = Object.keys(hashes).filter((k) => saved[k] !== hashes[k]);
  console.log(
    differ.length === 0
      ? `all ${Object.keys(hashes).length} byte-identical (${inputs.length} calculations, ${Object.keys(hashes).length - inputs.length} rendered documents)`
      : `${differ.length} differ: ${differ.slice(0, 10).join(", ")}`,
  );
  if (differ.length > 0) process.exitCode = 1;
}
