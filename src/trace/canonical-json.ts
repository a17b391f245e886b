import { writeCanonicalJson } from "./canonical-json-writer.js";

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as `Array.prototype.sort` does), no spaces,
 * strings exactly as given (no Unicode normalisation), numbers as JavaScript writes them. For the values a
 * calculation holds this is the JSON Canonicalization Scheme (RFC 8785), so `jq -cjS` gives the same bytes
 * for ASCII keys. Keys whose value is `undefined` are left out, as `JSON.stringify` does; anything JSON
 * cannot hold (a function, NaN, Infinity, a bigint, `undefined` in an array) is refused, never guessed.
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
  const pieces: string[] = [];
  writeCanonicalPieces(value, (piece) => void pieces.push(piece));
  return pieces.join("");
}

/**
 * Writes the canonical JSON of `value` as consecutive pieces (their concatenation is `canonicalJson(value)`),
 * so that a digest can be fed without one long string or one deep copy of a large calculation alive at once.
 * Objects are walked key by key and arrays element by element; each element and each small value is one
 * piece, written by the engine's own JSON.stringify over a copy whose keys are inserted in sorted order
 * (several times faster than writing token by token). A piece the copy cannot stand for goes to the
 * reference writer, which gives the same bytes (tests hold the two equal).
 *
 * @throws {TypeError} for a value JSON cannot hold, naming its path.
 */
export function writeCanonicalPieces(value: unknown, emit: (piece: string) => void): void {
  try {
    writeWalked(value, emit);
  } catch (error) {
    // Only the reference writer knows the path of what JSON cannot hold: let it say so from the top.
    if (error instanceof NotJson) writeCanonicalJson(value);
    throw error;
  }
}

class NotJson extends Error {}

function writeWalked(value: unknown, emit: (piece: string) => void): void {
  if (Array.isArray(value)) {
    emit("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) emit(",");
      emit(piece(value[i]));
    }
    emit("]");
    return;
  }
  if (value === null || typeof value !== "object") {
    emit(piece(value));
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(record);
  if (keys === undefined) {
    emit(piece(value));
    return;
  }
  emit("{");
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    emit(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    writeWalked(item, emit);
  }
  emit("}");
}

/** One value's canonical JSON in one string. */
function piece(value: unknown): string {
  const copy = value === undefined ? UNUSUAL : sortedCopy(value);
  if (copy !== UNUSUAL) return JSON.stringify(copy);
  try {
    return writeCanonicalJson(value);
  } catch {
    throw new NotJson();
  }
}

/** Marks a value the sorted copy cannot stand for. */
const UNUSUAL: unique symbol = Symbol("unusual");

/**
 * A copy of `value` with every object's keys inserted in sorted order, or UNUSUAL when JSON.stringify of
 * the copy would not give canonical JSON: engines write integer-like keys ("7", "10") first and in numeric
 * order whatever the insertion order; a `__proto__` key cannot be set by assignment; and values JSON
 * cannot hold must be refused with their path, which only the reference writer reports.
 */
function sortedCopy(value: unknown): unknown {
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : UNUSUAL;
  if (typeof value !== "object") return UNUSUAL;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = value[i] === undefined ? UNUSUAL : sortedCopy(value[i]);
      if (item === UNUSUAL) return UNUSUAL;
      copy[i] = item;
    }
    return copy;
  }
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(record);
  if (keys === undefined) return UNUSUAL;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    const itemCopy = sortedCopy(item);
    if (itemCopy === UNUSUAL) return UNUSUAL;
    copy[key] = itemCopy;
  }
  return copy;
}

/** The object's keys in canonical order, or undefined when one of them cannot go through a copy. */
function sortedKeys(record: Record<string, unknown>): string[] | undefined {
  const keys = Object.keys(record);
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (isIntegerLike(key) || key === "__proto__") return undefined;
    if (i > 0 && (keys[i - 1] as string) > key) sorted = false;
  }
  return sorted ? keys : keys.sort();
}

/** Keys an engine may treat as array indices; "0", "10" yes, "E10", "007" no. */
function isIntegerLike(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(?:0|[1-9][0-9]*)$/.test(key);
}
