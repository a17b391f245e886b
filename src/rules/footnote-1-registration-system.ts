import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { Expense } from "../schema/application.js";
import { outcome, type RuleVerdict } from "./verdict.js";

/**
 * ※1 (seed): registration-system build costs count only when the digital bond (デジタル活用推進事業債)
 * does not cover them; upkeep counts.
 */
export function footnote1(
  expense: Expense & { system: NonNullable<Expense["system"]> },
  ruleset: Ruleset,
): RuleVerdict {
  const { phase, digitalBondCovers } = expense.system;
  const excludes = phase === "build" && digitalBondCovers === true;
  return {
    rule: "fn1",
    excludes,
    step: {
      id: `line/${expense.id}/fn1`,
      rule: "fn1",
      cite: formatCitation(ruleset.footnotes.fn1),
      subject: `line ${expense.id}`,
      inputs: { phase, ...(digitalBondCovers !== undefined && { digitalBondCovers: String(digitalBondCovers) }) },
      output: { outcome: outcome(excludes) },
      note: excludes
        ? {
            ja: "登録システムの構築費でデジタル活用推進事業債の対象となるため対象外（※1）。",
            en: "A registration-system build cost the digital bond covers: out (※1).",
          }
        : phase === "build"
          ? {
              ja: "登録システムの構築費でデジタル活用推進事業債の対象とならないため対象（※1）。",
              en: "A registration-system build cost the digital bond does not cover: counts (※1).",
            }
          : {
              ja: "登録システムの維持費は対象（※1は構築費のみを制限）。",
              en: "Registration-system upkeep counts (※1 limits build costs only).",
            },
    },
  };
}
