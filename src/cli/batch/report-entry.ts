import { Dec, decimalString } from "../../money/decimal.js";
import type { BodyOutcome } from "./process-body.js";

/*
 * What report.html shows of one body: a few figures of its calculation, kept while the batch streams (the
 * lines themselves are not kept, so a national run's report costs a few hundred bytes a body). Yen are the
 * calculation's exact decimal strings; the parts of the cost are summed with Decimal.
 */

/** The cost of this measure's lines, in parts that add up to its 事業費. */
export interface CostParts {
  /** 特定財源. */
  readonly specificRevenueYen: string;
  /** The own burden that counts (算定対象経費, expenses and coordinators within their caps). */
  readonly eligibleYen: string;
  /** The own burden of lines a rule put out (対象外). */
  readonly excludedYen: string;
  /** The own burden over a coordinator's cap (上限超過). */
  readonly cappedYen: string;
}

/** A computed body's figures: this measure's (二地域居住・関係人口施策), the others' totals apart. */
export interface ComputedFigures extends CostParts {
  readonly fiscalCapabilityIndex: string;
  readonly fiscalCorrection: string;
  /** 事業費 of this measure's lines = the four parts. */
  readonly projectCostYen: string;
  readonly totalYen: string;
  readonly totalThousandYen: string;
  readonly migrationThousandYen: string;
  /** The ふるさと住民 track's (FY2026, provisional), where a line is on it. */
  readonly furusatoThousandYen?: string;
}

export interface ReportEntry {
  readonly code: string;
  readonly name: string;
  /** municipality or prefecture ("" when not known). */
  readonly kind: string;
  /** Its rows in lines.csv. */
  readonly rows: number;
  /** Problems in its rows and its bodies.csv row (a body with any is not computed). */
  readonly problems: number;
  /** Lines by what became of them, over every measure (as summary.csv counts them). */
  readonly excludedLines: number;
  readonly cappedLines: number;
  readonly reviewLines: number;
  /** Absent when the body was not computed. */
  readonly figures?: ComputedFigures;
  /** Where its 計算書 is, relative to report.html (with --json). */
  readonly href?: string;
}

/** The report's entry of a body (none for a group made only of rows with an empty body_code). */
export function reportEntry(outcome: BodyOutcome, href: string | undefined): ReportEntry | undefined {
  if (outcome.ownRows === 0) return undefined;
  const base = {
    code: outcome.code,
    name: outcome.name,
    kind: outcome.kind,
    rows: outcome.ownRows,
    problems: outcome.problems.filter((p) => p.bodyCode === outcome.code).length + outcome.bodyProblems,
    ...(href !== undefined && { href }),
  };
  const result = outcome.result;
  if (!result) return { ...base, excludedLines: 0, cappedLines: 0, reviewLines: 0 };
  const lines = result.lines;
  const own = lines.filter((l) => l.measure === "dual-residence");
  const sum = (pick: (l: (typeof lines)[number]) => string | undefined) =>
    decimalString(own.reduce((total, l) => total.plus(pick(l) ?? "0"), new Dec(0)));
  const a = result.allocation;
  return {
    ...base,
    excludedLines: lines.filter((l) => l.disposition === "excluded").length,
    cappedLines: lines.filter((l) => l.disposition === "capped").length,
    reviewLines: lines.filter((l) => l.needsReview.length > 0).length,
    figures: {
      fiscalCapabilityIndex: result.fiscalCorrection.index,
      fiscalCorrection: result.fiscalCorrection.coefficient,
      projectCostYen: a.projectCostYen,
      specificRevenueYen: a.specificRevenueYen,
      eligibleYen: sum((l) => l.eligibleYen),
      excludedYen: sum((l) => (l.disposition === "capped" ? undefined : l.excludedYen)),
      cappedYen: sum((l) => (l.disposition === "capped" ? l.excludedYen : undefined)),
      totalYen: a.totalYen,
      totalThousandYen: a.totalThousandYen,
      migrationThousandYen: a.migration.totalThousandYen,
      ...(a.furusatoResident && { furusatoThousandYen: a.furusatoResident.totalThousandYen }),
    },
  };
}

/**
 * The allocation per yen of cost: 算定額 (totalYen) ÷ 事業費, half-up to 3 decimals ("0.357"); absent
 * where the body has no cost in this measure.
 */
export function allocationPerYen(figures: ComputedFigures): string | undefined {
  const cost = new Dec(figures.projectCostYen);
  return cost.isZero() ? undefined : new Dec(figures.totalYen).div(cost).toFixed(3);
}
