import { applicationJsonSchema, calculationJsonSchema } from "../../src/index.js";

/** The published schema files and their exact text (2-space JSON, final newline). */
export function schemaFiles(): { url: URL; text: string }[] {
  const text = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
  return [
    { url: new URL("../../docs/schema/calculation.schema.json", import.meta.url), text: text(calculationJsonSchema) },
    { url: new URL("../../docs/schema/application.schema.json", import.meta.url), text: text(applicationJsonSchema) },
  ];
}
