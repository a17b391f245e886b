import { applicationJsonSchema, calculationJsonSchema } from "../../index.js";
import { parseCommandArgs, text } from "../args.js";
import { EXIT, UsageError, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import { writeOutput, type Streams } from "../io.js";

const SCHEMAS: Readonly<Record<string, Record<string, unknown>>> = {
  input: applicationJsonSchema,
  calculation: calculationJsonSchema,
};

/** dra schema input|calculation: prints the library's published JSON Schema. */
export async function schemaCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs("schema", args, { out: { type: "string", short: "o" } }, { min: 1, max: 1 });
  if (parsed.help) return showHelp("schema", io.stdout);
  const which = parsed.positionals[0] as string;
  const schema = SCHEMAS[which];
  if (!schema) throw new UsageError(`unknown schema "${which}"; use "input" or "calculation"`, "schema");
  await writeOutput(`${JSON.stringify(schema, null, 2)}\n`, text(parsed.values.out), io);
  return EXIT.ok;
}
