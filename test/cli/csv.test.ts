import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReader, isBlankRecord, parseCsv, type CsvRecord } from "../../src/cli/csv/reader.js";
import { BOM, csvDocument, csvField, csvRow } from "../../src/cli/csv/writer.js";

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe("CSV reader (RFC 4180)", () => {
  it("reads plain, quoted and empty fields, with LF, CRLF or CR line ends", () => {
    expect(fields("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(fields("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields('"a","",c,\n,\n')).toEqual([
      ["a", "", "c", ""],
      ["", ""],
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    expect(fields('"1,200,000","say ""hi""","two\r\nlines"\n')).toEqual([["1,200,000", 'say "hi"', "two\r\nlines"]]);
  });

  it("numbers each record by the physical line it starts on, and by row", () => {
    const records = parseCsv('h1,h2\r\n"a\nb",x\r\nc,d\r\n');
    expect(records.map((r) => [r.line, r.row])).toEqual([
      [1, 1],
      [2, 2],
      [4, 3],
    ]);
  });

  it("reads a last record with no line break, and nothing for an empty text", () => {
    expect(fields("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields("")).toEqual([]);
  });

  it("reports an unclosed quote with the line it opened on, and text after a closing quote", () => {
    const [unclosed] = parseCsv('a,"open\nstill open');
    expect(unclosed?.problem).toEqual({
      field: 1,
      message: 'a quoted field opened on line 1 is never closed; close it with "',
    });
    const [after] = parseCsv('"ab"c,d\n');
    expect(after?.fields).toEqual(["abc", "d"]);
    expect(after?.problem?.field).toBe(0);
  });

  it("keeps a quote inside an unquoted field as it is", () => {
    expect(fields('5" screen,x\n')).toEqual([['5" screen', "x"]]);
  });

  it("gives the same records however the text is cut into chunks (a CRLF or a quote pair may straddle two)", () => {
    const text = 'a,"b,""c""\r\nd"\r\n1,2\r\r\n"",x\n';
    const whole = parseCsv(text);
    for (let cut = 0; cut <= text.length; cut++) {
      for (let cut2 = cut; cut2 <= text.length; cut2 += 3) {
        const reader = new CsvReader();
        const out: CsvRecord[] = [];
        const emit = (r: CsvRecord) => out.push(r);
        reader.push(text.slice(0, cut), emit);
        reader.push(text.slice(cut, cut2), emit);
        reader.push(text.slice(cut2), emit);
        reader.end(emit);
        expect(out).toEqual(whole);
      }
    }
  });

  it("reads back whatever the writer writes, in any chunking (property)", () => {
    const field = fc
      .string({ unit: fc.constantFrom("a", "あ", ",", '"', "\n", "\r", " ", "1") })
      .filter((s) => !/^[=+\-@\t\r]/.test(s));
    const table = fc
      .array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })
      .filter((rows) => rows.every((r) => !(r.length === 1 && r[0] === "")));
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 4 }), (rows, cuts) => {
        const text = rows.map(csvRow).join("");
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const reader = new CsvReader();
        const out: CsvRecord[] = [];
        let from = 0;
        for (const p of [...points, text.length]) {
          reader.push(text.slice(from, p), (r) => out.push(r));
          from = p;
        }
        reader.end((r) => out.push(r));
        expect(out.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });

  it("knows a blank row", () => {
    expect(parseCsv(",, ,\n").map(isBlankRecord)).toEqual([true]);
  });
});

describe("CSV writer", () => {
  it("quotes only where needed, doubling quotes", () => {
    expect(csvRow(["a", "1,200,000", 'say "hi"', "two\nlines", " edge", ""])).toBe(
      'a,"1,200,000","say ""hi""","two\nlines"," edge",\r\n',
    );
  });

  it("defuses cells Excel would run as formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@x")).toBe("'@x");
    expect(csvField("0.95")).toBe("0.95");
  });

  it("starts a document with the UTF-8 byte-order mark", () => {
    expect(csvDocument(["h"], [["v"]])).toBe(`${BOM}h\r\nv\r\n`);
    expect(BOM).toBe("\uFEFF");
  });
});
