import { stepFieldText, type Block } from "./document.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Blocks as GitHub-flavoured Markdown. */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${block.text}`, "");
        break;
      case "paragraph":
        out.push(block.text, "");
        break;
      case "list":
        out.push(...block.items.map((item) => `- ${item}`), "");
        break;
      case "table":
        out.push(`| ${block.head.map(cell).join(" | ")} |`);
        out.push(`|${block.numeric.map((n) => (n ? " ---: " : " --- ")).join("|")}|`);
        for (const row of block.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
        out.push("");
        break;
      case "step":
        out.push(`### ${block.title}`, "", `- ${block.note}`, ...block.fields.map((f) => `- ${stepFieldText(f)}`), "");
        break;
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
