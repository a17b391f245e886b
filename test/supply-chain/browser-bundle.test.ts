import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import vm from "node:vm";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calculate } from "../../src/index.js";
import { readmeApplication } from "../support.js";
import { buildLibrary } from "./build-library.js";

/*
 * The published core (dist/index.js, built here from src/ with the repo's tsup settings, so that `npm test`
 * needs no prior `npm run build`) must run where there is no Node: no `node:` imports, no `process`, no
 * `Buffer`. It is bundled with its runtime dependencies for the browser, as an app's bundler would, and run
 * in a bare V8 context that has only the ECMAScript globals and what every browser has (TextEncoder,
 * TextDecoder, console).
 */

const NODE_BUILTIN = new RegExp(
  `(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)["'](?:node:[^"']+|${builtinModules
    .filter((m) => !m.startsWith("_"))
    .map((m) => m.replace(/[/]/g, "\\/"))
    .join("|")})["']`,
);

let bundle = "";
let built: { dist: string; cleanup: () => void } | undefined;
let dist = "";

beforeAll(async () => {
  built = await buildLibrary();
  dist = join(built.dist, "index.js");
  const result = await build({
    entryPoints: [dist],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "DualResidenceAllocation",
    platform: "browser",
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]?.text ?? "";
}, 60_000);
afterAll(() => built?.cleanup());

describe("supply chain: the core bundle", () => {
  it("imports nothing from Node (dist/index.js and dist/index.cjs)", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const text = readFileSync(join(built?.dist ?? "", file), "utf8");
      expect(text.match(NODE_BUILTIN)?.[0], file).toBeUndefined();
    }
    // Its own imports are the runtime dependencies only.
    const imports = [...readFileSync(dist, "utf8").matchAll(/^import\b[^"']*["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(
      new Set(["decimal.js", "zod", "@noble/hashes/sha2.js"].filter((m) => imports.includes(m))),
    );
    for (const m of imports) expect(m, `import of ${m}`).toMatch(/^(?:decimal\.js|zod|@noble\/hashes)(?:\/|$)/);
  });

  it("bundles for the browser and runs in a context with no process, no Buffer, no require", () => {
    const context = vm.createContext({ TextEncoder, TextDecoder, console });
    expect(
      vm.runInContext("[typeof process, typeof Buffer, typeof require, typeof module, typeof global]", context),
    ).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined"]);
    vm.runInContext(bundle, context, { filename: "bundle.js" });
    const result: unknown = vm.runInContext(
      `(() => {
        const { calculate, safeCalculate, verify, renderTrace, suggestItems } = DualResidenceAllocation;
        const calc = calculate(${JSON.stringify(readmeApplication())});
        const bad = safeCalculate({ fiscalYear: 2024 });
        return {
          total: calc.allocation.totalThousandYen,
          verified: verify(JSON.parse(JSON.stringify(calc))).ok,
          rendered: renderTrace(calc, { format: "text", lang: "ja" }).length > 100,
          badIsTyped: !bad.ok && bad.error.name === "InputError" && bad.error.issues.length > 0,
          suggested: suggestItems("ｵﾀﾒｼ住宅 改修工事").map((s) => s.item),
          stillNoProcess: typeof process === "undefined" && typeof Buffer === "undefined",
          digests: calc.trace.digests,
        };
      })()`,
      context,
    );
    // Here the digests come from @noble/hashes (no runtime hash to find); in Node, from node:crypto. The same.
    expect(result).toEqual({
      total: "5600",
      verified: true,
      rendered: true,
      badIsTyped: true,
      stillNoProcess: true,
      suggested: ["opportunity.facilities", "reception.housing-renovation-grants"],
      digests: calculate(readmeApplication()).trace.digests,
    });
  });
});
