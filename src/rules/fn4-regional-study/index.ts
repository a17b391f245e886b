import { z } from "zod";
import { formatCitation } from "../cite.js";
import { stepIds } from "../../trace/names.js";
import type { ReviewFlag } from "../../trace/step.js";
import { factFlag, typeError, YES_NO } from "../fact-schema.js";
import type { Condition, FactChange, StatedFact, LineRule } from "../rule.js";
import { spaceOf, tabulated } from "../verdict-table.js";

/*
 * ※4 (seed): regional study (地域留学) counts only when (a) its main purpose is taking in students from
 * outside the region, (b) it is not mainly about making the school attractive (学校魅力化), and (c) it is
 * placed in the body's regional-revitalisation strategy (地方創生総合戦略) or a like plan. It bears on the
 * programmes (opportunity.regional-study-programs) and on coordinators' regional-study support.
 */

/**
 * The facts ※4 asks of regional study (地域留学): it counts only for `true`, `false`, `true`.
 *
 * @example
 * ```ts
 * classifyExpense({ id: "E4", item: "opportunity.regional-study-programs", amount: "500000",
 *   regionalStudy: { takesOutsideStudents: true, mainlySchoolAppeal: true, inStrategyPlan: true } }).rules;   //=> ["fn4"]
 * ```
 * @category Schema
 */
export interface RegionalStudyFacts {
  /** ※4 (a): its main purpose is taking in students from outside the region. */
  readonly takesOutsideStudents: boolean;
  /** ※4 (b): it is mainly about making the school attractive (学校魅力化). */
  readonly mainlySchoolAppeal: boolean;
  /** ※4 (c): it is placed in the body's 地方創生総合戦略 or a like plan. */
  readonly inStrategyPlan: boolean;
}

const schema = z.strictObject(
  {
    /** ※4 (a): its main purpose is taking in students from outside the region. */
    takesOutsideStudents: factFlag("regionalStudy.takesOutsideStudents"),
    /** ※4 (b): it is mainly about making the school attractive (学校魅力化). */
    mainlySchoolAppeal: factFlag("regionalStudy.mainlySchoolAppeal"),
    /** ※4 (c): it is placed in the body's 地方創生総合戦略 or a like plan. */
    inStrategyPlan: factFlag("regionalStudy.inStrategyPlan"),
  },
  { error: typeError("an object { takesOutsideStudents, mainlySchoolAppeal, inStrategyPlan } of true/false") },
);

/**
 * A coordinator's record that fails ※4 but also covers other activities: the rules give no way to
 * apportion one person's cost between activities, so the conservative reading takes the whole record out.
 */
const NOT_APPORTIONED: ReviewFlag = {
  code: "fn4-coordinator-not-apportioned",
  note: {
    ja: "地域留学の支援が※4を満たさず、他の活動との按分の定めがないため記録全体を除外（保守的な読み、要確認）。対象となる活動分は別の記録に分けて申請する。",
    en: "The regional-study support fails ※4 and the rules give no way to apportion the record between activities, so the whole record is out (the conservative reading): needs review. Put the qualifying work in its own record.",
  },
};

/** The three conditions: the fact, the value that counts, and its words when it fails (and when flipped). */
const CONDITIONS = [
  {
    key: "takesOutsideStudents",
    counts: true,
    failed: {
      ja: "地域外からの学生の受入れが主目的でない",
      en: "its main purpose is not taking in students from outside",
    },
    flip: { ja: "地域外からの学生の受入れが主目的（※4）", en: "mainly takes in students from outside (※4)" },
  },
  {
    key: "mainlySchoolAppeal",
    counts: false,
    failed: { ja: "学校魅力化が主目的である", en: "it is mainly about school appeal" },
    stated: { ja: "学校魅力化が主目的", en: "it is mainly about school appeal" },
    flip: { ja: "学校魅力化が主目的でない（※4）", en: "not mainly school appeal (※4)" },
  },
  {
    key: "inStrategyPlan",
    counts: true,
    failed: { ja: "地方創生総合戦略等の計画に位置付けられていない", en: "it is not in the body's strategy plan" },
    stated: { ja: "地方創生総合戦略等に位置付けられていない", en: "it is not in the body's strategy plan" },
    flip: { ja: "地方創生総合戦略等に位置付け（※4）", en: "placed in the body's strategy plan (※4)" },
  },
] as const;

/** ※4's decision, worked out once for each answer to each condition, alone or shared with other activities. */
const decideFn4 = tabulated<RegionalStudyFacts>(
  spaceOf<RegionalStudyFacts>({
    takesOutsideStudents: [true, false],
    mainlySchoolAppeal: [true, false],
    inStrategyPlan: [true, false],
  }),
  (f, context) =>
    typeof f.takesOutsideStudents === "boolean" &&
    typeof f.mainlySchoolAppeal === "boolean" &&
    typeof f.inStrategyPlan === "boolean"
      ? (f.takesOutsideStudents ? 1 : 0) +
        (f.mainlySchoolAppeal ? 2 : 0) +
        (f.inStrategyPlan ? 4 : 0) +
        (context.sharedWithOtherActivities ? 8 : 0)
      : -1,
  (facts, context) => {
    const conditions: Condition[] = CONDITIONS.map((c) => ({
      fact: `regionalStudy.${c.key}`,
      expected: String(c.counts),
      received: String(facts[c.key]),
      passed: facts[c.key] === c.counts,
    }));
    const excluded = conditions.some((c) => !c.passed);
    return {
      rule: "fn4",
      outcome: excluded ? "excluded" : "passes",
      conditions,
      ...(excluded && context.sharedWithOtherActivities && { review: NOT_APPORTIONED }),
    };
  },
);

/** ※4: regional study only under all three conditions; a failing coordinator record is out whole. */
export const fn4: LineRule<RegionalStudyFacts> = {
  id: "fn4",
  mark: "※4",
  cite: (ruleset) => ruleset.footnotes.fn4,
  facts: {
    field: "regionalStudy",
    schema: schema,
    questions: CONDITIONS.map((c) => ({
      path: `regionalStudy.${c.key}`,
      question: {
        takesOutsideStudents: {
          ja: "地域外からの学生の受入れが主な目的ですか（※4）。",
          en: "Is its main purpose taking in students from outside the region (※4)?",
        },
        mainlySchoolAppeal: {
          ja: "学校の魅力化が主な目的ですか（※4）。",
          en: "Is it mainly about making the school attractive (学校魅力化, ※4)?",
        },
        inStrategyPlan: {
          ja: "地方創生総合戦略等の計画に位置付けられていますか（※4）。",
          en: "Is it placed in the body's 地方創生総合戦略 or a like plan (※4)?",
        },
      }[c.key],
      options: YES_NO,
    })),
    hint: "regionalStudy: { takesOutsideStudents, mainlySchoolAppeal, inStrategyPlan } (※4: regional study only under all three conditions)",
    canonical: (f) => ({
      takesOutsideStudents: f.takesOutsideStudents,
      mainlySchoolAppeal: f.mainlySchoolAppeal,
      inStrategyPlan: f.inStrategyPlan,
    }),
  },
  decide: (facts, _ruleset, context) => decideFn4(facts, context),
  step: (lineId, facts, verdict, ruleset) => ({
    id: stepIds.lineRule(lineId, "fn4"),
    rule: "fn4",
    cite: formatCitation(ruleset.footnotes.fn4),
    subject: `line ${lineId}`,
    inputs: {
      takesOutsideStudents: String(facts.takesOutsideStudents),
      mainlySchoolAppeal: String(facts.mainlySchoolAppeal),
      inStrategyPlan: String(facts.inStrategyPlan),
    },
    output: { outcome: verdict.outcome },
    ...(verdict.review && { needsReview: verdict.review }),
  }),
  note: ({ inputs, output }) => {
    const failed = CONDITIONS.filter((c) => inputs[c.key] !== String(c.counts)).map((c) => c.failed);
    return output.outcome === "excluded"
      ? {
          ja: `地域留学は${failed.map((f) => f.ja).join("、")}ため対象外（※4）。`,
          en: `Regional study is out because ${failed.map((f) => f.en).join("; ")} (※4).`,
        }
      : {
          ja: "地域外からの学生受入れが主目的で、学校魅力化が主目的でなく、戦略に位置付けられているため対象（※4）。",
          en: "Takes in outside students, not mainly school appeal, in the strategy plan: counts (※4).",
        };
  },
  whyNot: (step, subject) => {
    const failed: StatedFact[] = [];
    const flips: FactChange[] = [];
    for (const c of CONDITIONS) {
      const against = String(!c.counts);
      if (step.inputs[c.key] !== against) continue;
      const fact = `regionalStudy.${c.key}`;
      failed.push({ fact, value: against, label: "stated" in c ? c.stated : c.failed });
      flips.push({ subject, fact, from: against, to: String(c.counts), label: c.flip });
    }
    return {
      condition: {
        ja: "地域留学は、地域外からの学生の受入れが主目的で、学校魅力化が主目的でなく、地方創生総合戦略等に位置付けられている場合に限り対象",
        en: "Regional study counts only when its main purpose is taking in students from outside, it is not mainly about school appeal, and it is in the body's strategy plan",
      },
      failed,
      changes: [flips],
      ...(step.needsReview && { note: step.needsReview.note }),
    };
  },
};
