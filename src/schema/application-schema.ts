import { z } from "zod";
import { activityIds, itemIds } from "../catalog/index.js";
import { readNonNegativeDecimal, readYen } from "../money/index.js";
import { bodyCodeProblem } from "../body/body-code.js";
import { readFiscalYear } from "../rulesets/fiscal-year.js";

/*
 * The input's shape. Checks that need more than one field (facts an item requires, purposes, unique ids,
 * the ruleset of the year) live in semantic-checks.ts, which runs even where the shape is broken, so that
 * one InputError lists every problem at once.
 */

export const ID = /^[^\s/\\]{1,100}$/u;

const typeError = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `required: give ${expected}` : `expected ${expected}, got ${describe(issue.input)}`;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value).slice(0, 30)}`;
}

const idSchema = z
  .string({ error: typeError("an id string (1–100 characters, no spaces or slashes)") })
  .regex(ID, { error: "ids are 1–100 characters with no spaces, '/' or '\\'" })
  // Line ids key the trace's sum steps; "__proto__" as a key would vanish there (and pollute naive readers).
  .refine((id) => id !== "__proto__", {
    error: 'the id "__proto__" is reserved (it names object prototypes); choose another id',
  });
const textSchema = (max: number) =>
  z.string({ error: typeError("a string") }).max(max, { error: `at most ${max} characters` });
const flag = z.boolean({ error: typeError("true or false") });

/** Integer yen: a digit string ("1200000", "1,200,000") or a safe non-negative integer. */
export const amountSchema = z
  .union([z.string(), z.number()], { error: typeError('integer yen, e.g. "1200000"') })
  .superRefine((value, ctx) => {
    const read = readYen(value);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.problem.message, params: { code: "invalid_amount" } });
  });

const decimalSchema = (what: string, code: "invalid_fci" | "invalid_decimal") =>
  z
    .union([z.string(), z.number()], { error: typeError(`${what} as a decimal string, e.g. "0.45"`) })
    .superRefine((value, ctx) => {
      const read = readNonNegativeDecimal(value, what);
      if (!read.ok) ctx.addIssue({ code: "custom", message: read.message, params: { code } });
    });

export const fiscalYearSchema = z
  .union([z.number(), z.string()], { error: typeError('2025, "FY2025", "R7" or "令和7年度"') })
  .superRefine((value, ctx) => {
    const read = readFiscalYear(value);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.message, params: { code: "unsupported_fiscal_year" } });
  });

const purposeSchema = z.enum(["dual-residence", "migration"], {
  error: (i) =>
    `primaryPurpose must be "dual-residence" (二地域居住・関係人口) or "migration" (移住・定住), got ${describe(i.input)}`,
});
const purposeWeightsSchema = z.strictObject(
  {
    /** Weight of dual residence and relationship population (二地域居住・関係人口). */
    dualResidence: decimalSchema("purposeWeights.dualResidence", "invalid_decimal"),
    /** Weight of migration and settlement (移住・定住). */
    migration: decimalSchema("purposeWeights.migration", "invalid_decimal"),
  },
  { error: typeError("an object { dualResidence, migration } of non-negative weights") },
);

const regionalStudySchema = z.strictObject(
  {
    /** ※4 (a): its main purpose is taking in students from outside the region. */
    takesOutsideStudents: flag,
    /** ※4 (b): it is mainly about making the school attractive (学校魅力化). */
    mainlySchoolAppeal: flag,
    /** ※4 (c): it is placed in the body's 地方創生総合戦略 or a like plan. */
    inStrategyPlan: flag,
  },
  { error: typeError("an object { takesOutsideStudents, mainlySchoolAppeal, inStrategyPlan } of true/false") },
);

export const expenseSchema = z.strictObject(
  {
    /** Unique among all expenses and coordinators. */
    id: idSchema,
    /** A catalog item id (docs/rules.md). */
    item: z.enum(itemIds as [string, ...string[]], {
      error: (i) =>
        `unknown item ${describe(i.input)}; use an id of the catalog (e.g. "information.consultation-events"), or "<pillar>.other" with a description`,
    }),
    /** Integer yen: "1200000", "1,200,000" or a safe integer. */
    amount: amountSchema,
    /** What it is; required for `*.other` items. */
    description: textSchema(2000).optional(),
    /** ※3: money handed to dual residents (required for reception.jobs-and-side-jobs and `*.other`). */
    cashHandout: flag.optional(),
    /** ※1, for information.registration-system. */
    system: z
      .strictObject({
        /** 構築 (build) or 維持 (upkeep). */
        phase: z.enum(["build", "upkeep"], { error: () => 'system.phase must be "build" (構築) or "upkeep" (維持)' }),
        /** Within デジタル活用推進事業債's scope (required for build). */
        digitalBondCovers: flag.optional(),
      })
      .optional(),
    /** ※2, for opportunity.facilities. */
    facility: z
      .strictObject({
        /** 民間事業者 (private) or 地方自治体 (government). */
        implementer: z.enum(["private", "government"], {
          error: () => 'facility.implementer must be "private" (民間事業者) or "government" (地方自治体)',
        }),
        /** 新築 (new) or 改修 (renovation). */
        work: z.enum(["new", "renovation"], {
          error: () => 'facility.work must be "new" (新築) or "renovation" (改修)',
        }),
        /** Within 地域活性化事業債's scope (required for government work). */
        regionalBondCovers: flag.optional(),
      })
      .optional(),
    /** ※4, for opportunity.regional-study-programs. */
    regionalStudy: regionalStudySchema.optional(),
  },
  { error: typeError("an expense object { id, item, amount, … }") },
);

export const coordinatorSchema = z.strictObject(
  {
    /** Unique among all expenses and coordinators. */
    id: idSchema,
    /** Any stable key for the person: records of one person share a cap. */
    person: textSchema(100).min(1, {
      error: "person must name the coordinator (any stable key: records of one person are summed)",
    }),
    /** The person's name, for people. */
    name: textSchema(200).optional(),
    /** 専任 (full-time) or 兼任 (concurrent). */
    post: z.enum(["full-time", "concurrent"], {
      error: () => 'post must be "full-time" (専任) or "concurrent" (兼任)',
    }),
    /** Integer yen for the fiscal year. */
    cost: amountSchema,
    /** ※5; exactly one of this and purposeWeights. */
    primaryPurpose: purposeSchema.optional(),
    /** ※5: the larger weight takes the record. */
    purposeWeights: purposeWeightsSchema.optional(),
    /** What the coordinator does (1–5 activity ids). */
    activities: z
      .array(
        z.enum(activityIds as [string, ...string[]], {
          error: (i) => `unknown activity ${describe(i.input)}; use one of ${activityIds.join(", ")}`,
        }),
        {
          error: typeError("a list of activities"),
        },
      )
      .min(1, { error: 'list at least one activity, e.g. ["consultation-and-living-support"]' })
      .max(5),
    /** ※4, required with regional-study-support. */
    regionalStudy: regionalStudySchema.optional(),
    /** Required with the activity "other". */
    description: textSchema(2000).optional(),
  },
  { error: typeError("a coordinator object { id, person, post, cost, primaryPurpose, activities }") },
);

export const projectSchema = z.strictObject(
  {
    /** Unique among projects. */
    id: idSchema,
    /** Its name, for people. */
    name: textSchema(200).optional(),
    /** ※5; exactly one of this and purposeWeights. */
    primaryPurpose: purposeSchema.optional(),
    /** ※5: the larger weight takes the project. */
    purposeWeights: purposeWeightsSchema.optional(),
    /** Its expenses. */
    expenses: z.array(expenseSchema, { error: typeError("a list of expenses") }),
  },
  { error: typeError("a project object { id, primaryPurpose, expenses }") },
);

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
    name: textSchema(200).optional(),
    /** "municipality" (市町村) or "prefecture" (都道府県). */
    kind: z.enum(["municipality", "prefecture"], {
      error: () => 'kind must be "municipality" (市町村) or "prefecture" (都道府県)',
    }),
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
export const applicationSchema = z.strictObject(
  {
    /** 2025, "FY2025", "R7" or "令和7年度". */
    fiscalYear: fiscalYearSchema,
    /** The body (団体). */
    body: bodySchema,
    /** Its projects (事業) and their expenses. */
    projects: z.array(projectSchema, { error: typeError("a list of projects") }).optional(),
    /** Its coordinator records. */
    coordinators: z.array(coordinatorSchema, { error: typeError("a list of coordinators") }).optional(),
  },
  { error: typeError("an application object { fiscalYear, body, projects, coordinators }") },
);

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
