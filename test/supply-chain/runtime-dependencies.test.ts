import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../cli/built-cli.js";
import { buildLibrary } from "./build-library.js";

/*
 * Runtime dependencies stay few, exact and locked: package.json pins exact versions, the lock holds the
 * same versions with integrity hashes, and nothing in the runtime closure runs an install script. The
 * library needs two (decimal.js, zod); exceljs is the `dra` command line's alone, for .xlsx: only src/cli
 * imports it, the library entry (dist/index.*) never loads it, and the CLI loads it from node_modules (it is
 * not bundled into dist/cli.js).
 */

/** The library's dependencies, and the one the command line adds. */
const LIBRARY_DEPENDENCIES = ["decimal.js", "zod"];
const CLI_DEPENDENCIES = ["exceljs"];

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<
    string,
    {
      version?: string;
      integrity?: string;
      resolved?: string;
      hasInstallScript?: boolean;
      dependencies?: Record<string, string>;
      dev?: boolean;
    }
  >;
};

/** The runtime closure: root dependencies and theirs, resolved as npm does (nested node_modules first). */
function runtimeClosure(roots: readonly string[] = Object.keys(pkg.dependencies)): string[] {
  const seen = new Set<string>();
  const visit = (from: string, name: string) => {
    let dir = from;
    for (;;) {
      const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
      if (lock.packages[candidate]) {
        if (seen.has(candidate)) return;
        seen.add(candidate);
        for (const dep of Object.keys(lock.packages[candidate].dependencies ?? {})) visit(candidate, dep);
        return;
      }
      if (!dir) throw new Error(`${name} (needed by ${from || "the package"}) is not in package-lock.json`);
      dir = dir.includes("/node_modules/") ? dir.slice(0, dir.lastIndexOf("/node_modules/")) : "";
    }
  };
  for (const name of roots) visit("", name);
  return [...seen].sort();
}

/** Every .ts file under a folder of src/, as a path relative to src/. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(join(root, "src"), join(e.parentPath, e.name)));
}

describe("supply chain: runtime dependencies", () => {
  it("are the three the README names, each pinned to an exact version (@noble/hashes is bundled)", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...LIBRARY_DEPENDENCIES, ...CLI_DEPENDENCIES].sort());
    for (const [name, version] of Object.entries(pkg.dependencies)) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("are locked at those versions with integrity hashes; the library's pull in nothing else", () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(runtimeClosure(LIBRARY_DEPENDENCIES)).toEqual(LIBRARY_DEPENDENCIES.map((n) => `node_modules/${n}`).sort());
    for (const name of Object.keys(pkg.dependencies))
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(pkg.dependencies[name]);
    // exceljs brings its own (zip, XML); each is locked with its hash, as a user's install gets it.
    for (const path of runtimeClosure()) {
      const entry = lock.packages[path];
      expect(entry?.integrity, path).toMatch(/^sha512-/);
      expect(entry?.dev, path).toBeUndefined();
    }
  });

  it("run no install script, and the package itself has none", () => {
    for (const path of runtimeClosure()) expect(lock.packages[path]?.hasInstallScript, path).toBeUndefined();
    const scripts =
      (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ??
      {};
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(scripts[hook], hook).toBeUndefined();
  });
});

describe("supply chain: exceljs is the command line's alone", () => {
  let library: { dist: string; cleanup: () => void } | undefined;
  let cli: { cli: string; cleanup: () => void } | undefined;
  beforeAll(async () => {
    [library, cli] = await Promise.all([buildLibrary(), buildCli()]);
  }, 60_000);
  afterAll(() => {
    library?.cleanup();
    cli?.cleanup();
  });

  it("is imported by no file of src/ outside src/cli", () => {
    const importers = sources(join(root, "src")).filter((file) =>
      /from\s+["']exceljs["']|import\(\s*["']exceljs["']\s*\)/.test(readFileSync(join(root, "src", file), "utf8")),
    );
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.startsWith("cli/"))).toEqual([]);
  });

  it("is never loaded by the library entry: dist/index.js and dist/index.cjs do not name it", () => {
    for (const file of ["index.js", "index.cjs"])
      expect(readFileSync(join(library?.dist ?? "", file), "utf8"), file).not.toContain("exceljs");
  });

  it("is loaded by dist/cli.js from node_modules when a workbook is read or written, not bundled into it", () => {
    const text = readFileSync(cli?.cli ?? "", "utf8");
    expect(text).toMatch(/import\(\s*["']exceljs["']\s*\)/);
    expect(text).not.toMatch(/^import\b[^"']*["']exceljs["']/m); // not loaded by every command
    expect(text.length).toBeLessThan(1_000_000); // exceljs alone is over 1 MB
  });
});
