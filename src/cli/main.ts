#!/usr/bin/env node
// The `dra` command line: the only part of the package with I/O (files, standard streams, exit codes).
import { run } from "./run.js";

// A reader that stops early (dra calc … | head) closes the pipe: stop quietly, as other tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

run(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not an input or usage problem: a defect. Say so plainly, with the stack for a bug report.
    process.stderr.write(
      `dra: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
