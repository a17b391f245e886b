import { parseCommandArgs, text } from "../args.js";
import { EXIT, UsageError, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import type { Streams } from "../io.js";
import { inputTemplate } from "../batch/xlsx-template.js";
import { INPUT_SHEETS } from "../batch/sheets.js";

/** dra template --out 様式.xlsx: the input workbook for dra batch, with lists and a worked row. */
export async function templateCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs("template", args, { out: { type: "string", short: "o" } }, { min: 0, max: 0 });
  if (parsed.help) return showHelp("template", io.stdout);
  const out = text(parsed.values.out);
  if (out === undefined || out === "-")
    throw new UsageError("--out <file.xlsx> is required: a workbook is written to a file", "template");
  const workbook = await inputTemplate();
  try {
    await workbook.xlsx.writeFile(out);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, "template");
  }
  io.stdout.write(
    `dra template: wrote ${out} (sheets ${INPUT_SHEETS.bodies} and ${INPUT_SHEETS.lines}, one worked row each); fill it in, then: dra batch ${out} --out results\n`,
  );
  return EXIT.ok;
}
