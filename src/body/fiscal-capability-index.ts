import { Dec, roundHalfUp, twoDecimalString, decimalString } from "../money/decimal.js";
import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { Body } from "./body.js";
import { identityKey } from "../text/identity-key.js";
import { stepIds } from "../trace/names.js";
import { subjectId, type NoteTemplate } from "../rules/note.js";
import type { StepData } from "../trace/step.js";
import { REGISTRY_CITATION, registeredBody } from "./registry.js";

/** Half-up of revenue ÷ need to `places` decimals, exactly: the 60-digit quotient cannot straddle a half. */
function ratio(revenue: string, need: string, places: number): string {
  return roundHalfUp(new Dec(revenue).div(need), places).toFixed(places);
}

/**
 * 財政力指数 (FCI): as given, rounded half-up to 2 decimals (published prefecture indices have 5); or
 * the average of three years' 基準財政収入額 ÷ 基準財政需要額, each half-up to 2 decimals, the average too.
 */
export function fiscalCapabilityIndex(body: Body, ruleset: Ruleset): { index: string; step: StepData } {
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
      },
    };
  }
  if (body.fiscalCapabilityIndex === undefined) return registryIndex(body, ruleset);
  const given = body.fiscalCapabilityIndex;
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
    },
  };
}

/**
 * Neither figure given: the registry's published 財政力指数 for the year before the allocation's (it averages
 * the three years before), half-up to 2 decimals, cited to its source. A name given that differs from the
 * registry's is kept, and the step flagged: the code may be another body's.
 */
function registryIndex(body: Body, ruleset: Ruleset): { index: string; step: StepData } {
  const registered = registeredBody(body.code);
  const year = ruleset.fiscalYear - 1;
  const published = registered?.fci[String(year)];
  if (registered === undefined || published === undefined) {
    throw new Error(`unreachable: the input checks ask for a 財政力指数 where the registry has none (${body.code})`);
  }
  const places = ruleset.fiscalCorrection.indexPlaces.value;
  const index = twoDecimal(roundHalfUp(new Dec(published), places), places);
  const differs = body.name !== undefined && identityKey(body.name) !== identityKey(registered.name);
  return {
    index,
    step: {
      id: stepIds.fiscalCapabilityIndex,
      rule: "fiscal-capability-index",
      cite: formatCitation(REGISTRY_CITATION),
      subject: `body ${body.code}`,
      inputs: { publishedFiscalYear: String(year), published, registeredName: registered.name },
      output: { index },
      ...(differs && {
        needsReview: {
          code: "body-name-differs",
          note: {
            ja: `団体名「${body.name ?? ""}」は登録簿のコード ${body.code} の名称「${registered.name}」と異なる。財政力指数は登録簿のコードから取ったため、コードを確認すること（要確認）。`,
            en: `The name "${body.name ?? ""}" differs from the registry's "${registered.name}" for code ${body.code}; the FCI was taken by the code: check the code (needs review).`,
          },
        },
      }),
    },
  };
}

function twoDecimal(value: InstanceType<typeof Dec>, places: number): string {
  return places === 2 ? twoDecimalString(value) : value.toFixed(places);
}

/** The words of the index: from three years' ratios, as given, or the registry's published figure. */
export const fiscalCapabilityIndexNote: NoteTemplate = ({ subject, inputs, output }, { ruleset }) => {
  const places = ruleset.fiscalCorrection.indexPlaces.value;
  const index = output.index ?? "";
  if (output.sum !== undefined) {
    const ratios = Object.keys(inputs)
      .filter((k) => k.endsWith(".ratio"))
      .map((k) => inputs[k] ?? "");
    return {
      ja: `各年度の基準財政収入額÷基準財政需要額を小数点以下${places}位に四捨五入し（${ratios.join("、")}）、その3か年平均 ${output.sum}÷3 を同じく四捨五入して財政力指数 ${index}。`,
      en: `Each year's revenue ÷ need half-up to ${places} decimals (${ratios.join(", ")}); their average ${output.sum} ÷ 3 half-up to ${places} decimals gives FCI ${index}.`,
    };
  }
  if (inputs.given !== undefined)
    return {
      ja: `与えられた財政力指数 ${inputs.given} を小数点以下${places}位に四捨五入して ${index}。`,
      en: `The given FCI ${inputs.given}, half-up to ${places} decimals: ${index}.`,
    };
  const year = Number(inputs.publishedFiscalYear);
  const reiwa = year - 2018;
  const name = inputs.registeredName ?? "";
  const registered = registeredBody(subjectId({ subject }));
  const where = registered ? `${registered.prefecture}${registered.kind === "prefecture" ? "" : name}` : name;
  const published = inputs.published ?? "";
  return {
    ja: `${where}の令和${reiwa}年度の財政力指数（公表値、令和${reiwa - 2}〜${reiwa}年度の平均）${published} を小数点以下${places}位に四捨五入して ${index}。省令は各年度の比率を四捨五入して平均するため0.01異なりうる（厳密には fiscalCapabilityYears を与える）。`,
    en: `${name}'s published FCI for FY${year} (the average of FY${year - 2}–${year}), ${published}, half-up to ${places} decimals: ${index}. The ordinance averages per-year ratios each rounded, so the exact figure may differ by 0.01 (give fiscalCapabilityYears for it).`,
  };
};
