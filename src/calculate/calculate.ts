import { fiscalCapabilityIndex } from "../body/fiscal-capability-index.js";
import { resolveBody } from "../body/resolve-body.js";
import { fiscalCorrectionStep } from "../body/fiscal-correction.js";
import { route } from "./route.js";
import { ledger } from "../rules/ledger.js";
import type { Ruleset } from "../rulesets/index.js";
import { resolveRuleset } from "../schema/get-ruleset.js";
import type { Application } from "../schema/application.js";
import { InputError } from "../schema/input-error.js";
import { withDigests } from "./digests.js";
import type { StepData } from "../trace/step.js";
import { storeTrace } from "./store-trace.js";
import { allocate } from "./allocate.js";
import { TRACE_SCHEMA_VERSION, type Calculation, type ReviewItem } from "./calculation.js";
import { caveats } from "./caveats.js";
import { classifyExpenseLine } from "./classify-expense-line.js";
import { coordinatorLines } from "./coordinator-lines.js";
import { validatedApplication } from "./validated-input.js";
import type { Line } from "../rules/line.js";

/**
 * Options of `calculate` and `safeCalculate`.
 *
 * @example
 * ```ts
 * calculate(application, { ruleset: "FY2025" }).trace.rulesetId;   //=> "FY2025"
 * ```
 * @category Calculation
 */
export interface CalculateOptions {
  /** A ruleset, or the id of a known one ("FY2025"). By default, the ruleset of the input's fiscal year. */
  readonly ruleset?: Ruleset | string;
}

/**
 * Computes a body's allocation, every line's disposition and the cited trace, from its application.
 *
 * The input is validated completely first; nothing is computed unless all of it is valid. The input format
 * is `applicationJsonSchema` (docs/input.md); the result is a {@link Calculation}.
 *
 * @example
 * ```ts
 * import { calculate } from "dual-residence-allocation";
 *
 * const calc = calculate(application);          // the README's application (気仙沼市)
 * calc.fiscalCorrection;                        //=> { index: "0.45", coefficient: "1.00" }
 * calc.allocation.totalThousandYen;             //=> "5600"
 * calc.lines.map((l) => [l.id, l.disposition]); //=> [["E1", "eligible"], ["E2", "excluded"], ["C1", "capped"]]
 * ```
 * @throws An {@link InputError} for bad input, listing every problem at once (path, code, message); it throws
 * nothing else for any input. Also for an unknown `options.ruleset` id.
 * @category Calculation
 */
export function calculate(input: unknown, options: CalculateOptions = {}): Calculation {
  const override = resolveRuleset(options.ruleset);
  const parsed = validatedApplication(input, override);
  if (!parsed.ok) throw parsed.error;
  return compute(parsed.application, parsed.ruleset);
}

/**
 * `calculate` that returns its error instead of throwing; it never throws, whatever it is given.
 *
 * @example
 * ```ts
 * import { safeCalculate } from "dual-residence-allocation";
 *
 * safeCalculate(application).ok;                   //=> true
 * const result = safeCalculate({ fiscalYear: 2024 });
 * result.ok;                                       //=> false
 * result.ok ? [] : result.error.issues.map((i) => i.path);   //=> ["$.fiscalYear", "$.body"]
 * ```
 * @category Calculation
 */
export function safeCalculate(
  input: unknown,
  options: CalculateOptions = {},
):
  | {
      /** The input was valid. */
      ok: true;
      /** The calculation, as `calculate` returns it. */
      value: Calculation;
    }
  | {
      /** The input was not valid (or could not be read). */
      ok: false;
      /** Every problem, as `calculate` would throw it. */
      error: InputError;
    } {
  try {
    return { ok: true, value: calculate(input, options) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error };
    // Not an input problem (a hostile getter, a library defect): still reported as a typed result.
    return {
      ok: false,
      error: new InputError([
        {
          path: "$",
          code: "unreadable",
          message: `the input could not be read: ${error instanceof Error ? error.message : String(error)}`,
        },
      ]),
    };
  }
}

/** The pipeline over a validated application: body, lines, allocation, ledger. Order only. */
export function compute(application: Application, ruleset: Ruleset): Calculation {
  const body = resolveBody(application.body);
  const fci = fiscalCapabilityIndex(application.body, ruleset);
  const correction = fiscalCorrectionStep(fci.index, body.kind, body.code, ruleset);
  const steps: StepData[] = [fci.step, correction.step];
  const lines: Line[] = [];
  for (const project of application.projects) {
    const routing = route({ kind: "project", id: project.id }, project, ruleset);
    steps.push(routing.step);
    for (const expense of project.expenses) {
      const classified = classifyExpenseLine(
        expense,
        { projectId: project.id, measure: routing.measure, mixed: routing.mixed },
        ruleset,
      );
      lines.push(classified.line);
      steps.push(...classified.steps);
    }
  }
  const coordinators = coordinatorLines(application.coordinators, ruleset);
  lines.push(...coordinators.lines);
  steps.push(...coordinators.steps);
  const allocation = allocate(lines, correction.coefficient, ruleset);
  steps.push(...allocation.steps, ledger(lines));
  const stored = storeTrace(steps, lines, ruleset);
  const review: ReviewItem[] = steps.flatMap((s) =>
    s.needsReview ? [{ stepId: s.id, subject: s.subject, code: s.needsReview.code, note: s.needsReview.note }] : [],
  );
  return withDigests(
    {
      fiscalYear: application.fiscalYear,
      body,
      fiscalCorrection: { index: fci.index, coefficient: correction.coefficient },
      allocation: allocation.allocation,
      lines,
      review,
      caveats: caveats(fci.index, body.kind, ruleset, {
        lines: lines.length > 0,
        specificRevenue: lines.some((l) => l.specificRevenue !== undefined),
        coordinatorSpecificRevenue: lines.some((l) => l.kind === "coordinator" && l.specificRevenue !== undefined),
        furusato: lines.some((l) => l.measure === "furusato-resident"),
      }),
      trace: { schemaVersion: TRACE_SCHEMA_VERSION, rulesetId: ruleset.id, input: application, ...stored },
    },
    ruleset,
  );
}
