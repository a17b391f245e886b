import { z } from "zod";
import { formatCitation } from "../cite.js";
import { stepIds } from "../../trace/names.js";
import { factError, flag, typeError, YES_NO } from "../fact-schema.js";
import type { Condition, FactChange, StatedFact, LineRule } from "../rule.js";
import { spaceOf, tabulated, tri } from "../verdict-table.js";

/*
 * ※2 (seed): 「移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備」— when a
 * private operator carries the work out, new construction (新築) is out and renovation counts; when the
 * body itself does, the regional-revitalisation bond (地域活性化事業債) may be used, and any cost that bond
 * covers is out of this measure.
 */

/**
 * ※2's facts: who carries the work out, new or renovation, and whether the regional bond covers it.
 *
 * @example
 * ```ts
 * const facts: FacilityFacts = { implementer: "private", work: "renovation" };
 * facts.work;   //=> "renovation"
 * ```
 * @category Schema
 */
export interface FacilityFacts {
  /** 民間事業者 (private) or 地方自治体 (government). */
  readonly implementer: "private" | "government";
  /** 新築 (new) or 改修 (renovation). */
  readonly work: "new" | "renovation";
  /** Within 地域活性化事業債's scope (required for government work). */
  readonly regionalBondCovers?: boolean;
}

const schema = z.strictObject(
  {
    /** 民間事業者 (private) or 地方自治体 (government). */
    implementer: z.enum(["private", "government"], {
      error: factError("facility.implementer", '"private" (民間事業者) or "government" (地方自治体) (※2)'),
    }),
    /** 新築 (new) or 改修 (renovation). */
    work: z.enum(["new", "renovation"], {
      error: factError("facility.work", '"new" (新築) or "renovation" (改修) (※2)'),
    }),
    /** Within 地域活性化事業債's scope (required for government work). */
    regionalBondCovers: flag.optional(),
  },
  { error: typeError("a facility object { implementer, work, regionalBondCovers? } (※2)") },
);

/** ※2's decision, worked out once for each implementer, work and bond answer. */
const decideFn2 = tabulated<FacilityFacts>(
  spaceOf<FacilityFacts>({
    implementer: ["private", "government"],
    work: ["new", "renovation"],
    regionalBondCovers: [undefined, true, false],
  }),
  (facts) => {
    // Facts a caller built by hand may hold any value: off the table, decided afresh.
    const { implementer, work }: { implementer: string; work: string } = facts;
    return (
      (implementer === "private" ? 0 : implementer === "government" ? 6 : -100) +
      (work === "new" ? 0 : work === "renovation" ? 3 : -100) +
      tri(facts.regionalBondCovers)
    );
  },
  ({ implementer, work, regionalBondCovers }) => {
    const conditions: Condition[] = [
      {
        fact: "facility.implementer",
        expected: "government",
        received: implementer,
        passed: implementer !== "private",
      },
      { fact: "facility.work", expected: "renovation", received: work, passed: work !== "new" },
      {
        fact: "facility.regionalBondCovers",
        expected: "false",
        received: regionalBondCovers === undefined ? "" : String(regionalBondCovers),
        passed: regionalBondCovers !== true,
      },
    ];
    const [byPrivate, isNew, bond] = conditions as [Condition, Condition, Condition];
    const privateNew = !byPrivate.passed && !isNew.passed;
    return { rule: "fn2", outcome: privateNew || !bond.passed ? "excluded" : "passes", conditions };
  },
);

/** ※2: a private operator's new construction, and costs the regional bond covers, are out. */
export const fn2: LineRule<FacilityFacts> = {
  id: "fn2",
  mark: "※2",
  cite: (ruleset) => ruleset.footnotes.fn2,
  facts: {
    field: "facility",
    schema: schema as z.ZodType<FacilityFacts, FacilityFacts>,
    questions: [
      {
        path: "facility.implementer",
        question: { ja: "整備の実施主体は誰ですか（※2）。", en: "Who carries out the facility work (※2)?" },
        options: [
          { value: "private", label: { ja: "民間事業者", en: "a private operator" } },
          { value: "government", label: { ja: "地方自治体", en: "the body itself" } },
        ],
      },
      {
        path: "facility.work",
        question: { ja: "新築ですか、改修ですか（※2）。", en: "Is it new construction or renovation (※2)?" },
        options: [
          { value: "new", label: { ja: "新築", en: "new construction" } },
          { value: "renovation", label: { ja: "改修", en: "renovation" } },
        ],
      },
      {
        path: "facility.regionalBondCovers",
        question: {
          ja: "地域活性化事業債の対象経費ですか（※2、地方自治体が実施主体の場合）。",
          en: "Does the regional-revitalisation bond (地域活性化事業債) cover it (※2, work by the body itself)?",
        },
        options: YES_NO,
      },
    ],
    hint: 'facility: { implementer: "private" | "government", work: "new" | "renovation", regionalBondCovers } (※2: private new construction and bond-covered costs are out)',
    canonical: ({ implementer, work, regionalBondCovers }) =>
      regionalBondCovers !== undefined ? { implementer, work, regionalBondCovers } : { implementer, work },
    crossCheck: (facility) =>
      facility.implementer === "government" &&
      !(facility.regionalBondCovers !== undefined && Object.hasOwn(facility, "regionalBondCovers"))
        ? [
            {
              path: ["regionalBondCovers"],
              code: "missing_fact",
              message:
                "work the body carries out must say regionalBondCovers: true | false (※2: costs the 地域活性化事業債 covers are out)",
            },
          ]
        : [],
  },
  decide: (facts, _ruleset, context) => decideFn2(facts, context),
  step: (lineId, { implementer, work, regionalBondCovers }, verdict, ruleset) => ({
    id: stepIds.lineRule(lineId, "fn2"),
    rule: "fn2",
    cite: formatCitation(ruleset.footnotes.fn2),
    subject: `line ${lineId}`,
    inputs: {
      implementer,
      work,
      ...(regionalBondCovers !== undefined && { regionalBondCovers: String(regionalBondCovers) }),
    },
    output: { outcome: verdict.outcome },
  }),
  note: ({ inputs }) => {
    const implementer = inputs.implementer;
    const privateNew = implementer === "private" && inputs.work === "new";
    const bondCovered = inputs.regionalBondCovers === "true";
    return privateNew && bondCovered
      ? {
          ja: "民間事業者による新築であり、かつ地域活性化事業債の対象経費のため対象外（※2）。",
          en: "New construction by a private operator, and covered by the regional-revitalisation bond: out (※2).",
        }
      : privateNew
        ? {
            ja: "民間事業者が実施主体となる整備のうち新築は対象外（※2）。",
            en: "New construction by a private operator: out (※2).",
          }
        : bondCovered
          ? {
              ja: "地域活性化事業債の対象経費は本措置の対象外（※2）。",
              en: "Covered by the regional-revitalisation bond: out of this measure (※2).",
            }
          : {
              ja: `${implementer === "private" ? "民間事業者による改修" : "地方自治体による整備"}で地域活性化事業債の対象外のため対象（※2）。`,
              en: `${implementer === "private" ? "Renovation by a private operator" : "Work by the body itself"}, not covered by the regional-revitalisation bond: counts (※2).`,
            };
  },
  whyNot: (step, subject) => {
    const i = step.inputs;
    const privateNew = i.implementer === "private" && i.work === "new";
    const bond = i.regionalBondCovers === "true";
    const failed: StatedFact[] = [];
    if (privateNew) {
      failed.push(
        {
          fact: "facility.implementer",
          value: "private",
          label: { ja: "民間事業者が実施主体", en: "a private operator carries it out" },
        },
        { fact: "facility.work", value: "new", label: { ja: "新築", en: "new construction" } },
      );
    }
    if (bond) {
      failed.push({
        fact: "facility.regionalBondCovers",
        value: "true",
        label: { ja: "地域活性化事業債の対象", en: "the regional-revitalisation bond covers it" },
      });
    }
    const noBond: FactChange = {
      subject,
      fact: "facility.regionalBondCovers",
      ...(i.regionalBondCovers !== undefined && { from: i.regionalBondCovers }),
      to: "false",
      label: { ja: "地域活性化事業債の対象外（※2）", en: "not covered by the regional-revitalisation bond (※2)" },
    };
    const ways: FactChange[][] = privateNew
      ? [
          [
            {
              subject,
              fact: "facility.work",
              from: "new",
              to: "renovation",
              label: { ja: "新築ではなく改修（※2）", en: "renovation instead of new construction (※2)" },
            },
          ],
          [
            {
              subject,
              fact: "facility.implementer",
              from: "private",
              to: "government",
              label: {
                ja: "民間事業者ではなく地方自治体が実施主体（※2）",
                en: "the body itself instead of a private operator (※2)",
              },
            },
          ],
        ]
      : [[]];
    const changes = ways.map((w) => {
      if (bond) return [...w, noBond];
      // Body-run work must state the bond (an input rule): the change states it as not covering.
      return w.some((c) => c.to === "government") && i.regionalBondCovers === undefined
        ? [
            ...w,
            {
              subject,
              fact: "facility.regionalBondCovers",
              to: "false",
              label: {
                ja: "地域活性化事業債の対象外と明記",
                en: "stated as not covered by the regional-revitalisation bond",
              },
            },
          ]
        : w;
    });
    return {
      condition: {
        ja: "民間事業者が実施主体となる施設整備は新築を除き対象。地域活性化事業債の対象経費は本措置の対象外",
        en: "Facility work counts unless it is new construction by a private operator; costs the regional-revitalisation bond (地域活性化事業債) covers are out",
      },
      failed,
      changes,
    };
  },
};
