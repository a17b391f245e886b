import { kindOfCode, bodyCodeProblem } from "../body/body-code.js";
import { publishedIndex, registeredBody } from "../body/registry.js";
import { readNonNegativeDecimal } from "../money/index.js";
import { Dec } from "../money/decimal.js";
import {
  findRuleset,
  FIRST_FISCAL_YEAR,
  KNOWN_YEARS,
  LATEST_RULESET,
  rulesets,
  type Ruleset,
} from "../rulesets/index.js";
import { LINE_RULE_ORDER, type AnyLineRule, type FactIssue } from "../rules/index.js";
import { FOOTNOTE_IDS } from "../trace/names.js";
import { readFiscalYear } from "../rulesets/fiscal-year.js";
import { formatPath, type InputIssue } from "./input-error.js";

type Path = PropertyKey[];

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (r: Rec, key: string): boolean => Object.prototype.hasOwnProperty.call(r, key) && r[key] !== undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

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
  // Facts are checked against the year's catalog and rules; an unknown year against the latest.
  const rules = ruleset ?? rulesetOverride ?? LATEST_RULESET;
  if (isRecord(input.body)) checkBody(input.body, ruleset, add);
  const lineIds = new Map<string, string>();
  const projectIds = new Map<string, string>();
  list(input.projects).forEach((project, p) => {
    if (!isRecord(project)) return;
    const path: Path = ["projects", p];
    unique(projectIds, project.id, [...path, "id"], "project", add);
    checkPurpose(project, path, "project", rules, add);
    list(project.expenses).forEach((expense, e) => {
      if (!isRecord(expense)) return;
      const ePath: Path = [...path, "expenses", e];
      unique(lineIds, expense.id, [...ePath, "id"], "line", add);
      checkExpenseFacts(expense, ePath, rules, add);
      checkLineFunding(expense, ePath, "amount", rules, add);
    });
  });
  list(input.coordinators).forEach((coordinator, c) => {
    if (!isRecord(coordinator)) return;
    const path: Path = ["coordinators", c];
    unique(lineIds, coordinator.id, [...path, "id"], "line", add);
    if (coordinator.track === undefined) checkPurpose(coordinator, path, "coordinator", rules, add);
    else checkTrack(coordinator, path, rules, ruleset !== undefined, add);
    checkCoordinatorFacts(coordinator, path, rules, add);
    checkLineFunding(coordinator, path, "cost", rules, add);
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
        : `no ruleset for FY${read.year} yet; the library knows ${KNOWN_YEARS}. A new year is added as a new ruleset`;
    add(["fiscalYear"], "unsupported_fiscal_year", why);
  }
  return ruleset;
}

function checkBody(body: Rec, ruleset: Ruleset | undefined, add: Add): void {
  const given = has(body, "fiscalCapabilityIndex");
  const years = has(body, "fiscalCapabilityYears");
  if (given && years) {
    add(
      ["body"],
      "invalid_fci",
      "give the 財政力指数 one way only: fiscalCapabilityIndex or fiscalCapabilityYears, not both",
    );
  } else if (!given && !years) {
    // Without a figure the registry's published one is used: the year before the allocation's.
    const code = typeof body.code === "string" ? body.code : "";
    const ask =
      'give the 財政力指数: fiscalCapabilityIndex (e.g. "0.45") or fiscalCapabilityYears (three { revenue, need })';
    // A code with a problem of its own, or a year without a ruleset, is reported as that: once it is fixed the
    // registry may hold the figure, so asking for it here would only be a consequence of the other error.
    if (bodyCodeProblem(code) !== null) {
      // reported at body.code
    } else if (!registeredBody(code)) add(["body"], "required", ask);
    else if (ruleset && !publishedIndex(code, ruleset)) {
      const year = ruleset.fiscalYear - 1;
      add(
        ["body"],
        "required",
        `${ask}: an FY${ruleset.fiscalYear} allocation uses the 財政力指数 published for FY${year}, which the registry does not hold yet`,
      );
    }
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

/**
 * A record of the ふるさと住民 track: the track exists from FY2026 (a ruleset with its parameters); ※5 does
 * not route it, so a purpose on it would be ignored: refused instead.
 */
/** The first fiscal year whose ruleset has the ふるさと住民 track. */
const FURUSATO_FROM = Math.min(...Object.values(rulesets).flatMap((r) => (r.furusato ? [r.fiscalYear] : [])));

function checkTrack(record: Rec, path: Path, ruleset: Ruleset, yearKnown: boolean, add: Add): void {
  if (record.track !== "furusato-resident") return; // the shape check reports another value
  if (yearKnown && !ruleset.furusato) {
    const from = FURUSATO_FROM;
    add(
      [...path, "track"],
      "invalid_value",
      `the ふるさと住民 track exists from FY${from} (provisional); FY${ruleset.fiscalYear} has no such track: compute the application under FY${from}, or remove track and give the record a primaryPurpose`,
    );
  }
  for (const field of ["primaryPurpose", "purposeWeights"])
    if (has(record, field))
      add(
        [...path, field],
        "irrelevant_fact",
        `${field} does not apply to a record of the ふるさと住民 track (※5 does not route it); remove it`,
      );
}

function checkPurpose(record: Rec, path: Path, what: "project" | "coordinator", ruleset: Ruleset, add: Add): void {
  addFactIssues(ruleset.rules.fn5.facts.crossCheck(record, what), path, add);
}

function addFactIssues(issues: readonly FactIssue[], path: Path, add: Add): void {
  for (const issue of issues) add([...path, ...issue.path], issue.code, issue.message);
}

function unique(seen: Map<string, string>, id: unknown, path: Path, what: string, add: Add): void {
  if (typeof id !== "string") return;
  const first = seen.get(id);
  if (first !== undefined)
    add(path, "duplicate_id", `${what} id "${id}" is used again (first at ${first}); ids must be unique`);
  else seen.set(id, formatPath(path));
}

/** The cross-field checks of one expense on its own (for `classifyExpense`). */
export function expenseIssues(expense: unknown, path: Path, ruleset: Ruleset): InputIssue[] {
  const issues: InputIssue[] = [];
  const add: Add = (p, code, message) => issues.push({ path: formatPath(p), code, message });
  if (isRecord(expense)) {
    checkExpenseFacts(expense, path, ruleset, add);
    checkLineFunding(expense, path, "amount", ruleset, add);
  }
  return issues;
}

/** Every line's funding facts: 特定財源 at most the cost; a double claim under "other" names its measure. */
function checkLineFunding(record: Rec, path: Path, amountField: "amount" | "cost", ruleset: Ruleset, add: Add): void {
  addFactIssues(ruleset.rules["own-burden"].crossCheck(record, amountField), path, add);
  addFactIssues(ruleset.rules["double-claim"].recordCheck?.(record) ?? [], path, add);
}

/**
 * The line rules and the field each owns, in the rules' order (system, facility, cashHandout, regionalStudy,
 * description): the facts an item or activity requires are their rules' fields.
 */
const fieldRules = (ruleset: Ruleset): [string, AnyLineRule][] =>
  LINE_RULE_ORDER.map((id) => [ruleset.rules[id].facts.field, ruleset.rules[id]]);

/** "※1 " for a footnote's facts; nothing for a fact that is not a footnote's (a description). */
const markOf = (rule: AnyLineRule): string =>
  (FOOTNOTE_IDS as readonly string[]).includes(rule.id) ? `${rule.mark} ` : "";

function checkExpenseFacts(expense: Rec, path: Path, ruleset: Ruleset, add: Add): void {
  if (typeof expense.item !== "string") return;
  const item = ruleset.catalog.findItem(expense.item);
  if (!item) return; // the shape check reports the unknown item
  for (const [fact, rule] of fieldRules(ruleset)) {
    const present = has(expense, fact);
    const required = (item.requiredFacts as readonly string[]).includes(fact);
    if (required && !present) {
      add([...path, fact], "missing_fact", `${item.id} needs ${markOf(rule)}fact ${rule.facts.hint}`);
    } else if (
      present &&
      !required &&
      rule.everyLine !== true &&
      !(item.optionalFacts as readonly string[]).includes(fact)
    ) {
      add(
        [...path, fact],
        "irrelevant_fact",
        `${fact} does not apply to ${item.id}; remove it (or choose the item it belongs to)`,
      );
    }
    if (present && isRecord(expense[fact]))
      addFactIssues(rule.facts.crossCheck?.(expense[fact]) ?? [], [...path, fact], add);
  }
}

function checkCoordinatorFacts(coordinator: Rec, path: Path, ruleset: Ruleset, add: Add): void {
  const { catalog } = ruleset;
  const activities = list(coordinator.activities).filter(
    (a): a is string => typeof a === "string" && catalog.findActivity(a) !== undefined,
  );
  const seen = new Set<string>();
  for (const [i, a] of activities.entries()) {
    if (seen.has(a)) add([...path, "activities", i], "duplicate_id", `activity "${a}" is listed twice`);
    seen.add(a);
  }
  // The facts the activities' rules read are required; a rule's facts without its activity do not apply.
  const listed = [...seen].flatMap((id) => catalog.findActivity(id) ?? []);
  for (const [field, rule] of fieldRules(ruleset)) {
    const needers = listed.filter((a) =>
      rule.id === "other-item" ? a.isOther : (a.footnotes as readonly string[]).includes(rule.id),
    );
    const present = has(coordinator, field);
    if (needers.length > 0 && !present) {
      add(
        [...path, field],
        "missing_fact",
        rule.id === "other-item"
          ? `the activity ${needers[0]?.id ?? ""} needs a description of the work (it will need review)`
          : `${needers[0]?.id ?? ""} needs ${markOf(rule)}fact ${rule.facts.hint}`,
      );
    }
    const owners = catalog.coordinatorActivities.filter((a) => (a.footnotes as readonly string[]).includes(rule.id));
    // Facts no activity's rule reads (system, facility …) are not coordinator fields: the shape check reports them.
    if (needers.length === 0 && present && rule.id !== "other-item" && owners.length > 0) {
      add(
        [...path, field],
        "irrelevant_fact",
        `${field} applies only to the activity ${owners.map((a) => a.id).join(", ")}; remove it`,
      );
    }
  }
}
