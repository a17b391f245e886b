import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/cli/csv/reader.js";
import {
  CsvDecoder,
  decodeUtf8,
  EncodingProblem,
  firstInvalidUtf8,
  looksLikeShiftJis,
  ShiftJisChunkDecoder,
  Utf8ChunkDecoder,
} from "../../src/cli/encoding.js";
import { cp932 } from "./cp932.js";

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

/**
 * CSV records with every way a line may end, a field with a line break inside quotes among them, and a record
 * that holds a bad byte: `records`, the `text`, the text `before` that record, the line the CSV reader gives
 * it (`expected`) and the chunk cuts (`cuts`, for bytes of `length`).
 */
function badByteCases(words: readonly string[]) {
  const end = fc.constantFrom("\r", "\n", "\r\n");
  const field = fc.oneof(
    fc.constantFrom(...words),
    fc.tuple(fc.constantFrom("x", "気"), end, fc.constantFrom("y", "")).map(([a, e, b]) => `"${a}${e}${b}"`),
  );
  const record = fc.array(field, { minLength: 1, maxLength: 3 }).map((f) => f.join(","));
  return fc
    .tuple(
      fc.array(fc.tuple(record, end), { minLength: 1, maxLength: 8 }),
      fc.nat(),
      fc.array(fc.nat(), { maxLength: 4 }),
    )
    .map(([records, pick, cuts]) => {
      const bad = pick % records.length; // the bad byte starts this record
      const text = records.map(([r, e]) => r + e).join("");
      const before = records
        .slice(0, bad)
        .map(([r, e]) => r + e)
        .join("");
      // The reader's record holding the byte (a "Z" in its place) starts on this line.
      const expected = parseCsv(`${before}Z`).at(-1)!.line;
      const at = (length: number) => [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
      return { text, before, expected, at };
    });
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
    fc.assert(
      fc.property(badByteCases(["", "a", "気仙沼市"]), ({ text, before, expected, at: cutsOf }) => {
        const bytes = new Uint8Array([...utf8(before), ...KESENNUMA_SJIS, ...utf8(text.slice(before.length))]);
        const at = cutsOf(bytes.length);
        const decoder = new Utf8ChunkDecoder();
        const problem = problemOf(() => {
          let from = 0;
          for (const cut of [...at, bytes.length]) {
            decoder.decode(bytes.subarray(from, cut));
            from = cut;
          }
          decoder.end();
        });
        expect(problem.line).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** A CSV file's bytes read by CsvDecoder, cut into chunks at `cuts`: its text and encoding, or the problem. */
function readCsv(bytes: Uint8Array, cuts: readonly number[] = []): { text: string; encoding: string } {
  const decoder = new CsvDecoder();
  let text = "";
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, cut));
    from = cut;
  }
  text += decoder.end();
  return { text, encoding: decoder.encoding };
}

describe("CSV input: UTF-8 or Shift_JIS (CP932)", () => {
  /** Hand-written CP932 bytes and their text: JIS X 0208, NEC row 13 (①, ㈱), the IBM extensions (髙, 﨑), ～, ￥. */
  const KNOWN: readonly (readonly [string, readonly number[]])[] = [
    ["気仙沼市", KESENNUMA_SJIS],
    ["福島県", [0x95, 0x9f, 0x93, 0x87, 0x8c, 0xa7]],
    ["①", [0x87, 0x40]],
    ["㈱", [0x87, 0x8a]],
    ["№", [0x87, 0x82]],
    ["髙", [0xfb, 0xfc]],
    ["﨑", [0xfa, 0xb1]],
    ["ⅰ", [0xfa, 0x40]],
    ["～", [0x81, 0x60]], // CP932's FULLWIDTH TILDE, not JIS's WAVE DASH
    ["－", [0x81, 0x7c]],
    ["￥", [0x81, 0x8f]],
    ["ｱ", [0xb1]],
    ["\\", [0x5c]], // the yen sign as Windows shows it
  ];

  it("decodes CP932 with the NEC and IBM extensions, as Windows writes them", () => {
    for (const [text, bytes] of KNOWN) {
      expect(readCsv(Uint8Array.from([...utf8("a,"), ...KESENNUMA_SJIS, ...bytes]))).toEqual({
        text: `a,気仙沼市${text}`,
        encoding: "Shift_JIS (CP932)",
      });
      expect([...cp932(text)]).toEqual(bytes); // the tests' encoder agrees with the hand-written bytes
    }
    // The NEC-selected IBM extensions (0xED/0xEE) are the same characters as the IBM ones.
    expect(readCsv(Uint8Array.from([0x8b, 0x43, 0xed, 0x40, 0xee, 0xef])).text).toBe("気纊ⅰ");
  });

  it("keeps every ASCII byte of a Shift_JIS file as it is (ICU's converter swaps 0x1A, 0x1C and 0x7F)", () => {
    const ascii = Uint8Array.from({ length: 0x80 }, (_, i) => i);
    const { text } = readCsv(Uint8Array.from([...KESENNUMA_SJIS, ...ascii]));
    expect(Array.from({ length: 0x80 }, (_, i) => text.charCodeAt(4 + i))).toEqual([...ascii]);
    expect(text).toHaveLength(4 + 0x80);
    const direct = new ShiftJisChunkDecoder();
    expect(direct.decode(Uint8Array.of(0x1a, 0x1c, 0x7f)) + direct.end()).toBe("\x1a\x1c\x7f");
  });

  it("reads the same text however the chunks fall (a character, a CRLF or a byte-order mark cut in two)", () => {
    const text = "code,name\r\n042056,気仙沼市①\r\n070009,福島県ｱ\\\r\n";
    for (const [bytes, encoding] of [
      [cp932(text), "Shift_JIS (CP932)"],
      [utf8(text), "UTF-8"],
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), "UTF-8"],
    ] as const) {
      for (let cut = 0; cut <= bytes.length; cut++) {
        expect(readCsv(bytes, [cut])).toEqual({ text, encoding });
        expect(readCsv(bytes, [cut, Math.min(bytes.length, cut + 1)])).toEqual({ text, encoding });
      }
    }
  });

  it("tells the two apart by the first non-ASCII bytes; ASCII alone is UTF-8", () => {
    expect(readCsv(utf8("a,b\n1,2\n"))).toEqual({ text: "a,b\n1,2\n", encoding: "UTF-8" });
    expect(readCsv(utf8(""))).toEqual({ text: "", encoding: "UTF-8" });
    // Fewer than 16 bytes of UTF-8 before the end: still UTF-8.
    expect(readCsv(utf8("a,é"))).toEqual({ text: "a,é", encoding: "UTF-8" });
    // Half-width katakana that pass for UTF-8 (ﾃｨ = C3 A8 = "è"), then bytes that do not: Shift_JIS throughout.
    expect(readCsv(cp932("a,ﾃｨｰ気仙沼市"), [4])).toEqual({ text: "a,ﾃｨｰ気仙沼市", encoding: "Shift_JIS (CP932)" });
    expect(readCsv(cp932("a,ﾃｨ"))).toEqual({ text: "a,è", encoding: "UTF-8" }); // two bytes that are both: UTF-8
    // 16 non-ASCII bytes of UTF-8 settle it before the end of the file.
    const long = new CsvDecoder();
    expect(long.decode(utf8("a,気仙沼市気仙沼"))).toBe("a,気仙沼市気仙沼");
    expect(long.encoding).toBe("UTF-8");
    // So do 64 KiB of it with a single non-ASCII character: the file is not held in memory to the end.
    const sparse = new CsvDecoder();
    const rows = "042056,P1,E1,1200000\n".repeat(4000);
    expect(sparse.decode(utf8(`a,é\n${rows}`))).toBe(`a,é\n${rows}`);
    expect(sparse.encoding).toBe("UTF-8");
  });

  it("refuses a UTF-8 file damaged after its first non-ASCII characters, never reading it as Shift_JIS", () => {
    const bytes = Uint8Array.from([...utf8("h\n気仙沼市,"), 0x0a, ...KESENNUMA_SJIS]);
    const problem = problemOf(() => readCsv(bytes));
    expect(problem.line).toBe(3);
    expect(problem.message).toContain("not valid UTF-8 (first bad byte on line 3), and not Shift_JIS (CP932) either");
    const marked = problemOf(() => readCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("h\n"), 0xff])));
    expect(marked.message).toContain("though it starts with UTF-8's byte-order mark");
  });

  it("refuses what is neither at the line of the first bad byte: an unassigned pair, a lead byte cut short, UTF-16", () => {
    const unassigned = Uint8Array.from([...utf8("h\r\n"), ...KESENNUMA_SJIS, ...utf8("\r\n\r"), 0x85, 0x40]);
    const problem = problemOf(() => readCsv(unassigned, [3, 9]));
    expect(problem.line).toBe(4);
    expect(problem.message).toMatch(/^the file is neither UTF-8 nor Shift_JIS \(CP932\): .*first bad byte on line 4/);
    expect(problemOf(() => readCsv(Uint8Array.from([...KESENNUMA_SJIS, 0x0a, 0x8b]))).line).toBe(2);
    expect(problemOf(() => readCsv(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), [1])).message).toContain("UTF-16");
    expect(problemOf(() => readCsv(Uint8Array.from([0xef, 0xbb]))).message).toContain("neither UTF-8 nor Shift_JIS");
  });
});

describe("line numbers of a Shift_JIS file", () => {
  it("names the line the CSV reader gives the record that holds the bad byte, however lines end and chunks fall", () => {
    fc.assert(
      fc.property(badByteCases(["", "a", "気仙沼市", "①㈱"]), ({ text, before, expected, at: cutsOf }) => {
        // Shift_JIS from the first character on (気), so the file is read as Shift_JIS up to the 0xFF.
        const bytes = new Uint8Array([...cp932(`気,${before}`), 0xff, ...cp932(text.slice(before.length))]);
        const at = cutsOf(bytes.length);
        const problem = problemOf(() => readCsv(bytes, at));
        expect(problem.line).toBe(expected);
        expect(problem.message).toContain("neither UTF-8 nor Shift_JIS");
      }),
      { numRuns: 300 },
    );
  });
});
