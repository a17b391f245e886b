import { footnote1, footnote2, footnote3, footnote4, otherItem } from "./unit-calls.js";
import { describe, expect, it } from "vitest";
import { getRuleset } from "../../src/index.js";
import type { RuleResult as RuleVerdict } from "./unit-calls.js";

// What each footnote rule writes into the trace for each outcome: the step an auditor reads (id, cite,
// the facts it read, the outcome, the note in both languages) and any review flag. Written out in full and
// read against the seed's footnotes (※1–※4, 等); a change of wording is a change of the trace's content
// (CHANGELOG: breaking) and must show up here.
const ruleset = getRuleset(2025);
const base = { id: "E1", amount: "1000000" };

type Expected = { rule: string; excludes: boolean; inputs: Record<string, string>; outcome: string };
type Note = { ja: string; en: string };

const cases: [string, () => RuleVerdict, Expected, Note][] = [
  [
    "※1: a build cost the digital bond covers is out",
    () =>
      footnote1(
        { ...base, item: "information.registration-system", system: { phase: "build", digitalBondCovers: true } },
        ruleset,
      ),
    { rule: "fn1", excludes: true, inputs: { phase: "build", digitalBondCovers: "true" }, outcome: "excluded" },
    {
      ja: "登録システムの構築費でデジタル活用推進事業債の対象となるため対象外（※1）。",
      en: "A registration-system build cost the digital bond covers: out (※1).",
    },
  ],
  [
    "※1: a build cost it does not cover counts",
    () =>
      footnote1(
        { ...base, item: "information.registration-system", system: { phase: "build", digitalBondCovers: false } },
        ruleset,
      ),
    { rule: "fn1", excludes: false, inputs: { phase: "build", digitalBondCovers: "false" }, outcome: "passes" },
    {
      ja: "登録システムの構築費でデジタル活用推進事業債の対象とならないため対象（※1）。",
      en: "A registration-system build cost the digital bond does not cover: counts (※1).",
    },
  ],
  [
    "※1: upkeep counts",
    () => footnote1({ ...base, item: "information.registration-system", system: { phase: "upkeep" } }, ruleset),
    { rule: "fn1", excludes: false, inputs: { phase: "upkeep" }, outcome: "passes" },
    {
      ja: "登録システムの維持費は対象（※1は構築費のみを制限）。",
      en: "Registration-system upkeep counts (※1 limits build costs only).",
    },
  ],
  [
    "※2: new construction by a private operator is out",
    () =>
      footnote2(
        { ...base, item: "opportunity.facilities", facility: { implementer: "private", work: "new" } },
        ruleset,
      ),
    { rule: "fn2", excludes: true, inputs: { implementer: "private", work: "new" }, outcome: "excluded" },
    {
      ja: "民間事業者が実施主体となる整備のうち新築は対象外（※2）。",
      en: "New construction by a private operator: out (※2).",
    },
  ],
  [
    "※2: a private renovation the regional bond does not cover counts",
    () =>
      footnote2(
        { ...base, item: "opportunity.facilities", facility: { implementer: "private", work: "renovation" } },
        ruleset,
      ),
    { rule: "fn2", excludes: false, inputs: { implementer: "private", work: "renovation" }, outcome: "passes" },
    {
      ja: "民間事業者による改修で地域活性化事業債の対象外のため対象（※2）。",
      en: "Renovation by a private operator, not covered by the regional-revitalisation bond: counts (※2).",
    },
  ],
  [
    "※2: what the regional bond covers is out",
    () =>
      footnote2(
        {
          ...base,
          item: "opportunity.facilities",
          facility: { implementer: "government", work: "new", regionalBondCovers: true },
        },
        ruleset,
      ),
    {
      rule: "fn2",
      excludes: true,
      inputs: { implementer: "government", work: "new", regionalBondCovers: "true" },
      outcome: "excluded",
    },
    {
      ja: "地域活性化事業債の対象経費は本措置の対象外（※2）。",
      en: "Covered by the regional-revitalisation bond: out of this measure (※2).",
    },
  ],
  [
    "※2: the body's own work the bond does not cover counts",
    () =>
      footnote2(
        {
          ...base,
          item: "opportunity.facilities",
          facility: { implementer: "government", work: "renovation", regionalBondCovers: false },
        },
        ruleset,
      ),
    {
      rule: "fn2",
      excludes: false,
      inputs: { implementer: "government", work: "renovation", regionalBondCovers: "false" },
      outcome: "passes",
    },
    {
      ja: "地方自治体による整備で地域活性化事業債の対象外のため対象（※2）。",
      en: "Work by the body itself, not covered by the regional-revitalisation bond: counts (※2).",
    },
  ],
  [
    "※3: a cash handout is out",
    () => footnote3({ ...base, item: "reception.jobs-and-side-jobs", cashHandout: true }, ruleset),
    { rule: "fn3", excludes: true, inputs: { cashHandout: "true" }, outcome: "excluded" },
    {
      ja: "二地域居住者等への交通費支援等の現金給付は対象外（※3）。",
      en: "A cash handout to dual residents (travel support and the like): out (※3).",
    },
  ],
  [
    "※3: anything else passes",
    () => footnote3({ ...base, item: "reception.jobs-and-side-jobs", cashHandout: false }, ruleset),
    { rule: "fn3", excludes: false, inputs: { cashHandout: "false" }, outcome: "passes" },
    { ja: "現金給付ではないため※3による除外なし。", en: "Not a cash handout: ※3 does not exclude it." },
  ],
  [
    "※4: outside students, not mainly school appeal, in the plan: counts",
    () => footnote4("E1", { takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: true }, ruleset),
    {
      rule: "fn4",
      excludes: false,
      inputs: { takesOutsideStudents: "true", mainlySchoolAppeal: "false", inStrategyPlan: "true" },
      outcome: "passes",
    },
    {
      ja: "地域外からの学生受入れが主目的で、学校魅力化が主目的でなく、戦略に位置付けられているため対象（※4）。",
      en: "Takes in outside students, not mainly school appeal, in the strategy plan: counts (※4).",
    },
  ],
  [
    "※4: every condition failed, each named",
    () => footnote4("E1", { takesOutsideStudents: false, mainlySchoolAppeal: true, inStrategyPlan: false }, ruleset),
    {
      rule: "fn4",
      excludes: true,
      inputs: { takesOutsideStudents: "false", mainlySchoolAppeal: "true", inStrategyPlan: "false" },
      outcome: "excluded",
    },
    {
      ja: "地域留学は地域外からの学生の受入れが主目的でない、学校魅力化が主目的である、地方創生総合戦略等の計画に位置付けられていないため対象外（※4）。",
      en: "Regional study is out because its main purpose is not taking in students from outside; it is mainly about school appeal; it is not in the body's strategy plan (※4).",
    },
  ],
];

describe("the steps the footnote rules write", () => {
  it.each(cases)("%s", (_, verdict, { rule, excludes, inputs, outcome }, note) => {
    expect(verdict()).toEqual({
      rule,
      excludes,
      step: {
        id: `line/E1/${rule}`,
        rule,
        cite: `seed ※${rule.slice(2)}`,
        subject: "line E1",
        inputs,
        output: { outcome },
        note,
      },
    });
  });

  it("※4: a coordinator record with other activities is out whole, flagged", () => {
    expect(
      footnote4("C1", { takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: false }, ruleset, true),
    ).toEqual({
      rule: "fn4",
      excludes: true,
      review: {
        code: "fn4-coordinator-not-apportioned",
        note: {
          ja: "地域留学の支援が※4を満たさず、他の活動との按分の定めがないため記録全体を除外（保守的な読み、要確認）。対象となる活動分は別の記録に分けて申請する。",
          en: "The regional-study support fails ※4 and the rules give no way to apportion the record between activities, so the whole record is out (the conservative reading): needs review. Put the qualifying work in its own record.",
        },
      },
      step: {
        id: "line/C1/fn4",
        rule: "fn4",
        cite: "seed ※4",
        subject: "line C1",
        inputs: {
          takesOutsideStudents: "true",
          mainlySchoolAppeal: "false",
          inStrategyPlan: "false",
        },
        output: {
          outcome: "excluded",
        },
        note: {
          ja: "地域留学は地方創生総合戦略等の計画に位置付けられていないため対象外（※4）。",
          en: "Regional study is out because it is not in the body's strategy plan (※4).",
        },
        needsReview: {
          code: "fn4-coordinator-not-apportioned",
          note: {
            ja: "地域留学の支援が※4を満たさず、他の活動との按分の定めがないため記録全体を除外（保守的な読み、要確認）。対象となる活動分は別の記録に分けて申請する。",
            en: "The regional-study support fails ※4 and the rules give no way to apportion the record between activities, so the whole record is out (the conservative reading): needs review. Put the qualifying work in its own record.",
          },
        },
      },
    });
  });

  it("等: an other item counts, flagged, with its description", () => {
    expect(otherItem("E1", "a workshop like a tour", "きっかけづくり")).toEqual({
      rule: "other-item",
      excludes: false,
      review: {
        code: "other-item",
        note: {
          ja: "「きっかけづくり」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: a workshop like a tour",
          en: "Counted as other spending of the same kind (等) under きっかけづくり; whether it is alike needs review: a workshop like a tour",
        },
      },
      step: {
        id: "line/E1/other-item",
        rule: "other-item",
        cite: "seed 等 (each list of items ends in 等)",
        subject: "line E1",
        inputs: {
          description: "a workshop like a tour",
        },
        output: {
          outcome: "passes (needs review)",
        },
        note: {
          ja: "「きっかけづくり」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: a workshop like a tour",
          en: "Counted as other spending of the same kind (等) under きっかけづくり; whether it is alike needs review: a workshop like a tour",
        },
        needsReview: {
          code: "other-item",
          note: {
            ja: "「きっかけづくり」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: a workshop like a tour",
            en: "Counted as other spending of the same kind (等) under きっかけづくり; whether it is alike needs review: a workshop like a tour",
          },
        },
      },
    });
  });
});
