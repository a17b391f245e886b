import type { Calculation } from "../../calculate/calculation.js";
import { buildDocument } from "./build-document.js";
import type { Lang } from "./labels.js";
import { toMarkdown } from "./markdown.js";
import { toText } from "./text.js";

export interface RenderOptions {
  /** "markdown" (default) or "text". */
  readonly format?: "markdown" | "text";
  /** "ja" (default) or "en". */
  readonly lang?: Lang;
}

/**
 * The calculation as a document an auditor reads: result, every line with its disposition, the ledger,
 * what needs review, and every step with its source, inputs and output.
 */
export function renderTrace(calculation: Calculation, options: RenderOptions = {}): string {
  const blocks = buildDocument(calculation, options.lang ?? "ja");
  return (options.format ?? "markdown") === "text" ? toText(blocks) : toMarkdown(blocks);
}
