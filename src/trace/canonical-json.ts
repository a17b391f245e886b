/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as `Array.prototype.sort` does), no spaces,
 * strings exactly as given (no Unicode normalisation), numbers as JavaScript writes them. For the values a
 * calculation holds this is the JSON Canonicalization Scheme (RFC 8785), so `jq -cjS` gives the same bytes
 * for ASCII keys. Keys whose value is `undefined` are left out, as `JSON.stringify` does; anything JSON
 * cannot hold (a function, NaN, Infinity, a bigint, `undefined` in an array) is refused, never guessed.
 *
 * This is the plain reference writer: it builds the text token by token. The digests are written by a
 * faster writer straight to UTF-8 (canonical-utf8.ts), which the tests hold to this one byte for byte.
 *
 * @example
 * ```ts
 * canonicalJson({ b: "1,200", a: [true, null, 2025] });  //=> '{"a":[true,null,2025],"b":"1,200"}'
 * canonicalJson({ 名前: "気仙沼市" });                     //=> '{"名前":"気仙沼市"}'
 * ```
 * @throws {TypeError} for a value JSON cannot hold, naming its path.
 * @category Audit
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  if (!write(value, out)) throw new TypeError(`canonicalJson: ${problemAt(value, "$")}`);
  return out.join("");
}

/** Appends the canonical JSON of `value`; false when it holds something JSON cannot (then `problemAt` says where). */
function write(value: unknown, out: string[]): boolean {
  if (value === null || typeof value === "boolean") {
    out.push(String(value));
    return true;
  }
  if (typeof value === "string") {
    out.push(JSON.stringify(value));
    return true;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return false;
    out.push(JSON.stringify(value)); // -0 is written "0", as RFC 8785 asks
    return true;
  }
  if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(",");
      if (value[i] === undefined || !write(value[i], out)) return false;
    }
    out.push("]");
    return true;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    out.push("{");
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      out.push(first ? "" : ",", JSON.stringify(key), ":");
      first = false;
      if (!write(item, out)) return false;
    }
    out.push("}");
    return true;
  }
  return false;
}

/** The first value JSON cannot hold, with its path (only walked after `write` failed). */
function problemAt(value: unknown, path: string): string | undefined {
  if (typeof value === "number" && !Number.isFinite(value)) return `${path} is ${value}, which JSON cannot hold`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined) return `${path}[${i}] is undefined, which JSON cannot hold`;
      const inner = problemAt(value[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      const inner = item === undefined ? undefined : problemAt(item, `${path}.${key}`);
      if (inner) return inner;
    }
    return undefined;
  }
  if (value === null || typeof value === "boolean" || typeof value === "string" || typeof value === "number")
    return undefined;
  return `${path} is a ${typeof value}, which JSON cannot hold`;
}
