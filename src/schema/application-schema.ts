import { z } from "zod";
import { activityIds, itemIds } from "../catalog/index.js";
import { readNonNegativeDecimal, readYen } from "../money/index.js";
import { bodyCodeProblem } from "../body/body-code.js";
import { readFiscalYear } from "./fiscal-year.js";

/*
 * The input's shape. Checks that need more than one field (facts an item requires, purposes, unique ids,
 * the ruleset of the year) live in semantic-checks.ts, which runs even where the shape is broken, so that
 * one InputError lists every problem at once.
 */

const ID = /^[^\s/\\]{1,100}$/u;

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
  .regex(ID, { error: "ids are 1–100 characters with no spaces, '/' or '\\'" });
const textSchema = (max: number) => z.string({ error: typeError("a string") }).max(max, { error: `at most ${max} characters` });
const flag = z.boolean({ error: typeError("true or false") });

/** Integer yen: a digit string ("1200000", "1,200,000") or a safe non-negative integer. */
export const amountSchema = z
  .union([z.string(), z.number()], { error: typeError("integer yen, e.g. \"1200000\"") })
  .superRefine((value, ctx) => {
    const read = readYen(value);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.problem.message, params: { code: "invalid_amount" } });
  });

const decimalSchema = (what: string, code: "invalid_fci" | "invalid_decimal") =>
  z.union([z.string(), z.number()], { error: typeError(`${what} as a decimal string, e.g. "0.45"`) }).superRefine((value, ctx) => {
    const read = readNonNegativeDecimal(value, what);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.message, params: { code } });
  });

export const fiscalYearSchema = z.union([z.number(), z.string()], { error: typeError('2025, "FY2025", "R7" or "令和7年度"') }).superRefine((value, ctx) => {
  const read = readFiscalYear(value);
  if (!read.ok) ctx.addIssue({ code: "custom", message: read.message, params: { code: "unsupported_fiscal_year" } });
});

const purposeSchema = z.enum(["dual-residence", "migration"], {
  error: (i) => `primaryPurpose must be "dual-residence" (二地域居住・関係人口) or "migration" (移住・定住), got ${describe(i.input)}`,
});
const purposeWeightsSchema = z.strictObject({
  dualResidence: decimalSchema("purposeWeights.dualResidence", "invalid_decimal"),
  migration: decimalSchema("purposeWeights.migration", "invalid_decimal"),
});

const regionalStudySchema = z.strictObject({
  takesOutsideStudents: flag,
  mainlySchoolAppeal: flag,
  inStrategyPlan: flag,
});

export const expenseSchema = z.strictObject({
  id: idSchema,
  item: z.enum(itemIds as [string, ...string[]], {
    error: (i) => `unknown item ${describe(i.input)}; use an id of the catalog (e.g. "information.consultation-events"), or "<pillar>.other" with a description`,
  }),
  amount: amountSchema,
  description: textSchema(2000).optional(),
  cashHandout: flag.optional(),
  system: z
    .strictObject({
      phase: z.enum(["build", "upkeep"], { error: () => 'system.phase must be "build" (構築) or "upkeep" (維持)' }),
      digitalBondCovers: flag.optional(),
    })
    .optional(),
  facility: z
    .strictObject({
      implementer: z.enum(["private", "government"], { error: () => 'facility.implementer must be "private" (民間事業者) or "government" (地方自治体)' }),
      work: z.enum(["new", "renovation"], { error: () => 'facility.work must be "new" (新築) or "renovation" (改修)' }),
      regionalBondCovers: flag.optional(),
    })
    .optional(),
  regionalStudy: regionalStudySchema.optional(),
});

export const coordinatorSchema = z.strictObject({
  id: idSchema,
  person: textSchema(100).min(1, { error: "person must name the coordinator (any stable key: records of one person are summed)" }),
  name: textSchema(200).optional(),
  post: z.enum(["full-time", "concurrent"], { error: () => 'post must be "full-time" (専任) or "concurrent" (兼任)' }),
  cost: amountSchema,
  primaryPurpose: purposeSchema.optional(),
  purposeWeights: purposeWeightsSchema.optional(),
  activities: z
    .array(z.enum(activityIds as [string, ...string[]], { error: (i) => `unknown activity ${describe(i.input)}; use one of ${activityIds.join(", ")}` }), {
      error: typeError("a list of activities"),
    })
    .min(1, { error: "list at least one activity, e.g. [\"consultation-and-living-support\"]" })
    .max(5),
  regionalStudy: regionalStudySchema.optional(),
  description: textSchema(2000).optional(),
});

export const projectSchema = z.strictObject({
  id: idSchema,
  name: textSchema(200).optional(),
  primaryPurpose: purposeSchema.optional(),
  purposeWeights: purposeWeightsSchema.optional(),
  expenses: z.array(expenseSchema, { error: typeError("a list of expenses") }),
});

const fiscalYearEntrySchema = z.strictObject({
  revenue: decimalSchema("revenue (基準財政収入額)", "invalid_fci"),
  need: decimalSchema("need (基準財政需要額)", "invalid_fci"),
});

export const bodySchema = z.strictObject({
  code: z.string({ error: typeError('the 6-digit 全国地方公共団体コード, e.g. "042056"') }).superRefine((code, ctx) => {
    const problem = bodyCodeProblem(code);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { code: problem.code } });
  }),
  name: textSchema(200).optional(),
  kind: z.enum(["municipality", "prefecture"], { error: () => 'kind must be "municipality" (市町村) or "prefecture" (都道府県)' }),
  fiscalCapabilityIndex: decimalSchema("fiscalCapabilityIndex (財政力指数)", "invalid_fci").optional(),
  fiscalCapabilityYears: z
    .array(fiscalYearEntrySchema, { error: typeError("three { revenue, need } entries") })
    .length(3, { error: "give exactly three years (the three previous years' 基準財政収入額 and 基準財政需要額)" })
    .optional(),
});

/** The application (input) schema. Parse with `parseApplication`, which adds the cross-field checks. */
export const applicationSchema = z.strictObject({
  fiscalYear: fiscalYearSchema,
  body: bodySchema,
  projects: z.array(projectSchema, { error: typeError("a list of projects") }).optional(),
  coordinators: z.array(coordinatorSchema, { error: typeError("a list of coordinators") }).optional(),
});

/** The application as written (amounts still strings or numbers). */
export type ApplicationInput = z.input<typeof applicationSchema>;
