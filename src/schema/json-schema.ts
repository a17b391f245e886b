import { z } from "zod";
import { amountSchema, applicationSchema } from "./application-schema.js";

/**
 * The input format as a plain JSON Schema (draft 2020-12), for forms and other languages.
 *
 * It states the shape; cross-field rules (facts an item requires, unique ids, check digit) are checked by
 * the library. `dra schema input` prints it.
 *
 * @example
 * ```ts
 * import { applicationJsonSchema } from "dual-residence-allocation";
 *
 * applicationJsonSchema.$schema;                        //=> "https://json-schema.org/draft/2020-12/schema"
 * Object.keys(applicationJsonSchema.properties ?? {});  //=> ["fiscalYear", "body", "projects", "coordinators"]
 * ```
 * @category Schema
 */
export const applicationJsonSchema: Record<string, unknown> = /* @__PURE__ */ z.toJSONSchema(applicationSchema, {
  io: "input",
  override: (ctx) => {
    if (ctx.zodSchema === amountSchema) {
      ctx.jsonSchema.description =
        'Integer yen: digits ("1200000"), digits with thousands separators ("1,200,000"), or a safe non-negative integer.';
    }
  },
});
