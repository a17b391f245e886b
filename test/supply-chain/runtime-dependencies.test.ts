import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Runtime dependencies stay few, exact and locked: package.json pins exact versions, the lock holds the
 * same versions with integrity hashes, and nothing in the runtime closure runs an install script.
 */

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
function runtimeClosure(): string[] {
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
  for (const name of Object.keys(pkg.dependencies)) visit("", name);
  return [...seen].sort();
}

describe("supply chain: runtime dependencies", () => {
  it("are the two the README names, each pinned to an exact version (@noble/hashes is bundled)", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["decimal.js", "zod"]);
    for (const [name, version] of Object.entries(pkg.dependencies)) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("are locked at those versions with integrity hashes, and pull in nothing else", () => {
    expect(lock.lockfileVersion).toBe(3);
    const closure = runtimeClosure();
    expect(closure).toEqual(
      Object.keys(pkg.dependencies)
        .map((n) => `node_modules/${n}`)
        .sort(),
    );
    for (const path of closure) {
      const entry = lock.packages[path];
      const name = path.slice("node_modules/".length);
      expect(entry?.version, path).toBe(pkg.dependencies[name]);
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
