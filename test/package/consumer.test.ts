import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installTarball, packTarball, REPO } from "./stage-package.js";

// A user's project in a temp folder, with the packed tarball installed: CJS require, ESM import, and
// TypeScript under module "nodenext" in both forms. It proves the published files work, not src/.
const CONSUMER_FILES = new URL("./consumer/", import.meta.url);

describe("the packed package, from a consumer project", () => {
  let pack: ReturnType<typeof packTarball> | undefined; // unset if beforeAll fails
  let project: string;

  beforeAll(() => {
    pack = packTarball();
    project = join(pack.tempDir, "consumer");
    installTarball(pack.tarball, project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    for (const file of readdirSync(CONSUMER_FILES)) copyFileSync(new URL(file, CONSUMER_FILES), join(project, file));
  }, 120_000);
  afterAll(() => {
    pack?.cleanup();
  });

  const run = (
    file: string,
    args: readonly string[] = [],
  ): { status: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [file, ...args], { cwd: project, encoding: "utf8" });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  // Runs a consumer script; its stderr must be empty: a warning (e.g. about require() of an ES module)
  // is a defect users would see.
  const output = (file: string): unknown => {
    const result = run(file);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout);
  };

  const expected = {
    version: (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version,
    totalThousandYen: "5600",
    e2: "excluded",
    verified: true,
    classified: "excluded",
    safe: false,
    thrown: "InputError 2",
    items: 22,
    traceTitle: "Special allocation tax for dual residence and relationship population: calculation",
  };

  it("ships what its README links to: every relative link resolves inside the installed package", () => {
    const installed = join(project, "node_modules", "dual-residence-allocation");
    const readme = readFileSync(join(installed, "README.md"), "utf8").replace(/```[\s\S]*?```/g, "");
    const targets = [...readme.matchAll(/\]\(([^)\s#]+)[^)]*\)/g)]
      .map((m) => m[1] as string)
      .filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !existsSync(join(installed, t)))).toEqual([]);
    // And every relative link of the guides it ships, from where each guide stands.
    const docs = join(installed, "docs");
    const broken = readdirSync(docs)
      .filter((f) => f.endsWith(".md"))
      .flatMap((f) =>
        [
          ...readFileSync(join(docs, f), "utf8")
            .replace(/```[\s\S]*?```/g, "")
            .matchAll(/\]\(([^)\s#]+)[^)]*\)/g),
        ]
          .map((m) => m[1] as string)
          .filter((t) => !/^[a-z]+:/.test(t) && !existsSync(join(docs, t)))
          .map((t) => `docs/${f} → ${t}`),
      );
    expect(broken).toEqual([]);
  });

  it("works with require() from CommonJS", () => {
    expect(output("use.cjs")).toEqual({ moduleSystem: "cjs", ...expected });
  });

  it("works with import from an ES module", () => {
    expect(output("use.mjs")).toEqual({ moduleSystem: "esm", ...expected });
  });

  it("runs the `dra` command it installs (package.json bin)", () => {
    const manifest = JSON.parse(
      readFileSync(join(project, "node_modules/dual-residence-allocation/package.json"), "utf8"),
    ) as { bin: Record<string, string> };
    const result = run(join(project, "node_modules/dual-residence-allocation", manifest.bin.dra!), [
      "calc",
      "application.json",
    ]);
    // Nothing on stderr but the closing line (no warning from the installed package).
    expect(result.stderr).toBe("dra calc: FY2025 (令和7年度, ruleset FY2025): 5,600 千円 (dual-residence measure)\n");
    expect(result.status).toBe(0);
    expect(
      (JSON.parse(result.stdout) as { allocation: { totalThousandYen: string } }).allocation.totalThousandYen,
    ).toBe("5600");
  });

  it("type-checks from CommonJS and ESM TypeScript (module nodenext)", () => {
    // Written here, not as files under test/, so that the repo's own typecheck does not pick them up.
    writeFileSync(
      join(project, "types.cts"),
      [
        "// CommonJS TypeScript: the `require` condition's .d.cts must resolve.",
        'import lib = require("dual-residence-allocation");',
        "const calc: lib.Calculation = lib.calculate({});",
        "const result = lib.safeCalculate({});",
        "export const issues: readonly lib.InputIssue[] = result.ok ? [] : result.error.issues;",
        "export const total: string = calc.allocation.totalThousandYen;",
      ].join("\n"),
    );
    writeFileSync(
      join(project, "types.mts"),
      [
        "// ES-module TypeScript: the `import` condition's .d.ts must resolve.",
        'import { calculate, safeCalculate, type Calculation, type Line } from "dual-residence-allocation";',
        "const calc: Calculation = calculate({});",
        "export const lines: readonly Line[] = calc.lines;",
        "const result = safeCalculate({});",
        'export const message: string = result.ok ? result.value.allocation.totalYen : result.error.issues[0]?.message ?? "";',
      ].join("\n"),
    );
    // skipLibCheck, as most projects set it: the package's types are still what the two files are checked
    // against (and must resolve), but zod's own .d.cts is not re-checked (it needs DOM's URL type).
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib: ["es2022"],
        types: [],
      },
      files: ["types.cts", "types.mts"],
    };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = run(join(REPO, "node_modules/typescript/bin/tsc"), ["-p", "."]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    // And every declaration file checked too (skipLibCheck off, DOM's types for zod's): the package's own
    // .d.ts must hold under nodenext (a default import of decimal.js's class once named its namespace).
    const strict = {
      compilerOptions: { ...tsconfig.compilerOptions, skipLibCheck: false, lib: ["es2022", "dom"] },
      files: tsconfig.files,
    };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(strict));
    const checked = run(join(REPO, "node_modules/typescript/bin/tsc"), ["-p", "."]);
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  }, 90_000);

  it("ships only dist/, the README and the pages it links (docs, examples), CHANGELOG, LICENSE and package.json", () => {
    const listing = execFileSync("tar", ["-tzf", pack!.tarball], { encoding: "utf8" }).trim().split("\n").sort();
    for (const entry of listing)
      expect(entry).toMatch(
        /^package\/(dist\/[\w.-]+|README\.md|CHANGELOG\.md|LICENSE|package\.json|docs\/[\w.-]+\.(md|png)|docs\/schema\/[\w.-]+\.json|examples\/([\w.-]+\/)?[\w.-]+|fixtures\/(batch\/)?README\.md)$/,
      );
    expect(listing).toEqual(
      expect.arrayContaining([
        "package/dist/index.js",
        "package/dist/index.cjs",
        "package/dist/index.d.ts",
        "package/dist/index.d.cts",
        "package/package.json",
        "package/README.md",
      ]),
    );
  });
});
