import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./doc-examples.js";

// docs/README.md links every page in docs/, and no relative link in the README or docs/ is broken.
describe("docs/README.md and the links between pages", () => {
  const pages = readdirSync(join(REPO, "docs")).filter((f) => f.endsWith(".md") && f !== "README.md");
  const index = readFileSync(join(REPO, "docs/README.md"), "utf8");

  it("links every page in docs/", () => {
    for (const page of pages) expect(index, `docs/README.md should link ${page}`).toContain(`](${page})`);
  });

  it("has no broken relative link in README.md, CHANGELOG.md, examples/README.md or docs/*.md", () => {
    const files = [
      "README.md",
      "CHANGELOG.md",
      "examples/README.md",
      "docs/README.md",
      ...pages.map((p) => `docs/${p}`),
    ];
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(REPO, file), "utf8").replace(/```[\s\S]*?```/g, "");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!) || target!.startsWith("#")) continue;
        const path = normalize(join(REPO, dirname(file), target!.split("#")[0]!));
        if (!existsSync(path)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
