import { z } from "zod";
import { bodyCodeProblem } from "../body/body-code.js";
import { amountSchema, decimalSchema, describeValue as describe, textSchema, typeError } from "../rules/fact-schema.js";
import { readFiscalYear } from "../rulesets/fiscal-year.js";
import { closest } from "../text/closest.js";
import { PLAIN_TEXT, refusedTextMessage } from "../text/policy.js";
import { LATEST_RULESET, rulesets, type Ruleset } from "../rulesets/index.js";
import { POSTS } from "../trace/names.js";
import type { ItemId } from "./item-ids.js";
import type { CoordinatorActivityId } from "../catalog/types.js";

/*
 * The input's shape, built from a ruleset: its catalog names the items and activities, its rule units give
 * the fragments of the facts they read. Checks that need more than one field (facts an item requires, purposes, unique ids,
 * the ruleset of the year) live in semantic-checks.ts, which runs even where the shape is broken, so that
 * one InputError lists every problem at once.
 */

export const ID = /^[^\s/\\]{1,100}$/u;

const idSchema = z
  .string({ error: typeError("an id string (1–100 characters, no spaces or slashes)") })
  // The text policy first, alone: an id with a control character is told that, not also the id rule.
  .regex(PLAIN_TEXT, { error: (i) => refusedTextMessage("the id", i.input, false), abort: true })
  .regex(ID, { error: "ids are 1–100 characters with no spaces, '/' or '\\'" })
  // Line ids key the trace's sum steps; "__proto__" as a key would vanish there (and pollute naive readers).
  .refine((id) => id !== "__proto__", {
    error: 'the id "__proto__" is reserved (it names object prototypes); choose another id',
  });

export { amountSchema };

export const fiscalYearSchema = z
  .union([z.number(), z.string()], { error: typeError('2025, "FY2025", "R7" or "令和7年度"') })
  .superRefine((value, ctx) => {
    const read = readFiscalYear(value);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.message, params: { code: "unsupported_fiscal_year" } });
  });

/** The first later ruleset whose catalog has the item (an item a later year adds), if any. */
function laterRuleset(itemId: string, ruleset: Ruleset): Ruleset | undefined {
  return Object.values(rulesets)
    .filter((r) => r.fiscalYear > ruleset.fiscalYear)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .find((r) => r.catalog.findItem(itemId) !== undefined);
}

/**
 * The fragment of `item`: an id of the ruleset's catalog. Typed as {@link ItemId} (the built-in rulesets' ids)
 * for callers who write typed input; a ruleset made with `defineRuleset` may name other ids, which the
 * check accepts at run time all the same (its enum is the ruleset's own catalog).
 */
function itemSchema(itemIds: readonly string[], ruleset: Ruleset): z.ZodType<ItemId, ItemId> {
  const schema = z.enum(itemIds as [string, ...string[]], {
    error: (i) => {
      if (i.input === undefined)
        return 'required: give item, an id of the catalog (e.g. "information.consultation-events")';
      const later = typeof i.input === "string" ? laterRuleset(i.input, ruleset) : undefined;
      if (later)
        return `item ${JSON.stringify(i.input)} exists from FY${later.fiscalYear}; FY${ruleset.fiscalYear} has no such item: compute the application under FY${later.fiscalYear}, or choose an item of FY${ruleset.fiscalYear}`;
      const near = typeof i.input === "string" ? closest(i.input, itemIds) : undefined;
      return `unknown item ${describe(i.input)}; ${near ? `did you mean "${near}"? ` : ""}use an id of the catalog (e.g. "information.consultation-events"), or "<pillar>.other" with a description`;
    },
  });
  // A type, not a check: the enum above is the check (a z.enum of ItemId would also list 23 members in the API docs).
  return schema as unknown as z.ZodType<ItemId, ItemId>;
}

/** The shapes of one ruleset's expenses, coordinators and projects. */
function recordSchemas(ruleset: Ruleset) {
  const { catalog, rules } = ruleset;
  const itemIds = catalog.items.map((i) => i.id);
  const activityIds = catalog.coordinatorActivities.map((a) => a.id);
  const facts = {
    description: rules["other-item"].facts.schema,
    cashHandout: rules.fn3.facts.schema,
    system: rules.fn1.facts.schema,
    facility: rules.fn2.facts.schema,
    regionalStudy: rules.fn4.facts.schema,
    specificRevenue: rules["own-burden"].facts.schema,
    alsoClaimedUnder: rules["double-claim"].facts.schema,
  };
  const purpose = rules.fn5.facts.schemas;

  const expense = z.strictObject(
    {
      /** Unique among all expenses and coordinators. */
      id: idSchema,
      /** A catalog item id (docs/rules.md). */
      item: itemSchema(itemIds, ruleset),
      /** Integer yen: "1200000", "1,200,000" or a safe integer. */
      amount: amountSchema,
      /** 特定財源 funding this cost (国庫支出金, 都道府県支出金, 地方債, その他), integer yen; at most `amount`. */
      specificRevenue: facts.specificRevenue.optional(),
      /** Other 算定事項 the same cost is claimed under: the line is then out of this measure. */
      alsoClaimedUnder: facts.alsoClaimedUnder.optional(),
      /** What it is; required for `*.other` items (等). */
      description: facts.description.optional(),
      /** ※3: money handed to dual residents (required for reception.jobs-and-side-jobs and `*.other`). */
      cashHandout: facts.cashHandout.optional(),
      /** ※1, for information.registration-system. */
      system: facts.system.optional(),
      /** ※2, for opportunity.facilities. */
      facility: facts.facility.optional(),
      /** ※4, for opportunity.regional-study-programs. */
      regionalStudy: facts.regionalStudy.optional(),
    },
    { error: typeError("an expense object { id, item, amount, … }") },
  );

  const coordinator = z.strictObject(
    {
      /** Unique among all expenses and coordinators. */
      id: idSchema,
      /** Any stable key for the person: records of one person share a cap. */
      person: textSchema(100, "person").min(1, {
        error: "person must name the coordinator (any stable key: records of one person are summed)",
      }),
      /** The person's name, for people. */
      name: textSchema(200, "name").optional(),
      /** 専任 (full-time) or 兼任 (concurrent). */
      post: z.enum(POSTS, {
        error: () => 'post must be "full-time" (専任) or "concurrent" (兼任)',
      }),
      /** Integer yen for the fiscal year. */
      cost: amountSchema,
      /** 特定財源 funding this cost, integer yen; at most `cost`. */
      specificRevenue: facts.specificRevenue.optional(),
      /** Other 算定事項 the same cost is claimed under: the record is then out of this measure. */
      alsoClaimedUnder: facts.alsoClaimedUnder.optional(),
      /** ※5; exactly one of this and purposeWeights. */
      primaryPurpose: purpose.primaryPurpose.optional(),
      /** ※5: the larger weight takes the record. */
      purposeWeights: purpose.purposeWeights.optional(),
      /** What the coordinator does (1–5 activity ids). */
      activities: z
        .array(
          // Typed as the catalog's activity ids, so that a literal is checked at compile time (the enum checks it at run time).
          z.enum(activityIds as [string, ...string[]], {
            error: (i) => {
              const near = typeof i.input === "string" ? closest(i.input, activityIds) : undefined;
              return `unknown activity ${describe(i.input)}; ${near ? `did you mean "${near}"? ` : ""}use one of ${activityIds.join(", ")}`;
            },
          }) as unknown as z.ZodType<CoordinatorActivityId, CoordinatorActivityId>,
          {
            error: typeError("a list of activities"),
          },
        )
        .min(1, { error: 'list at least one activity, e.g. ["consultation-and-living-support"]' })
        .max(5),
      /** ※4, required with regional-study-support. */
      regionalStudy: facts.regionalStudy.optional(),
      /** Required with the activity "other" (等). */
      description: facts.description.optional(),
      /** "furusato-resident": a ふるさと住民コーディネーター (FY2026 on, provisional); then no purpose. */
      track: z
        .literal("furusato-resident", {
          error: (i) =>
            `unknown track ${describe(i.input)}; the only track is "furusato-resident" (ふるさと住民コーディネーター, FY2026 on)`,
        })
        .optional(),
    },
    { error: typeError("a coordinator object { id, person, post, cost, primaryPurpose, activities }") },
  );

  const project = z.strictObject(
    {
      /** Unique among projects. */
      id: idSchema,
      /** Its name, for people. */
      name: textSchema(200, "name").optional(),
      /** ※5; exactly one of this and purposeWeights. */
      primaryPurpose: purpose.primaryPurpose.optional(),
      /** ※5: the larger weight takes the project. */
      purposeWeights: purpose.purposeWeights.optional(),
      /** Its expenses. */
      expenses: z.array(expense, { error: typeError("a list of expenses") }),
    },
    { error: typeError("a project object { id, primaryPurpose, expenses }") },
  );
  return { expense, coordinator, project };
}

const fiscalYearEntrySchema = z.strictObject(
  {
    /** 基準財政収入額 of the year. */
    revenue: decimalSchema("revenue (基準財政収入額)", "invalid_fci"),
    /** 基準財政需要額 of the year. */
    need: decimalSchema("need (基準財政需要額)", "invalid_fci"),
  },
  { error: typeError("an object { revenue, need }") },
);

export const bodySchema = z.strictObject(
  {
    /** 全国地方公共団体コード, 6 digits with a correct check digit. */
    code: z
      .string({ error: typeError('the 6-digit 全国地方公共団体コード, e.g. "042056"') })
      .superRefine((code, ctx) => {
        const problem = bodyCodeProblem(code);
        if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { code: problem.code } });
      }),
    /** Its name, for people. */
    name: textSchema(200, "name").optional(),
    /** "municipality" (市町村) or "prefecture" (都道府県). */
    kind: z
      .enum(["municipality", "prefecture"], {
        error: () => 'kind must be "municipality" (市町村) or "prefecture" (都道府県)',
      })
      .optional(),
    /** 財政力指数; or give fiscalCapabilityYears. */
    fiscalCapabilityIndex: decimalSchema("fiscalCapabilityIndex (財政力指数)", "invalid_fci").optional(),
    /** The three previous years, to compute the 財政力指数 from. */
    fiscalCapabilityYears: z
      .array(fiscalYearEntrySchema, { error: typeError("three { revenue, need } entries") })
      .length(3, { error: "give exactly three years (the three previous years' 基準財政収入額 and 基準財政需要額)" })
      .optional(),
  },
  {
    error: typeError(
      'the body { code, kind, fiscalCapabilityIndex }, e.g. { "code": "042056", "kind": "municipality", "fiscalCapabilityIndex": "0.45" }',
    ),
  },
);

/**
 * The input's shape as a zod schema, for apps that build forms or validate with zod themselves.
 *
 * It checks the shape only; `calculate` also applies the cross-field rules (facts an item requires, unique
 * ids, the check digit's agreement with the kind, purposes) and reports every problem as an `InputError`.
 *
 * @example
 * ```ts
 * import { applicationSchema } from "dual-residence-allocation";
 *
 * applicationSchema.safeParse(application).success;   //=> true
 * applicationSchema.safeParse({ fiscalYear: 2025 }).success;   //=> false
 * ```
 * @category Schema
 */
export const applicationSchema = /* @__PURE__ */ applicationSchemaOf(LATEST_RULESET).application;

/** The application's shape under one ruleset: its catalog's items and activities, its rules' fact fragments. */
export function applicationSchemaOf(ruleset: Ruleset) {
  const { expense, coordinator, project } = recordSchemas(ruleset);
  const application = z.strictObject(
    {
      /** 2025, "FY2025", "R7" or "令和7年度". */
      fiscalYear: fiscalYearSchema,
      /** The body (団体). */
      body: bodySchema,
      /** Its projects (事業) and their expenses. */
      projects: z.array(project, { error: typeError("a list of projects") }).optional(),
      /** Its coordinator records. */
      coordinators: z.array(coordinator, { error: typeError("a list of coordinators") }).optional(),
    },
    { error: typeError("an application object { fiscalYear, body, projects, coordinators }") },
  );
  return { application, expense };
}

/** A ruleset's schemas: built once for the built-in rulesets (when the module loads), per call for another. */
const BUILT_IN_SCHEMAS: ReadonlyMap<Ruleset, ReturnType<typeof applicationSchemaOf>> = new Map(
  Object.values(rulesets).map((r) => [r, applicationSchemaOf(r)]),
);

/** The schemas the input of a ruleset is checked with. */
export function schemasOf(ruleset: Ruleset): ReturnType<typeof applicationSchemaOf> {
  return BUILT_IN_SCHEMAS.get(ruleset) ?? applicationSchemaOf(ruleset);
}

/**
 * The application as a caller writes it (amounts as strings or numbers, the fiscal year in any accepted
 * form): the TypeScript type of `calculate`'s input.
 *
 * @example
 * ```ts
 * const input: ApplicationInput = { fiscalYear: "R7",
 *   body: { code: "070009", kind: "prefecture", fiscalCapabilityIndex: 0.52158 } };
 * calculate(input).fiscalCorrection;   //=> { index: "0.52", coefficient: "0.95" }
 * ```
 * @category Schema
 */
export type ApplicationInput = z.input<typeof applicationSchema>;

/**
 * One expense line as a caller writes it (an element of `projects[].expenses`): the type `classifyExpense`
 * takes when given typed input.
 *
 * @example
 * ```ts
 * const expense: ExpenseInput = { id: "E1", item: "information.consultation-events", amount: 1200000 };
 * classifyExpense(expense).eligibleYen;   //=> "1200000"
 * ```
 * @category Schema
 */
export type ExpenseInput = NonNullable<ApplicationInput["projects"]>[number]["expenses"][number];

/**
 * One coordinator record as a caller writes it (an element of `coordinators`).
 *
 * @example
 * ```ts
 * const record: CoordinatorInput = { id: "C9", person: "B", post: "concurrent", cost: "300,000",
 *   primaryPurpose: "dual-residence", activities: ["planning"] };
 * calculate({ ...application, coordinators: [record] }).allocation.coordinatorsYen;   //=> "300000"
 * ```
 * @category Schema
 */
export type CoordinatorInput = NonNullable<ApplicationInput["coordinators"]>[number];
