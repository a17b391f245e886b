/**
 * A small JSON Schema (draft 2020-12) validator for the keywords the published schemas use. Any other
 * keyword throws, so a schema that grows a keyword this cannot check fails loudly instead of passing.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["$schema", "title", "description"]);
const CHECKED = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "pattern",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "propertyNames",
  "allOf",
]);

export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

export function validate(schema: Schema, value: unknown, path = "$"): SchemaError[] {
  const errors: SchemaError[] = [];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !CHECKED.has(key))
      throw new Error(`validator: keyword "${key}" at ${path} is not supported`);
  }
  const fail = (message: string) => errors.push({ path, message });
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => hasType(value, t)))
      fail(`expected ${types.join(" or ")}, got ${(JSON.stringify(value) as string | undefined)?.slice(0, 40)}`);
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value)))
    fail(`not one of ${JSON.stringify(schema.enum)}`);
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value))
    fail(`expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.allOf))
    for (const part of schema.allOf as Schema[]) errors.push(...validate(part, value, path));
  if (typeof value === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
      fail(`"${value}" does not match ${schema.pattern}`);
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- JSON Schema's lengths count code points, as a spread does
    const length = [...value].length;
    if (typeof schema.minLength === "number" && length < schema.minLength) fail(`shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && length > schema.maxLength) fail(`longer than ${schema.maxLength}`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) fail(`above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      fail(`fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      fail(`more than ${schema.maxItems} items`);
    if (schema.items !== undefined)
      value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in value)) errors.push({ path: `${path}.${key}`, message: "required" });
    for (const [key, item] of Object.entries(value)) {
      if (schema.propertyNames !== undefined)
        errors.push(...validate(schema.propertyNames as Schema, key, `${path}.${key} (name)`));
      const sub = properties[key];
      if (sub) errors.push(...validate(sub, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push({ path: `${path}.${key}`, message: "not allowed" });
      else if (isObject(schema.additionalProperties))
        errors.push(...validate(schema.additionalProperties, item, `${path}.${key}`));
    }
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      throw new Error(`validator: type "${type}" is not supported`);
  }
}
