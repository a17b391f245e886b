import { findActivity, findItem, type FactName, type FootnoteId } from "../catalog/index.js";
import { kindOfCode, bodyCodeProblem } from "../body/body-code.js";
import { readNonNegativeDecimal } from "../money/index.js";
import { Dec } from "../money/decimal.js";
import { findRuleset, FIRST_FISCAL_YEAR, type Ruleset } from "../rulesets/index.js";
import { readFiscalYear } from "../rulesets/fiscal-year.js";
import { formatPath, type InputIssue } from "./input-error.js";

type Path = PropertyKey[];
type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (r: Rec, key: string): boolean => Object.prototype.hasOwnProperty.call(r, key) && r[key] !== undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The footnote each fact serves, for messages that name it. */
const FACT_FOOTNOTE: Record<FactName, FootnoteId | null> = {
  system: "fn1",
  facility: "fn2",
  cashHandout: "fn3",
  regionalStudy: "fn4",
  description: null,
};
const FOOTNOTE_MARK: Record<FootnoteId, string> = { fn1: "※1", fn2: "※2", fn3: "※3", fn4: "※4", fn5: "※5" };
const FACT_HINT: Record<FactName, string> = {
  system:
    'system: { phase: "build" | "upkeep", digitalBondCovers: true | false } (※1: build costs the digital bond covers are out)',
  facility:
    'facility: { implementer: "private" | "government", work: "new" | "renovation", regionalBondCovers } (※2: private new construction and bond-covered costs are out)',
  cashHandout: "cashHandout: true | false (※3: cash handouts such as travel-cost support are out)",
  regionalStudy:
    "regionalStudy: { takesOutsideStudents, mainlySchoolAppeal, inStrategyPlan } (※4: regional study only under all three conditions)",
  description:
    'description: "…" (an item of the same kind as the listed ones (等) must say what it is; it will need review)',
};
const ALL_FACTS: FactName[] = ["system", "facility", "cashHandout", "regionalStudy", "description"];

/**
 * Cross-field checks, written defensively over the raw input so that they run even where the shape
 * check failed: every problem is reported at once. Returns the issues and, if the year is known, its ruleset.
 */
export function semanticIssues(
  input: unknown,
  rulesetOverride: Ruleset | undefined,
): { issues: InputIssue[]; ruleset: Ruleset | undefined } {
  const issues: InputIssue[] = [];
  const add = (path: Path, code: InputIssue["code"], message: string) =>
    issues.push({ path: formatPath(path), code, message });
  if (!isRecord(input)) {
    add([], "invalid_type", "the application must be a JSON object with fiscalYear, body, projects and coordinators");
    return { issues, ruleset: undefined };
  }
  const ruleset = checkFiscalYear(input, rulesetOverride, add);
  if (isRecord(input.body)) checkBody(input.body, add);
  const lineIds = new Map<string, string>();
  const projectIds = new Map<string, string>();
  list(input.projects).forEach((project, p) => {
    if (!isRecord(project)) return;
    const path: Path = ["projects", p];
    unique(projectIds, project.id, [...path, "id"], "project", add);
    checkPurpose(project, path, "project", add);
    list(project.expenses).forEach((expense, e) => {
      if (!isRecord(expense)) return;
      const ePath: Path = [...path, "expenses", e];
      unique(lineIds, expense.id, [...ePath, "id"], "line", add);
      checkExpenseFacts(expense, ePath, add);
    });
  });
  list(input.coordinators).forEach((coordinator, c) => {
    if (!isRecord(coordinator)) return;
    const path: Path = ["coordinators", c];
    unique(lineIds, coordinator.id, [...path, "id"], "line", add);
    checkPurpose(coordinator, path, "coordinator", add);
    checkCoordinatorFacts(coordinator, path, add);
  });
  return { issues, ruleset };
}

type Add = (path: Path, code: InputIssue["code"], message: string) => void;

function checkFiscalYear(input: Rec, override: Ruleset | undefined, add: Add): Ruleset | undefined {
  const read = readFiscalYear(input.fiscalYear);
  if (!read.ok) return undefined; // the shape check reports it
  if (override) {
    if (override.fiscalYear !== read.year) {
      add(
        ["fiscalYear"],
        "unsupported_fiscal_year",
        `fiscal year ${read.year} does not match the ruleset ${override.id} (FY${override.fiscalYear}); pass the ruleset of the application's year`,
      );
      return undefined;
    }
    return override;
  }
  const ruleset = findRuleset(read.year);
  if (!ruleset) {
    const why =
      read.year < FIRST_FISCAL_YEAR
        ? `the measure starts in FY${FIRST_FISCAL_YEAR} (令和7年度); there is no allocation for FY${read.year}`
        : `no ruleset for FY${read.year} yet; the library knows FY${FIRST_FISCAL_YEAR} (令和7年度). A new year is added as a new ruleset`;
    add(["fiscalYear"], "unsupported_fiscal_year", why);
  }
  return ruleset;
}

function checkBody(body: Rec, add: Add): void {
  const given = has(body, "fiscalCapabilityIndex");
  const years = has(body, "fiscalCapabilityYears");
  if (given === years) {
    add(
      ["body"],
      given ? "invalid_fci" : "required",
      given
        ? "give the 財政力指数 one way only: fiscalCapabilityIndex or fiscalCapabilityYears, not both"
        : 'give the 財政力指数: fiscalCapabilityIndex (e.g. "0.45") or fiscalCapabilityYears (three { revenue, need })',
    );
  }
  if (
    typeof body.code === "string" &&
    !bodyCodeProblem(body.code) &&
    (body.kind === "municipality" || body.kind === "prefecture")
  ) {
    const byCode = kindOfCode(body.code);
    if (byCode !== body.kind) {
      add(
        ["body", "kind"],
        "kind_mismatch",
        `code ${body.code} is a ${byCode}'s code (${byCode === "prefecture" ? "都道府県: digits 3–5 are 000" : "市町村"}), but kind is "${body.kind}"; correct one of them`,
      );
    }
  }
  list(body.fiscalCapabilityYears).forEach((year, i) => {
    if (!isRecord(year)) return;
    const need = readNonNegativeDecimal(year.need, "need");
    if (need.ok && new Dec(need.text).isZero())
      add(
        ["body", "fiscalCapabilityYears", i, "need"],
        "invalid_fci",
        "need (基準財政需要額) must be above zero: the index divides by it",
      );
  });
}

function checkPurpose(record: Rec, path: Path, what: string, add: Add): void {
  const hasPrimary = has(record, "primaryPurpose");
  const hasWeights = has(record, "purposeWeights");
  if (!hasPrimary && !hasWeights) {
    add(
      path,
      "missing_purpose",
      `the ${what} must give primaryPurpose ("dual-residence" or "migration") or purposeWeights: ※5 sends it wholly to one measure by its primary purpose`,
    );
    return;
  }
  if (hasPrimary && hasWeights) {
    add(path, "conflicting_purpose", `give primaryPurpose or purposeWeights, not both (※5 needs one primary purpose)`);
    return;
  }
  if (!hasWeights || !isRecord(record.purposeWeights)) return;
  const dual = readNonNegativeDecimal(record.purposeWeights.dualResidence, "weight");
  const migration = readNonNegativeDecimal(record.purposeWeights.migration, "weight");
  if (!dual.ok || !migration.ok) return;
  const cmp = new Dec(dual.text).comparedTo(new Dec(migration.text));
  if (cmp === 0) {
    add(
      [...path, "purposeWeights"],
      "tied_purpose",
      `purposeWeights are tied (${dual.text} : ${migration.text}); ※5 needs one primary purpose: state primaryPurpose instead`,
    );
  }
}

function unique(seen: Map<string, string>, id: unknown, path: Path, what: string, add: Add): void {
  if (typeof id !== "string") return;
  const first = seen.get(id);
  if (first !== undefined)
    add(path, "duplicate_id", `${what} id "${id}" is used again (first at ${first}); ids must be unique`);
  else seen.set(id, formatPath(path));
}

/** The cross-field checks of one expense on its own (for `classifyExpense`). */
export function expenseIssues(expense: unknown, path: Path): InputIssue[] {
  const issues: InputIssue[] = [];
  if (isRecord(expense))
    checkExpenseFacts(expense, path, (p, code, message) => issues.push({ path: formatPath(p), code, message }));
  return issues;
}

function checkExpenseFacts(expense: Rec, path: Path, add: Add): void {
  if (typeof expense.item !== "string") return;
  const item = findItem(expense.item);
  if (!item) return; // the shape check reports the unknown item
  for (const fact of ALL_FACTS) {
    const present = has(expense, fact);
    if (item.requiredFacts.includes(fact) && !present) {
      const footnote = FACT_FOOTNOTE[fact];
      const mark = footnote ? `${FOOTNOTE_MARK[footnote]} ` : "";
      add([...path, fact], "missing_fact", `${item.id} needs ${mark}fact ${FACT_HINT[fact]}`);
    } else if (present && !item.requiredFacts.includes(fact) && !item.optionalFacts.includes(fact)) {
      add(
        [...path, fact],
        "irrelevant_fact",
        `${fact} does not apply to ${item.id}; remove it (or choose the item it belongs to)`,
      );
    }
  }
  if (isRecord(expense.system)) {
    if (expense.system.phase === "build" && !has(expense.system, "digitalBondCovers")) {
      add(
        [...path, "system", "digitalBondCovers"],
        "missing_fact",
        "a registration-system build must say digitalBondCovers: true | false (※1: build costs the digital bond covers are out)",
      );
    }
    if (expense.system.phase === "upkeep" && has(expense.system, "digitalBondCovers")) {
      add(
        [...path, "system", "digitalBondCovers"],
        "irrelevant_fact",
        "digitalBondCovers applies to build costs only (※1); upkeep counts as it is: remove it",
      );
    }
  }
  if (
    isRecord(expense.facility) &&
    expense.facility.implementer === "government" &&
    !has(expense.facility, "regionalBondCovers")
  ) {
    add(
      [...path, "facility", "regionalBondCovers"],
      "missing_fact",
      "work the body carries out must say regionalBondCovers: true | false (※2: costs the 地域活性化事業債 covers are out)",
    );
  }
}

function checkCoordinatorFacts(coordinator: Rec, path: Path, add: Add): void {
  const activities = list(coordinator.activities).filter(
    (a): a is string => typeof a === "string" && findActivity(a) !== undefined,
  );
  const seen = new Set<string>();
  for (const [i, a] of activities.entries()) {
    if (seen.has(a)) add([...path, "activities", i], "duplicate_id", `activity "${a}" is listed twice`);
    seen.add(a);
  }
  const studies = seen.has("regional-study-support");
  if (studies && !has(coordinator, "regionalStudy"))
    add([...path, "regionalStudy"], "missing_fact", `regional-study-support needs ※4 fact ${FACT_HINT.regionalStudy}`);
  if (!studies && has(coordinator, "regionalStudy"))
    add(
      [...path, "regionalStudy"],
      "irrelevant_fact",
      "regionalStudy applies only to the activity regional-study-support; remove it",
    );
  if (seen.has("other") && !has(coordinator, "description"))
    add(
      [...path, "description"],
      "missing_fact",
      "the activity other needs a description of the work (it will need review)",
    );
}
