import { Dec } from "../money/decimal.js";
import { capCitations } from "../rules/coordinator-cap/index.js";
import type { Ruleset } from "../rulesets/index.js";
import type { BodyKind } from "../schema/application.js";
import type { Bilingual } from "../trace/step.js";
import type { Citation } from "../rules/parameters.js";

/** What the lines say of their funding, for the caveats: any line at all, any that states 特定財源. */
export interface FundingStated {
  readonly lines: boolean;
  readonly specificRevenue: boolean;
  /** Any coordinator record that states 特定財源 (the cap's reading then matters). */
  readonly coordinatorSpecificRevenue?: boolean;
  /** Any line on the provisional ふるさと住民 track. */
  readonly furusato?: boolean;
}

/** The caveat of a calculation whose lines state no 特定財源 (version 3 on; `verify` leaves it out of a version 2 replay). */
export const NO_SPECIFIC_REVENUE_CAVEAT: Bilingual = {
  ja: "特定財源（国庫支出金・都道府県支出金・地方債・寄附金等）の記載がないため、全額を一般財源等（団体の負担）として算定した。特定財源があれば specificRevenue に記載すること（控除される）。",
  en: "No line states specificRevenue: the whole cost was taken as the body's own burden (一般財源等). Where subsidies, bonds or donations fund a cost, state them (they are deducted).",
};

/** What every result leaves out, and the readings of ours it rests on (from the ruleset's inference flags). */
export function caveats(index: string, kind: BodyKind, ruleset: Ruleset, funding: FundingStated): Bilingual[] {
  const out: Bilingual[] = [
    {
      ja: "算定額は省令による財源超過額の控除前の額（財政力指数が1を超える団体は特別交付税で概ね相殺される）。",
      en: "Amounts are before the ordinance's deduction of 財源超過額 (bodies with FCI above 1 are mostly netted out of the special allocation tax).",
    },
  ];
  if (new Dec(index).gt(1)) {
    out.push({
      ja: `財政力指数 ${index} は1を超えるため、財源超過額の控除により実際の交付額は大きく減る見込み。`,
      en: `FCI ${index} is above 1: the deduction of 財源超過額 is likely to reduce the actual grant substantially.`,
    });
  }
  if (funding.lines && !funding.specificRevenue) out.push(NO_SPECIFIC_REVENUE_CAVEAT);
  if (ruleset.basis) {
    out.push({
      ja: `推定による読み（${ruleset.basis.ref}）: ${ruleset.basis.noteJa ?? ruleset.basis.note ?? ""}`,
      en: `Inference (${ruleset.basis.ref}): ${ruleset.basis.note ?? ""}`,
    });
  }
  const inferences = [
    ruleset.fiscalCorrection[kind].cite,
    ruleset.coordinator.rate.cite,
    ...capCitations(ruleset),
    ...(funding.coordinatorSpecificRevenue === true ? [ruleset.ownBurden.coordinatorCapBasis.cite] : []),
    ...(funding.furusato && ruleset.furusato
      ? Object.values(ruleset.furusato).map((p: { cite: Citation }) => p.cite)
      : []),
  ].filter((c) => c.inference && c.note);
  const seen = new Set<string>();
  for (const cite of inferences) {
    const note = cite.note as string;
    if (seen.has(note)) continue;
    seen.add(note);
    out.push({ ja: `推定による読み（${cite.ref}）: ${cite.noteJa ?? note}`, en: `Inference (${cite.ref}): ${note}` });
  }
  return out;
}
