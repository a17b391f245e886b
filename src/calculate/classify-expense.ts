import { Dec } from "../money/decimal.js";
import { readNonNegativeDecimal } from "../money/index.js";
import { footnote5 } from "../rules/footnote-5-primary-purpose.js";
import { findRuleset, type Ruleset } from "../rulesets/index.js";
import type { Purpose, PurposeWeights } from "../schema/application.js";
import { expenseSchema } from "../schema/application-schema.js";
import { InputError, type InputIssue } from "../schema/input-error.js";
import { canonicalExpense, fromZodIssue, sortIssues } from "../schema/parse-application.js";
import { expenseIssues } from "../schema/semantic-checks.js";
import { structureIssues } from "../schema/structure-guard.js";
import type { TraceStep } from "../trace/step.js";
import { classifyExpenseLine } from "./classify-expense-line.js";
import type { Line } from "./line.js";

/** Where the expense sits: its project's purpose (※5) and the year's ruleset. */
export interface ExpenseContext {
  /** The project's primary purpose; "dual-residence" when neither this nor weights is given. */
  readonly primaryPurpose?: Purpose;
  readonly purposeWeights?: { readonly dualResidence: string | number; readonly migration: string | number };
  readonly projectId?: string;
  /** A ruleset or its id; FY2025 by default. */
  readonly ruleset?: Ruleset | string;
}

/** One expense's disposition, with the steps that decided it. */
export type ExpenseClassification = Line & { readonly steps: readonly TraceStep[] };

/**
 * Classifies one expense line as an app would while a user types it: validates it (throwing `InputError`
 * with every problem), runs the footnotes its item calls for, and returns its disposition and steps.
 * Coordinator caps and the allocation need the whole application: use `calculate` for those.
 */
export function classifyExpense(expense: unknown, context: ExpenseContext = {}): ExpenseClassification {
  const issues: InputIssue[] = [...structureIssues(expense)];
  if (issues.length > 0) throw new InputError(issues);
  const shape = expenseSchema.safeParse(expense);
  if (!shape.success) issues.push(...shape.error.issues.flatMap(fromZodIssue));
  issues.push(...expenseIssues(expense, []));
  const ruleset = typeof context.ruleset === "object" ? context.ruleset : findRuleset(context.ruleset ?? "FY2025");
  if (!ruleset) issues.push({ path: "$", code: "unsupported_fiscal_year", message: `no ruleset "${String(context.ruleset).slice(0, 20)}"; known: FY2025` });
  const weights = readWeights(context.purposeWeights, issues);
  if (issues.length > 0 || !shape.success || !ruleset) throw new InputError(sortIssues(issues));
  const purpose = weights ? { purposeWeights: weights } : { primaryPurpose: context.primaryPurpose ?? ("dual-residence" as const) };
  const projectId = context.projectId ?? "(project)";
  const routing = footnote5({ kind: "project", id: projectId }, purpose, ruleset);
  const { line, steps } = classifyExpenseLine(canonicalExpense(shape.data), { projectId, measure: routing.measure, mixed: routing.mixed }, ruleset);
  return { ...line, steps: [routing.step, ...steps] };
}

function readWeights(w: ExpenseContext["purposeWeights"], issues: InputIssue[]): PurposeWeights | undefined {
  if (w === undefined) return undefined;
  const dual = readNonNegativeDecimal(w.dualResidence, "purposeWeights.dualResidence");
  const migration = readNonNegativeDecimal(w.migration, "purposeWeights.migration");
  if (!dual.ok || !migration.ok || new Dec(dual.text).eq(migration.text)) {
    const message = !dual.ok ? dual.message : !migration.ok ? migration.message : "purposeWeights are tied; ※5 needs one primary purpose: give primaryPurpose instead";
    issues.push({ path: "$context.purposeWeights", code: dual.ok && migration.ok ? "tied_purpose" : "invalid_decimal", message });
    return undefined;
  }
  return { dualResidence: dual.text, migration: migration.text };
}
