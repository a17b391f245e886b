/**
 * Guards the data-only trace (format 4): the steps as `wordSteps` words them, and every rendered 計算書 with
 * its digests and format version masked, must be what a release of format 3 stored and rendered. Saves, or
 * compares against, for every fixture and 400 property-test applications (fixed seed): the worded steps
 * (format 3: the stored steps) and the rendering in each format and language.
 * Usage: tsx bench/check-worded.ts save <file> | compare <file> (save at the old commit, compare at the new).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import * as library from "../src/index.js";
import { loadFixtures } from "../test/fixtures-replay/load-fixtures.js";
import { application } from "../test/properties/arbitraries.js";

const [mode, file] = process.argv.slice(2);
if ((mode !== "save" && mode !== "compare") || !file) {
  process.stderr.write("usage: tsx bench/check-worded.ts save|compare <file>\n");
  process.exit(2);
}

const hash = (text: string): string => createHash("sha256").update(text).digest("hex");
/** The digests and the format version: the two things a change of format changes in every document. */
const mask = (text: string): string =>
  text.replace(/[0-9a-f]{64}/g, "#").replace(/(schemaVersion|形式の版)([^0-9]{0,40})[0-9]/g, "$1$2V");
/** The steps with their words: `wordSteps` where the release has it, else the stored steps (format 3). */
const worded = (calc: library.Calculation): unknown => {
  const words = (library as { wordSteps?: (c: library.Calculation) => unknown }).wordSteps;
  return words ? words(calc) : calc.trace.steps;
};

const inputs: [string, unknown][] = [
  ...loadFixtures().map((f): [string, unknown] => [`fixture ${f.id}`, f.input]),
  ...fc.sample(application(), { numRuns: 400, seed: 20250401 }).map((a, i): [string, unknown] => [`property ${i}`, a]),
];
const hashes: Record<string, string> = {};
for (const [name, input] of inputs) {
  const calc = library.calculate(input);
  hashes[`steps ${name}`] = hash(JSON.stringify(worded(calc)));
  for (const format of ["markdown", "text", "html", "csv"] as const)
    for (const lang of ["ja", "en"] as const)
      hashes[`render ${name} ${format} ${lang}`] = hash(mask(library.renderTrace(calc, { format, lang })));
}

if (mode === "save") {
  writeFileSync(file, JSON.stringify(hashes, null, 1));
  console.log(`saved ${Object.keys(hashes).length} hashes to ${file}`);
} else {
  const saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const differ = Object.keys(saved).filter((k) => saved[k] !== hashes[k]);
  console.log(
    differ.length === 0
      ? `all ${Object.keys(saved).length} identical (${inputs.length} applications: worded steps, and documents but for digests and format version)`
      : `${differ.length} differ: ${differ.slice(0, 10).join(", ")}`,
  );
  if (differ.length > 0) process.exitCode = 1;
}
