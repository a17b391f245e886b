import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/cli/csv/reader.js";
import {
  decodeUtf8,
  EncodingProblem,
  firstInvalidUtf8,
  looksLikeShiftJis,
  Utf8ChunkDecoder,
} from "../../src/cli/encoding.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** 気仙沼市 in Shift_JIS (CP932). */
const KESENNUMA_SJIS = [0x8b, 0x43, 0x90, 0xe5, 0x8f, 0xc0, 0x8e, 0x73];

function problemOf(run: () => unknown): EncodingProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof EncodingProblem) return error;
    throw error;
  }
  throw new Error("expected an EncodingProblem");
}

describe("UTF-8 input", () => {
  it("reads UTF-8 with or without a byte-order mark, and drops the mark", () => {
    expect(decodeUtf8(utf8("code,name\n042056,気仙沼市\n"))).toBe("code,name\n042056,気仙沼市\n");
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a,b")]))).toBe("a,b");
  });

  it("joins a character (or the BOM) cut between two chunks", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("気仙沼市,あ\n")]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new Utf8ChunkDecoder();
      const text = decoder.decode(bytes.subarray(0, cut)) + decoder.decode(bytes.subarray(cut)) + decoder.end();
      expect(text).toBe("気仙沼市,あ\n");
    }
  });

  it("refuses Shift_JIS, naming the line of the first bad byte and how to re-save as UTF-8", () => {
    const bytes = new Uint8Array([...utf8("code,name\n042056,"), ...KESENNUMA_SJIS, 0x0a]);
    const problem = problemOf(() => decodeUtf8(bytes));
    expect(problem.line).toBe(2);
    expect(problem.message).toContain("looks like Shift_JIS");
    expect(problem.message).toContain("CSV UTF-8（コンマ区切り）");
  });

  it("counts lines across chunks for the position of the bad byte", () => {
    const decoder = new Utf8ChunkDecoder();
    decoder.decode(utf8("h\n1\n2\n"));
    const problem = problemOf(() => decoder.decode(new Uint8Array([0x33, 0x0a, ...KESENNUMA_SJIS])));
    expect(problem.line).toBe(5);
  });

  it("refuses UTF-16 (Excel's Unicode text) by its byte-order mark", () => {
    const problem = problemOf(() => decodeUtf8(new Uint8Array([0xff, 0xfe, 0x61, 0x00])));
    expect(problem.message).toContain("UTF-16");
  });

  it("refuses a character cut short at the end of the file", () => {
    const bytes = utf8("あ").subarray(0, 2);
    expect(problemOf(() => decodeUtf8(bytes)).message).toContain("not valid UTF-8");
  });

  it("finds the first invalid byte; tells Shift_JIS from other bytes", () => {
    expect(firstInvalidUtf8(utf8("abc"))).toBeUndefined();
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // an overlong form
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(looksLikeShiftJis(new Uint8Array(KESENNUMA_SJIS))).toBe(true);
    expect(looksLikeShiftJis(new Uint8Array([0x80, 0x80, 0xff]))).toBe(false);
  });
});

describe("line numbers: the decoder counts lines as the CSV reader does", () => {
  it.each([
    ["CR (Excel for Mac)", "\r"],
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("names line 4 for a bad byte on line 4 of a file whose lines end with %s", (_, end) => {
    const bytes = new Uint8Array([...utf8(["h", "1", "2", "x,"].join(end)), ...KESENNUMA_SJIS, ...utf8(end)]);
    expect(problemOf(() => decodeUtf8(bytes)).line).toBe(4);
  });

  it("counts a CRLF split between two chunks once, and a CR at a chunk's end", () => {
    const split = new Utf8ChunkDecoder();
    split.decode(utf8("h\r"));
    expect(problemOf(() => split.decode(new Uint8Array([...utf8("\n1\n"), ...KESENNUMA_SJIS]))).line).toBe(3);
    const lone = new Utf8ChunkDecoder();
    lone.decode(utf8("h\r"));
    expect(problemOf(() => lone.decode(new Uint8Array([...utf8("1\r"), ...KESENNUMA_SJIS]))).line).toBe(3);
  });

  it("names the line the CSV reader gives the record that holds the bad byte, however lines end and chunks fall", () => {
    const end = fc.constantFrom("\r", "\n", "\r\n");
    const field = fc.oneof(
      fc.constantFrom("", "a", "気仙沼市"),
      fc.tuple(fc.constantFrom("x", "気"), end, fc.constantFrom("y", "")).map(([a, e, b]) => `"${a}${e}${b}"`),
    );
    const record = fc.array(field, { minLength: 1, maxLength: 3 }).map((f) => f.join(","));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, end), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 4 }),
        (records, pick, cuts) => {
          const bad = pick % records.length; // the bad byte starts this record
          const text = records.map(([r, e]) => r + e).join("");
          const before = records
            .slice(0, bad)
            .map(([r, e]) => r + e)
            .join("");
          // The reader's record holding the byte (a "Z" in its place) starts on this line.
          const expected = parseCsv(`${before}Z`).at(-1)!.line;
          const bytes = new Uint8Array([...utf8(before), ...KESENNUMA_SJIS, ...utf8(text.slice(before.length))]);
          const decoder = new Utf8ChunkDecoder();
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const problem = problemOf(() => {
            let from = 0;
            for (const cut of [...at, bytes.length]) {
              decoder.decode(bytes.subarray(from, cut));
              from = cut;
            }
            decoder.end();
          });
          expect(problem.line).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
