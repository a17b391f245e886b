import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { RegionalStudyFacts } from "../schema/application.js";
import type { ReviewFlag } from "../trace/step.js";
import { outcome, type RuleVerdict } from "./verdict.js";

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

/**
 * ※4 (seed): regional study (地域留学) counts only when (a) its main purpose is taking in students from
 * outside the region, (b) it is not mainly about school appeal (学校魅力化), and (c) it is placed in the
 * body's 地方創生総合戦略 or a like plan. Used for programmes and for coordinators' regional-study support.
 */
export function footnote4(
  lineId: string,
  facts: RegionalStudyFacts,
  ruleset: Ruleset,
  sharedWithOtherActivities = false,
): RuleVerdict {
  const failed: { ja: string; en: string }[] = [];
  if (!facts.takesOutsideStudents)
    failed.push({
      ja: "地域外からの学生の受入れが主目的でない",
      en: "its main purpose is not taking in students from outside",
    });
  if (facts.mainlySchoolAppeal) failed.push({ ja: "学校魅力化が主目的である", en: "it is mainly about school appeal" });
  if (!facts.inStrategyPlan)
    failed.push({ ja: "地方創生総合戦略等の計画に位置付けられていない", en: "it is not in the body's strategy plan" });
  const excludes = failed.length > 0;
  const review = excludes && sharedWithOtherActivities ? NOT_APPORTIONED : undefined;
  return {
    rule: "fn4",
    excludes,
    ...(review && { review }),
    step: {
      id: `line/${lineId}/fn4`,
      rule: "fn4",
      cite: formatCitation(ruleset.footnotes.fn4),
      subject: `line ${lineId}`,
      inputs: {
        takesOutsideStudents: String(facts.takesOutsideStudents),
        mainlySchoolAppeal: String(facts.mainlySchoolAppeal),
        inStrategyPlan: String(facts.inStrategyPlan),
      },
      output: { outcome: outcome(excludes) },
      note: excludes
        ? {
            ja: `地域留学は${failed.map((f) => f.ja).join("、")}ため対象外（※4）。`,
            en: `Regional study is out because ${failed.map((f) => f.en).join("; ")} (※4).`,
          }
        : {
            ja: "地域外からの学生受入れが主目的で、学校魅力化が主目的でなく、戦略に位置付けられているため対象（※4）。",
            en: "Takes in outside students, not mainly school appeal, in the strategy plan: counts (※4).",
          },
      ...(review && { needsReview: review }),
    },
  };
}
