import { MAX_NODES } from "../../schema/structure-guard.js";

/*
 * Shape checks for the fast reader. It accepts only values it can read as plainly as JSON.parse makes
 * them; anything else (other prototypes, hidden or extra properties, holes) sends the input to the full
 * validator, which then decides.
 */

const OBJECT_PROTOTYPE = Object.prototype;
const ARRAY_PROTOTYPE = Array.prototype;
const prototypeOf = Object.getPrototypeOf;
const ownNames = Object.getOwnPropertyNames;

/**
 * The own string keys of a plain object (prototype `Object.prototype` or none), enumerable or not, or
 * null. Own keys include any `__proto__`, `constructor` or `prototype`, which no reader knows, so they fail it.
 */
export function plainKeys(value: unknown): string[] | null {
  if (typeof value !== "object" || value === null) return null;
  const prototype: unknown = prototypeOf(value);
  return prototype === OBJECT_PROTOTYPE || prototype === null ? ownNames(value) : null;
}

/**
 * An array with only its elements and `length` as own properties: no holes, nothing hung on it; and no
 * longer than the structure guard's value limit (checked first: listing the names of a longer one is
 * the cost the limit exists to avoid).
 */
export function isPlainArray(value: unknown): value is readonly unknown[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_NODES &&
    prototypeOf(value) === ARRAY_PROTOTYPE &&
    ownNames(value).length === value.length + 1
  );
}

/**
 * True unless something has added enumerable properties to `Object.prototype`: the schema's `for…in`
 * would then see unknown keys on every object, which the fast reader (reading own keys) would not.
 */
export function objectPrototypeIsClean(): boolean {
  for (const _ in {}) return false;
  return true;
}
