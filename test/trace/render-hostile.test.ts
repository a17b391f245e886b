import { describe, expect, it } from "vitest";
import { calculate, renderTrace, type Calculation } from "../../src/index.js";
import { parseCsv } from "../../src/cli/csv/reader.js";
import { parseHtml } from "./html-parse.js";
import { validApplication } from "../support.js";

/*
 * A value stays in its cell: whatever text reaches a renderer in a body name, a project name, a person or
 * a description (the schema may refuse some of it; the renderers must not depend on that), the document
 * keeps its shape — the same lines, headings, table rows and cells per row as with plain values — and no
 * raw control character reaches Markdown or text. The values are put into a real calculation's every
 * occurrence of a marker (body, lines, steps, notes, review list, trace input).
 */

const MARKERS = { name: "QNAMEQ", project: "QPROJECTQ", person: "QPERSONQ", description: "QDESCQ" } as const;
type Place = keyof typeof MARKERS;

const base: Calculation = (() => {
  const application = validApplication();
  application.body.name = MARKERS.name;
  application.projects[0].name = MARKERS.project;
  application.projects[0].expenses.push({
    id: "E3",
    item: "information.other",
    amount: "100000",
    description: MARKERS.description,
    cashHandout: false,
  });
  application.coordinators[0].person = MARKERS.person;
  return calculate(application);
})();

/** The calculation with the markers of `places` replaced by `value` wherever they occur. */
function withValue(value: string, places: readonly Place[] = ["name", "project", "person", "description"]) {
  let json = JSON.stringify(base);
  for (const place of places) json = json.replaceAll(MARKERS[place], JSON.stringify(value).slice(1, -1));
  return JSON.parse(json) as Calculation;
}

const HOSTILE: readonly (readonly [string, string])[] = [
  ["a forged heading after blank lines", "気仙沼市\n\n## 算定額 99,999千円"],
  ["an escaped pipe", "A\\|B"],
  ["a bare pipe and a table rule", "A|B\n| --- | --- |"],
  ["a CR", "line1\rline2"],
  ["a CRLF", "line1\r\n# line2"],
  ["HTML", "<img src=x onerror=alert(1)>"],
  ["a closing tag and an entity", "</td></tr><tr><td>&lt;b&gt;"],
  ["ESC sequences", "\u001b[2J\u001b[31mRED\u001b]0;title\u0007"],
  ["a leading #", "# heading"],
  ["a leading # after spaces", "   ### x"],
  ["C0, DEL and C1", "\u0000\u0001\u0008\u000b\u000c\u007f\u0080\u0085\u009b\u009f"],
  ["a tab", "col\tcol"],
  ["lone surrogates", "a\ud800b\udc00c"],
  ["a trailing backslash", "end\\"],
  ["a CSV formula", '=HYPERLINK("http://x","y")'],
  ["a quote and a comma", 'say "hi", then'],
];

/** GFM's table cells of a row: `|` splits, unless backslash-escaped (`\` takes the next character). */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\") i++;
    else if (row[i] === "|") pipes++;
  }
  return pipes - 1;
}

/** What must not change in a Markdown document: its lines, headings and every table row's cells. */
function markdownShape(md: string) {
  const lines = md.split("\n");
  return {
    lines: lines.length,
    headings: lines.filter((l) => /^ {0,3}#{1,6}(?:\s|$)/.test(l)).map((l) => l.replace(/\s.*/, "")),
    rows: lines.filter((l) => l.startsWith("|")).map(cellCount),
    blank: lines.map((l, i) => (l === "" ? i : -1)).filter((i) => i >= 0),
  };
}

/** What must not change in plain text: its lines, the rules under headings, the steps' headings. */
function textShape(text: string) {
  const lines = text.split("\n");
  return {
    lines: lines.length,
    rules: lines.map((l, i) => (/^(?:=+|-+(?: {2}-+)*)$/.test(l) ? i : -1)).filter((i) => i >= 0),
    steps: lines.filter((l) => /^\d+\. /.test(l)).length,
    blank: lines.map((l, i) => (l === "" ? i : -1)).filter((i) => i >= 0),
  };
}

/** Every tag (but <wbr>, which a step id gets after each "/") and how often. */
function tagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g))
    if (tag !== "wbr") counts[tag!] = (counts[tag!] ?? 0) + 1;
  return counts;
}

/** A raw control character (C0 but the document's own LF, DEL, C1) or a lone surrogate. */
const RAW_CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("renderers: a value stays in its cell", () => {
  for (const lang of ["ja", "en"] as const) {
    const plain = {
      markdown: markdownShape(renderTrace(base, { lang })),
      text: textShape(renderTrace(base, { format: "text", lang })),
      html: tagCounts(renderTrace(base, { format: "html", lang })),
      csv: parseCsv(renderTrace(base, { format: "csv", lang }).slice(1)).map((r) => r.fields.length),
    };
    // Who prepared the document and when: text the caller gives, under the title.
    const byOn = (value: string) => ({ lang, preparedBy: value, preparedOn: value });
    const prepared = {
      markdown: markdownShape(renderTrace(base, byOn("QBYQ"))),
      text: textShape(renderTrace(base, { format: "text", ...byOn("QBYQ") })),
      html: tagCounts(renderTrace(base, { format: "html", ...byOn("QBYQ") })),
    };

    describe.each(HOSTILE)(`${lang}: %s`, (_, value) => {
      const calc = withValue(value);

      it("Markdown: same lines, headings, rows and cells; no raw control, no HTML of the value's", () => {
        const md = renderTrace(calc, { lang });
        expect(markdownShape(md)).toEqual(plain.markdown);
        expect(md).not.toMatch(RAW_CONTROL);
        // The only tag is the renderer's own line break.
        expect(md.replace(/<br>/g, "")).not.toContain("<");
        expect(md).not.toMatch(/^\s*#+ 算定額 99,999千円/m);
      });

      it("text: same lines, rules and steps; no raw control", () => {
        const text = renderTrace(calc, { format: "text", lang });
        expect(textShape(text)).toEqual(plain.text);
        expect(text).not.toMatch(RAW_CONTROL);
      });

      it("HTML: the same elements, well-formed; the value only as text", () => {
        const html = renderTrace(calc, { format: "html", lang });
        expect(tagCounts(html)).toEqual(plain.html);
        expect(() => parseHtml(html)).not.toThrow();
        expect(html).not.toContain("<img");
      });

      it("preparedBy and preparedOn: the same shape in Markdown, text and HTML; no raw control", () => {
        const md = renderTrace(base, byOn(value));
        expect(markdownShape(md)).toEqual(prepared.markdown);
        expect(md).not.toMatch(RAW_CONTROL);
        expect(md.replace(/<br>/g, "")).not.toContain("<");
        const text = renderTrace(base, { format: "text", ...byOn(value) });
        expect(textShape(text)).toEqual(prepared.text);
        expect(text).not.toMatch(RAW_CONTROL);
        const html = renderTrace(base, { format: "html", ...byOn(value) });
        expect(tagCounts(html)).toEqual(prepared.html);
        expect(() => parseHtml(html)).not.toThrow();
      });

      it("CSV: the same records and fields; the name round-trips, formula-safe", () => {
        const csv = renderTrace(calc, { format: "csv", lang });
        const records = parseCsv(csv.slice(1));
        expect(records.map((r) => r.fields.length)).toEqual(plain.csv);
        const name = records[1]!.fields[1]!;
        expect(name).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      });
    });
  }

  it("shows each place's value, escaped, where the plain value was", () => {
    for (const place of Object.keys(MARKERS) as Place[]) {
      const calc = withValue("<b>\u001b[2J|x\\", [place]);
      const md = renderTrace(calc, { lang: "en" });
      const text = renderTrace(calc, { format: "text", lang: "en" });
      const plainMd = renderTrace(base, { lang: "en" });
      const count = (s: string, part: string) => s.split(part).length - 1;
      // Every occurrence of the marker is now the escaped value.
      expect(count(md, "&lt;b>\\u001b[2J\\|x\\\\"), place).toBe(count(plainMd, MARKERS[place]));
      expect(count(text, "<b>\\u001b[2J|x\\"), place).toBe(count(plainMd, MARKERS[place]));
    }
  });

  it("writes the forged heading and the pipe as text (Markdown), in a person, a project name and a description", () => {
    const md = renderTrace(withValue("気仙沼市\n\n## 算定額 99,999千円", ["name"]));
    expect(md).toContain("団体: 気仙沼市<br><br>## 算定額 99,999千円 (042056");
    const person = renderTrace(withValue("A\\|B", ["person"]));
    expect(person).toContain("| C1 | A\\\\\\|B (専任) | 6,200,000 |");
    const project = renderTrace(withValue("A|B\n### 算定額", ["project"]));
    expect(project).toContain("### 事業 P1 A\\|B<br>### 算定額\n");
    const description = renderTrace(withValue("A|B\n| --- |", ["description"]));
    expect(description).toContain("| E3 | A\\|B<br>\\| --- \\| | 100,000 |");
  });

  it("writes controls as their JSON escapes (text), keeping backslashes", () => {
    const text = renderTrace(withValue("\u001b[2J\r\n\t\u007f\u009b\ud800\\", ["name"]), { format: "text" });
    expect(text).toContain("団体: \\u001b[2J\\r\\n\\t\\u007f\\u009b\\ud800\\ (042056");
  });
});
