import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applicationJsonSchema,
  calculate,
  calculationJsonSchema,
  TRACE_SCHEMA_VERSION,
  verify,
} from "../../src/index.js";
import { calculationSchema } from "../../src/audit/calculation-schema.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { validApplication } from "../support.js";
import { validate } from "./json-schema-validator.js";
import { schemaFiles } from "./schema-files.js";

const fixtures = loadFixtures();
const asJson = (value: unknown): any => JSON.parse(JSON.stringify(value));

describe("the published Calculation schema", () => {
  it("is versioned: the schema fixes trace.schemaVersion to the current version", () => {
    expect(TRACE_SCHEMA_VERSION).toBe("4");
    expect(calculationJsonSchema.title).toBe("Calculation (trace schemaVersion 4)");
    const trace = (calculationJsonSchema.properties as any).trace.properties;
    expect(trace.schemaVersion).toEqual({ type: "string", const: "4" });
  });

  for (const fixture of fixtures) {
    it(`validates the output of fixtures/${fixture.file}, as JSON Schema and as zod`, () => {
      const output = asJson(calculate(fixture.input));
      expect(validate(calculationJsonSchema, output)).toEqual([]);
      expect(calculationSchema.safeParse(output).success).toBe(true);
    });
  }

  it("validates each fixture's input against the input schema", () => {
    for (const fixture of fixtures) expect(validate(applicationJsonSchema, fixture.input), fixture.file).toEqual([]);
  });

  it("rejects a calculation with an unknown field, a wrong type, a missing digest, a bad pattern or another version", () => {
    const base = asJson(calculate(validApplication()));
    const edits: [string, (c: any) => void, string][] = [
      ["extra field", (c) => (c.lines[0].comment = "x"), "$.lines[0].comment"],
      ["wrong type", (c) => (c.allocation.totalYen = 7100000), "$.allocation.totalYen"],
      ["missing digest", (c) => delete c.trace.digests.result, "$.trace.digests.result"],
      ["bad pattern", (c) => (c.lines[0].amountYen = "1,200,000"), "$.lines[0].amountYen"],
      ["old version", (c) => (c.trace.schemaVersion = "1"), "$.trace.schemaVersion"],
      ["unknown disposition", (c) => (c.lines[0].disposition = "partly"), "$.lines[0].disposition"],
    ];
    for (const [what, edit, path] of edits) {
      const c = structuredClone(base);
      edit(c);
      expect(
        validate(calculationJsonSchema, c).map((e) => e.path),
        what,
      ).toContain(path);
      expect(calculationSchema.safeParse(c).success, what).toBe(false);
      expect(verify(c).ok, what).toBe(false);
    }
  });

  it("is the committed file in docs/schema/ (run `npx tsx scripts/write-schemas.ts` after a format change)", () => {
    for (const file of schemaFiles()) expect(readFileSync(file.url, "utf8"), file.url.pathname).toBe(file.text);
  });
});
