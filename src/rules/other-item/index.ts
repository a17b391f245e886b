import { formatCitation } from "../cite.js";
import { stepIds } from "../../trace/names.js";
import { textSchema, typeError } from "../fact-schema.js";
import type { LineRule } from "../rule.js";

/*
 * 等 (seed): every list of items ends in 等 ("and the like"), so spending of the same kind as a listed item
 * may count. It is accepted as an "other" item of its pillar with a description, and always flagged for
 * review: whether it is alike is a judgement the rules leave to people.
 */

const CITATION = { source: "seed", ref: "等 (each list of items ends in 等)", inference: false } as const;

/** 等: an item of the same kind as the listed ones counts, with its description, and needs review. */
export const otherItem: LineRule<string> = {
  id: "other-item",
  mark: "等",
  cite: () => CITATION,
  facts: {
    field: "description",
    // Blank text ("", "  ", a line break alone) says nothing of what the spending is: refused.
    // Blank: nothing but spaces and invisible characters (a zero-width space or a filler says nothing either).
    schema: textSchema(2000, "description", true).regex(/[^\s\p{Cf}\p{Default_Ignorable_Code_Point}]/u, {
      error: typeError("a description of what it is (not blank)"),
    }),
    questions: [
      {
        path: "description",
        question: {
          ja: "列挙された経費と同種であることが分かるよう、内容を記載してください（等）。",
          en: "Describe the spending, so that a person can judge it is of the same kind as the listed items (等).",
        },
        options: [],
      },
    ],
    hint: 'description: "…" (an item of the same kind as the listed ones (等) must say what it is; it will need review)',
    // 等 runs on every "other" item; the input checks require the description, so "" is never seen in a
    // calculation, but a line built without them still shows the rule's step.
    whenAbsent: "",
    canonical: (description) => description,
  },
  decide: (description, _ruleset, context) => {
    const note = {
      ja: `「${context.pillarJa}」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: ${description}`,
      en: `Counted as other spending of the same kind (等) under ${context.pillarJa}; whether it is alike needs review: ${description}`,
    };
    return {
      rule: "other-item",
      outcome: "passes",
      conditions: [
        {
          fact: "description",
          expected: "spending of the same kind as a listed item",
          received: description,
          passed: true,
        },
      ],
      review: { code: "other-item", note },
    };
  },
  step: (lineId, description, verdict) => ({
    id: stepIds.lineRule(lineId, "other-item"),
    rule: "other-item",
    cite: formatCitation(CITATION),
    subject: `line ${lineId}`,
    inputs: { description },
    output: { outcome: "passes (needs review)" },
    ...(verdict.review && { needsReview: verdict.review }),
  }),
  // The step says what its review flag says: the item, its pillar and its description.
  note: (step, { review }) => review(step.id) ?? { ja: "", en: "" },
};
