/**
 * Guards optimisations of the full-trace path: `calculate`'s JSON must stay byte-identical. Saves, or
 * compares against, the SHA-256 of JSON.stringify(calculate(x)) for the benchmark's sample bodies, every
 * fixture and 300 property-test applications (fixed seed).
 * Usage: tsx bench/check-identical.ts save <file> | compare <file>
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { calculate } from "../src/index.js";
import { loadFixtures } from "../test/fixtures-replay/load-fixtures.js";
import { application } from "../test/properties/arbitraries.js";
import { workload } from "./workload.js";

const [mode, file] = process.argv.slice(2);
if ((mode !== "save" && mode !== "compare") || !file)
  throw new Error("usage: tsx bench/check-identical.ts save|compare <file>");

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

if (mode === "save") {
  writeFileSync(file, JSON.stringify(hashes, null, 1));
  console.log(`saved ${inputs.length} hashes to ${file}`);
} else {
  const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const differ = Object.keys(hashes).filter((k) => saved[k] !== hashes[k]);
  console.log(
    differ.length === 0
      ? `all ${inputs.length} calculations byte-identical`
      : `${differ.length} differ: ${differ.slice(0, 10).join(", ")}`,
  );
  if (differ.length > 0) process.exitCode = 1;
}
