/*
 * Files and standard streams. "-" names standard input. A path that cannot be read is a usage error
 * (exit 2): the command line names something that is not there.
 */
import { createReadStream, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { UsageError } from "./errors.js";

/** What the CLI talks to; tests and the entry point pass the process's own streams. */
export interface Streams {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** How a path is shown in messages. */
export function displayName(path: string): string {
  return path === "-" ? "stdin" : path;
}

/** Checks an input path before reading; returns its size in bytes (undefined for stdin). */
export function checkInput(path: string, command: string): number | undefined {
  if (path === "-") return undefined;
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`, command);
  }
  if (!stat.isFile()) throw new UsageError(`cannot read ${path}: it is not a file`, command);
  return stat.size;
}

/** A whole input as bytes. */
export async function readBytes(path: string, io: Streams, command: string): Promise<Uint8Array> {
  checkInput(path, command);
  if (path !== "-") return new Uint8Array(await readFile(path));
  const parts: Uint8Array[] = [];
  for await (const chunk of io.stdin) parts.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
  return Buffer.concat(parts);
}

/** An input as a stream of byte chunks (64 KiB), for files of any size. */
export function byteChunks(path: string, io: Streams): AsyncIterable<Uint8Array> {
  return (path === "-" ? io.stdin : createReadStream(path, { highWaterMark: 64 * 1024 })) as AsyncIterable<Uint8Array>;
}

/** Writes a command's output to `--out FILE`, or to standard output. */
export async function writeOutput(text: string, out: string | undefined, io: Streams): Promise<void> {
  if (out === undefined || out === "-") {
    // A reader that stops early (dra calc … | head) is not an error.
    await new Promise<void>((resolve, reject) => {
      io.stdout.write(text, (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== "EPIPE") reject(error);
        else resolve();
      });
    });
    return;
  }
  try {
    await writeFile(out, text);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
