import { sortIssues } from "./document-order.js";
import type { z } from "zod";
import { readNonNegativeDecimal, readYen } from "../money/index.js";
import { MISSING_FACT } from "../rules/fact-schema.js";
import type { Ruleset } from "../rulesets/index.js";
import type { Application, Coordinator, Expense, Project } from "./application.js";
import { LATEST_RULESET } from "../rulesets/index.js";
import { MULTILINE_TEXT, PLAIN_TEXT } from "../text/policy.js";
import { schemasOf, type ApplicationInput, type ExpenseInput } from "./application-schema.js";

import { readFiscalYear } from "../rulesets/fiscal-year.js";
import { formatPath, InputError, type InputIssue, type InputIssueCode } from "./input-error.js";
import { semanticIssues } from "./semantic-checks.js";
import { structureIssues } from "./structure-guard.js";

export type ParseResult = { ok: true; application: Application; ruleset: Ruleset } | { ok: false; error: InputError };

/**
 * The full validator: the structure guard, the zod schema and the cross-field checks, every problem at
 * once; the canonical application with its ruleset, or one InputError. Nothing is computed here.
 * (`validatedApplication` in src/calculate skips it for plainly valid input; tests hold the two equal.)
 */
export function parseApplication(input: unknown, rulesetOverride?: Ruleset): ParseResult {
  const guard = structureIssues(input);
  if (guard.length > 0) return { ok: false, error: new InputError(guard) };
  // The year's ruleset names the items and the facts; an unknown year is checked against the latest one.
  const semantic = semanticIssues(input, rulesetOverride);
  const shape = schemasOf(semantic.ruleset ?? rulesetOverride ?? LATEST_RULESET).application.safeParse(input);
  const issues = [...(shape.success ? [] : shape.error.issues.flatMap(fromZodIssue)), ...semantic.issues];
  if (issues.length > 0 || !shape.success || !semantic.ruleset) {
    return {
      ok: false,
      error: new InputError(
        sortIssues(
          issues.length > 0 ? issues : [{ path: "$", code: "invalid_type", message: "invalid application" }],
          input,
        ),
      ),
    };
  }
  return { ok: true, application: canonicalApplication(shape.data, semantic.ruleset), ruleset: semantic.ruleset };
}

export function fromZodIssue(issue: z.core.$ZodIssue): InputIssue[] {
  const path = issue.path;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: formatPath([...path, key]),
      code: "unknown_key" as const,
      message: `unknown field "${key}"; check its spelling against the input format (applicationJsonSchema)`,
    }));
  }
  return [{ path: formatPath(path), code: issueCode(issue), message: issue.message }];
}

/** The text policy's patterns: a value they refuse is `invalid_text` (an id refused for a space stays invalid_value). */
const TEXT_PATTERNS: ReadonlySet<string> = new Set([String(PLAIN_TEXT), String(MULTILINE_TEXT)]);

function issueCode(issue: z.core.$ZodIssue): InputIssueCode {
  // A footnote fact missing inside its fact object: the same code as a fact object left out.
  if (issue.message.startsWith(MISSING_FACT)) return "missing_fact";
  if (issue.code === "custom") return (issue.params as { code?: InputIssueCode } | undefined)?.code ?? "invalid_value";
  if (issue.code === "invalid_type" || issue.code === "invalid_union")
    return issue.message.startsWith("required") ? "required" : "invalid_type";
  if (issue.code === "too_big" && issue.origin === "string") return "too_long";
  if (issue.code === "invalid_format" && issue.format === "regex" && TEXT_PATTERNS.has(issue.pattern ?? "")) {
    return "invalid_text";
  }
  if (issue.code === "invalid_value") {
    if (issue.message.startsWith("required")) return "required";
    const last = issue.path[issue.path.length - 1];
    if (last === "item") return "unknown_item";
    if (typeof last === "number" && issue.path[issue.path.length - 2] === "activities") return "unknown_activity";
  }
  return "invalid_value";
}

const digits = (value: string | number): string => {
  const read = readYen(value);
  if (!read.ok) throw new Error("unreachable: amount was validated");
  return read.digits;
};
const decimal = (value: string | number): string => {
  const read = readNonNegativeDecimal(value, "value");
  if (!read.ok) throw new Error("unreachable: decimal was validated");
  return read.text;
};
/** One expense in canonical form. Built key by key, in the fixed order (this runs for every line). */
export function canonicalExpense(e: ExpenseInput, ruleset: Ruleset): Expense {
  const { rules } = ruleset;
  const out: { -readonly [K in keyof Expense]: Expense[K] } = { id: e.id, item: e.item, amount: digits(e.amount) };
  if (e.specificRevenue !== undefined) out.specificRevenue = rules["own-burden"].facts.canonical(e.specificRevenue);
  if (e.alsoClaimedUnder !== undefined)
    out.alsoClaimedUnder = rules["double-claim"].facts.canonical(e.alsoClaimedUnder);
  if (e.description !== undefined) out.description = e.description;
  if (e.cashHandout !== undefined) out.cashHandout = e.cashHandout;
  if (e.system !== undefined) out.system = rules.fn1.facts.canonical(e.system);
  if (e.facility !== undefined) out.facility = rules.fn2.facts.canonical(e.facility);
  if (e.regionalStudy !== undefined) out.regionalStudy = rules.fn4.facts.canonical(e.regionalStudy);
  return out;
}

/**
 * The canonical application of input the schema accepts: fixed key order, amounts as digit strings, the
 * fiscal year as a number, absent optional fields omitted.
 */
export function canonicalApplication(input: ApplicationInput, ruleset: Ruleset): Application {
  const { fn4, fn5, "own-burden": ownBurden, "double-claim": doubleClaim } = ruleset.rules;
  const year = readFiscalYear(input.fiscalYear);
  if (!year.ok) throw new Error("unreachable: fiscal year was validated");
  const b = input.body;
  return {
    fiscalYear: year.year,
    body: {
      code: b.code,
      ...(b.name !== undefined && { name: b.name }),
      ...(b.kind !== undefined && { kind: b.kind }),
      ...(b.fiscalCapabilityIndex !== undefined && { fiscalCapabilityIndex: decimal(b.fiscalCapabilityIndex) }),
      ...(b.fiscalCapabilityYears !== undefined && {
        fiscalCapabilityYears: b.fiscalCapabilityYears.map((y) => ({
          revenue: decimal(y.revenue),
          need: decimal(y.need),
        })),
      }),
    },
    projects: (input.projects ?? []).map((p): Project => ({
      id: p.id,
      ...(p.name !== undefined && { name: p.name }),
      ...(p.primaryPurpose !== undefined && { primaryPurpose: p.primaryPurpose }),
      ...(p.purposeWeights !== undefined && { purposeWeights: fn5.facts.canonicalWeights(p.purposeWeights) }),
      expenses: p.expenses.map((e) => canonicalExpense(e, ruleset)),
    })),
    coordinators: (input.coordinators ?? []).map((c): Coordinator => ({
      id: c.id,
      person: c.person,
      ...(c.name !== undefined && { name: c.name }),
      post: c.post,
      cost: digits(c.cost),
      ...(c.specificRevenue !== undefined && { specificRevenue: ownBurden.facts.canonical(c.specificRevenue) }),
      ...(c.alsoClaimedUnder !== undefined && { alsoClaimedUnder: doubleClaim.facts.canonical(c.alsoClaimedUnder) }),
      ...(c.primaryPurpose !== undefined && { primaryPurpose: c.primaryPurpose }),
      ...(c.purposeWeights !== undefined && { purposeWeights: fn5.facts.canonicalWeights(c.purposeWeights) }),
      activities: [...c.activities] as Coordinator["activities"],
      ...(c.regionalStudy !== undefined && { regionalStudy: fn4.facts.canonical(c.regionalStudy) }),
      ...(c.description !== undefined && { description: c.description }),
      ...(c.track !== undefined && { track: c.track }),
    })),
  };
}
