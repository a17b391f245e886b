import { describe, expect, it } from "vitest";
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
