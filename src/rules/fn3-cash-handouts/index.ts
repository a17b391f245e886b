import { formatCitation } from "../cite.js";
import { stepIds } from "../../trace/names.js";
import { flag, YES_NO } from "../fact-schema.js";
import type { LineRule } from "../rule.js";
import { tabulated } from "../verdict-table.js";

/*
 * ※3 (seed): cash handouts to dual residents — travel-cost support and the like (現金給付) — are out.
 * It bears on every expense that states `cashHandout`; housing-renovation grants are listed as eligible
 * and are not the handouts it means.
 */

/** ※3's decision, worked out once for each answer. */
const decideFn3 = tabulated<boolean>(
  [true, false].map((answer) => [answer, { sharedWithOtherActivities: false, pillarJa: "" }] as const),
  (cashHandout) => {
    const answer: unknown = cashHandout; // a caller's hand-built fact may be anything: decided afresh
    return answer === true ? 1 : answer === false ? 0 : -1;
  },
  (cashHandout) => ({
    rule: "fn3",
    outcome: cashHandout ? "excluded" : "passes",
    conditions: [{ fact: "cashHandout", expected: "false", received: String(cashHandout), passed: !cashHandout }],
  }),
);

/** ※3: cash handouts to dual residents are out. */
export const fn3: LineRule<boolean> = {
  id: "fn3",
  mark: "※3",
  cite: (ruleset) => ruleset.footnotes.fn3,
  facts: {
    field: "cashHandout",
    schema: flag,
    questions: [
      {
        path: "cashHandout",
        question: {
          ja: "二地域居住者等に交通費支援等の現金を給付する経費ですか（※3）。",
          en: "Is it money handed to dual residents, such as travel-cost support (※3)?",
        },
        options: YES_NO,
      },
    ],
    hint: "cashHandout: true | false (※3: cash handouts such as travel-cost support are out)",
    canonical: (cashHandout) => cashHandout,
  },
  decide: (cashHandout, _ruleset, context) => decideFn3(cashHandout, context),
  step: (lineId, cashHandout, verdict, ruleset) => ({
    id: stepIds.lineRule(lineId, "fn3"),
    rule: "fn3",
    cite: formatCitation(ruleset.footnotes.fn3),
    subject: `line ${lineId}`,
    inputs: { cashHandout: String(cashHandout) },
    output: { outcome: verdict.outcome },
  }),
  note: ({ output }) =>
    output.outcome === "excluded"
      ? {
          ja: "二地域居住者等への交通費支援等の現金給付は対象外（※3）。",
          en: "A cash handout to dual residents (travel support and the like): out (※3).",
        }
      : { ja: "現金給付ではないため※3による除外なし。", en: "Not a cash handout: ※3 does not exclude it." },
  whyNot: (step, subject) => {
    const value = step.inputs.cashHandout;
    return {
      condition: {
        ja: "二地域居住者等への交通費支援等の現金給付は対象外",
        en: "Cash handouts to dual residents (travel-cost support and the like) are out",
      },
      failed: [
        { fact: "cashHandout", value: value ?? "", label: { ja: "現金給付である", en: "it is a cash handout" } },
      ],
      changes: [
        [
          {
            subject,
            fact: "cashHandout",
            ...(value !== undefined && { from: value }),
            to: "false",
            label: { ja: "現金給付ではない（※3）", en: "not a cash handout (※3)" },
          },
        ],
      ],
    };
  },
};
