import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: pure, platform-neutral, ESM + CJS with types.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    // @noble/hashes 2 is ESM-only: bundled (its SHA-256 is a few KB), so that `require` works on every Node 20
    // (require of ESM needs 20.19+) and the ESM build has the same code.
    noExternal: ["@noble/hashes"],
  },
  {
    // The `dra` command line for Node (the only code with I/O).
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "node20",
    platform: "node",
  },
]);
