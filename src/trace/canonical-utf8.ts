/**
 * Canonical JSON written straight to UTF-8 bytes, for the digests: no intermediate string, no copy of the
 * calculation. Gives exactly the UTF-8 of `canonicalJson` (the tests hold it to the reference writer on
 * every fixture and on random JSON values): strings escaped as JSON.stringify escapes them (`\"`, `\\`,
 * `\b \f \n \r \t`, other controls as `\u00xx`, a lone surrogate as `\udxxx`), keys sorted by UTF-16 code
 * units, numbers as JavaScript writes them.
 */

/**
 * Bytes are handed on in chunks of up to this size (a view of one reused buffer: use it before returning).
 * Small enough that a small value costs little to allocate, large enough that a hash update per chunk is
 * nothing beside the writing.
 */
const CHUNK = 1 << 14;
const HEX = "0123456789abcdef";
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Writes the canonical JSON of `value` as UTF-8 to `sink`, chunk by chunk. Returns false, having written
 * part of it, when the value holds something JSON cannot (the reference writer then says where).
 */
export function writeCanonicalUtf8(value: unknown, sink: (bytes: Uint8Array) => void): boolean {
  const writer = new Utf8JsonWriter(sink);
  if (!writer.value(value)) return false;
  writer.end();
  return true;
}

interface Shape {
  readonly given: readonly string[];
  readonly sorted: readonly string[];
}

const NO_KEYS: readonly string[] = [];
const NO_SHAPES: readonly Shape[] = [];
/** Encoded keys kept per digest: a calculation's own keys, and line ids as keys, up to this many. */
const MAX_KEYS = 4096;
/** Shapes kept per first key: enough for a calculation's, without searching long lists for others'. */
const MAX_SHAPES_PER_FIRST_KEY = 8;

class Utf8JsonWriter {
  private buffer = new Uint8Array(CHUNK);
  private at = 0;
  /** Keys met so far, as UTF-8 with their quotes and colon. */
  private readonly keys = new Map<string, Uint8Array>();
  /** Key orders met so far (as given, and sorted), by first key. */
  private readonly orders = new Map<string, Shape[]>();

  constructor(private readonly sink: (bytes: Uint8Array) => void) {}

  end(): void {
    if (this.at > 0) this.sink(this.buffer.subarray(0, this.at));
    this.at = 0;
  }

  value(value: unknown): boolean {
    if (typeof value === "string") this.string(value);
    else if (value === null) this.ascii("null");
    else if (typeof value === "boolean") this.ascii(value ? "true" : "false");
    else if (typeof value === "number") {
      if (!Number.isFinite(value)) return false;
      this.ascii(JSON.stringify(value)); // -0 is written "0", as RFC 8785 asks
    } else if (typeof value !== "object") return false;
    else if (Array.isArray(value)) return this.array(value);
    else return this.object(value as Record<string, unknown>);
    return true;
  }

  private array(items: readonly unknown[]): boolean {
    this.byte(0x5b);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.byte(0x2c);
      const item = items[i];
      if (item === undefined || !this.value(item)) return false;
    }
    this.byte(0x5d);
    return true;
  }

  private object(record: Record<string, unknown>): boolean {
    const keys = this.sortedKeys(record);
    this.byte(0x7b);
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue; // left out, as JSON.stringify does
      if (!first) this.byte(0x2c);
      first = false;
      this.key(key);
      if (!this.value(item)) return false;
    }
    this.byte(0x7d);
    return true;
  }

  /**
   * The object's own enumerable keys in sorted order. A calculation has a few shapes repeated thousands
   * of times, so each shape's order is worked out once; a known shape is recognised by walking the keys
   * with `for…in`, which, unlike Object.keys, allocates nothing (allocating while a large calculation is
   * alive in the young generation makes the collector copy it again and again). `for…in` also lists
   * inherited enumerable keys; then it matches no shape (shapes come from Object.keys) and Object.keys is
   * read, so the result is always exactly the own keys.
   */
  private sortedKeys(record: Record<string, unknown>): readonly string[] {
    let listed: string | undefined;
    for (const key in record) {
      listed = key;
      break;
    }
    if (listed === undefined) return NO_KEYS; // nothing listed, so no own key either
    for (const shape of this.orders.get(listed) ?? NO_SHAPES)
      if (hasKeysInOrder(record, shape.given)) return shape.sorted;
    const keys = Object.keys(record);
    const first = keys[0];
    if (first === undefined) return keys;
    const sorted = isSorted(keys) ? keys : [...keys].sort();
    const shapes = this.orders.get(first);
    if (!shapes) this.orders.set(first, [{ given: keys, sorted }]);
    else if (shapes.length < MAX_SHAPES_PER_FIRST_KEY) shapes.push({ given: keys, sorted });
    return sorted;
  }

  /**
   * A key and its colon. A calculation repeats a few dozen keys per line ("amountYen", "disposition" …): each
   * is encoded once per digest (as `string` writes it) and copied after that.
   */
  private key(key: string): void {
    const bytes = this.keys.get(key);
    if (bytes === undefined) {
      // Room for the longest form first, so that the key and its colon are written in one chunk.
      this.room(6 * key.length + 3);
      const start = this.at;
      this.string(key);
      this.byte(0x3a);
      if (this.keys.size < MAX_KEYS) this.keys.set(key, this.buffer.slice(start, this.at));
      return;
    }
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** Room for `bytes` more: hands on what is buffered first when they would not fit. */
  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    this.end();
    if (bytes > this.buffer.length) this.buffer = new Uint8Array(bytes); // one string longer than a chunk
  }

  private byte(code: number): void {
    this.room(1);
    this.buffer[this.at++] = code;
  }

  private ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.at++] = text.charCodeAt(i);
  }

  private string(text: string): void {
    const n = text.length;
    this.room(6 * n + 2); // at most 6 bytes per UTF-16 unit (`\u001f`, a lone surrogate escaped)
    const b = this.buffer;
    let p = this.at;
    b[p++] = QUOTE;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) {
          b[p++] = c;
          continue;
        }
        b[p++] = BACKSLASH;
        const short = SHORT_ESCAPES[c];
        if (short !== undefined) b[p++] = short;
        else p = writeUnicodeEscape(b, p, c);
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          b[p++] = 0xf0 | (point >> 18);
          b[p++] = 0x80 | ((point >> 12) & 0x3f);
          b[p++] = 0x80 | ((point >> 6) & 0x3f);
          b[p++] = 0x80 | (point & 0x3f);
        } else {
          b[p++] = BACKSLASH;
          p = writeUnicodeEscape(b, p, c); // a lone surrogate, as JSON.stringify writes it
        }
      }
    }
    b[p++] = QUOTE;
    this.at = p;
  }
}

/** The escapes JSON.stringify writes as two characters, after the backslash. */
const SHORT_ESCAPES: Readonly<Record<number, number>> = {
  0x22: QUOTE,
  0x5c: BACKSLASH,
  0x08: 0x62,
  0x0c: 0x66,
  0x0a: 0x6e,
  0x0d: 0x72,
  0x09: 0x74,
};

/** `u` and four lowercase hex digits (the backslash is written already). */
function writeUnicodeEscape(b: Uint8Array, at: number, code: number): number {
  let p = at;
  b[p++] = 0x75;
  b[p++] = HEX.charCodeAt(code >> 12);
  b[p++] = HEX.charCodeAt((code >> 8) & 0xf);
  b[p++] = HEX.charCodeAt((code >> 4) & 0xf);
  b[p++] = HEX.charCodeAt(code & 0xf);
  return p;
}

/** Whether the record's keys, as `for…in` lists them, are exactly `keys` in that order. */
function hasKeysInOrder(record: Record<string, unknown>, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in record) if (key !== keys[i++]) return false;
  return i === keys.length;
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}
