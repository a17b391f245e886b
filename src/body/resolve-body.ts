import { kindOfCode } from "./body-code.js";
import type { Body } from "./body.js";
import { registeredBody } from "./registry.js";
import type { BodyKind } from "../trace/names.js";

/**
 * The body as a calculation states it: its code, its kind (as given, else what the code says: prefecture
 * codes are NN000 + check digit; the input checks hold a given kind to the code) and its name (as given;
 * the registry's when the body left the registry to supply its kind or 財政力指数, i.e. gave little more
 * than its code).
 */
export function resolveBody(body: Body): { code: string; name?: string; kind: BodyKind } {
  const byCode =
    body.kind === undefined || (body.fiscalCapabilityIndex === undefined && body.fiscalCapabilityYears === undefined);
  const name = body.name ?? (byCode ? registeredBody(body.code)?.name : undefined);
  return { code: body.code, ...(name !== undefined && { name }), kind: body.kind ?? kindOfCode(body.code) };
}
