import { Dec } from "../money/decimal.js";
import { readNonNegativeDecimal } from "../money/index.js";
import { route } from "./route.js";
import { findRuleset, KNOWN_RULESETS, LATEST_RULESET, type Ruleset } from "../rulesets/index.js";
import type { Purpose, PurposeWeights } from "../schema/application.js";
import { schemasOf } from "../schema/application-schema.js";
import { InputError, type InputIssue } from "../schema/input-error.js";
import { sortIssues } from "../schema/document-order.js";
import { canonicalExpense, fromZodIssue } from "../schema/parse-application.js";
import { expenseIssues } from "../schema/semantic-checks.js";
import { structureIssues } from "../schema/structure-guard.js";
import type { WordedStep } from "../trace/step.js";
import { wordStep } from "./word-steps.js";
import { classifyExpenseLine } from "./classify-expense-line.js";
import type { Line } from "../rules/line.js";

/**
 * Where an expense classified on its own sits: its project's purpose (※5) and the year's ruleset.
 *
 * @example
 * ```ts
 * const expense = { id: "E6", item: "opportunity.trial-tours", amount: "1,200,000" };
 * classifyExpense(expense).measure;                                      //=> "dual-residence"
 * classifyExpense(expense, { primaryPurpose: "migration" }).measure;     //=> "migration"
 * classifyExpense(expense, { purposeWeights: { dualResidence: 3, migration: 1 } }).rules;  //=> ["fn5"]
 * ```
 * @category Classification
 */
export interface ExpenseContext {
  /** The project's primary purpose; "dual-residence" when neither this nor weights is given. */
  readonly primaryPurpose?: Purpose;
  /** Instead of `primaryPurpose`: the weights of the project's two purposes; the larger takes all (※5). */
  readonly purposeWeights?: {
    /** Weight of dual residence and relationship population (二地域居住・関係人口). */
    readonly dualResidence: string | number;
    /** Weight of migration and settlement (移住・定住). */
    readonly migration: string | number;
  };
  /** The project's id, for the steps' ids and the line's `projectId`; "(project)" by default. */
  readonly projectId?: string;
  /** A ruleset or its id; by default the latest ruleset the library knows (now FY2026), whose catalog and rules apply. */
  readonly ruleset?: Ruleset | string;
}

/**
 * One expense's line (disposition, eligible and excluded yen, rules, review codes) and the steps that decided it.
 *
 * @example
 * ```ts
 * const line = classifyExpense({ id: "E1", item: "information.consultation-events", amount: "1,200,000" });
 * line.eligibleYen;                    //=> "1200000"
 * line.steps.map((s) => s.id);         //=> ["project/(project)/fn5", "line/E1"]
 * ```
 * @category Classification
 */
export type ExpenseClassification = Line & {
  /** The steps that decided the line: ※5 for its project, the footnote checks, then its disposition. */
  readonly steps: readonly WordedStep[];
};

/**
 * Classifies one expense line on its own, as an app would while a user types it.
 *
 * It validates the expense, runs the footnotes its item calls for (※1–※5, 等) and returns its disposition
 * with the steps that decided it. Coordinator caps and the allocation need the whole application: use
 * `calculate` for those.
 *
 * @example
 * ```ts
 * import { classifyExpense } from "dual-residence-allocation";
 *
 * const line = classifyExpense({ id: "E2", item: "opportunity.facilities", amount: "30000000",
 *                                facility: { implementer: "private", work: "new" } });
 * line.disposition;                 //=> "excluded"
 * line.rules;                       //=> ["fn2"]
 * line.steps[1]?.note.ja;           //=> "民間事業者が実施主体となる整備のうち新築は対象外（※2）。"
 * ```
 * @throws An {@link InputError} when the expense is invalid (every problem at once, e.g. a missing ※2 fact),
 * when `context.purposeWeights` are not decimals or are tied, or when `context.ruleset` is unknown.
 * @category Classification
 */
export function classifyExpense(expense: unknown, given: ExpenseContext = {}): ExpenseClassification {
  const issues: InputIssue[] = [...structureIssues(expense)];
  // JavaScript callers may pass null or a non-object: refused as input, never a TypeError.
  if ((given as unknown) === null || typeof given !== "object") {
    issues.push({
      path: "$context",
      code: "invalid_type",
      message: 'the context must be an object such as { primaryPurpose: "dual-residence" } (or left out)',
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  const context: ExpenseContext = given;
  const rulesetId = typeof context.ruleset === "object" ? undefined : (context.ruleset ?? LATEST_RULESET.id);
  const ruleset = rulesetId === undefined ? (context.ruleset as Ruleset) : findRuleset(rulesetId);
  const shape = schemasOf(ruleset ?? LATEST_RULESET).expense.safeParse(expense);
  if (!shape.success) issues.push(...shape.error.issues.flatMap(fromZodIssue));
  issues.push(...expenseIssues(expense, [], ruleset ?? LATEST_RULESET));
  if (!ruleset)
    issues.push({
      path: "$",
      code: "unsupported_fiscal_year",
      message: `no ruleset "${String(rulesetId).slice(0, 20)}"; known: ${KNOWN_RULESETS}`,
    });
  const weights = readWeights(context.purposeWeights, issues);
  // JavaScript callers may pass any value: widened, so that the check is one the types cannot skip.
  const primaryPurpose: unknown = context.primaryPurpose;
  if (primaryPurpose !== undefined && primaryPurpose !== "dual-residence" && primaryPurpose !== "migration") {
    issues.push({
      path: "$context.primaryPurpose",
      code: "invalid_value",
      // String() of any value a JavaScript caller may pass (a symbol too), clipped and quoted.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      message: `primaryPurpose must be "dual-residence" or "migration", got ${JSON.stringify(String(primaryPurpose).slice(0, 30))}`,
    });
  }
  if (issues.length > 0 || !shape.success || !ruleset) throw new InputError(sortIssues(issues, expense));
  const purpose = weights
    ? { purposeWeights: weights }
    : { primaryPurpose: context.primaryPurpose ?? ("dual-residence" as const) };
  const projectId = context.projectId ?? "(project)";
  const routing = route({ kind: "project", id: projectId }, purpose, ruleset);
  const { line, steps } = classifyExpenseLine(
    canonicalExpense(shape.data, ruleset),
    { projectId, measure: routing.measure, mixed: routing.mixed },
    ruleset,
  );
  // Worded here: an app shows the notes of one line as it is typed.
  const all = [routing.step, ...steps];
  const words = {
    ruleset,
    catalog: ruleset.catalog,
    line: (id: string) => (id === line.id ? line : undefined),
    review: (stepId: string) => all.find((s) => s.id === stepId)?.needsReview?.note,
  };
  return { ...line, steps: all.map((step) => wordStep(step, ruleset, words)) };
}

function readWeights(w: ExpenseContext["purposeWeights"], issues: InputIssue[]): PurposeWeights | undefined {
  if (w === undefined) return undefined;
  const dual = readNonNegativeDecimal(w.dualResidence, "purposeWeights.dualResidence");
  const migration = readNonNegativeDecimal(w.migration, "purposeWeights.migration");
  if (!dual.ok || !migration.ok || new Dec(dual.text).eq(migration.text)) {
    const message = !dual.ok
      ? dual.message
      : !migration.ok
        ? migration.message
        : "purposeWeights are tied; ※5 needs one primary purpose: give primaryPurpose instead";
    issues.push({
      path: "$context.purposeWeights",
      code: dual.ok && migration.ok ? "tied_purpose" : "invalid_decimal",
      message,
    });
    return undefined;
  }
  return { dualResidence: dual.text, migration: migration.text };
}
