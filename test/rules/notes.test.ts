import { footnote1, footnote2, footnote4 } from "./unit-calls.js";
import { describe, expect, it } from "vitest";
import { getRuleset } from "../../src/index.js";
import { Dec } from "../../src/money/decimal.js";
import { disposition } from "../../src/rules/disposition.js";
import { caveats } from "../../src/calculate/caveats.js";
import type { Line } from "../../src/rules/line.js";
import { worded } from "../support.js";

/* The trace is read by auditors: each rule's note says exactly why, in both languages. */

const ruleset = getRuleset(2025);
const base = { id: "E1", amount: "1000000" };

describe("notes of the footnote rules", () => {
  it("※1 never excludes upkeep, whatever digitalBondCovers says (only build costs are limited)", () => {
    const verdict = footnote1(
      { ...base, item: "information.registration-system", system: { phase: "upkeep", digitalBondCovers: true } },
      ruleset,
    );
    expect(verdict.excludes).toBe(false);
    expect(verdict.step.note.en).toBe("Registration-system upkeep counts (※1 limits build costs only).");
  });

  it("※2 says both reasons when private new construction is also bond-covered", () => {
    const verdict = footnote2(
      {
        ...base,
        item: "opportunity.facilities",
        facility: { implementer: "private", work: "new", regionalBondCovers: true },
      },
      ruleset,
    );
    expect(verdict.excludes).toBe(true);
    expect(verdict.step.note).toEqual({
      ja: "民間事業者による新築であり、かつ地域活性化事業債の対象経費のため対象外（※2）。",
      en: "New construction by a private operator, and covered by the regional-revitalisation bond: out (※2).",
    });
  });

  it("※4 lists every failed condition", () => {
    const verdict = footnote4(
      "E1",
      { takesOutsideStudents: false, mainlySchoolAppeal: true, inStrategyPlan: false },
      ruleset,
    );
    expect(verdict.step.note).toEqual({
      ja: "地域留学は地域外からの学生の受入れが主目的でない、学校魅力化が主目的である、地方創生総合戦略等の計画に位置付けられていないため対象外（※4）。",
      en: "Regional study is out because its main purpose is not taking in students from outside; it is mainly about school appeal; it is not in the body's strategy plan (※4).",
    });
  });
});

describe("notes of the disposition", () => {
  // The note names the line's item, read from the catalog; a coordinator by its person.
  const line = { id: "E1", kind: "expense", item: "information.consultation-events" } as Line;
  const coordinator = { id: "C1", kind: "coordinator", person: "A" } as Line;
  it("a listed item with no checks counts as 'listed item'", () => {
    expect(worded(disposition("E1", new Dec(1234567), null, [], null).step, line).note).toEqual({
      ja: "相談会、セミナー等の開催: 対象（対象 1,234,567円、除外 0円）。",
      en: "Consultation meetings and seminars: eligible (listed item); eligible ¥1,234,567, excluded ¥0.",
    });
  });

  it("a line whose checks all pass says so, and lists them", () => {
    const verdict = footnote1(
      { ...base, item: "information.registration-system", system: { phase: "build", digitalBondCovers: false } },
      ruleset,
    );
    const decided = disposition("E1", new Dec(1000), null, [verdict.verdict], null);
    expect(worded(decided.step, line).note.en).toBe(
      "Consultation meetings and seminars: eligible (all checks pass); eligible ¥1,000, excluded ¥0.",
    );
    expect(decided.step.inputs).toEqual({ amountYen: "1000", checks: "fn1=passes" });
  });

  it("an excluded line names every rule that excluded it", () => {
    const fn2 = footnote2(
      { ...base, item: "opportunity.facilities", facility: { implementer: "private", work: "new" } },
      ruleset,
    );
    const fn4 = footnote4(
      "E1",
      { takesOutsideStudents: false, mainlySchoolAppeal: false, inStrategyPlan: true },
      ruleset,
    );
    expect(worded(disposition("E1", new Dec(1000), null, [fn2.verdict, fn4.verdict], null).step, line).note.en).toBe(
      "Consultation meetings and seminars: excluded (fn2, fn4); eligible ¥0, excluded ¥1,000.",
    );
  });

  it("a capped record says so, with both parts", () => {
    const decided = disposition("C1", new Dec(6200000), null, [], { eligible: new Dec(5000000) });
    expect([decided.disposition, decided.eligible.toFixed(), decided.excluded.toFixed()]).toEqual([
      "capped",
      "5000000",
      "1200000",
    ]);
    expect(worded(decided.step, coordinator).note.en).toBe(
      "coordinator A: capped (coordinator-cap); eligible ¥5,000,000, excluded ¥1,200,000.",
    );
    expect(decided.step.inputs).toEqual({ amountYen: "6200000", checks: "none", cappedEligibleYen: "5000000" });
  });
});

describe("caveats above FCI 1", () => {
  it("say so in Japanese too", () => {
    expect(caveats("1.53", "municipality", ruleset, { lines: false, specificRevenue: false })[1]?.ja).toBe(
      "財政力指数 1.53 は1を超えるため、財源超過額の控除により実際の交付額は大きく減る見込み。",
    );
  });
});
