/**
 * A strict little HTML reader for the tests: tags must nest and close (void elements aside), attributes
 * are double-quoted, text is decoded. Enough to read what renderTrace and `dra batch`'s report.html (its SVG
 * too: attribute names such as x1, elements closed by end tags) write, and to fail if it is malformed.
 */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (HtmlElement | string)[];
}

const VOID = new Set(["meta", "br", "hr", "img", "link", "input", "wbr"]);
const TOKEN =
  /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="[^"<]*")?)*)\s*>|([^<]+)/gy;

export function decode(text: string): string {
  return text.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#")
      ? String.fromCharCode(Number(e.slice(1)))
      : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? ""),
  );
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let at = 0;
  TOKEN.lastIndex = 0;
  while (at < html.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(html);
    if (!m) throw new Error(`unreadable HTML at ${at}: ${JSON.stringify(html.slice(at, at + 40))}`);
    at = TOKEN.lastIndex;
    const [, closing, tag, attrText, text] = m;
    const top = stack[stack.length - 1] as HtmlElement;
    if (text !== undefined) {
      if (text.includes(">")) throw new Error(`a raw ">" in text near ${JSON.stringify(text.slice(0, 40))}`);
      top.children.push(decode(text));
    } else if (tag) {
      const name = tag.toLowerCase();
      if (closing) {
        if (top.tag !== name) throw new Error(`</${name}> closes <${top.tag}>`);
        stack.pop();
      } else {
        const attrs: Record<string, string> = {};
        for (const a of (attrText ?? "").matchAll(/([a-zA-Z][a-zA-Z0-9-]*)(?:="([^"]*)")?/g))
          attrs[a[1] as string] = decode(a[2] ?? "");
        const el: HtmlElement = { tag: name, attrs, children: [] };
        top.children.push(el);
        if (!VOID.has(name)) stack.push(el);
      }
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.tag}>`);
  return root;
}

export function findAll(el: HtmlElement, test: (e: HtmlElement) => boolean, out: HtmlElement[] = []): HtmlElement[] {
  for (const child of el.children) {
    if (typeof child === "string") continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

export function textOf(el: HtmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}
