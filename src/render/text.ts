import { showControls } from "../text/visible.js";
import { displayWidth, escapeBlocks, listItemText, stepFieldText, type Block } from "./document.js";

const pad = (text: string, width: number, right: boolean) => {
  const gap = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? gap + text : text + gap;
};

/**
 * Blocks as plain text for a terminal: underlined headings, aligned tables (wide characters count double).
 * No raw control character reaches the terminal: every string passes once through `showControls`, which
 * writes C0, DEL, C1 and lone surrogates as their JSON escapes (ESC → `\u001b`, a line break → `\n`), so
 * a value can neither move the cursor nor break a row.
 */
export function toText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of escapeBlocks(blocks, showControls)) {
    switch (block.kind) {
      case "heading": {
        const rule = block.level === 1 ? "=" : block.level === 2 ? "-" : "";
        out.push(block.text);
        if (rule) out.push(rule.repeat(Math.min(100, displayWidth(block.text))));
        if (block.level < 3) out.push("");
        break;
      }
      case "paragraph":
        out.push(block.text, "");
        break;
      case "list":
        out.push(...block.items.map((item, i) => `  ${listItemText(item, block.refs?.[i])}`), "");
        break;
      case "table": {
        if (block.layout === "records") {
          // Long text in every column: each row as "first cell" then "  head: cell" lines.
          for (const row of block.rows) {
            out.push(
              row.slice(0, 3).join("  "),
              ...row.slice(3).map((c, i) => `  ${block.head[i + 3] ?? ""}: ${c}`),
              "",
            );
          }
          break;
        }
        const widths = block.head.map((h, i) =>
          Math.max(displayWidth(h), ...block.rows.map((r) => displayWidth(r[i] ?? ""))),
        );
        const line = (row: readonly string[]) =>
          row
            .map((c, i) => pad(c, widths[i] ?? 0, block.numeric[i] ?? false))
            .join("  ")
            .trimEnd();
        out.push(line(block.head), widths.map((w) => "-".repeat(w)).join("  "));
        for (const row of block.rows) out.push(line(row));
        out.push("");
        break;
      }
      case "step":
        out.push(block.title, ...[block.note, ...block.fields.map(stepFieldText)].map((item) => `  ${item}`), "");
        break;
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
