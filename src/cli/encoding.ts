/*
 * Text files in. JSON inputs: UTF-8 with or without a byte-order mark, nothing else. CSV inputs: UTF-8 (with
 * or without a mark) or Shift_JIS as Windows writes it (CP932: Excel's plain 「CSV（コンマ区切り）」), told
 * apart by their first non-ASCII characters and decoded by the platform (TextDecoder "shift_jis", which Node
 * ships with full ICU). What is neither, such as UTF-16 (「Unicode テキスト」), is refused with the line of
 * the first bad byte and how to re-save it, never guessed at.
 */
import { TextDecoder } from "node:util";
import { countLineEnds } from "./line-ends.js";

/** The encodings a CSV input may be in, as the closing report names them. */
export type CsvEncoding = "UTF-8" | "Shift_JIS (CP932)";
export const UTF8: CsvEncoding = "UTF-8";
export const SHIFT_JIS: CsvEncoding = "Shift_JIS (CP932)";

/** Where a decoder starts when it does not start the file: the line it is on, and whether a CR ended the last byte. */
export interface DecoderStart {
  readonly line: number;
  readonly afterCR: boolean;
}

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
  /** Words for the message of a bad byte (CsvDecoder: the file did not read as Shift_JIS either). */
  private readonly notUtf8?: (line: number) => string;

  /** `start`: where the bytes begin when they do not begin the file (no byte-order mark is looked for). */
  constructor(start?: DecoderStart, notUtf8?: (line: number) => string) {
    if (start) {
      this.lines = start.line;
      this.afterCR = start.afterCR;
      this.first = false;
    }
    if (notUtf8) this.notUtf8 = notUtf8;
  }

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
      if (this.notUtf8) throw new EncodingProblem(line, this.notUtf8(line));
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

/** How many non-ASCII bytes of valid UTF-8 settle that a CSV file is UTF-8 (Shift_JIS text fails far sooner). */
const UTF8_EVIDENCE = 16;
/** How many bytes of valid UTF-8 settle it too, however few of them are non-ASCII (memory stays flat). */
const UTF8_EVIDENCE_BYTES = 64 * 1024;

/**
 * Decodes a CSV file that is UTF-8 or Shift_JIS (CP932), chunk by chunk. ASCII is the same in both, so the
 * choice waits for the first non-ASCII bytes: a byte-order mark, or valid UTF-8 from them on (16 non-ASCII
 * bytes of it, 64 KiB of it, or up to the end of the file), means UTF-8; bytes that are not UTF-8 from the first one mean
 * Shift_JIS. A file that began as one and breaks it later is refused (EncodingProblem) at the line of the
 * first bad byte: a UTF-8 file with a damaged byte is never re-read as Shift_JIS.
 */
export class CsvDecoder {
  private inner: Utf8ChunkDecoder | ShiftJisChunkDecoder | undefined;
  private chosen: CsvEncoding | undefined;
  private held: Uint8Array = new Uint8Array(0);
  private line = 1;
  private afterCR = false;
  private atStart = true;
  private readonly ascii = new TextDecoder("utf-8");

  /** The encoding read; UTF-8 for a file of ASCII alone (it is both). */
  get encoding(): CsvEncoding {
    return this.chosen ?? UTF8;
  }

  decode(chunk: Uint8Array): string {
    if (this.inner) return this.inner.decode(chunk);
    return this.sniff(this.held.length > 0 ? concat(this.held, chunk) : chunk, false);
  }

  end(): string {
    const text = this.inner ? "" : this.sniff(this.held, true);
    return text + (this.inner ? this.inner.end() : "");
  }

  private sniff(bytes: Uint8Array, final: boolean): string {
    this.held = new Uint8Array(0);
    if (this.atStart && bytes.length > 0) {
      if (!final && bytes.length < 3 && isMarkPrefix(bytes)) {
        this.held = bytes; // wait for the whole mark
        return "";
      }
      this.atStart = false;
      if (hasMark(bytes)) {
        // UTF-8's byte-order mark, or UTF-16's (which the UTF-8 decoder refuses by name).
        this.chosen = UTF8;
        this.inner = new Utf8ChunkDecoder(
          undefined,
          (line) =>
            `the file is not valid UTF-8 (first bad byte on line ${line}), though it starts with UTF-8's byte-order mark: ${RESAVE_HINT}`,
        );
        return this.inner.decode(bytes);
      }
    }
    let n = 0;
    while (n < bytes.length && (bytes[n] as number) < 0x80) n++;
    const text = this.ascii.decode(bytes.subarray(0, n));
    const ends = countLineEnds(bytes, n, this.afterCR);
    this.line += ends.count;
    this.afterCR = ends.afterCR;
    const rest = bytes.subarray(n);
    if (rest.length === 0) return text;
    const encoding = chooseEncoding(rest, final);
    if (encoding === undefined) {
      this.held = rest.slice();
      return text;
    }
    this.chosen = encoding;
    const start = { line: this.line, afterCR: this.afterCR };
    this.inner =
      encoding === UTF8
        ? new Utf8ChunkDecoder(
            start,
            (line) =>
              `the file is not valid UTF-8 (first bad byte on line ${line}), and not Shift_JIS (CP932) either (its first non-ASCII characters are UTF-8): ${RESAVE_HINT}`,
          )
        : new ShiftJisChunkDecoder(start);
    return text + this.inner.decode(rest);
  }
}

/**
 * UTF-8 or Shift_JIS for bytes that start with a non-ASCII byte, or undefined while too few bytes tell.
 * `final`: these are the last bytes of the file. Bytes that break UTF-8 within its first 16 non-ASCII bytes
 * are Shift_JIS when they read as Shift_JIS (half-width katakana may pass for a UTF-8 character or two);
 * later, or when they do not, they are a damaged UTF-8 file.
 */
function chooseEncoding(bytes: Uint8Array, final: boolean): CsvEncoding | undefined {
  const complete = final ? bytes : bytes.subarray(0, completeLength(bytes));
  const bad = firstInvalidUtf8(complete);
  if (bad === 0) return SHIFT_JIS; // the very first non-ASCII character is not UTF-8
  if (bad === undefined)
    return final || complete.length >= UTF8_EVIDENCE_BYTES || nonAscii(complete) >= UTF8_EVIDENCE ? UTF8 : undefined;
  if (nonAscii(complete.subarray(0, bad)) >= UTF8_EVIDENCE) return UTF8;
  return isShiftJis(final ? bytes : bytes.subarray(0, shiftJisCompleteLength(bytes))) ? SHIFT_JIS : UTF8;
}

function nonAscii(bytes: Uint8Array): number {
  let count = 0;
  for (const b of bytes) if (b >= 0x80) count++;
  return count;
}

/** Whether the bytes are Shift_JIS (CP932) throughout (false where the platform cannot tell: no ICU). */
function isShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("shift_jis", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The byte-order marks of UTF-8 and UTF-16 (little- and big-endian). */
const MARKS: readonly (readonly number[])[] = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/** Whether a few bytes (fewer than 3) may be the start of a byte-order mark. */
function isMarkPrefix(bytes: Uint8Array): boolean {
  return MARKS.some((mark) => bytes.every((b, i) => i >= mark.length || b === mark[i]));
}

/** Whether the bytes start with a whole byte-order mark. */
function hasMark(bytes: Uint8Array): boolean {
  return MARKS.some((mark) => bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b));
}

/**
 * ASCII bytes the platform's Shift_JIS decoder maps elsewhere, by what it gives → the byte's own character.
 * ICU's converter (IBM-943) swaps 0x1A, 0x1C and 0x7F; Windows (CP932) and the WHATWG standard keep every ASCII
 * byte as it is, so the decoded text is put right (found at run time: nothing to do on a platform that agrees).
 */
function asciiRepairs(decoder: TextDecoder): ReadonlyMap<string, string> {
  const repairs = new Map<string, string>();
  for (let b = 0; b < 0x80; b++) {
    const text = decoder.decode(Uint8Array.of(b));
    if (text !== String.fromCharCode(b)) repairs.set(text, String.fromCharCode(b));
  }
  return repairs;
}

/** Whether a byte starts a two-byte Shift_JIS character. */
function isShiftJisLead(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
}

/** The length of the prefix that ends on a Shift_JIS character boundary (a lead byte at the end is held back). */
function shiftJisCompleteLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    if (!isShiftJisLead(bytes[i] as number)) i++;
    else if (i + 1 < bytes.length) i += 2;
    else return i;
  }
  return bytes.length;
}

/** Offset of the first byte that does not begin a Shift_JIS (CP932) character the decoder maps, or undefined. */
export function firstInvalidShiftJis(bytes: Uint8Array, decoder: TextDecoder): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = isShiftJisLead(b) ? 2 : 1;
    if (i + len > bytes.length) return i;
    if (b >= 0x80) {
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

/**
 * Decodes Shift_JIS (CP932, with the NEC and IBM extensions: ①, ㈱, 髙) chunk by chunk with the platform's
 * decoder, and throws EncodingProblem at the first byte that is not CP932, on the line the CSV reader would
 * name (a line-end byte is never the second byte of a character, so lines are counted on the bytes).
 */
export class ShiftJisChunkDecoder {
  private readonly decoder: TextDecoder;
  private readonly repairs: ReadonlyMap<string, string>;
  private readonly repairable: RegExp | undefined;
  private carry: Uint8Array = new Uint8Array(0);
  private lines: number;
  private afterCR: boolean;

  constructor(start: DecoderStart = { line: 1, afterCR: false }) {
    this.lines = start.line;
    this.afterCR = start.afterCR;
    try {
      this.decoder = new TextDecoder("shift_jis", { fatal: true });
    } catch {
      throw new EncodingProblem(
        start.line,
        `the file is Shift_JIS (CP932), which this Node.js cannot decode (it was built without full ICU): ${RESAVE_HINT}`,
      );
    }
    this.repairs = asciiRepairs(this.decoder);
    this.repairable =
      this.repairs.size > 0 ? new RegExp(`[${[...this.repairs.keys()].map(escapeClass).join("")}]`, "g") : undefined;
  }

  decode(chunk: Uint8Array): string {
    const bytes = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    const cut = shiftJisCompleteLength(bytes);
    this.carry = bytes.slice(cut);
    return this.text(bytes.subarray(0, cut));
  }

  /** The end of input: a lead byte with no second byte is an error too. */
  end(): string {
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return rest.length > 0 ? this.text(rest) : "";
  }

  private text(bytes: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      const at = firstInvalidShiftJis(bytes, this.decoder) ?? bytes.length;
      const line = this.lines + countLineEnds(bytes, at, this.afterCR).count;
      throw new EncodingProblem(
        line,
        `the file is neither UTF-8 nor Shift_JIS (CP932): it reads as Shift_JIS up to a byte that is not (first bad byte on line ${line}); ${RESAVE_HINT}`,
      );
    }
    const ends = countLineEnds(bytes, bytes.length, this.afterCR);
    this.lines += ends.count;
    this.afterCR = ends.afterCR;
    return this.repairable ? text.replace(this.repairable, (c) => this.repairs.get(c) ?? c) : text;
  }
}

function escapeClass(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
