import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGE_NAME = "dual-residence-allocation";

/**
 * Builds the package into a temp folder of its own: package.json, README, CHANGELOG, LICENSE and a fresh
 * dist/ from the repo's tsup config. It does not use the repo's dist/: others rebuild it while tests run
 * (tsup cleans it first), and a fresh clone has none.
 */
export function buildPackage(): { tempDir: string; stage: string; cleanup: () => void } {
  const tempDir = mkdtempSync(join(tmpdir(), "dra-package-"));
  const stage = join(tempDir, "stage");
  mkdirSync(stage);
  // package.json and what its `files` names (but dist, built below): a release ships the same.
  const { files } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { files: string[] };
  for (const entry of ["package.json", ...files.filter((f) => f !== "dist")]) {
    const star = entry.indexOf("*");
    const paths =
      star < 0
        ? [entry]
        : readdirSync(join(REPO, dirname(entry)))
            .filter((name) => name.endsWith(entry.slice(star + 1)))
            .map((name) => join(dirname(entry), name));
    for (const path of paths) {
      if (!existsSync(join(REPO, path))) continue;
      mkdirSync(dirname(join(stage, path)), { recursive: true });
      cpSync(join(REPO, path), join(stage, path), { recursive: true });
    }
  }
  execFileSync(join(REPO, "node_modules/.bin/tsup"), ["--out-dir", join(stage, "dist")], { cwd: REPO, stdio: "pipe" });
  return {
    tempDir,
    stage,
    cleanup: () => {
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/** The package built as above and packed with `npm pack`, as a release would be: same files, same tarball. */
export function packTarball(): { tempDir: string; tarball: string; cleanup: () => void } {
  const { tempDir, stage, cleanup } = buildPackage();
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", tempDir], {
      cwd: stage,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  ) as { filename: string }[];
  return { tempDir, tarball: join(tempDir, packed[0]!.filename), cleanup };
}

/**
 * A consumer project in `dir` with the tarball installed in node_modules, as `npm install <tarball>` would
 * leave it. Its dependencies (package.json "dependencies") are linked from this repo's
 * node_modules rather than installed: the tests must run offline, and `npm install --offline <tarball>`
 * fails whenever npm's cache lacks one of them. The versions are the ones package-lock.json pins, so the
 * consumer sees exactly what a user installing this version would.
 */
export function installTarball(tarball: string, dir: string): void {
  const target = join(dir, "node_modules", PACKAGE_NAME);
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const link = join(dir, "node_modules", dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(REPO, "node_modules", dependency), link, "dir");
  }
}
