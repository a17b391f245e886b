import type { RuleVersions } from "../rules/index.js";
import type { Ruleset } from "../rulesets/index.js";
import { BODY_KIND_TERMS, FUNDING_TERMS, MEASURE_TERMS, POST_TERMS } from "../trace/glossary.js";
import type { WordedStep } from "../trace/step.js";
import { dispositionLabel, ruleMark, type Lang } from "./labels.js";

/** Words for the values one key takes. */
type Words = Readonly<Partial<Record<string, string>>>;

const japanese = (terms: Readonly<Record<string, { readonly ja: string }>>): Words =>
  Object.fromEntries(Object.entries(terms).map(([value, term]) => [value, term.ja]));

/** A rule's outcome on a line. */
const OUTCOMES: Words = { excluded: "対象外", passes: "適合", "passes (needs review)": "適合（要確認）" };

/** What a coordinator cap is read against. */
const CAP_BASES: Words = { "own-burden": FUNDING_TERMS.ownBurden.ja, gross: "総事業費" };

/** The keys whose values are the library's enumerations, wherever a step has them. */
const BY_KEY: Readonly<Partial<Record<string, Words>>> = {
  kind: japanese(BODY_KIND_TERMS),
  post: japanese(POST_TERMS),
  primaryPurpose: japanese(MEASURE_TERMS),
  measure: japanese(MEASURE_TERMS),
  disposition: dispositionLabel.ja,
  outcome: OUTCOMES,
  capBasis: CAP_BASES,
  otherBasis: CAP_BASES,
};

const MARKS: Words = ruleMark.ja;

/** The words of a fact a line rule reads ("facility.work": new → 新築), from the question its unit asks. */
function factWords(ruleset: Ruleset | undefined, rule: string, key: string): Words | undefined {
  if (!ruleset || !Object.hasOwn(ruleset.rules, rule)) return undefined;
  const question = ruleset.rules[rule as keyof RuleVersions].facts.questions.find(
    (q) => q.path === key || q.path.endsWith(`.${key}`),
  );
  // Its named answers: a yes or no is clear as true or false.
  return (
    question &&
    Object.fromEntries(
      question.options.flatMap((o) => (typeof o.value === "string" ? [[o.value, o.label.ja] as const] : [])),
    )
  );
}

/** A line's `checks` (its rules' outcomes, "fn2=excluded, other-item=passes") by the rules' marks. */
function checksText(value: string): string {
  if (value === "none") return "なし";
  return value
    .split(", ")
    .map((part) => {
      const at = part.indexOf("=");
      const [rule, outcome] = [part.slice(0, at), part.slice(at + 1)];
      return `${MARKS[rule] ?? rule}: ${OUTCOMES[outcome] ?? outcome}`;
    })
    .join("、");
}

/**
 * A step's input or output value as the document shows it. In English, as the JSON holds it. In Japanese,
 * a value of one of the library's enumerations keeps its raw form, so that it still matches the file, and is
 * labelled with its words: "municipality（市町村）", "new（新築）", "regional-revitalization-promotion（地方創生
 * の推進に要する経費）"; `checks`, the summary of a line's rule steps, is written with the rules' marks
 * ("※2: 対象外", "なし"), as the rules are everywhere else in the Japanese document. Numbers, booleans and
 * user text are as they are.
 */
export function stepValueText(
  step: WordedStep,
  key: string,
  value: string,
  ruleset: Ruleset | undefined,
  lang: Lang,
): string {
  if (lang === "en") return value;
  if (key === "checks") return checksText(value);
  const words = BY_KEY[key] ?? factWords(ruleset, step.rule, key);
  if (!words) return value;
  const labelled = value.split(",").map((part) => words[part]);
  return labelled.every((w) => w !== undefined) ? `${value}（${labelled.join("、")}）` : value;
}
