import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { Expense } from "../schema/application.js";
import { outcome, type RuleVerdict } from "./verdict.js";

/**
 * ※3 (seed): cash handouts to dual residents (現金給付: travel-cost support and the like) are out.
 * Applies wherever the expense states `cashHandout`; housing-renovation grants are listed as eligible.
 */
export function footnote3(expense: Expense & { cashHandout: boolean }, ruleset: Ruleset): RuleVerdict {
  const excludes = expense.cashHandout;
  return {
    rule: "fn3",
    excludes,
    step: {
      id: `line/${expense.id}/fn3`,
      rule: "fn3",
      cite: formatCitation(ruleset.footnotes.fn3),
      subject: `line ${expense.id}`,
      inputs: { cashHandout: String(expense.cashHandout) },
      output: { outcome: outcome(excludes) },
      note: excludes
        ? {
            ja: "二地域居住者等への交通費支援等の現金給付は対象外（※3）。",
            en: "A cash handout to dual residents (travel support and the like): out (※3).",
          }
        : { ja: "現金給付ではないため※3による除外なし。", en: "Not a cash handout: ※3 does not exclude it." },
    },
  };
}
