import { Dec, roundHalfUp } from "../money/decimal.js";
import { formatCitation, type CorrectionBand, type Ruleset } from "../rulesets/index.js";
import { BODY_KIND_TERMS, termOf } from "../trace/glossary.js";
import type { BodyKind } from "../trace/names.js";
import type { NoteTemplate } from "../rules/note.js";
import type { StepData } from "../trace/step.js";

/** "11/6" → 11/6 as an exact quotient of Decimals. */
function fraction(text: string): { numerator: InstanceType<typeof Dec>; denominator: InstanceType<typeof Dec> } {
  const [n, d] = text.split("/");
  return { numerator: new Dec(n as string), denominator: new Dec(d ?? "1") };
}

function bandOf(bands: readonly CorrectionBand[], index: InstanceType<typeof Dec>): CorrectionBand {
  const band = bands.find((b) => index.gte(b.min) && (b.max === null || index.lt(b.max)));
  if (!band) throw new Error(`ruleset has no 財政力補正 band for FCI ${index.toFixed()}`);
  return band;
}

/**
 * 財政力補正 coefficient for a 2-decimal FCI. In the middle band: constant − slope × FCI, computed as one
 * exact fraction ((cn·sd − sn·cd·FCI) ÷ (cd·sd)) and rounded half-up once to 2 decimals.
 */
export function correctionCoefficient(
  index: string,
  kind: BodyKind,
  ruleset: Ruleset,
): { coefficient: string; band: CorrectionBand } {
  const fci = new Dec(index);
  const band = bandOf(ruleset.fiscalCorrection[kind].value, fci);
  if (band.kind === "constant") return { coefficient: band.coefficient, band };
  const c = fraction(band.constant);
  const s = fraction(band.slope);
  const numerator = c.numerator.times(s.denominator).minus(s.numerator.times(c.denominator).times(fci));
  const exact = numerator.div(c.denominator.times(s.denominator));
  return { coefficient: roundHalfUp(exact, band.places).toFixed(band.places), band };
}

/** The correction as a trace step. */
export function fiscalCorrectionStep(
  index: string,
  kind: BodyKind,
  code: string,
  ruleset: Ruleset,
): { coefficient: string; step: StepData } {
  const { coefficient, band } = correctionCoefficient(index, kind, ruleset);
  const range = `${band.min} ≤ FCI${band.max === null ? "" : ` < ${band.max}`}`;
  const formula = band.kind === "constant" ? band.coefficient : `${band.constant} − ${band.slope} × ${index}`;
  return {
    coefficient,
    step: {
      id: "body/fiscal-correction",
      rule: "fiscal-correction",
      cite: formatCitation(ruleset.fiscalCorrection[kind].cite),
      subject: `body ${code}`,
      inputs: { kind, index, band: range, formula },
      output: { coefficient },
    },
  };
}

/** The words of the correction: the body's kind, its index and band, the formula where the band has one. */
export const fiscalCorrectionNote: NoteTemplate = ({ inputs, output }) => {
  const kind = inputs.kind as BodyKind;
  const index = inputs.index ?? "";
  const range = inputs.band ?? "";
  const formula = inputs.formula ?? "";
  const coefficient = output.coefficient ?? "";
  // A band with a formula multiplies the index; the coefficient is written to the band's places.
  const places = coefficient.length - coefficient.indexOf(".") - 1;
  const kindJa = termOf(BODY_KIND_TERMS, kind).ja;
  return !formula.includes(" × ")
    ? {
        ja: `${kindJa}、財政力指数 ${index}（${range}）の財政力補正は ${coefficient}。`,
        en: `${kind}, FCI ${index} (${range}): coefficient ${coefficient}.`,
      }
    : {
        ja: `${kindJa}、財政力指数 ${index}（${range}）: ${formula} を小数点以下${places}位に四捨五入して財政力補正 ${coefficient}。`,
        en: `${kind}, FCI ${index} (${range}): ${formula}, half-up to ${places} decimals, gives ${coefficient}.`,
      };
};
