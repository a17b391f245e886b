import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Options } from "tsup";
import tsupConfig from "../../tsup.config.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Builds the library (dist/index.js and dist/index.cjs) with the repo's own tsup settings, without the
 * type declarations (slow, and not what these tests read), into a folder of its own inside
 * node_modules/.cache, so that its bare imports (decimal.js, zod) resolve to the repo's node_modules. It
 * does not use the repo's dist/: a fresh clone has none (`npm test` runs before any `npm run build`),
 * and others rebuild it while tests run.
 */
export async function buildLibrary(): Promise<{ dist: string; cleanup: () => void }> {
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const libraryConfig = configs.find(
    (c) => typeof c.entry === "object" && !Array.isArray(c.entry) && "index" in c.entry,
  );
  if (!libraryConfig) throw new Error("tsup.config.ts has no `index` entry");
  const parent = join(REPO, "node_modules", ".cache");
  mkdirSync(parent, { recursive: true });
  const dist = mkdtempSync(join(parent, "dra-lib-test-"));
  const cleanup = (): void => {
    rmSync(dist, { recursive: true, force: true });
  };
  try {
    await build({
      ...libraryConfig,
      outDir: dist,
      dts: false,
      clean: false,
      silent: true,
      config: false,
      sourcemap: false,
    });
  } catch (error) {
    cleanup(); // a failed build leaves no folder behind
    throw error;
  }
  return { dist, cleanup };
}
