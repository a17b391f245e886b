import { z } from "zod";
import { OTHER_MEASURE_TERMS } from "../../trace/glossary.js";
import { OTHER_MEASURES, stepIds, type OtherMeasure } from "../../trace/names.js";
import { closest } from "../../text/closest.js";
import { formatCitation } from "../cite.js";
import { describeValue, typeError } from "../fact-schema.js";
import type { FactIssue, LineRule } from "../rule.js";

/*
 * Double claims (重複計上). The Board of Audit lists, among the over-payments of special allocation tax it
 * keeps finding, one cost counted under two 算定事項 (e.g. 移住・定住 and 地方創生; 会計検査院 令和元年度
 * 2019-r01-0075, 令和3年度 2021-r03-0057, 令和4年度 2022-r04-0063). A line that says the same cost is also
 * claimed under another measure (`alsoClaimedUnder`) is out of this one, whole: the body keeps the other
 * claim, or withdraws it and the line counts here.
 */

const words = (ids: readonly string[], lang: "ja" | "en"): string =>
  ids
    .map((id) => (OTHER_MEASURE_TERMS as Partial<Record<string, { ja: string; en: string }>>)[id]?.[lang] ?? id)
    .join(lang === "ja" ? "、" : ", ");

/** An id's official Japanese name (or part of it) written instead of the id: the id it names. */
function idOfJapanese(text: string): OtherMeasure | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  return OTHER_MEASURES.find((id) => {
    const ja = OTHER_MEASURE_TERMS[id].ja;
    return id !== "other" && (ja.includes(t) || t.includes(ja.replace(/に要する経費.*$/, "")));
  });
}

/** The fragment of `alsoClaimedUnder`: ids of other 算定事項, each once. */
const schema = z
  .array(
    z.enum(OTHER_MEASURES, {
      error: (i) => {
        const text = typeof i.input === "string" ? i.input : undefined;
        const near =
          text === undefined
            ? undefined
            : ((closest(text, OTHER_MEASURES) as OtherMeasure | undefined) ?? idOfJapanese(text));
        return `unknown measure ${describeValue(i.input)}; ${near ? `did you mean "${near}" (${OTHER_MEASURE_TERMS[near].ja})? ` : ""}use one of ${OTHER_MEASURES.join(", ")} ("other": the description names it)`;
      },
    }),
    { error: typeError(`a list of the other measures the same cost is claimed under, e.g. ["migration-settlement"]`) },
  )
  // One check, on a list only (a string given for the list is told once that it must be a list).
  .superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      const first = ids.indexOf(id);
      if (first !== index)
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: `"${id}" is listed twice (first at [${first}]): list each measure once`,
        });
    });
  });

/** The double-claim rule: a cost also claimed under another 算定事項 does not count here. */
export const doubleClaim: LineRule<readonly OtherMeasure[]> = {
  id: "double-claim",
  mark: "重複計上",
  everyLine: true,
  cite: (ruleset) => ruleset.ownBurden.doubleClaim,
  facts: {
    field: "alsoClaimedUnder",
    schema,
    questions: [
      {
        path: "alsoClaimedUnder",
        question: {
          ja: "同じ経費を他の算定事項（移住・定住対策、地域おこし協力隊、集落支援員、地方創生推進など）でも計上していますか。",
          en: "Is the same cost also claimed under another measure (migration, 地域おこし協力隊, 集落支援員, regional revitalization …)?",
        },
        options: OTHER_MEASURES.map((id) => ({ value: id, label: OTHER_MEASURE_TERMS[id] })),
      },
    ],
    hint: 'alsoClaimedUnder: ["migration-settlement" | "regional-revitalization-cooperators" | "community-supporters" | "regional-revitalization-promotion" | "other"]',
    canonical: (ids) => OTHER_MEASURES.filter((id) => ids.includes(id)),
  },
  // "other" needs the description to name the measure.
  recordCheck: (record): FactIssue[] => {
    const ids = record.alsoClaimedUnder;
    const named = typeof record.description === "string" && record.description.trim() !== "";
    if (!Array.isArray(ids) || !ids.includes("other") || named) return [];
    return [
      {
        path: ["description"],
        code: "missing_fact",
        message:
          'alsoClaimedUnder lists "other": give a description that names the other measure (算定事項) the cost is claimed under',
      },
    ];
  },
  decide: (ids) => {
    const claimed = ids.length > 0;
    return {
      rule: "double-claim",
      outcome: claimed ? "excluded" : "passes",
      conditions: [{ fact: "alsoClaimedUnder", expected: "", received: ids.join(","), passed: !claimed }],
    };
  },
  step: (lineId, ids, verdict, ruleset) => ({
    id: stepIds.lineRule(lineId, "double-claim"),
    rule: "double-claim",
    cite: formatCitation(ruleset.ownBurden.doubleClaim),
    subject: `line ${lineId}`,
    inputs: { alsoClaimedUnder: ids.join(",") },
    output: { outcome: verdict.outcome },
  }),
  note: ({ inputs, output }) => {
    const ids = inputs.alsoClaimedUnder ? (inputs.alsoClaimedUnder.split(",") as OtherMeasure[]) : [];
    return output.outcome === "excluded"
      ? {
          ja: `同じ経費を${words(ids, "ja")}にも計上しているため対象外（重複計上）。`,
          en: `The same cost is also claimed under ${words(ids, "en")}: out (no cost counts under two measures).`,
        }
      : { ja: "他の算定事項への計上なし。", en: "Not claimed under another measure." };
  },
  whyNot: (step, subject) => {
    const value = step.inputs.alsoClaimedUnder ?? "";
    const ids = value === "" ? [] : value.split(",");
    return {
      condition: {
        ja: "同一の経費を複数の算定事項に計上しないこと（会計検査院の指摘する重複計上）",
        en: "A cost counts under one measure only (the Board of Audit's double-claim findings)",
      },
      failed: [
        {
          fact: "alsoClaimedUnder",
          value,
          label: { ja: `${words(ids, "ja")}にも計上`, en: `also claimed under ${words(ids, "en")}` },
        },
      ],
      changes: [
        [
          {
            subject,
            fact: "alsoClaimedUnder",
            from: value,
            label: {
              ja: "他の算定事項への計上を取り下げる（こちらで算定する場合）",
              en: "withdraw the other claim (to count it here)",
            },
          },
        ],
      ],
    };
  },
};
