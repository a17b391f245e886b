/*
 * Text files in: UTF-8 with or without a byte-order mark, nothing else. Japanese offices often save
 * Shift_JIS (Excel's plain 「CSV（コンマ区切り）」) or UTF-16 (「Unicode テキスト」); such a file is refused
 * with the line of the first bad byte and how to re-save it, never guessed at.
 */
import { countLineEnds } from "./line-ends.js";

/** A file that is not UTF-8: where the first bad byte is, what it looks like, and how to fix it. */
export class EncodingProblem extends Error {
  override readonly name = "EncodingProblem";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export const RESAVE_HINT =
  "re-save it as UTF-8: in Excel, ファイル → 名前を付けて保存 → ファイルの種類「CSV UTF-8（コンマ区切り）(*.csv)」; " +
  "in Notepad, 名前を付けて保存 → 文字コード「UTF-8」";

/**
 * Decodes UTF-8 chunk by chunk (a character may straddle two chunks), drops a leading BOM, and throws
 * EncodingProblem at the first invalid byte, on the line the CSV reader would name (CRLF, LF or a lone CR
 * ends a line: line-ends.ts).
 */
export class Utf8ChunkDecoder {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private carry: Uint8Array = new Uint8Array(0);
  private lines = 1;
  private afterCR = false;
  private first = true;

  decode(chunk: Uint8Array): string {
    const bytes = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    if (this.first && bytes.length < 3 && bytes.length > 0 && isBomPrefix(bytes)) {
      this.carry = bytes; // wait for the whole BOM
      return "";
    }
    const cut = completeLength(bytes);
    this.carry = bytes.slice(cut);
    return this.text(bytes.subarray(0, cut));
  }

  /** The end of input: bytes of a character cut short are an error too. */
  end(): string {
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return rest.length > 0 ? this.text(rest) : "";
  }

  private text(bytes: Uint8Array): string {
    let start = 0;
    if (this.first && bytes.length > 0) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new EncodingProblem(1, `the file is UTF-16 (Excel's 「Unicode テキスト」), not UTF-8: ${RESAVE_HINT}`);
      }
    }
    const body = bytes.subarray(start);
    try {
      const text = this.decoder.decode(body);
      const ends = countLineEnds(body, body.length, this.afterCR);
      this.lines += ends.count;
      this.afterCR = ends.afterCR;
      return text;
    } catch {
      const at = firstInvalidUtf8(body) ?? body.length;
      const line = this.lines + countLineEnds(body, at, this.afterCR).count;
      const looks = looksLikeShiftJis(body)
        ? "it looks like Shift_JIS (Excel's plain 「CSV（コンマ区切り）」 format)"
        : "it is not UTF-8";
      throw new EncodingProblem(
        line,
        `the file is not valid UTF-8 (first bad byte on line ${line}); ${looks}: ${RESAVE_HINT}`,
      );
    }
  }
}

/** Decodes a whole file's bytes (for JSON inputs). */
export function decodeUtf8(bytes: Uint8Array): string {
  const decoder = new Utf8ChunkDecoder();
  return decoder.decode(bytes) + decoder.end();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function isBomPrefix(bytes: Uint8Array): boolean {
  const bom = [0xef, 0xbb, 0xbf];
  return bytes.every((b, i) => b === bom[i]);
}

/** The length of the prefix that ends on a character boundary (at most 3 bytes are held back). */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Offset of the first byte that does not begin a well-formed UTF-8 character, or undefined. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    if (len > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + len));
      } catch {
        return i;
      }
    }
    i += len;
  }
  return undefined;
}

/** Most bytes above 0x7F pair up as Shift_JIS (CP932) characters. */
export function looksLikeShiftJis(bytes: Uint8Array): boolean {
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (
      ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) &&
      ((next >= 0x40 && next <= 0x7e) || (next >= 0x80 && next <= 0xfc))
    ) {
      pairs++;
      i++;
    } else if (b >= 0xa1 && b <= 0xdf)
      pairs++; // half-width katakana
    else bad++;
  }
  return pairs > 0 && bad <= pairs / 10;
}
