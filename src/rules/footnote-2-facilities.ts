import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { Expense } from "../schema/application.js";
import { outcome, type RuleVerdict } from "./verdict.js";

/**
 * ※2 (seed): facility work by a private operator may not be new construction (新築); costs that the
 * regional-revitalisation bond (地域活性化事業債) covers are out of this measure.
 */
export function footnote2(
  expense: Expense & { facility: NonNullable<Expense["facility"]> },
  ruleset: Ruleset,
): RuleVerdict {
  const { implementer, work, regionalBondCovers } = expense.facility;
  const privateNew = implementer === "private" && work === "new";
  const bondCovered = regionalBondCovers === true;
  const excludes = privateNew || bondCovered;
  const note =
    privateNew && bondCovered
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
  return {
    rule: "fn2",
    excludes,
    step: {
      id: `line/${expense.id}/fn2`,
      rule: "fn2",
      cite: formatCitation(ruleset.footnotes.fn2),
      subject: `line ${expense.id}`,
      inputs: {
        implementer,
        work,
        ...(regionalBondCovers !== undefined && { regionalBondCovers: String(regionalBondCovers) }),
      },
      output: { outcome: outcome(excludes) },
      note,
    },
  };
}
