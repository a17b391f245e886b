import { z } from "zod";
import { activityIds, itemIds } from "../catalog/index.js";
import { TRACE_SCHEMA_VERSION, type Calculation } from "../calculate/calculation.js";
import { FIRST_RULES } from "../rules/index.js";
import { rulesets } from "../rulesets/index.js";
import {
  ALLOCATION_RULE_IDS,
  BODY_KINDS,
  LINE_RULE_IDS,
  MEASURES,
  OTHER_MEASURES,
  PURPOSES,
  POSTS,
  REVIEW_CODES,
  SPECIFIC_REVENUE_PARTS,
} from "../trace/names.js";

/*
 * The Calculation format as a zod schema, from which the published JSON Schema is generated. Strict
 * objects throughout: a field the schema does not know is a format change, so it must bump
 * TRACE_SCHEMA_VERSION and regenerate docs/schema/ (a test fails until it does).
 */

const digits = z
  .string()
  .regex(/^(?:0|[1-9][0-9]*)$/)
  .describe("Integer yen as plain digits.");
const decimal = z
  .string()
  .regex(/^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/)
  .describe("A non-negative decimal in plain notation (no exponent, no separators).");
const hex64 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe("SHA-256, lowercase hex.");
const bilingual = z.strictObject({ ja: z.string(), en: z.string() });
const purpose = z.enum(PURPOSES);
const measure = z.enum(MEASURES);
const post = z.enum(POSTS);
const reviewCode = z.enum(REVIEW_CODES);
const lineRule = z.enum(LINE_RULE_IDS);
const specificRevenue = z
  .strictObject(Object.fromEntries(SPECIFIC_REVENUE_PARTS.map((p) => [p, digits.optional()])))
  .describe("特定財源 by part, integer yen as plain digits.");
const alsoClaimedUnder = z.array(z.enum(OTHER_MEASURES));
const stepRule = z.enum([...lineRule.options, ...ALLOCATION_RULE_IDS]);
/** Every item of every built-in ruleset (a year may add items: FY2026's ふるさと住民 track). */
const item = z.enum([
  ...new Set([...itemIds, ...Object.values(rulesets).flatMap((r) => r.catalog.items.map((i) => i.id))]),
] as [string, ...string[]]);
const activity = z.enum(activityIds as [string, ...string[]]);
const weights = z.strictObject({ dualResidence: decimal, migration: decimal });
/** The facts as the rule units' own fragments state them (the first year's units: the shapes every year keeps). */
const facts = {
  system: FIRST_RULES.fn1.facts.schema,
  facility: FIRST_RULES.fn2.facts.schema,
  regionalStudy: FIRST_RULES.fn4.facts.schema,
};

/** The canonical application `calculate` embeds in `trace.input` (not the looser input format). */
const canonicalApplication = z.strictObject({
  fiscalYear: z.number().int(),
  body: z.strictObject({
    code: z.string().regex(/^[0-9]{6}$/),
    name: z.string().optional(),
    kind: z.enum(BODY_KINDS).optional(),
    fiscalCapabilityIndex: decimal.optional(),
    fiscalCapabilityYears: z
      .array(z.strictObject({ revenue: decimal, need: decimal }))
      .length(3)
      .optional(),
  }),
  projects: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string().optional(),
      primaryPurpose: purpose.optional(),
      purposeWeights: weights.optional(),
      expenses: z.array(
        z.strictObject({
          id: z.string(),
          item,
          amount: digits,
          specificRevenue: specificRevenue.optional(),
          alsoClaimedUnder: alsoClaimedUnder.optional(),
          description: z.string().optional(),
          cashHandout: z.boolean().optional(),
          system: facts.system.optional(),
          facility: facts.facility.optional(),
          regionalStudy: facts.regionalStudy.optional(),
        }),
      ),
    }),
  ),
  coordinators: z.array(
    z.strictObject({
      id: z.string(),
      person: z.string(),
      name: z.string().optional(),
      post,
      cost: digits,
      specificRevenue: specificRevenue.optional(),
      alsoClaimedUnder: alsoClaimedUnder.optional(),
      primaryPurpose: purpose.optional(),
      purposeWeights: weights.optional(),
      activities: z.array(activity),
      regionalStudy: facts.regionalStudy.optional(),
      description: z.string().optional(),
      track: z.literal("furusato-resident").optional(),
    }),
  ),
});

const line = z.strictObject({
  id: z.string(),
  kind: z.enum(["expense", "coordinator"]),
  projectId: z.string().optional(),
  item: item.optional(),
  person: z.string().optional(),
  post: post.optional(),
  activities: z.array(activity).optional(),
  measure: measure.describe("Where ※5 sent the line, or the ふるさと住民 track (FY2026, provisional)."),
  amountYen: digits,
  specificRevenueYen: digits,
  specificRevenue: specificRevenue.optional(),
  ownBurdenYen: digits.describe("amountYen − specificRevenueYen = eligibleYen + excludedYen."),
  disposition: z.enum(["eligible", "excluded", "capped"]),
  eligibleYen: digits,
  excludedYen: digits,
  rules: z.array(lineRule),
  needsReview: z.array(reviewCode),
});

const step = z.strictObject({
  id: z
    .string()
    .describe('Unique in the trace; "lines/unchanged" holds every expense line no rule changed (id → amountYen).'),
  rule: stepRule,
  cite: z.string().describe("The key of the step's source in trace.sources."),
  subject: z.string(),
  inputs: z.record(z.string(), z.string()),
  output: z.record(z.string(), z.string()),
  needsReview: z.strictObject({ code: reviewCode }).optional().describe("Its words are in review[]."),
});

const source = z.strictObject({
  text: z.string().describe('The source as one line: "seed ※2".'),
  source: z.enum(["seed", "ordinance", "data", "audit", "press", "arithmetic"]),
  ref: z.string(),
  inference: z.boolean(),
  note: z.string().optional(),
  noteJa: z.string().optional(),
});

/**
 * The whole `Calculation` of the current `TRACE_SCHEMA_VERSION`, as a zod schema (strict objects).
 *
 * Internal: the package exports the JSON Schema generated from it (`calculationJsonSchema`).
 */
export const calculationSchema = z
  .strictObject({
    fiscalYear: z.number().int(),
    body: z.strictObject({
      code: z.string().regex(/^[0-9]{6}$/),
      name: z.string().optional(),
      kind: z.enum(BODY_KINDS),
    }),
    fiscalCorrection: z.strictObject({ index: decimal, coefficient: decimal }),
    allocation: z.strictObject({
      projectCostYen: digits,
      specificRevenueYen: digits,
      ownBurdenYen: digits,
      eligibleCostsYen: decimal,
      measureCostsYen: decimal,
      coordinatorsYen: decimal,
      totalYen: decimal,
      totalThousandYen: digits,
      migration: z.strictObject({
        projectCostYen: digits,
        specificRevenueYen: digits,
        ownBurdenYen: digits,
        eligibleCostsYen: decimal,
        costsYen: decimal,
        coordinatorsYen: decimal,
        totalYen: decimal,
        totalThousandYen: digits,
      }),
      furusatoResident: z
        .strictObject({
          projectCostYen: digits,
          specificRevenueYen: digits,
          ownBurdenYen: digits,
          eligibleCostsYen: decimal,
          cappedCostsYen: decimal,
          costsYen: decimal,
          coordinatorsYen: decimal,
          totalYen: decimal,
          totalThousandYen: digits,
        })
        .optional(),
    }),
    lines: z.array(line),
    review: z.array(z.strictObject({ stepId: z.string(), subject: z.string(), code: reviewCode, note: bilingual })),
    caveats: z.array(bilingual),
    trace: z.strictObject({
      schemaVersion: z.literal(TRACE_SCHEMA_VERSION),
      rulesetId: z.string(),
      digests: z.strictObject({ algorithm: z.literal("SHA-256"), input: hex64, ruleset: hex64, result: hex64 }),
      input: canonicalApplication,
      sources: z.record(z.string(), source),
      steps: z.array(step),
    }),
  })
  .meta({
    title: `Calculation (trace schemaVersion ${TRACE_SCHEMA_VERSION})`,
    description:
      "The result of calculate() in dual-residence-allocation: the allocation, every line's disposition, and the trace that proves them.",
  });

// Every Calculation the types allow fits the schema's type (a field typed differently here fails the typecheck);
// a field the schema lacks fails the fixture test, since every object is strict.
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a check for the typechecker only
const _described: z.output<typeof calculationSchema> = {} as Mutable<Calculation> & {
  trace: { schemaVersion: typeof TRACE_SCHEMA_VERSION };
};

/**
 * The Calculation format as a plain JSON Schema (draft 2020-12), for auditors' tools and other languages.
 * It fixes `trace.schemaVersion` to the current version; docs/schema/calculation.schema.json is this
 * object, written by `scripts/write-schemas.ts`.
 *
 * @example
 * ```ts
 * calculationJsonSchema.$schema;   //=> "https://json-schema.org/draft/2020-12/schema"
 * calculationJsonSchema.title;     //=> "Calculation (trace schemaVersion 4)"
 * ```
 * @category Schema
 */
export const calculationJsonSchema: Record<string, unknown> = /* @__PURE__ */ z.toJSONSchema(calculationSchema, {
  io: "output",
});
