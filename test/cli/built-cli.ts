import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Options } from "tsup";
import { afterAll, beforeAll } from "vitest";
import tsupConfig from "../../tsup.config.js";
import { parseCsv } from "../../src/cli/csv/reader.js";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Builds the `dra` CLI with the repo's own tsup settings for dist/cli.js, into a folder of its own inside
 * node_modules/.cache (so its bare imports resolve to the repo's node_modules). It does not use the
 * repo's dist/: others rebuild it while tests run (tsup cleans it first), and a fresh clone has none.
 */
export async function buildCli(): Promise<{ cli: string; cleanup: () => void }> {
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const cliConfig = configs.find((c) => typeof c.entry === "object" && !Array.isArray(c.entry) && "cli" in c.entry);
  if (!cliConfig) throw new Error("tsup.config.ts has no `cli` entry");
  const parent = join(REPO, "node_modules", ".cache");
  mkdirSync(parent, { recursive: true });
  const outDir = mkdtempSync(join(parent, "dra-cli-test-"));
  await build({ ...cliConfig, outDir, clean: false, silent: true, config: false, sourcemap: false });
  return {
    cli: join(outDir, "cli.js"),
    cleanup: () => {
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a child process, optionally with bytes on stdin. */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { stdin?: string | Uint8Array; cwd?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? REPO,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.end(options.stdin ?? "");
  });
}

/** A CSV file the CLI wrote, as objects keyed by header; checks it starts with the UTF-8 BOM. */
export function readCsvFile(path: string): Record<string, string>[] {
  const text = readFileSync(path, "utf8");
  if (!text.startsWith("\uFEFF")) throw new Error(`${path} does not start with a BOM`);
  const [head, ...rows] = parseCsv(text.slice(1));
  return rows.map((r) => Object.fromEntries((head?.fields ?? []).map((h, i) => [h, r.fields[i] ?? ""])));
}

/** A scratch folder for one test file's inputs and outputs. */
export function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "dra-cli-"));
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The setup every end-to-end file shares: the CLI built once for the file and a scratch folder, both
 * removed afterwards. Read `cli` and `dir` inside tests (they are set by the time tests run).
 */
export function useBuiltCli(): { readonly cli: string; readonly dir: string } {
  let built: { cli: string; cleanup: () => void } | undefined;
  let folder: { dir: string; cleanup: () => void } | undefined;
  beforeAll(async () => {
    built = await buildCli();
    folder = scratch();
  }, 60_000);
  afterAll(() => {
    built?.cleanup();
    folder?.cleanup();
  });
  return {
    get cli() {
      if (!built) throw new Error("useBuiltCli: the CLI is built in beforeAll; read it inside a test");
      return built.cli;
    },
    get dir() {
      if (!folder) throw new Error("useBuiltCli: the scratch folder is made in beforeAll; read it inside a test");
      return folder.dir;
    },
  };
}

/**
 * Writes bodies.csv and lines.csv to a fresh folder of the scratch folder and runs `dra batch` on them (into
 * `out/`); returns the run, where it wrote, and the problem lines of its stderr.
 */
export async function runBatch(
  built: { readonly cli: string; readonly dir: string },
  bodies: string | Buffer,
  lines: string | Buffer,
  ...options: string[]
): Promise<Run & { out: string; problems: string[] }> {
  const at = mkdtempSync(join(built.dir, "case-"));
  writeFileSync(join(at, "bodies.csv"), bodies);
  writeFileSync(join(at, "lines.csv"), lines);
  const result = await runCli(built.cli, ["batch", "bodies.csv", "lines.csv", "--out", "out", ...options], { cwd: at });
  return {
    ...result,
    out: join(at, "out"),
    problems: result.stderr.split("\n").filter((l) => l.includes(".csv") && !l.startsWith("dra batch:")),
  };
}
