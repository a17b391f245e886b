import { escapeCharacter, UNSAFE_CHARACTER } from "../text/visible.js";
import { escapeBlocks, listItemText, stepFieldText, type Block } from "./document.js";

/**
 * Text as Markdown that shows itself and nothing more: it cannot end a table row, shift a column, start a
 * heading or open HTML. `\` and `|` are backslash-escaped, `&` and `<` written as entities, a line break
 * (CRLF, CR or LF) as `<br>`, a leading `#` escaped, and any other control character (C0, DEL, C1) or
 * lone surrogate shown as its escape (`\u001b`). Every string of the document passes through it once.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\|]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/\r\n|\r|\n/g, "<br>")
    .replace(UNSAFE_CHARACTER, escapeCharacter)
    .replace(/^(\s*)#/, "$1\\#");
}

/** Blocks as GitHub-flavoured Markdown. */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of escapeBlocks(blocks, markdownText)) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${block.text}`, "");
        break;
      case "paragraph":
        out.push(block.text, "");
        break;
      case "list":
        out.push(...block.items.map((item, i) => `- ${listItemText(item, block.refs?.[i])}`), "");
        break;
      case "table":
        out.push(`| ${block.head.join(" | ")} |`);
        out.push(`|${block.numeric.map((n) => (n ? " ---: " : " --- ")).join("|")}|`);
        for (const row of block.rows) out.push(`| ${row.join(" | ")} |`);
        out.push("");
        break;
      case "step":
        out.push(`### ${block.title}`, "", `- ${block.note}`, ...block.fields.map((f) => `- ${stepFieldText(f)}`), "");
        break;
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
