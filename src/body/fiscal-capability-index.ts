import { Dec, roundHalfUp, twoDecimalString, decimalString } from "../money/decimal.js";
import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { Body } from "./body.js";
import type { TraceStep } from "../trace/step.js";

/** Half-up of revenue ÷ need to `places` decimals, exactly: the 60-digit quotient cannot straddle a half. */
function ratio(revenue: string, need: string, places: number): string {
  return roundHalfUp(new Dec(revenue).div(need), places).toFixed(places);
}

/**
 * 財政力指数 (FCI): as given, rounded half-up to 2 decimals (published prefecture indices have 5); or
 * the average of three years' 基準財政収入額 ÷ 基準財政需要額, each half-up to 2 decimals, the average too.
 */
export function fiscalCapabilityIndex(body: Body, ruleset: Ruleset): { index: string; step: TraceStep } {
  const places = ruleset.fiscalCorrection.indexPlaces.value;
  const cite = formatCitation(ruleset.fiscalCorrection.indexPlaces.cite);
  const subject = `body ${body.code}`;
  if (body.fiscalCapabilityYears) {
    const inputs: Record<string, string> = {};
    const ratios = body.fiscalCapabilityYears.map((year, i) => {
      const r = ratio(year.revenue, year.need, places);
      inputs[`year${i + 1}.revenue`] = year.revenue;
      inputs[`year${i + 1}.need`] = year.need;
      inputs[`year${i + 1}.ratio`] = r;
      return r;
    });
    const sum = ratios.reduce((acc, r) => acc.plus(r), new Dec(0));
    const index = twoDecimal(roundHalfUp(sum.div(ratios.length), places), places);
    return {
      index,
      step: {
        id: "body/fiscal-capability-index",
        rule: "fiscal-capability-index",
        cite,
        subject,
        inputs,
        output: { sum: decimalString(sum), index },
        note: {
          ja: `各年度の基準財政収入額÷基準財政需要額を小数点以下${places}位に四捨五入し（${ratios.join("、")}）、その3か年平均 ${decimalString(sum)}÷3 を同じく四捨五入して財政力指数 ${index}。`,
          en: `Each year's revenue ÷ need half-up to ${places} decimals (${ratios.join(", ")}); their average ${decimalString(sum)} ÷ 3 half-up to ${places} decimals gives FCI ${index}.`,
        },
      },
    };
  }
  const given = body.fiscalCapabilityIndex as string;
  const index = twoDecimal(roundHalfUp(new Dec(given), places), places);
  return {
    index,
    step: {
      id: "body/fiscal-capability-index",
      rule: "fiscal-capability-index",
      cite,
      subject,
      inputs: { given },
      output: { index },
      note: {
        ja: `与えられた財政力指数 ${given} を小数点以下${places}位に四捨五入して ${index}。`,
        en: `The given FCI ${given}, half-up to ${places} decimals: ${index}.`,
      },
    },
  };
}

function twoDecimal(value: InstanceType<typeof Dec>, places: number): string {
  return places === 2 ? twoDecimalString(value) : value.toFixed(places);
}
