import type { Allocation } from "../../index.js";
import type { Problem } from "../errors.js";
import type { LineColumn } from "./columns.js";
import type { Header } from "./header.js";
import type { BodyOutcome } from "./process-body.js";

/*
 * The three CSV files a batch writes. Yen are plain decimal strings (no separators) so Excel reads them
 * as numbers; list cells (rules, review codes) are joined with ";".
 */

/** summary.csv's columns of the ふるさと住民 track, each with its figure in `allocation.furusatoResident`, in its order. */
const FURUSATO_COLUMNS = [
  ["furusato_project_cost_yen", "projectCostYen"],
  ["furusato_specific_revenue_yen", "specificRevenueYen"],
  ["furusato_own_burden_yen", "ownBurdenYen"],
  ["furusato_eligible_costs_yen", "eligibleCostsYen"],
  ["furusato_capped_costs_yen", "cappedCostsYen"],
  ["furusato_costs_yen", "costsYen"],
  ["furusato_coordinators_yen", "coordinatorsYen"],
  ["furusato_total_yen", "totalYen"],
  ["furusato_total_thousand_yen", "totalThousandYen"],
] as const satisfies readonly (readonly [string, keyof NonNullable<Allocation["furusatoResident"]>])[];

export const SUMMARY_HEADER = [
  "body_code",
  "body_name",
  "kind",
  "status",
  "lines",
  "fiscal_capability_index",
  "fiscal_correction",
  "project_cost_yen",
  "specific_revenue_yen",
  "own_burden_yen",
  "eligible_costs_yen",
  "measure_costs_yen",
  "coordinators_yen",
  "total_yen",
  "total_thousand_yen",
  "migration_project_cost_yen",
  "migration_specific_revenue_yen",
  "migration_own_burden_yen",
  "migration_total_yen",
  "migration_total_thousand_yen",
  // The ふるさと住民 track (FY2026, provisional): allocation.furusatoResident, blank when no line is on it.
  ...FURUSATO_COLUMNS.map(([column]) => column),
  "eligible_lines",
  "excluded_lines",
  "capped_lines",
  "needs_review_lines",
  "problems",
] as const;

export const LINES_HEADER = [
  "line",
  "body_code",
  "type",
  "project_id",
  "line_id",
  "item",
  "person",
  "post",
  "amount",
  "measure",
  "disposition",
  "amount_yen",
  "specific_revenue_yen",
  "own_burden_yen",
  "eligible_yen",
  "excluded_yen",
  "rules",
  "needs_review",
  "problems",
] as const;

export const ERRORS_HEADER = ["file", "line", "row", "column", "header", "body_code", "code", "message"] as const;

/** The body's summary row (none for a group made only of rows with an empty body_code). */
export function summaryRow(outcome: BodyOutcome): string[] | undefined {
  if (outcome.ownRows === 0) return undefined;
  const c = outcome.result;
  const problemCount = outcome.problems.filter((p) => p.bodyCode === outcome.code).length + outcome.bodyProblems;
  if (!c)
    return [
      outcome.code,
      outcome.name,
      outcome.kind,
      "invalid",
      String(outcome.ownRows),
      ...Array<string>(SUMMARY_HEADER.length - 6).fill(""),
      String(problemCount),
    ];
  const a = c.allocation;
  const lines = c.lines;
  const count = (test: (l: (typeof lines)[number]) => boolean) => String(lines.filter(test).length);
  return [
    outcome.code,
    outcome.name,
    outcome.kind,
    "ok",
    String(outcome.ownRows),
    c.fiscalCorrection.index,
    c.fiscalCorrection.coefficient,
    a.projectCostYen,
    a.specificRevenueYen,
    a.ownBurdenYen,
    a.eligibleCostsYen,
    a.measureCostsYen,
    a.coordinatorsYen,
    a.totalYen,
    a.totalThousandYen,
    a.migration.projectCostYen,
    a.migration.specificRevenueYen,
    a.migration.ownBurdenYen,
    a.migration.totalYen,
    a.migration.totalThousandYen,
    // Blank, not 0, for a body with no line on the track (its calculation has no such block; FY2025 has no track).
    ...FURUSATO_COLUMNS.map(([, field]) => a.furusatoResident?.[field] ?? ""),
    count((l) => l.disposition === "eligible"),
    count((l) => l.disposition === "excluded"),
    count((l) => l.disposition === "capped"),
    count((l) => l.needsReview.length > 0),
    "0",
  ];
}

/** One output row per input row, in input order, whatever became of it. */
export function lineRows(outcome: BodyOutcome, header: Header<LineColumn>): string[][] {
  return outcome.rows.map((row) => {
    const cell = (key: LineColumn) => header.value(row.fields, key);
    // Value cells as their ids (a Japanese name as the id it was read as), so both spellings give one file.
    const id = (key: LineColumn) => row.values.get(key) ?? cell(key);
    const echo = [
      String(row.line),
      // The body's code as computed (a code Excel shortened, read as the registry's), so the files join.
      row.bodyCode === "" ? "" : outcome.code,
      row.type ?? cell("type"),
      cell("project_id"),
      cell("line_id"),
      id("item"),
      cell("person"),
      id("post"),
      cell("amount"),
    ];
    const line = outcome.lineOf.get(row);
    if (line)
      return [
        ...echo,
        line.measure,
        line.disposition,
        line.amountYen,
        line.specificRevenueYen,
        line.ownBurdenYen,
        line.eligibleYen,
        line.excludedYen,
        line.rules.join(";"),
        line.needsReview.join(";"),
        "",
      ];
    const disposition = row.problems.length > 0 ? "invalid" : "not-computed";
    const why =
      row.problems.length > 0
        ? row.problems.map((p) => p.message).join(" | ")
        : (outcome.notComputed ?? "not computed");
    return [...echo, "", disposition, ...Array<string>(LINES_HEADER.length - echo.length - 3).fill(""), why];
  });
}

export function errorRow(p: Problem): string[] {
  return [
    p.file,
    p.line === undefined ? "" : String(p.line),
    p.row === undefined ? "" : String(p.row),
    p.column?.letter ?? "",
    p.column?.header ?? "",
    p.bodyCode ?? "",
    p.code,
    p.message,
  ];
}
