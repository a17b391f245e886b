/**
 * Writes the published JSON Schemas: docs/schema/calculation.schema.json (the output, `calculationJsonSchema`)
 * and docs/schema/application.schema.json (the input, `applicationJsonSchema`). test/trace/schema.test.ts
 * fails while the committed files differ from what this writes.
 * Run: npx tsx scripts/write-schemas.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { schemaFiles } from "../test/trace/schema-files.js";

for (const file of schemaFiles()) {
  mkdirSync(new URL(".", file.url), { recursive: true });
  writeFileSync(file.url, file.text);
  process.stdout.write(`wrote ${file.url.pathname}\n`);
}
