/**
 * Runs a real-shaped example: 気仙沼市 (042056; FCI 0.45, the figure published for FY2024 that FY2025 uses),
 * with made-up spending, and prints the Japanese trace. `npm run example -- en` prints it in English,
 * `npm run example -- ja markdown` as Markdown.
 */
import { readFileSync } from "node:fs";
import { calculate, renderTrace, verify } from "../src/index.js";

const lang = process.argv[2] === "en" ? "en" : "ja";
const format = process.argv[3] === "markdown" ? "markdown" : "text";
const application: unknown = JSON.parse(readFileSync(new URL("./kesennuma-application.json", import.meta.url), "utf8"));

const calculation = calculate(application);
process.stdout.write(renderTrace(calculation, { format, lang }));
const check = verify(calculation);
process.stdout.write(`\nverify: ${check.ok ? "ok" : `${check.mismatches.length} mismatches`}\n`);
