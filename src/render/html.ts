import type { Block, ListBlock, StepBlock, StepRef, TableBlock } from "./document.js";
import type { Lang } from "./labels.js";

/** Text for HTML content and attribute values: the five characters that can break out are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Step values with four or more integer digits get thousands separators on the page (the JSON keeps them plain). */
const grouped = (value: string) =>
  /^\d{4,}(\.\d+)?$/.test(value) ? value.replace(/^\d+/, (w) => w.replace(/\B(?=(\d{3})+(?!\d))/g, ",")) : value;

const anchor = (stepId: string) => `step-${stepId}`;

/**
 * A reference to a step as a link to it: the words a reader sees ("手順 16"), the step's id as the link's
 * title. The words may break after each "/" of an English reference's id (<wbr>), never inside a word.
 */
const stepLink = (ref: StepRef) =>
  `<a href="#${escapeHtml(anchor(ref.stepId))}" title="${escapeHtml(ref.stepId)}">${escapeHtml(ref.text).replace(/\//g, "/<wbr>")}</a>`;

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #111; background: #fff; font: 10.5pt/1.55 "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, "IPAexGothic", "IPAPGothic", "IPAGothic", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.45rem; margin: 0 0 .4rem; border-bottom: 3px double #333; padding-bottom: .3rem; }
h2 { font-size: 1.12rem; margin: 1.6rem 0 .5rem; border-left: 5px solid #2f4f6f; padding-left: .5rem; break-after: avoid; }
h3 { font-size: .98rem; margin: 1rem 0 .3rem; break-after: avoid; }
p.prepared { margin: 0 0 .2rem; color: #333; }
p.meta { margin: 0 0 1rem; color: #333; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; font-size: .92rem; }
th, td { border: 1px solid #999; padding: .2rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #e8edf2; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.keep, th.keep { word-break: keep-all; }
tr.total td { font-weight: bold; background: #f6f6f0; }
div.io { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-start; }
table.kv { width: auto; min-width: 18rem; max-width: 100%; }
section.step { break-inside: avoid; margin: .6rem 0 .9rem; padding: .3rem .6rem .2rem; border: 1px solid #ccc; border-radius: 3px; }
section.step h3 { margin: .1rem 0 .2rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9rem; }
section.step p { margin: .1rem 0 .3rem; }
section.step table { font-size: .85rem; margin: .2rem 0 .4rem; }
.cite { color: #444; font-size: .88rem; }
.review { color: #8a3b00; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .88em; overflow-wrap: anywhere; }
a { color: inherit; }
@media print { main { max-width: none; padding: 0; } a { text-decoration: none; } }
`.trim();

/** Blocks as one self-contained, printable HTML page: inline style only, no scripts, no external assets. */
export function toHtml(blocks: readonly Block[], lang: Lang, title: string): string {
  const body = blocks.map(blockHtml).join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p${block.role ? ` class="${block.role}"` : ""}>${escapeHtml(block.text)}</p>`;
    case "list":
      return listHtml(block);
    case "table":
      return tableHtml(block);
    case "step":
      return stepHtml(block);
  }
}

function listHtml(block: ListBlock): string {
  const items = block.items.map((item, i) => {
    const ref = block.refs?.[i];
    return `<li>${ref ? `${stepLink(ref)} ` : ""}${escapeHtml(item)}</li>`;
  });
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

function tableHtml(block: TableBlock): string {
  const cls = (i: number) => (block.numeric[i] ? ' class="num"' : block.nowrap?.[i] ? ' class="keep"' : "");
  const head = `<thead><tr>${block.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join("")}</tr></thead>`;
  const rows = block.rows.map((row, r) => {
    const field = block.fields?.[r];
    const attrs = `${block.totals?.[r] ? ' class="total"' : ""}${field ? ` data-field="${escapeHtml(field.path)}" data-value="${escapeHtml(field.value)}"` : ""}`;
    const ref = block.stepLinks?.refs[r];
    const linked = block.stepLinks?.column;
    const cells = row.map((cell, i) => {
      const content = ref && i === linked ? stepLink(ref) + escapeHtml(cell.slice(ref.text.length)) : escapeHtml(cell);
      return i === 0 && !block.numeric[0] ? `<th scope="row"${cls(i)}>${content}</th>` : `<td${cls(i)}>${content}</td>`;
    });
    return `<tr${attrs}>${cells.join("")}</tr>`;
  });
  return `<table>\n${head}\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

function stepHtml(block: StepBlock): string {
  const parts = [
    `<section class="step" id="${escapeHtml(anchor(block.stepId))}">`,
    `<h3>${escapeHtml(block.title)}</h3>`,
    `<p>${escapeHtml(block.note)}</p>`,
  ];
  let values = 0;
  const tables: string[] = [];
  for (const field of block.fields) {
    if ("value" in field) {
      // The first plain field is the source; any later one is the review note.
      parts.push(
        `<p class="${values++ === 0 ? "cite" : "review"}">${escapeHtml(field.label)}: ${escapeHtml(field.value)}</p>`,
      );
    } else if (field.entries.length > 0) {
      const rows = field.entries.map(
        ([k, v]) =>
          `<tr><th scope="row" class="mono">${escapeHtml(k)}</th><td${/^\d+(\.\d+)?$/.test(v) ? ' class="num"' : ""}>${escapeHtml(grouped(v))}</td></tr>`,
      );
      tables.push(
        `<table class="kv"><thead><tr><th scope="col" colspan="2">${escapeHtml(field.label)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
      );
    }
  }
  // Inputs and output side by side, under the note and the source.
  if (tables.length) parts.splice(3 + (values > 0 ? 1 : 0), 0, `<div class="io">\n${tables.join("\n")}\n</div>`);
  parts.push("</section>");
  return parts.join("\n");
}
