import type { Calculation } from "../calculate/calculation.js";
import type { Disposition, Line } from "../rules/line.js";
import { Dec, decimalString, groupedString } from "../money/decimal.js";
import type { Purpose } from "../schema/application.js";
import type { Bilingual, TraceStep } from "../trace/step.js";

/**
 * One fact of the input a rule read, as it stands: `facility.work` = "new".
 *
 * @example
 * ```ts
 * explainLine(calc, "E2")?.reasons[0]?.failed[1];
 * //=> { fact: "facility.work", value: "new", label: { ja: "新築", en: "new construction" } }
 * ```
 * @category Audit
 */
export interface StatedFact {
  /** The field, as a path inside the line's record (the expense or coordinator). */
  readonly fact: string;
  /** Its value as the step's inputs show it. */
  readonly value: string;
  /** The fact in words. */
  readonly label: Bilingual;
}

/**
 * One change of an input fact; `from`/`to` undefined means the field is absent before/after.
 *
 * @example
 * ```ts
 * explainLine(calc, "E2")?.wouldCount;
 * //=> [{ subject: "expense E2", fact: "facility.work", from: "new", to: "renovation",
 * //      label: { ja: "新築ではなく改修（※2）", en: "renovation instead of new construction (※2)" } }]
 * ```
 * @category Audit
 */
export interface FactChange {
  /** The record the fact is in: "expense E2", "coordinator C1", "project P2". */
  readonly subject: string;
  /** The field, as a path inside that record ("facility.work", "cost"). */
  readonly fact: string;
  /** The value now (undefined: absent). */
  readonly from?: string;
  /** The value that would flip the outcome (undefined: remove the field). */
  readonly to?: string;
  /** The change in words, with its footnote. */
  readonly label: Bilingual;
}

/**
 * A coordinator cap as its step shows it, for one capped record.
 *
 * @example
 * ```ts
 * explainLine(calc, "C1")?.reasons[0]?.cap;
 * //=> { person: "A", post: "full-time", capYen: "5000000", personTotalYen: "6200000", countedYen: "5000000",
 * //     personExcessYen: "1200000", amountYen: "6200000", eligibleYen: "5000000", excessYen: "1200000" }
 * ```
 * @category Audit
 */
export interface CapFacts {
  /** The person the records share a cap by. */
  readonly person: string;
  /** The post whose cap applied ("concurrent" when the person also has concurrent records). */
  readonly post: string;
  /** The cap. */
  readonly capYen: string;
  /** The person's records in this measure, together, before the cap. */
  readonly personTotalYen: string;
  /** The part of the person's total that counts: min(total, cap). */
  readonly countedYen: string;
  /** The person's total over the cap. */
  readonly personExcessYen: string;
  /** This record's cost. */
  readonly amountYen: string;
  /** The part of the cap this record got (records fill it in input order). */
  readonly eligibleYen: string;
  /** This record's excess: amountYen − eligibleYen. */
  readonly excessYen: string;
}

/**
 * Why one rule took (part of) a line out, and what would have to be different for it not to.
 *
 * @example
 * ```ts
 * const why = explainLine(calc, "E2")?.reasons[0];
 * why?.footnote;                       //=> "※2"
 * why?.stepId;                         //=> "line/E2/fn2"
 * why?.changes[0]?.[0]?.label.en;      //=> "renovation instead of new construction (※2)"
 * why?.changes[1]?.[0]?.label.en;      //=> "the body itself instead of a private operator (※2)"
 * ```
 * @category Audit
 */
export interface WhyNot {
  /** The rule: a footnote ※1–※4 or the coordinator cap. */
  readonly rule: "fn1" | "fn2" | "fn3" | "fn4" | "coordinator-cap";
  /** "※1" … "※4"; for the cap, its seed wording. */
  readonly footnote: string;
  /** The step that decided it; every fact below is read from it. */
  readonly stepId: string;
  /** The step's source. */
  readonly cite: string;
  /** What the rule asks, in words. */
  readonly condition: Bilingual;
  /** The facts that failed the condition. */
  readonly failed: readonly StatedFact[];
  /**
   * Each entry a set of changes that lifts this rule's exclusion; the first is the smallest (fewest
   * facts, the most natural reading). Empty when no change of this record's facts alone would do.
   */
  readonly changes: readonly (readonly FactChange[])[];
  /** For the cap: the cap, the person's total, the excess, this record's part. */
  readonly cap?: CapFacts;
  /** A point a person should know (the record could not be apportioned; mixed posts). */
  readonly note?: Bilingual;
  /** The reason in one sentence. */
  readonly summary: Bilingual;
}

/**
 * ※5: where a line was sent, read from its routing step (for lines whose `rules` hold "fn5").
 *
 * @example
 * ```ts
 * const migration = calculate({ ...application, projects: [{ ...application.projects[0], primaryPurpose: "migration" }] });
 * explainLine(migration, "E1")?.routing?.change[0];
 * //=> { subject: "project P1", fact: "primaryPurpose", from: "migration", to: "dual-residence", label: { … } }
 * ```
 * @category Audit
 */
export interface RoutingFacts {
  /** The routing step (`project/P1/fn5`, `coordinator/C1/fn5`). */
  readonly stepId: string;
  /** Where it sent the line. */
  readonly measure: Purpose;
  /** The purpose facts it read. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The change of purpose that would send the whole project or record to the other measure. */
  readonly change: readonly FactChange[];
  /** The routing in one sentence. */
  readonly summary: Bilingual;
}

/**
 * A line's disposition explained from its steps: for an excluded or capped line, every reason and the
 * smallest change of fact that would make it count.
 *
 * @example
 * ```ts
 * explainLine(calc, "E2")?.summary.en;
 * //=> "Excluded. Out by ※2 (a private operator carries it out, new construction). Smallest change that would count it: renovation instead of new construction (※2)."
 * ```
 * @category Audit
 */
export interface LineExplanation {
  /** The line's id. */
  readonly lineId: string;
  /** "expense" or "coordinator". */
  readonly kind: Line["kind"];
  /** The disposition step (`line/<id>`); disposition and amounts are its output. */
  readonly stepId: string;
  /** As the disposition step decided it. */
  readonly disposition: Disposition;
  /** Where ※5 sent the line. */
  readonly measure: Purpose;
  /** The line's amount. */
  readonly amountYen: string;
  /** The part that counts. */
  readonly eligibleYen: string;
  /** The part that does not. */
  readonly excludedYen: string;
  /** One entry per rule that excluded or capped the line, in trace order; empty for an eligible line. */
  readonly reasons: readonly WhyNot[];
  /** The smallest change of fact that would make the whole line count: the first change set of every reason, together. */
  readonly wouldCount: readonly FactChange[];
  /** ※5's routing, for lines whose `rules` hold "fn5". */
  readonly routing?: RoutingFacts;
  /** The disposition and its reasons in a few sentences (what the rendered trace and the CSV show). */
  readonly summary: Bilingual;
}

const FOOTNOTE = { fn1: "※1", fn2: "※2", fn3: "※3", fn4: "※4" } as const;
const POST: Record<string, Bilingual> = {
  "full-time": { ja: "専任", en: "full-time" },
  concurrent: { ja: "兼任", en: "concurrent" },
};
const MEASURE: Record<Purpose, Bilingual> = {
  "dual-residence": { ja: "二地域居住・関係人口", en: "dual residence" },
  migration: { ja: "移住・定住", en: "migration" },
};

/**
 * Explains one line from the steps of the calculation's trace (never from the rules again, so it cannot
 * disagree with them): the footnote or cap, its condition, the facts that failed and the smallest change
 * of fact that would flip the outcome. Undefined for an unknown line id.
 *
 * @example
 * ```ts
 * const calc = calculate(application);   // the README's application
 * const e2 = explainLine(calc, "E2");
 * e2?.disposition;                       //=> "excluded"
 * e2?.reasons[0]?.condition.en;
 * //=> "Facility work counts unless it is new construction by a private operator; costs the regional-revitalisation bond (地域活性化事業債) covers are out"
 * e2?.reasons[0]?.failed.map((f) => `${f.fact} = ${f.value}`);  //=> ["facility.implementer = private", "facility.work = new"]
 * e2?.wouldCount[0]?.label.en;           //=> "renovation instead of new construction (※2)"
 * explainLine(calc, "C1")?.reasons[0]?.summary.en;
 * //=> "A's costs total ¥6,200,000 against the full-time cap ¥5,000,000; this record's excess ¥1,200,000 is out. Smallest change within the cap: a cost of at most ¥5,000,000 (¥1,200,000 less)."
 * explainLine(calc, "E1")?.reasons;      //=> []
 * ```
 * @throws {Error} when the trace lacks the line's disposition or cap step (an edited file: run `verify` first).
 * @category Audit
 */
export function explainLine(calculation: Calculation, lineId: string): LineExplanation | undefined {
  const line = calculation.lines.find((l) => l.id === lineId);
  if (!line) return undefined;
  const steps = calculation.trace.steps;
  const decided = steps.find((s) => s.id === `line/${line.id}` && s.rule === "disposition");
  if (!decided) throw new Error(`the trace has no step line/${line.id}: the file was edited; run verify first`);
  const subject = `${line.kind} ${line.id}`;
  const reasons: WhyNot[] = [];
  for (const step of steps) {
    if (step.id.startsWith(`line/${line.id}/`) && step.output.outcome === "excluded") {
      const why = footnoteWhyNot(step, subject);
      if (why) reasons.push(why);
    }
  }
  const disposition = decided.output.disposition as Disposition;
  if (disposition === "capped") {
    const capStep = steps.find((s) => s.rule === "coordinator-cap" && s.inputs[`${line.id}.costYen`] !== undefined);
    if (!capStep)
      throw new Error(`the trace has no coordinator-cap step for ${line.id}: the file was edited; run verify first`);
    reasons.push(capWhyNot(capStep, line.id, subject));
  }
  const routingStep = steps.find(
    (s) =>
      s.rule === "fn5" &&
      s.id === (line.kind === "expense" ? `project/${line.projectId}/fn5` : `coordinator/${line.id}/fn5`),
  );
  const routing = routingStep && line.rules.includes("fn5") ? routingFacts(routingStep) : undefined;
  const measure = (routingStep?.output.measure as Purpose | undefined) ?? line.measure;
  const wouldCount = reasons.flatMap((r) => r.changes[0] ?? []);
  const amounts = {
    amountYen: decided.inputs.amountYen ?? line.amountYen,
    eligibleYen: decided.output.eligibleYen ?? "",
    excludedYen: decided.output.excludedYen ?? "",
  };
  return {
    lineId: line.id,
    kind: line.kind,
    stepId: decided.id,
    disposition,
    measure,
    ...amounts,
    reasons,
    wouldCount,
    ...(routing && { routing }),
    summary: lineSummary(disposition, reasons, wouldCount, amounts.excludedYen),
  };
}

/** Every excluded or capped line's explanation, in line order. */
export function explainExcludedLines(calculation: Calculation): LineExplanation[] {
  return calculation.lines
    .filter((l) => l.disposition !== "eligible")
    .flatMap((l) => explainLine(calculation, l.id) ?? []);
}

function footnoteWhyNot(step: TraceStep, subject: string): WhyNot | undefined {
  const i = step.inputs;
  const fact = (name: string, value: string, ja: string, en: string): StatedFact => ({
    fact: name,
    value,
    label: { ja, en },
  });
  const change = (
    name: string,
    from: string | undefined,
    to: string | undefined,
    ja: string,
    en: string,
  ): FactChange => ({
    subject,
    fact: name,
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    label: { ja, en },
  });
  switch (step.rule) {
    case "fn1":
      return whyNot(step, "fn1", {
        condition: {
          ja: "登録システムの構築費は、デジタル活用推進事業債の対象とならない場合に限り対象",
          en: "A registration-system build cost counts only when the digital bond (デジタル活用推進事業債) does not cover it",
        },
        failed: [
          fact("system.phase", i.phase ?? "", "構築費である", "it is a build cost"),
          fact(
            "system.digitalBondCovers",
            i.digitalBondCovers ?? "",
            "デジタル活用推進事業債の対象である",
            "the digital bond covers it",
          ),
        ],
        changes: [
          [
            change(
              "system.digitalBondCovers",
              i.digitalBondCovers,
              "false",
              "デジタル活用推進事業債の対象外（※1）",
              "not covered by the digital bond (※1)",
            ),
          ],
          [
            change("system.phase", i.phase, "upkeep", "構築費ではなく維持費（※1）", "upkeep instead of a build (※1)"),
            change(
              "system.digitalBondCovers",
              i.digitalBondCovers,
              undefined,
              "債の記載を外す（維持費には問わない）",
              "drop digitalBondCovers (not asked of upkeep)",
            ),
          ],
        ],
      });
    case "fn2": {
      const privateNew = i.implementer === "private" && i.work === "new";
      const bond = i.regionalBondCovers === "true";
      const failed: StatedFact[] = [];
      if (privateNew)
        failed.push(
          fact("facility.implementer", "private", "民間事業者が実施主体", "a private operator carries it out"),
          fact("facility.work", "new", "新築", "new construction"),
        );
      if (bond)
        failed.push(
          fact(
            "facility.regionalBondCovers",
            "true",
            "地域活性化事業債の対象",
            "the regional-revitalisation bond covers it",
          ),
        );
      const noBond = change(
        "facility.regionalBondCovers",
        i.regionalBondCovers,
        "false",
        "地域活性化事業債の対象外（※2）",
        "not covered by the regional-revitalisation bond (※2)",
      );
      const ways: FactChange[][] = privateNew
        ? [
            [
              change(
                "facility.work",
                "new",
                "renovation",
                "新築ではなく改修（※2）",
                "renovation instead of new construction (※2)",
              ),
            ],
            [
              change(
                "facility.implementer",
                "private",
                "government",
                "民間事業者ではなく地方自治体が実施主体（※2）",
                "the body itself instead of a private operator (※2)",
              ),
            ],
          ]
        : [[]];
      const changes = ways.map((w) => {
        if (bond) return [...w, noBond];
        // Body-run work must state the bond (an input rule): the change states it as not covering.
        return w.some((c) => c.to === "government") && i.regionalBondCovers === undefined
          ? [
              ...w,
              change(
                "facility.regionalBondCovers",
                undefined,
                "false",
                "地域活性化事業債の対象外と明記",
                "stated as not covered by the regional-revitalisation bond",
              ),
            ]
          : w;
      });
      return whyNot(step, "fn2", {
        condition: {
          ja: "民間事業者が実施主体となる施設整備は新築を除き対象。地域活性化事業債の対象経費は本措置の対象外",
          en: "Facility work counts unless it is new construction by a private operator; costs the regional-revitalisation bond (地域活性化事業債) covers are out",
        },
        failed,
        changes,
      });
    }
    case "fn3":
      return whyNot(step, "fn3", {
        condition: {
          ja: "二地域居住者等への交通費支援等の現金給付は対象外",
          en: "Cash handouts to dual residents (travel-cost support and the like) are out",
        },
        failed: [fact("cashHandout", i.cashHandout ?? "", "現金給付である", "it is a cash handout")],
        changes: [[change("cashHandout", i.cashHandout, "false", "現金給付ではない（※3）", "not a cash handout (※3)")]],
      });
    case "fn4": {
      const failed: StatedFact[] = [];
      const flips: FactChange[] = [];
      if (i.takesOutsideStudents === "false") {
        failed.push(
          fact(
            "regionalStudy.takesOutsideStudents",
            "false",
            "地域外からの学生の受入れが主目的でない",
            "its main purpose is not taking in students from outside",
          ),
        );
        flips.push(
          change(
            "regionalStudy.takesOutsideStudents",
            "false",
            "true",
            "地域外からの学生の受入れが主目的（※4）",
            "mainly takes in students from outside (※4)",
          ),
        );
      }
      if (i.mainlySchoolAppeal === "true") {
        failed.push(
          fact("regionalStudy.mainlySchoolAppeal", "true", "学校魅力化が主目的", "it is mainly about school appeal"),
        );
        flips.push(
          change(
            "regionalStudy.mainlySchoolAppeal",
            "true",
            "false",
            "学校魅力化が主目的でない（※4）",
            "not mainly school appeal (※4)",
          ),
        );
      }
      if (i.inStrategyPlan === "false") {
        failed.push(
          fact(
            "regionalStudy.inStrategyPlan",
            "false",
            "地方創生総合戦略等に位置付けられていない",
            "it is not in the body's strategy plan",
          ),
        );
        flips.push(
          change(
            "regionalStudy.inStrategyPlan",
            "false",
            "true",
            "地方創生総合戦略等に位置付け（※4）",
            "placed in the body's strategy plan (※4)",
          ),
        );
      }
      return whyNot(step, "fn4", {
        condition: {
          ja: "地域留学は、地域外からの学生の受入れが主目的で、学校魅力化が主目的でなく、地方創生総合戦略等に位置付けられている場合に限り対象",
          en: "Regional study counts only when its main purpose is taking in students from outside, it is not mainly about school appeal, and it is in the body's strategy plan",
        },
        failed,
        changes: [flips],
        ...(step.needsReview && { note: step.needsReview.note }),
      });
    }
    default:
      return undefined;
  }
}

function whyNot(
  step: TraceStep,
  rule: keyof typeof FOOTNOTE,
  parts: Pick<WhyNot, "condition" | "failed" | "changes" | "note">,
): WhyNot {
  const footnote = FOOTNOTE[rule];
  const first = parts.changes[0] ?? [];
  return {
    rule,
    footnote,
    stepId: step.id,
    cite: step.cite,
    ...parts,
    summary: {
      ja: `${footnote}により対象外（${parts.failed.map((f) => f.label.ja).join("、")}）。${first.length ? `対象となる最小の変更: ${first.map((c) => c.label.ja).join("、")}。` : ""}`,
      en: `Out by ${footnote} (${parts.failed.map((f) => f.label.en).join(", ")}).${first.length ? ` Smallest change that would count it: ${first.map((c) => c.label.en).join("; ")}.` : ""}`,
    },
  };
}

function capWhyNot(step: TraceStep, lineId: string, subject: string): WhyNot {
  const person = step.subject.replace(/^person /, "");
  const cap: CapFacts = {
    person,
    post: step.inputs.post ?? "",
    capYen: step.inputs.capYen ?? "",
    personTotalYen: step.output.totalYen ?? "",
    countedYen: step.output.countedYen ?? "",
    personExcessYen: step.output.excessYen ?? "",
    amountYen: step.inputs[`${lineId}.costYen`] ?? "",
    eligibleYen: step.output[`${lineId}.eligibleYen`] ?? "",
    excessYen: "",
  };
  const excess = decimalString(new Dec(cap.amountYen || "0").minus(cap.eligibleYen || "0"));
  const facts = { ...cap, excessYen: excess };
  const post = POST[facts.post] ?? { ja: facts.post, en: facts.post };
  const g = groupedString;
  const usedUp = facts.eligibleYen === "0";
  const changes: FactChange[][] = usedUp
    ? []
    : [
        [
          {
            subject,
            fact: "cost",
            from: facts.amountYen,
            to: facts.eligibleYen,
            label: {
              ja: `経費が${g(facts.eligibleYen)}円以下（${g(excess)}円減）`,
              en: `a cost of at most ¥${g(facts.eligibleYen)} (¥${g(excess)} less)`,
            },
          },
        ],
      ];
  return {
    rule: "coordinator-cap",
    footnote: step.cite.replace(/^seed /, ""),
    stepId: step.id,
    cite: step.cite,
    condition: {
      ja: `コーディネーター経費は1人当たり上限${g(facts.capYen)}円（${post.ja}）、同一人物の記録は合算し入力順に充当`,
      en: `Coordinator costs count up to ¥${g(facts.capYen)} per person (${post.en}); one person's records are added and filled in input order`,
    },
    failed: [
      {
        fact: "cost",
        value: facts.amountYen,
        label: {
          ja: `${person} の経費合計${g(facts.personTotalYen)}円が上限${g(facts.capYen)}円を${g(facts.personExcessYen)}円超える`,
          en: `${person}'s costs total ¥${g(facts.personTotalYen)}, ¥${g(facts.personExcessYen)} over the ¥${g(facts.capYen)} cap`,
        },
      },
    ],
    changes,
    cap: facts,
    ...(usedUp && {
      note: {
        ja: `上限は ${person} の先の記録で使い切られている: 先の記録の経費が減れば、この記録に充当される。`,
        en: `${person}'s earlier records used up the cap: less cost there would leave room for this record.`,
      },
    }),
    ...(!usedUp && step.needsReview && { note: step.needsReview.note }),
    summary: {
      ja: `${person} の合計${g(facts.personTotalYen)}円が上限${g(facts.capYen)}円（${post.ja}）を超え、この記録の超過${g(excess)}円を除外。${usedUp ? "上限は先の記録で使い切られている。" : `上限内となる最小の変更: 経費${g(facts.eligibleYen)}円以下（${g(excess)}円減）。`}`,
      en: `${person}'s costs total ¥${g(facts.personTotalYen)} against the ${post.en} cap ¥${g(facts.capYen)}; this record's excess ¥${g(excess)} is out.${usedUp ? " Earlier records used up the cap." : ` Smallest change within the cap: a cost of at most ¥${g(facts.eligibleYen)} (¥${g(excess)} less).`}`,
    },
  };
}

function routingFacts(step: TraceStep): RoutingFacts {
  const measure = step.output.measure as Purpose;
  const other: Purpose = measure === "migration" ? "dual-residence" : "migration";
  const subject = step.subject;
  const weighted = step.inputs["purposeWeights.dualResidence"] !== undefined;
  const change: FactChange[] = weighted
    ? [
        {
          subject,
          fact: "purposeWeights",
          from: `${step.inputs["purposeWeights.dualResidence"]}:${step.inputs["purposeWeights.migration"]}`,
          to: `${step.inputs["purposeWeights.migration"]}:${step.inputs["purposeWeights.dualResidence"]}`,
          label: { ja: `${MEASURE[other].ja}の比重が大きい（※5）`, en: `a larger ${MEASURE[other].en} weight (※5)` },
        },
      ]
    : [
        {
          subject,
          fact: "primaryPurpose",
          from: measure,
          to: other,
          label: { ja: `主たる目的が${MEASURE[other].ja}（※5）`, en: `primary purpose ${MEASURE[other].en} (※5)` },
        },
      ];
  return {
    stepId: step.id,
    measure,
    inputs: step.inputs,
    change,
    summary: {
      ja: `※5: ${subject} は主たる目的により全額を${MEASURE[measure].ja}の措置で算定（按分しない）。`,
      en: `※5: ${subject} goes wholly to the ${MEASURE[measure].en} measure by its primary purpose (no apportioning).`,
    },
  };
}

function lineSummary(
  disposition: Disposition,
  reasons: readonly WhyNot[],
  wouldCount: readonly FactChange[],
  excludedYen: string,
): Bilingual {
  if (disposition === "eligible") return { ja: "対象（除外なし）。", en: "Eligible: nothing excluded." };
  const head =
    disposition === "excluded"
      ? { ja: "対象外", en: "Excluded" }
      : {
          ja: `上限超過（${groupedString(excludedYen)}円除外）`,
          en: `Capped (¥${groupedString(excludedYen)} excluded)`,
        };
  // With more than one reason, the changes must come together: say so once.
  const tail =
    reasons.length > 1 && wouldCount.length
      ? {
          ja: ` 全額対象となるには: ${wouldCount.map((c) => c.label.ja).join("、")}。`,
          en: ` To count in full, all of: ${wouldCount.map((c) => c.label.en).join("; ")}.`,
        }
      : { ja: "", en: "" };
  return {
    ja: `${head.ja}。${reasons.map((r) => r.summary.ja).join("")}${tail.ja}`,
    en: `${head.en}. ${reasons.map((r) => r.summary.en).join(" ")}${tail.en}`,
  };
}
