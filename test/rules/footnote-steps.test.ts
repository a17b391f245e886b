import { describe, expect, it } from "vitest";
import { getRuleset } from "../../src/index.js";
import { footnote1 } from "../../src/rules/footnote-1-registration-system.js";
import { footnote2 } from "../../src/rules/footnote-2-facilities.js";
import { footnote3 } from "../../src/rules/footnote-3-cash-handouts.js";
import { footnote4 } from "../../src/rules/footnote-4-regional-study.js";
import { otherItem } from "../../src/rules/other-item.js";

// What each footnote rule writes into the trace for each outcome: the step an auditor reads (id, cite,
// the facts it read, the outcome, the note in both languages) and any review flag. Written out in full and
// read against the seed's footnotes (※1–※4, 等); a change of wording is a change of the trace format's
// content (CHANGELOG: breaking) and must show up here.
const ruleset = getRuleset(2025);
const base = { id: "E1", amount: "1000000" };

describe("the steps the footnote rules write", () => {
  it("※1: a build cost the digital bond covers is out", () => {
    expect(footnote1({ ...base, item: "information.registration-system", system: { phase: "build", digitalBondCovers: true } }, ruleset)).toEqual({
      rule: "fn1",
      excludes: true,
      step: {
        id: "line/E1/fn1",
        rule: "fn1",
        cite: "seed ※1",
        subject: "line E1",
        inputs: {
          phase: "build",
          digitalBondCovers: "true"
        },
        output: {
          outcome: "excluded"
        },
        note: {
          ja: "登録システムの構築費でデジタル活用推進事業債の対象となるため対象外（※1）。",
          en: "A registration-system build cost the digital bond covers: out (※1)."
        }
      }
    });
  });

  it("※1: a build cost it does not cover counts", () => {
    expect(footnote1({ ...base, item: "information.registration-system", system: { phase: "build", digitalBondCovers: false } }, ruleset)).toEqual({
      rule: "fn1",
      excludes: false,
      step: {
        id: "line/E1/fn1",
        rule: "fn1",
        cite: "seed ※1",
        subject: "line E1",
        inputs: {
          phase: "build",
          digitalBondCovers: "false"
        },
        output: {
          outcome: "passes"
        },
        note: {
          ja: "登録システムの構築費でデジタル活用推進事業債の対象とならないため対象（※1）。",
          en: "A registration-system build cost the digital bond does not cover: counts (※1)."
        }
      }
    });
  });

  it("※1: upkeep counts", () => {
    expect(footnote1({ ...base, item: "information.registration-system", system: { phase: "upkeep" } }, ruleset)).toEqual({
      rule: "fn1",
      excludes: false,
      step: {
        id: "line/E1/fn1",
        rule: "fn1",
        cite: "seed ※1",
        subject: "line E1",
        inputs: {
          phase: "upkeep"
        },
        output: {
          outcome: "passes"
        },
        note: {
          ja: "登録システムの維持費は対象（※1は構築費のみを制限）。",
          en: "Registration-system upkeep counts (※1 limits build costs only)."
        }
      }
    });
  });

  it("※2: new construction by a private operator is out", () => {
    expect(footnote2({ ...base, item: "opportunity.facilities", facility: { implementer: "private", work: "new" } }, ruleset)).toEqual({
      rule: "fn2",
      excludes: true,
      step: {
        id: "line/E1/fn2",
        rule: "fn2",
        cite: "seed ※2",
        subject: "line E1",
        inputs: {
          implementer: "private",
          work: "new"
        },
        output: {
          outcome: "excluded"
        },
        note: {
          ja: "民間事業者が実施主体となる整備のうち新築は対象外（※2）。",
          en: "New construction by a private operator: out (※2)."
        }
      }
    });
  });

  it("※2: a private renovation the regional bond does not cover counts", () => {
    expect(footnote2({ ...base, item: "opportunity.facilities", facility: { implementer: "private", work: "renovation" } }, ruleset)).toEqual({
      rule: "fn2",
      excludes: false,
      step: {
        id: "line/E1/fn2",
        rule: "fn2",
        cite: "seed ※2",
        subject: "line E1",
        inputs: {
          implementer: "private",
          work: "renovation"
        },
        output: {
          outcome: "passes"
        },
        note: {
          ja: "民間事業者による改修で地域活性化事業債の対象外のため対象（※2）。",
          en: "Renovation by a private operator, not covered by the regional-revitalisation bond: counts (※2)."
        }
      }
    });
  });

  it("※2: what the regional bond covers is out", () => {
    expect(footnote2({ ...base, item: "opportunity.facilities", facility: { implementer: "government", work: "new", regionalBondCovers: true } }, ruleset)).toEqual({
      rule: "fn2",
      excludes: true,
      step: {
        id: "line/E1/fn2",
        rule: "fn2",
        cite: "seed ※2",
        subject: "line E1",
        inputs: {
          implementer: "government",
          work: "new",
          regionalBondCovers: "true"
        },
        output: {
          outcome: "excluded"
        },
        note: {
          ja: "地域活性化事業債の対象経費は本措置の対象外（※2）。",
          en: "Covered by the regional-revitalisation bond: out of this measure (※2)."
        }
      }
    });
  });

  it("※2: the body's own work the bond does not cover counts", () => {
    expect(footnote2({ ...base, item: "opportunity.facilities", facility: { implementer: "government", work: "renovation", regionalBondCovers: false } }, ruleset)).toEqual({
      rule: "fn2",
      excludes: false,
      step: {
        id: "line/E1/fn2",
        rule: "fn2",
        cite: "seed ※2",
        subject: "line E1",
        inputs: {
          implementer: "government",
          work: "renovation",
          regionalBondCovers: "false"
        },
        output: {
          outcome: "passes"
        },
        note: {
          ja: "地方自治体による整備で地域活性化事業債の対象外のため対象（※2）。",
          en: "Work by the body itself, not covered by the regional-revitalisation bond: counts (※2)."
        }
      }
    });
  });

  it("※3: a cash handout is out", () => {
    expect(footnote3({ ...base, item: "reception.jobs-and-side-jobs", cashHandout: true }, ruleset)).toEqual({
      rule: "fn3",
      excludes: true,
      step: {
        id: "line/E1/fn3",
        rule: "fn3",
        cite: "seed ※3",
        subject: "line E1",
        inputs: {
          cashHandout: "true"
        },
        output: {
          outcome: "excluded"
        },
        note: {
          ja: "二地域居住者等への交通費支援等の現金給付は対象外（※3）。",
          en: "A cash handout to dual residents (travel support and the like): out (※3)."
        }
      }
    });
  });

  it("※3: anything else passes", () => {
    expect(footnote3({ ...base, item: "reception.jobs-and-side-jobs", cashHandout: false }, ruleset)).toEqual({
      rule: "fn3",
      excludes: false,
      step: {
        id: "line/E1/fn3",
        rule: "fn3",
        cite: "seed ※3",
        subject: "line E1",
        inputs: {
          cashHandout: "false"
        },
        output: {
          outcome: "passes"
        },
        note: {
          ja: "現金給付ではないため※3による除外なし。",
          en: "Not a cash handout: ※3 does not exclude it."
        }
      }
    });
  });

  it("※4: outside students, not mainly school appeal, in the plan: counts", () => {
    expect(footnote4("E1", { takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: true }, ruleset)).toEqual({
      rule: "fn4",
      excludes: false,
      step: {
        id: "line/E1/fn4",
        rule: "fn4",
        cite: "seed ※4",
        subject: "line E1",
        inputs: {
          takesOutsideStudents: "true",
          mainlySchoolAppeal: "false",
          inStrategyPlan: "true"
        },
        output: {
          outcome: "passes"
        },
        note: {
          ja: "地域外からの学生受入れが主目的で、学校魅力化が主目的でなく、戦略に位置付けられているため対象（※4）。",
          en: "Takes in outside students, not mainly school appeal, in the strategy plan: counts (※4)."
        }
      }
    });
  });

  it("※4: every condition failed, each named", () => {
    expect(footnote4("E1", { takesOutsideStudents: false, mainlySchoolAppeal: true, inStrategyPlan: false }, ruleset)).toEqual({
      rule: "fn4",
      excludes: true,
      step: {
        id: "line/E1/fn4",
        rule: "fn4",
        cite: "seed ※4",
        subject: "line E1",
        inputs: {
          takesOutsideStudents: "false",
          mainlySchoolAppeal: "true",
          inStrategyPlan: "false"
        },
        output: {
          outcome: "excluded"
        },
        note: {
          ja: "地域留学は地域外からの学生の受入れが主目的でない、学校魅力化が主目的である、地方創生総合戦略等の計画に位置付けられていないため対象外（※4）。",
          en: "Regional study is out because its main purpose is not taking in students from outside; it is mainly about school appeal; it is not in the body's strategy plan (※4)."
        }
      }
    });
  });

  it("※4: a coordinator record with other activities is out whole, flagged", () => {
    expect(footnote4("C1", { takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: false }, ruleset, true)).toEqual({
      rule: "fn4",
      excludes: true,
      review: {
        code: "fn4-coordinator-not-apportioned",
        note: {
          ja: "地域留学の支援が※4を満たさず、他の活動との按分の定めがないため記録全体を除外（保守的な読み、要確認）。対象となる活動分は別の記録に分けて申請する。",
          en: "The regional-study support fails ※4 and the rules give no way to apportion the record between activities, so the whole record is out (the conservative reading): needs review. Put the qualifying work in its own record."
        }
      },
      step: {
        id: "line/C1/fn4",
        rule: "fn4",
        cite: "seed ※4",
        subject: "line C1",
        inputs: {
          takesOutsideStudents: "true",
          mainlySchoolAppeal: "false",
          inStrategyPlan: "false"
        },
        output: {
          outcome: "excluded"
        },
        note: {
          ja: "地域留学は地方創生総合戦略等の計画に位置付けられていないため対象外（※4）。",
          en: "Regional study is out because it is not in the body's strategy plan (※4)."
        },
        needsReview: {
          code: "fn4-coordinator-not-apportioned",
          note: {
            ja: "地域留学の支援が※4を満たさず、他の活動との按分の定めがないため記録全体を除外（保守的な読み、要確認）。対象となる活動分は別の記録に分けて申請する。",
            en: "The regional-study support fails ※4 and the rules give no way to apportion the record between activities, so the whole record is out (the conservative reading): needs review. Put the qualifying work in its own record."
          }
        }
      }
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
          en: "Counted as other spending of the same kind (等) under きっかけづくり; whether it is alike needs review: a workshop like a tour"
        }
      },
      step: {
        id: "line/E1/other-item",
        rule: "other-item",
        cite: "seed 等 (each list of items ends in 等)",
        subject: "line E1",
        inputs: {
          description: "a workshop like a tour"
        },
        output: {
          outcome: "passes (needs review)"
        },
        note: {
          ja: "「きっかけづくり」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: a workshop like a tour",
          en: "Counted as other spending of the same kind (等) under きっかけづくり; whether it is alike needs review: a workshop like a tour"
        },
        needsReview: {
          code: "other-item",
          note: {
            ja: "「きっかけづくり」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: a workshop like a tour",
            en: "Counted as other spending of the same kind (等) under きっかけづくり; whether it is alike needs review: a workshop like a tour"
          }
        }
      }
    });
  });
});
