import { batchCommand } from "./commands/batch.js";
import { calcCommand } from "./commands/calc.js";
import { catalogCommand } from "./commands/catalog.js";
import { digestCommand } from "./commands/digest.js";
import { schemaCommand } from "./commands/schema.js";
import { templateCommand } from "./commands/template.js";
import { verifyCommand } from "./commands/verify.js";
import { EXIT, UsageError, type ExitCode } from "./errors.js";
import { COMMAND_HELP, showHelp } from "./help.js";
import type { Streams } from "./io.js";
import { VERSION } from "./version.js";

const COMMANDS: Record<string, (args: readonly string[], io: Streams) => Promise<ExitCode>> = {
  calc: calcCommand,
  batch: batchCommand,
  verify: verifyCommand,
  digest: digestCommand,
  schema: schemaCommand,
  catalog: catalogCommand,
  template: templateCommand,
};

/** Runs `dra` with its arguments; returns the exit code. Usage errors print the command's usage (exit 2). */
export async function run(argv: readonly string[], io: Streams): Promise<ExitCode> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === "-h" || first === "--help") return showHelp(undefined, io.stdout);
    if (first === "help") return showHelp(rest[0], io.stdout);
    if (first === "-v" || first === "--version") {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[first];
    if (!command) throw new UsageError(`unknown command "${first}"`);
    return await command(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const usage = error.command !== undefined ? COMMAND_HELP[error.command] : undefined;
    io.stderr.write(
      `dra${error.command ? ` ${error.command}` : ""}: ${error.message}\n\n${usage ?? 'Run "dra --help" for the commands.\n'}`,
    );
    return EXIT.usage;
  }
}
