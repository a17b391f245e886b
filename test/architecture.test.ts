import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The folder layout is the architecture: input validation (src/schema) sits beneath the engine and knows
// nothing of how input is summarized, calculated or traced. (calculate, summary and trace use each other's
// types; the validator must stay a leaf the others build on.)
const src = join(import.meta.dirname, "..", "src");
const importsOf = (folder: string): string[] =>
  readdirSync(join(src, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) =>
      [...readFileSync(join(src, folder, f), "utf8").matchAll(/from "\.\.\/([a-z-]+)\//g)].map((m) => `${f} → ${m[1]}`),
    );

describe("architecture", () => {
  it("src/schema imports nothing from summary, calculate, trace or cli", () => {
    expect(importsOf("schema").filter((i) => /→ (?:summary|calculate|trace|cli)$/.test(i))).toEqual([]);
  });

  it("the pure core imports nothing from src/cli", () => {
    for (const folder of ["money", "body", "catalog", "rulesets", "schema", "rules", "summary", "calculate", "trace"]) {
      expect(
        importsOf(folder).filter((i) => i.endsWith("→ cli")),
        folder,
      ).toEqual([]);
    }
  });
});
