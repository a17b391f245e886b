import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The folder layout is the architecture: each top-level folder of src/ imports only from folders below it,
 * so the folders form no cycle. Type-only imports count: a type cycle is a design cycle.
 */
const src = join(import.meta.dirname, "..", "src");
const folders = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The folders each folder imports from (any `from "…"` or `import("…")` that leaves the folder). */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const folder of folders) {
    const targets = new Set<string>();
    const files = readdirSync(join(src, folder), { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    for (const file of files) {
      const depth = file.split("/").length; // file in the folder: 1; one level down: 2 …
      const up = "../".repeat(depth);
      for (const m of readFileSync(join(src, folder, file), "utf8").matchAll(/(?:from|import\()\s*"([^"]+)"/g)) {
        const spec = m[1] as string;
        if (!spec.startsWith(up)) continue;
        const target = spec.slice(up.length).split("/")[0] as string;
        if (target !== folder && folders.includes(target)) targets.add(target);
      }
    }
    graph.set(folder, targets);
  }
  return graph;
}

/** Every cycle's folders, found by depth-first search from each folder. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) found.add([...path, start].join(" → "));
      else if (!path.includes(next) && path.length < graph.size) walk(start, next, [...path, next]);
    }
  };
  for (const folder of graph.keys()) walk(folder, folder, [folder]);
  return [...found].sort();
}

describe("architecture", () => {
  it("has no import cycle between the top-level folders of src/ (type imports included)", () => {
    const graph = folderImports();
    // The walk sees imports at all (a broken one would find no cycle in an empty graph).
    expect([...(graph.get("calculate") ?? [])]).toEqual(expect.arrayContaining(["rules", "schema", "trace"]));
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle where there is one", () => {
    expect(
      cycles(
        new Map([
          ["a", new Set(["b"])],
          ["b", new Set(["a"])],
        ]),
      ),
    ).toEqual(["a → b → a", "b → a → b"]);
  });

  it("keeps the layers in order: each folder imports only from the folders listed before it", () => {
    const layers = [
      "text",
      "money",
      "trace",
      "catalog",
      "rules",
      "rulesets",
      "body",
      "schema",
      "calculate",
      "suggest",
      "audit",
      "render",
      "cli",
    ];
    expect([...folders].sort()).toEqual([...layers].sort());
    const graph = folderImports();
    const upward = layers.flatMap((folder, i) =>
      [...(graph.get(folder) ?? [])].filter((t) => layers.indexOf(t) > i).map((t) => `${folder} → ${t}`),
    );
    expect(upward).toEqual([]);
  });

  it("keeps the pure core free of src/cli", () => {
    const graph = folderImports();
    expect(folders.filter((f) => f !== "cli" && graph.get(f)?.has("cli"))).toEqual([]);
  });
});
