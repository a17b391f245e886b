import { clip, type Header } from "./header.js";
import type { LineColumn } from "./columns.js";
import type { LineRow } from "./rows.js";

/*
 * One body's rows → the application the core reads. Cells go in as written (amounts, ids, names), so the
 * core's own checks judge them and name the field, except the value cells, which go in as the id the row
 * read them as (a Japanese name as its id: values.ts) and TRUE/FALSE cells, converted (a CSV has no
 * booleans); a value the row could not read goes in as written, for the core to refuse as well. `Origin`
 * remembers which row gave each part, so the core's JSONPaths map back to cells.
 */

interface ProjectOrigin {
  readonly first: LineRow;
  name?: LineRow;
  purpose?: LineRow;
  weights?: LineRow;
  readonly expenses: LineRow[];
}

/** Which row gave each project (and its name, purpose, weights), expense and coordinator. */
export interface Origin {
  readonly projects: ProjectOrigin[];
  readonly coordinators: LineRow[];
  /** The rows given to the calculation, in file order. */
  readonly used: LineRow[];
}

type Json = Record<string, unknown>;

interface ProjectDraft {
  readonly input: Json & { expenses: Json[] };
  readonly origin: ProjectOrigin;
  name?: string;
  purpose?: string;
  weights?: readonly [string, string];
}

/** Builds the application of one body from its readable rows; row-level problems are added to the rows. */
export function buildApplication(
  fiscalYear: string,
  body: Json,
  rows: readonly LineRow[],
  header: Header<LineColumn>,
): { input: Json; origin: Origin } {
  const value = (row: LineRow, key: LineColumn) => header.value(row.fields, key);
  const problem = (row: LineRow, key: LineColumn, code: string, message: string) =>
    row.problems.push({
      file: header.file,
      line: row.line,
      row: row.row,
      column: header.column(key),
      bodyCode: row.bodyCode,
      code,
      message,
    });
  const projects = new Map<string, ProjectDraft>();
  const coordinators: Json[] = [];
  const origin: Origin = { projects: [], coordinators: [], used: [] };

  for (const row of rows) {
    if (row.unreadable) continue;
    const cell = (key: LineColumn) => row.values.get(key) ?? value(row, key);
    if (row.type === "coordinator") {
      coordinators.push(
        compact({
          id: cell("line_id"),
          person: cell("person"),
          name: cell("coordinator_name"),
          post: cell("post"),
          cost: cell("amount"),
          primaryPurpose: cell("purpose"),
          purposeWeights: weights(cell("weight_dual_residence"), cell("weight_migration")),
          activities: list(cell("activities")),
          regionalStudy: regionalStudy(cell),
          description: cell("description"),
          track: cell("track"),
          ...funding(cell),
        }) ?? {},
      );
      origin.coordinators.push(row);
      origin.used.push(row);
      continue;
    }
    const projectId = cell("project_id");
    if (projectId === "") {
      problem(
        row,
        "project_id",
        "required",
        "an expense row needs project_id (the project it belongs to; any id without spaces or '/')",
      );
      continue;
    }
    let project = projects.get(projectId);
    if (!project) {
      project = { input: { id: projectId, expenses: [] }, origin: { first: row, expenses: [] } };
      projects.set(projectId, project);
      origin.projects.push(project.origin);
    }
    agree(project, row, "name", cell("project_name"), problem);
    agree(project, row, "purpose", cell("purpose"), problem);
    const w1 = cell("weight_dual_residence");
    const w2 = cell("weight_migration");
    if (w1 !== "" || w2 !== "") {
      if (!project.weights) {
        project.weights = [w1, w2];
        project.origin.weights = row;
      } else if (project.weights[0] !== w1 || project.weights[1] !== w2) {
        problem(
          row,
          "weight_dual_residence",
          "conflicting_value",
          `project ${projectId} has weights ${project.weights.join(" : ")} on line ${project.origin.weights?.line}; this row says ${w1} : ${w2}. A project's weights must agree on every row (or be left blank)`,
        );
      }
    }
    project.input.expenses.push(
      compact({
        id: cell("line_id"),
        item: cell("item"),
        amount: cell("amount"),
        ...funding(cell),
        description: cell("description"),
        cashHandout: flag(cell("cash_handout")),
        system: compact({ phase: cell("system_phase"), digitalBondCovers: flag(cell("digital_bond_covers")) }),
        facility: compact({
          implementer: cell("facility_implementer"),
          work: cell("facility_work"),
          regionalBondCovers: flag(cell("regional_bond_covers")),
        }),
        regionalStudy: regionalStudy(cell),
      }) ?? {},
    );
    project.origin.expenses.push(row);
    origin.used.push(row);
  }

  const projectInputs = [...projects.values()].map((p) =>
    compact({
      ...p.input,
      name: p.name,
      primaryPurpose: p.purpose,
      purposeWeights: p.weights ? weights(...p.weights) : undefined,
    }),
  );
  return { input: { fiscalYear, body, projects: projectInputs, coordinators }, origin };
}

function agree(
  project: ProjectDraft,
  row: LineRow,
  field: "name" | "purpose",
  text: string,
  problem: (row: LineRow, key: LineColumn, code: string, message: string) => void,
): void {
  if (text === "") return;
  const given = project[field];
  if (given === undefined) {
    project[field] = text;
    project.origin[field] = row;
  } else if (given !== text) {
    const key = field === "name" ? "project_name" : "purpose";
    problem(
      row,
      key,
      "conflicting_value",
      `project ${String(project.input.id)} has ${key} "${clip(given)}" on line ${project.origin[field]?.line}; this row says "${clip(text)}". A project's name and purpose must agree on every row (or be left blank)`,
    );
  }
}

function weights(dualResidence: string, migration: string): Json | undefined {
  return dualResidence === "" && migration === "" ? undefined : compact({ dualResidence, migration });
}

function regionalStudy(cell: (key: LineColumn) => string): Json | undefined {
  return compact({
    takesOutsideStudents: flag(cell("takes_outside_students")),
    mainlySchoolAppeal: flag(cell("mainly_school_appeal")),
    inStrategyPlan: flag(cell("in_strategy_plan")),
  });
}

/**
 * The funding facts every row may state: its 特定財源 parts (as written, for the core to read as yen; all four
 * blank: none stated) and the other 算定事項 it is also claimed under.
 */
function funding(cell: (key: LineColumn) => string): { specificRevenue?: Json; alsoClaimedUnder?: string[] } {
  const specificRevenue = compact({
    national: cell("specific_revenue_national"),
    prefectural: cell("specific_revenue_prefectural"),
    bonds: cell("specific_revenue_bonds"),
    other: cell("specific_revenue_other"),
  });
  const alsoClaimedUnder = list(cell("also_claimed_under"));
  return { ...(specificRevenue && { specificRevenue }), ...(alsoClaimedUnder && { alsoClaimedUnder }) };
}

/** A cell holding a list of ids, separated by ";" (as documented), ",", "、" or spaces; blank: absent. */
export function list(text: string): string[] | undefined {
  return text === "" ? undefined : text.split(/[;,、\s]+/).filter((id) => id !== "");
}

/** TRUE/FALSE in any case (as Excel writes them); other text is passed on for the core to refuse by name. */
export function flag(text: string): boolean | string | undefined {
  if (text === "") return undefined;
  const lower = text.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : text;
}

/** Drops blank and absent fields; an object left with no field is absent itself. */
function compact(record: Json): Json | undefined {
  let out: Json | undefined;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v !== undefined && v !== "") (out ??= {})[key] = v;
  }
  return out;
}
