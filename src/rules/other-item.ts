import type { RuleVerdict } from "./verdict.js";

/**
 * The seed ends every list in 等 ("and the like"): spending of the same kind as a listed item may count.
 * Accepted as an "other" item with its description, and always flagged for review: whether it is alike
 * is a judgement the rules leave to people.
 */
export function otherItem(lineId: string, description: string, pillarJa: string): RuleVerdict {
  const note = {
    ja: `「${pillarJa}」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: ${description}`,
    en: `Counted as other spending of the same kind (等) under ${pillarJa}; whether it is alike needs review: ${description}`,
  };
  return {
    rule: "other-item",
    excludes: false,
    review: { code: "other-item", note },
    step: {
      id: `line/${lineId}/other-item`,
      rule: "other-item",
      cite: "seed 等 (each list of items ends in 等)",
      subject: `line ${lineId}`,
      inputs: { description },
      output: { outcome: "passes (needs review)" },
      note,
      needsReview: { code: "other-item", note },
    },
  };
}
