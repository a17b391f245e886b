import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";

/**
 * Output goes first into a hidden folder beside --out, and moves into place only when the run succeeds:
 * a failed run (or Ctrl-C) leaves --out as it was. Files of the same name in --out are replaced; other
 * files there are left alone.
 */
export class Staging {
  private constructor(
    readonly outDir: string,
    readonly dir: string,
  ) {}

  static create(outDir: string): Staging {
    const target = resolve(outDir);
    const parent = dirname(target);
    if (!existsSync(parent))
      throw new UsageError(`cannot write to ${outDir}: the folder ${parent} does not exist`, "batch");
    if (existsSync(target) && !statSync(target).isDirectory())
      throw new UsageError(`--out ${outDir} is a file; give a folder`, "batch");
    const dir = join(parent, `.${basename(target)}.dra-partial-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    return new Staging(target, dir);
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }

  /** Moves every staged file into --out. */
  commit(): void {
    if (!existsSync(this.outDir)) {
      renameSync(this.dir, this.outDir);
      return;
    }
    moveInto(this.dir, this.outDir);
    rmSync(this.dir, { recursive: true, force: true });
  }

  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (!existsSync(target)) renameSync(join(from, entry.name), target);
      else moveInto(join(from, entry.name), target);
    } else renameSync(join(from, entry.name), target);
  }
}

/** A file written in 64 KiB blocks with synchronous writes: memory stays flat, no back-pressure to manage. */
export class FileSink {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 64 * 1024) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.size === 0) return;
    writeSync(this.fd, this.buffer.join(""));
    this.buffer = [];
    this.size = 0;
  }
}
