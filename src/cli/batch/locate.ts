import type { BodyColumn, LineColumn } from "./columns.js";
import type { Origin } from "./application.js";
import type { LineRow } from "./rows.js";

/*
 * The core names a problem by JSONPath ("$.projects[0].expenses[2].facility.work"); an analyst needs the
 * cell. These tables turn the one into the other, through the Origin of each part of the application.
 */

/** The columns of the 特定財源 parts. */
const SPECIFIC_REVENUE_COLUMNS = {
  ".specificRevenue.national": "specific_revenue_national",
  ".specificRevenue.prefectural": "specific_revenue_prefectural",
  ".specificRevenue.bonds": "specific_revenue_bonds",
  ".specificRevenue.other": "specific_revenue_other",
} as const satisfies Record<string, LineColumn>;

/** The funding facts every row (expense or coordinator) may state: its 特定財源 and its other 算定事項. */
const FUNDING_FIELDS: Record<string, LineColumn> = {
  // The parts together above the amount: the first part the row fills (see `locateLineIssue`).
  ".specificRevenue": "specific_revenue_national",
  ...SPECIFIC_REVENUE_COLUMNS,
  ".alsoClaimedUnder": "also_claimed_under",
};

const EXPENSE_FIELDS: Record<string, LineColumn> = {
  ...FUNDING_FIELDS,
  "": "line_id",
  ".id": "line_id",
  ".item": "item",
  ".amount": "amount",
  ".description": "description",
  ".cashHandout": "cash_handout",
  ".system": "system_phase",
  ".system.phase": "system_phase",
  ".system.digitalBondCovers": "digital_bond_covers",
  ".facility": "facility_implementer",
  ".facility.implementer": "facility_implementer",
  ".facility.work": "facility_work",
  ".facility.regionalBondCovers": "regional_bond_covers",
  ".regionalStudy": "takes_outside_students",
  ".regionalStudy.takesOutsideStudents": "takes_outside_students",
  ".regionalStudy.mainlySchoolAppeal": "mainly_school_appeal",
  ".regionalStudy.inStrategyPlan": "in_strategy_plan",
};

const PURPOSE_FIELDS: Record<string, LineColumn> = {
  "": "purpose",
  ".primaryPurpose": "purpose",
  ".purposeWeights": "weight_dual_residence",
  ".purposeWeights.dualResidence": "weight_dual_residence",
  ".purposeWeights.migration": "weight_migration",
};

const COORDINATOR_FIELDS: Record<string, LineColumn> = {
  ...PURPOSE_FIELDS,
  ...FUNDING_FIELDS,
  ".id": "line_id",
  ".person": "person",
  ".name": "coordinator_name",
  ".post": "post",
  ".cost": "amount",
  ".activities": "activities",
  ".track": "track",
  ".description": "description",
  ".regionalStudy": "takes_outside_students",
  ".regionalStudy.takesOutsideStudents": "takes_outside_students",
  ".regionalStudy.mainlySchoolAppeal": "mainly_school_appeal",
  ".regionalStudy.inStrategyPlan": "in_strategy_plan",
};

/**
 * The row and column of a core issue about a body's lines; undefined for paths outside projects and
 * coordinators. `cell` reads a row's cell: with it, an issue about the 特定財源 as a whole (its parts
 * above the amount) lands on the first part the row fills rather than on the first part's column.
 */
export function locateLineIssue(
  path: string,
  origin: Origin,
  cell?: (row: LineRow, key: LineColumn) => string,
): { row: LineRow; column?: LineColumn } | undefined {
  const line = (row: LineRow | undefined, rest: string, fields: Record<string, LineColumn>) => {
    if (!row) return undefined;
    const key = withoutIndices(rest);
    const filled =
      key === ".specificRevenue" && cell
        ? Object.values(SPECIFIC_REVENUE_COLUMNS).find((column) => cell(row, column) !== "")
        : undefined;
    return at(row, filled ?? fields[key]);
  };
  const expense = /^\$\.projects\[(\d+)\]\.expenses\[(\d+)\](.*)$/.exec(path);
  if (expense) {
    return line(
      origin.projects[Number(expense[1])]?.expenses[Number(expense[2])],
      expense[3] as string,
      EXPENSE_FIELDS,
    );
  }
  const project = /^\$\.projects\[(\d+)\](.*)$/.exec(path);
  if (project) {
    const p = origin.projects[Number(project[1])];
    if (!p) return undefined;
    const rest = withoutIndices(project[2] as string);
    if (rest === ".id") return at(p.first, "project_id");
    if (rest === ".name") return at(p.name ?? p.first, "project_name");
    if (rest.startsWith(".purposeWeights")) return at(p.weights ?? p.first, PURPOSE_FIELDS[rest]);
    if (rest === "" || rest === ".primaryPurpose") return at(p.purpose ?? p.weights ?? p.first, "purpose");
    return at(p.first, undefined);
  }
  const coordinator = /^\$\.coordinators\[(\d+)\](.*)$/.exec(path);
  if (coordinator)
    return line(origin.coordinators[Number(coordinator[1])], coordinator[2] as string, COORDINATOR_FIELDS);
  return undefined;
}

/** The bodies.csv column of a core issue about `$.body…`. */
export function locateBodyIssue(path: string): BodyColumn | undefined {
  const years = /^\$\.body\.fiscalCapabilityYears(?:\[(\d)\](?:\.(revenue|need))?)?/.exec(path);
  if (years)
    return `${(years[2] as "revenue" | "need" | undefined) ?? "revenue"}_${Number(years[1] ?? 0) + 1}` as BodyColumn;
  const field = /^\$\.body(?:\.(\w+))?/.exec(path)?.[1];
  if (field === undefined || field === "fiscalCapabilityIndex") return "fci";
  return ({ code: "code", name: "name", kind: "kind" } as Record<string, BodyColumn>)[field];
}

function at(row: LineRow, column: LineColumn | undefined): { row: LineRow; column?: LineColumn } {
  return column === undefined ? { row } : { row, column };
}

function withoutIndices(rest: string): string {
  return rest.replace(/\[\d+\]/g, "");
}
