import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The options every command takes. */
const COMMON: Options = { help: { type: "boolean", short: "h" } };

/**
 * Parses a command's arguments (after the command name) strictly: an unknown option or a missing value
 * is a UsageError naming the command, so the user sees that command's usage.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Options,
  positionals: { min: number; max: number },
): { values: Record<string, string | boolean | undefined>; positionals: string[]; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explain(error), command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const help = values.help === true;
  if (!help) {
    const n = parsed.positionals.length;
    if (n < positionals.min) throw new UsageError(`missing argument${positionals.min - n > 1 ? "s" : ""}`, command);
    if (n > positionals.max)
      throw new UsageError(`unexpected argument "${parsed.positionals[positionals.max]}"`, command);
  }
  return { values, positionals: parsed.positionals, help };
}

/** A value that must be one of a few words. */
export function oneOf<T extends string>(
  command: string,
  option: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")}; got "${String(value)}"`, command);
}

/** A string option's value, or undefined. */
export function text(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages are long and mention "parseArgs"; keep their first sentence.
  return message.replace(/\. To specify a positional argument.*$/s, "").replace(/^Unknown option/, "unknown option");
}
