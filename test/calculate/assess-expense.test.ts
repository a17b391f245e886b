import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  assessExpense,
  classifyExpense,
  defineRuleset,
  getRuleset,
  InputError,
  type ExpenseAssessment,
  type FactQuestion,
  type LineRule,
  type MissingFact,
} from "../../src/index.js";
import type { FacilityFacts } from "../../src/schema/application.js";

/* assessExpense: an expense as a person types it. Decided lines are classifyExpense's; missing facts are asked
   with the rule units' own questions; wrong values are the InputError classifyExpense throws. */

const latest = getRuleset(2026);
const { fn1, fn2, fn3, fn4 } = latest.rules;
const other = latest.rules["other-item"];

/** The question of a unit at a path, as the unit declares it. */
const question = <F>(rule: LineRule<F>, path: string): FactQuestion => {
  const found = rule.facts.questions.find((q) => q.path === path);
  if (!found) throw new Error(`no question ${path}`);
  return found;
};

/** What assessExpense should list for a question: the unit's words and answers, its rule and mark. */
const asked = <F>(rule: LineRule<F>, path: string): MissingFact => {
  const q = question(rule, path);
  return {
    path,
    fact: rule.facts.field as MissingFact["fact"],
    rule: rule.id,
    footnote: rule.mark,
    question: q.question,
    options: q.options,
  };
};

const needs = (result: ExpenseAssessment) => {
  if (result.status !== "needs-facts") throw new Error(`expected needs-facts, got ${result.status}`);
  return result;
};
const invalid = (result: ExpenseAssessment) => {
  if (result.status !== "invalid") throw new Error(`expected invalid, got ${result.status}`);
  return result.error;
};
const thrownBy = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
};

const facilities = { id: "E2", item: "opportunity.facilities", amount: "30,000,000" };

describe("assessExpense: decided", () => {
  it("a ¥1,200,000 consultation event is decided eligible: classifyExpense's line", () => {
    const expense = { id: "E1", item: "information.consultation-events", amount: "1,200,000" };
    const result = assessExpense(expense);
    expect(result.status).toBe("decided");
    if (result.status !== "decided") return;
    expect(result.line).toEqual(classifyExpense(expense));
    expect(result.line).toMatchObject({ disposition: "eligible", amountYen: "1200000", eligibleYen: "1200000" });
  });

  it("takes classifyExpense's context: the purpose, the ruleset by id or as an object", () => {
    const expense = { id: "E6", item: "opportunity.trial-tours", amount: 800000 };
    const migration = assessExpense(expense, { primaryPurpose: "migration", projectId: "P9" });
    expect(migration.status === "decided" && [migration.line.measure, migration.line.projectId]).toEqual([
      "migration",
      "P9",
    ]);
    for (const ruleset of ["FY2025", getRuleset(2025)])
      expect(assessExpense(expense, { ruleset }).status).toBe("decided");
  });

  it("uses the latest ruleset by default (FY2026): its ふるさと住民 item is decided; under FY2025 it is invalid", () => {
    const furusato = { id: "F1", item: "furusato.system-setup-and-operation", amount: 1000 };
    const result = assessExpense(furusato);
    expect(result.status === "decided" && result.line.measure).toBe("furusato-resident");
    expect(invalid(assessExpense(furusato, { ruleset: "FY2025" })).issues[0]?.message).toMatch(/exists from FY2026/);
  });

  it("a private renovation, all facts given, is decided eligible; a private new build excluded (※2)", () => {
    const renovation = assessExpense({ ...facilities, facility: { implementer: "private", work: "renovation" } });
    expect(renovation.status === "decided" && renovation.line.disposition).toBe("eligible");
    const newBuild = assessExpense({ ...facilities, facility: { implementer: "private", work: "new" } });
    expect(newBuild.status === "decided" && [newBuild.line.disposition, newBuild.line.rules]).toEqual([
      "excluded",
      ["fn2"],
    ]);
  });
});

describe("assessExpense: needs-facts, from the units' declarations", () => {
  it("opportunity.facilities without facility asks implementer and work (※2), and says the bond waits for government work", () => {
    const result = needs(assessExpense(facilities));
    expect(result.missing).toEqual([asked(fn2, "facility.implementer"), asked(fn2, "facility.work")]);
    expect(result.missing[0]).toEqual({
      path: "facility.implementer",
      fact: "facility",
      rule: "fn2",
      footnote: "※2",
      question: { ja: "整備の実施主体は誰ですか（※2）。", en: "Who carries out the facility work (※2)?" },
      options: [
        { value: "private", label: { ja: "民間事業者", en: "a private operator" } },
        { value: "government", label: { ja: "地方自治体", en: "the body itself" } },
      ],
    });
    expect(result.missing[1]?.options.map((o) => o.value)).toEqual(["new", "renovation"]);
    expect(result.conditional).toEqual([
      {
        ...asked(fn2, "facility.regionalBondCovers"),
        askedWhen: {
          path: "facility.implementer",
          value: "government",
          label: { ja: "地方自治体", en: "the body itself" },
        },
      },
    ]);
  });

  it("that condition is the unit's own: its crossCheck asks regionalBondCovers of government work only", () => {
    const check = (facility: Record<string, unknown>) => fn2.facts.crossCheck?.(facility).map((i) => i.path);
    expect(check({ implementer: "government", work: "new" })).toEqual([["regionalBondCovers"]]);
    expect(check({ implementer: "government", work: "renovation" })).toEqual([["regionalBondCovers"]]);
    expect(check({ implementer: "private", work: "new" })).toEqual([]);
    expect(check({ implementer: "private", work: "renovation" })).toEqual([]);
  });

  it("a facility partly given is asked for what is left, never an error", () => {
    const ask = (facility: Partial<Record<keyof FacilityFacts, unknown>>) =>
      needs(assessExpense({ ...facilities, facility }));
    const privateOnly = ask({ implementer: "private" });
    expect(privateOnly.missing).toEqual([asked(fn2, "facility.work")]);
    expect(privateOnly.conditional).toEqual([]); // private work: the bond is not asked
    expect(ask({ implementer: "government" }).missing.map((m) => m.path)).toEqual([
      "facility.work",
      "facility.regionalBondCovers",
    ]);
    expect(ask({ implementer: "government", work: "new" }).missing).toEqual([
      asked(fn2, "facility.regionalBondCovers"),
    ]);
    const workOnly = ask({ work: "new" });
    expect(workOnly.missing.map((m) => m.path)).toEqual(["facility.implementer"]);
    expect(workOnly.conditional.map((c) => c.path)).toEqual(["facility.regionalBondCovers"]);
    const empty = ask({});
    expect(empty.missing.map((m) => m.path)).toEqual(["facility.implementer", "facility.work"]);
    // The bond already answered: nothing is left to ask later.
    expect(ask({ regionalBondCovers: false }).conditional).toEqual([]);
    // An empty field or an unanswered choice ("", "  ") is not given yet.
    expect(ask({ implementer: "", work: "  " }).missing.map((m) => m.path)).toEqual([
      "facility.implementer",
      "facility.work",
    ]);
    expect(ask({ implementer: undefined, work: "new" }).missing.map((m) => m.path)).toEqual(["facility.implementer"]);
  });

  it("a registration-system build without digitalBondCovers asks it (※1); without system, the phase first", () => {
    const system = { id: "S1", item: "information.registration-system", amount: 2_000_000 };
    expect(needs(assessExpense({ ...system, system: { phase: "build" } })).missing).toEqual([
      asked(fn1, "system.digitalBondCovers"),
    ]);
    const none = needs(assessExpense(system));
    expect(none.missing).toEqual([asked(fn1, "system.phase")]);
    expect(none.conditional).toEqual([
      {
        ...asked(fn1, "system.digitalBondCovers"),
        askedWhen: { path: "system.phase", value: "build", label: { ja: "構築", en: "build" } },
      },
    ]);
    expect(assessExpense({ ...system, system: { phase: "upkeep" } }).status).toBe("decided");
  });

  it("a reception.jobs-and-side-jobs line without cashHandout asks ※3", () => {
    const jobs = { id: "E7", item: "reception.jobs-and-side-jobs", amount: 80000 };
    const result = needs(assessExpense(jobs));
    expect(result.missing).toEqual([asked(fn3, "cashHandout")]);
    expect(result.missing[0]).toMatchObject({ footnote: "※3", rule: "fn3", fact: "cashHandout" });
    expect(result.missing[0]?.question.ja).toBe("二地域居住者等に交通費支援等の現金を給付する経費ですか（※3）。");
    expect(result.conditional).toEqual([]);
    expect(needs(assessExpense({ ...jobs, cashHandout: "" })).missing).toEqual([asked(fn3, "cashHandout")]);
    expect(needs(assessExpense({ ...jobs, cashHandout: undefined })).missing).toEqual([asked(fn3, "cashHandout")]);
    const answered = assessExpense({ ...jobs, cashHandout: true });
    expect(answered.status === "decided" && answered.line.disposition).toBe("excluded");
  });

  it("regional study partly given: the two conditions left (※4)", () => {
    const study = { id: "E4", item: "opportunity.regional-study-programs", amount: 500000 };
    const result = needs(assessExpense({ ...study, regionalStudy: { takesOutsideStudents: true } }));
    expect(result.missing).toEqual([
      asked(fn4, "regionalStudy.mainlySchoolAppeal"),
      asked(fn4, "regionalStudy.inStrategyPlan"),
    ]);
    expect(needs(assessExpense(study)).missing).toHaveLength(3);
  });

  it("an *.other item asks ※3 and its description (等); a blank description is not a description", () => {
    const item = { id: "E9", item: "reception.other", amount: 1 };
    const both = [asked(fn3, "cashHandout"), asked(other, "description")];
    expect(needs(assessExpense(item)).missing).toEqual(both);
    expect(needs(assessExpense({ ...item, description: "  " })).missing).toEqual(both);
    expect(needs(assessExpense({ ...item, description: "\u3000\n", cashHandout: false })).missing).toEqual([
      asked(other, "description"),
    ]);
    // A double claim under "other" also needs the description: one question for both.
    expect(needs(assessExpense({ ...item, cashHandout: false, alsoClaimedUnder: ["other"] })).missing).toEqual([
      asked(other, "description"),
    ]);
    const told = assessExpense({ ...item, cashHandout: false, description: "空き家の片付け支援" });
    expect(told.status === "decided" && told.line.needsReview).toEqual(["other-item"]);
  });
});

describe("assessExpense: invalid", () => {
  it("a wrong value is invalid, with classifyExpense's error", () => {
    const expense = { ...facilities, facility: { implementer: "private", work: "demolish" } };
    const error = invalid(assessExpense(expense));
    expect(error).toBeInstanceOf(InputError);
    expect(error.issues).toEqual([
      {
        path: "$.facility.work",
        code: "invalid_value",
        message: 'facility.work must be "new" (新築) or "renovation" (改修) (※2), got "demolish"',
      },
    ]);
    expect(error).toEqual(thrownBy(() => classifyExpense(expense)));
  });

  it("a wrong value beside a missing fact: invalid, listing both, the missing one as missing_fact", () => {
    const error = invalid(assessExpense({ ...facilities, amount: "-1", facility: { implementer: "private" } }));
    expect(error.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ["$.amount", "invalid_amount", expect.any(String)],
      ["$.facility.work", "missing_fact", 'missing fact: give facility.work: "new" (新築) or "renovation" (改修) (※2)'],
    ]);
  });

  it("an unknown or missing item, an unknown ruleset, a bad context", () => {
    expect(invalid(assessExpense({ id: "X", amount: 1 })).issues).toEqual([
      {
        path: "$.item",
        code: "required",
        message: 'required: give item, an id of the catalog (e.g. "information.consultation-events")',
      },
    ]);
    expect(invalid(assessExpense({ id: "X", item: "opportunity.facility", amount: 1 })).issues[0]?.code).toBe(
      "unknown_item",
    );
    const jobs = { id: "E7", item: "reception.jobs-and-side-jobs", amount: 1 };
    expect(invalid(assessExpense(jobs, { ruleset: "FY1999" })).issues.map((i) => i.code)).toEqual([
      "unsupported_fiscal_year",
      "missing_fact",
    ]);
    expect(invalid(assessExpense(jobs, null as never)).issues[0]?.path).toBe("$context");
    // A missing fact beside a bad context: invalid, listing both.
    expect(invalid(assessExpense(jobs, { primaryPurpose: "other" as never })).issues.map((i) => i.path)).toEqual([
      "$.cashHandout",
      "$context.primaryPurpose",
    ]);
  });

  it("a fact its item does not take, or a description no rule of the item asks, is invalid", () => {
    expect(invalid(assessExpense({ ...facilities, system: {} })).issues.map((i) => i.code)).toContain(
      "irrelevant_fact",
    );
    const events = { id: "E1", item: "information.consultation-events", amount: 1 };
    expect(invalid(assessExpense({ ...events, description: " " })).issues).toEqual([
      {
        path: "$.description",
        code: "invalid_value",
        message: 'expected a description of what it is (not blank), got " "',
      },
    ]);
    // A double claim under "other" on a listed item: the description must name the measure; no unit asks that.
    expect(invalid(assessExpense({ ...events, alsoClaimedUnder: ["other"] })).issues[0]?.code).toBe("missing_fact");
    // A key the fragment does not know, even undefined.
    expect(
      invalid(assessExpense({ ...facilities, facility: { implementer: "private", kind: undefined } })).issues,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ path: "$.facility.kind", code: "unknown_key" })]));
    // A whole fact of the wrong type.
    expect(invalid(assessExpense({ ...facilities, facility: "new" })).issues[0]?.path).toBe("$.facility");
  });

  it("undefined, 42, null, an array: invalid, never a throw", () => {
    expect(invalid(assessExpense(undefined)).issues[0]?.message).toBe(
      "required: give an expense object { id, item, amount, … }",
    );
    expect(invalid(assessExpense(42)).issues[0]?.message).toBe(
      "expected an expense object { id, item, amount, … }, got number 42",
    );
    expect(assessExpense(null).status).toBe("invalid");
    expect(assessExpense([]).status).toBe("invalid");
  });
});

describe("assessExpense never throws: hostile values", () => {
  const getter = (key: string, get: () => unknown): Record<string, unknown> =>
    Object.defineProperty({ id: "E2", item: "opportunity.facilities", amount: 1 }, key, { get, enumerable: true });

  it("a getter that throws is unreadable, with what it threw", () => {
    const boom = getter("facility", () => {
      throw new Error("no access");
    });
    expect(invalid(assessExpense(boom)).issues).toEqual([
      {
        path: "$",
        code: "unreadable",
        message:
          "the expense or its context could not be read (no access); give plain data: objects, arrays, strings, numbers and booleans",
      },
    ]);
    const text = getter("id", () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a hostile getter throws what it likes
      throw "a string";
    });
    expect(invalid(assessExpense(text)).issues[0]?.message).toMatch(/\(a string\)/);
  });

  it("a thrown value that cannot be shown, or that throws when asked its class", () => {
    const unshowable = getter("id", () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a hostile getter throws what it likes
      throw {
        toString: () => {
          throw new Error("no");
        },
      };
    });
    expect(invalid(assessExpense(unshowable)).issues[0]?.message).toMatch(/\(a value that cannot be shown\)/);
    const classless = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error("trap");
        },
      },
    );
    const weird = getter("id", () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a hostile getter throws what it likes
      throw classless;
    });
    expect(invalid(assessExpense(weird)).issues[0]?.code).toBe("unreadable");
  });

  it("a getter whose value is missing counts as given (the validator read it): invalid, not asked", () => {
    const absent = getter("facility", () => undefined);
    expect(invalid(assessExpense(absent)).issues[0]).toMatchObject({ path: "$.facility", code: "missing_fact" });
  });

  it("a getter that throws an InputError of its own with no issue: invalid", () => {
    const empty = getter("id", () => {
      throw new InputError([]);
    });
    expect(invalid(assessExpense(empty)).issues).toEqual([]);
  });

  it("a ruleset of the caller's that throws when read again: classifyExpense's error as it is", () => {
    const fy2025 = getRuleset(2025);
    let calls = 0;
    const catalog = {
      ...fy2025.catalog,
      findItem: (id: string) => {
        if (++calls > 1) throw new Error("read once");
        return fy2025.catalog.findItem(id);
      },
    };
    const ruleset = { ...fy2025, id: "FY2025-once", catalog };
    const error = invalid(assessExpense(facilities, { ruleset }));
    expect(error.issues).toEqual([expect.objectContaining({ path: "$.facility", code: "missing_fact" })]);
  });

  it("a proxy whose traps throw, a context whose getter throws", () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(invalid(assessExpense(trap)).issues[0]?.code).toBe("unreadable");
    const context = Object.defineProperty({}, "ruleset", {
      get: () => {
        throw new Error("no ruleset");
      },
    });
    expect(invalid(assessExpense(facilities, context)).issues[0]?.message).toMatch(/no ruleset/);
  });
});

describe("assessExpense reads any rule unit's declarations (a ruleset made with defineRuleset)", () => {
  /** ※2 read differently: the bond is asked of government new builds only, and two more questions. */
  const conjunct: LineRule<FacilityFacts> = {
    ...fn2,
    facts: {
      ...fn2.facts,
      questions: [
        ...fn2.facts.questions,
        { path: "facility.note", question: { ja: "備考", en: "note" }, options: [] },
        { path: "siteVisit", question: { ja: "現地確認", en: "site visit" }, options: [] },
      ],
      crossCheck: (f) =>
        f.implementer === "government" && f.work === "new" && f.regionalBondCovers === undefined
          ? [{ path: ["regionalBondCovers"], code: "missing_fact", message: "give regionalBondCovers" }]
          : [],
    },
  };
  const ruleset = defineRuleset(getRuleset(2025), {
    id: "FY2025-conjunct",
    fiscalYear: 2025,
    rules: { fn2: conjunct },
  });

  it("a question that waits for two answers, or for none, is not listed as conditional", () => {
    const result = needs(assessExpense(facilities, { ruleset }));
    expect(result.missing.map((m) => m.path)).toEqual(["facility.implementer", "facility.work"]);
    expect(result.conditional).toEqual([]);
    // Asked when both answers are given.
    const both = needs(
      assessExpense({ ...facilities, facility: { implementer: "government", work: "new" } }, { ruleset }),
    );
    expect(both.missing.map((m) => m.path)).toEqual(["facility.regionalBondCovers"]);
  });

  it("too many answers to try: no conditional question is worked out", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ value: `v${i}`, label: { ja: `${i}`, en: `${i}` } }));
    const wide: LineRule<FacilityFacts> = {
      ...fn2,
      facts: {
        ...fn2.facts,
        questions: [
          ...fn2.facts.questions,
          { path: "facility.a", question: { ja: "a", en: "a" }, options: many },
          { path: "facility.b", question: { ja: "b", en: "b" }, options: many },
        ],
      },
    };
    const wideRuleset = defineRuleset(getRuleset(2025), { id: "FY2025-wide", fiscalYear: 2025, rules: { fn2: wide } });
    expect(needs(assessExpense(facilities, { ruleset: wideRuleset })).conditional).toEqual([]);
  });

  it("a fact whose fragment accepts an empty object and asks nothing of it: the error as it is", () => {
    const schema = z.strictObject({
      implementer: z.enum(["private", "government"]).optional(),
      work: z.enum(["new", "renovation"]).optional(),
    });
    const lenient: LineRule<FacilityFacts> = {
      ...fn2,
      facts: { ...fn2.facts, schema: schema as z.ZodType<FacilityFacts, FacilityFacts>, crossCheck: () => [] },
    };
    const lenientRuleset = defineRuleset(getRuleset(2025), {
      id: "FY2025-lenient",
      fiscalYear: 2025,
      rules: { fn2: lenient },
    });
    const error = invalid(assessExpense(facilities, { ruleset: lenientRuleset }));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([["$.facility", "missing_fact"]]);
    // The same fragment, with a check that asks the implementer of an empty fact: asked.
    const asking: LineRule<FacilityFacts> = {
      ...lenient,
      facts: {
        ...lenient.facts,
        crossCheck: (f) =>
          f.implementer === undefined ? [{ path: ["implementer"], code: "missing_fact", message: "who?" }] : [],
      },
    };
    const askingRuleset = defineRuleset(getRuleset(2025), {
      id: "FY2025-asking",
      fiscalYear: 2025,
      rules: { fn2: asking },
    });
    expect(needs(assessExpense(facilities, { ruleset: askingRuleset })).missing).toEqual([
      asked(fn2, "facility.implementer"),
    ]);
  });
});
