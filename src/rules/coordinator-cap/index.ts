import { Dec, decimalString, groupedString } from "../../money/decimal.js";
import { formatCitation } from "../cite.js";
import type { Citation, Cited, RulesetParameters as Ruleset } from "../parameters.js";
import { POST_TERMS, termOf } from "../../trace/glossary.js";
import { stepIds, type Measure, type Post } from "../../trace/names.js";
import type { Bilingual, ReviewFlag, StepData } from "../../trace/step.js";
import { subjectId, type NoteTemplate } from "../note.js";
import { DECIMAL, type Arithmetic } from "../arithmetic.js";
import type { FactChange, WhyNotParts } from "../rule.js";

/*
 * Coordinator cap (seed: 「1人当たり500万円上限（兼任の場合40万円上限）」): a person's records within one
 * measure are summed, then capped per fiscal year. The cap is filled in input order, so the first records
 * count in full and later ones carry the excess. Where one person holds both posts the rules are silent:
 * the smaller cap applies and the step needs review. The migration measure's caps are a conservative
 * reading (its ruleset citations say so). This unit is the only reader of the caps.
 */

/** One record of a person, as the cap reads it. */
export interface CapRecord<N> {
  readonly id: string;
  readonly post: Post;
  /** The gross cost. */
  readonly cost: N;
  /** Its 特定財源 (zero where none is stated). */
  readonly specific: N;
  /** The person as the record writes it, where that differs from the key it is grouped by. */
  readonly written?: string;
}

/** A record's part of its own burden within the cap, and the rest of its own burden. */
export interface CappedRecord<N> {
  readonly id: string;
  readonly eligible: N;
  readonly excluded: N;
}

/** What the cap is compared with: each record's own burden, or its gross cost (ruleset.ownBurden). */
export type CapBasis = "own-burden" | "gross";

const BASIS_TERMS: Readonly<Record<CapBasis, { ja: string; en: string }>> = {
  "own-burden": { ja: "一般財源等", en: "own burden" },
  gross: { ja: "総事業費", en: "gross cost" },
};

export const CAP_BASIS_REVIEW: ReviewFlag = {
  code: "cap-basis",
  note: {
    ja: "特定財源のある記録について、上限を一般財源等に適用した額と総事業費に適用した額が異なる（規定なし、一般財源等に適用、要確認）。",
    en: "With 特定財源 stated, the cap read against the own burden and against the gross cost give different figures (the rules are silent; read against the own burden): needs review.",
  },
};

export const MIXED_POSTS_REVIEW: ReviewFlag = {
  code: "mixed-posts",
  note: {
    ja: "同一人物に専任と兼任の記録があるため、小さい方の上限（兼任）を適用（規定なし、要確認）。",
    en: "One person has both full-time and concurrent records; the smaller (concurrent) cap is applied (the rules are silent): needs review.",
  },
};

/**
 * Two records whose persons differ only in letter case or kana (「やまだ」「ヤマダ」): perhaps one person,
 * whose records would share one cap. The rules cannot tell; the records are kept apart and flagged.
 */
export function similarPersonsReview(record: string, others: readonly string[]): ReviewFlag {
  return {
    code: "similar-persons",
    note: {
      ja: `${record} の person は ${others.join("、")} と大文字・小文字又はひらがな・カタカナの違いだけで一致する。同一人物なら経費は合算して上限を適用する（別人として算定、要確認）。`,
      en: `${record}'s person differs from ${others.join(", ")}'s only in letter case or kana; if they are one person their costs share one cap (computed as different persons): needs review.`,
    },
  };
}

/** The citations of the caps this unit reads, for the caveats that list the readings a result rests on. */
export function capCitations(ruleset: Ruleset): Citation[] {
  const { coordinator, migration } = ruleset;
  return [coordinator, migration].flatMap((caps) => [caps.capFullTimeYen.cite, caps.capConcurrentYen.cite]);
}

/** The cap that applies to one person's records in a measure: the smaller one where posts are mixed. */
export function capOf(
  measure: Measure,
  posts: Iterable<Post>,
  ruleset: Ruleset,
): { post: Post; mixed: boolean; cap: Cited<string> } {
  const caps =
    measure === "dual-residence"
      ? ruleset.coordinator
      : measure === "migration"
        ? ruleset.migration
        : (ruleset.furusato ?? ruleset.coordinator); // a furusato line exists only where the ruleset has the track
  const set = new Set(posts);
  const post: Post = set.has("concurrent") ? "concurrent" : "full-time";
  return { post, mixed: set.size > 1, cap: post === "full-time" ? caps.capFullTimeYen : caps.capConcurrentYen };
}

/**
 * Fills the cap in record order, over any exact arithmetic (Decimal for the trace, safe integers for the
 * summary). On the own-burden basis each record gets min(cost − 特定財源, what is left); on the gross basis
 * the cap is filled with gross costs and each record's 特定財源 comes off its part within the cap (never
 * below zero). `excluded` is the rest of the record's own burden.
 */
export function fillCap<N>(
  records: readonly CapRecord<N>[],
  cap: N,
  n: Arithmetic<N>,
  basis: CapBasis = "own-burden",
): CappedRecord<N>[] {
  let remaining = cap;
  return records.map((record) => {
    const own = n.minus(record.cost, record.specific);
    const within = n.min(basis === "own-burden" ? own : record.cost, remaining);
    remaining = n.minus(remaining, within);
    const eligible = basis === "own-burden" ? within : n.minus(within, n.min(within, record.specific));
    return { id: record.id, eligible, excluded: n.minus(own, eligible) };
  });
}

/**
 * Whether the other basis would count a different figure for any record (only where 特定財源 is stated):
 * then the person's records need review.
 */
export function basisMatters<N>(
  records: readonly CapRecord<N>[],
  cap: N,
  n: Arithmetic<N>,
  basis: CapBasis,
  filled: readonly CappedRecord<N>[],
  isZero: (value: N) => boolean,
): boolean {
  if (records.every((r) => isZero(r.specific))) return false;
  const other = fillCap(records, cap, n, basis === "own-burden" ? "gross" : "own-burden");
  return other.some((r, i) => !isZero(n.minus(r.eligible, (filled[i] as CappedRecord<N>).eligible)));
}

/** The cap on one person's records in one measure, with its step. */
export function coordinatorCap(
  person: string,
  measure: Measure,
  records: readonly CapRecord<Dec>[],
  ruleset: Ruleset,
): { records: CappedRecord<Dec>[]; mixed: boolean; basisMatters: boolean; steps: StepData[] } {
  const {
    post,
    mixed,
    cap: capParam,
  } = capOf(
    measure,
    records.map((r) => r.post),
    ruleset,
  );
  const cap = DECIMAL.of(capParam.value);
  const basis = ruleset.ownBurden.coordinatorCapBasis;
  const capped = fillCap(records, cap, DECIMAL, basis.value);
  const funded = records.some((r) => !r.specific.isZero());
  const base = (r: CapRecord<Dec>) => (basis.value === "own-burden" ? r.cost.minus(r.specific) : r.cost);
  const total = records.reduce((sum, r) => sum.plus(base(r)), DECIMAL.of("0"));
  const counted = DECIMAL.min(total, cap);
  const inputs: Record<string, string> = { post, capYen: capParam.value };
  if (funded) inputs.capBasis = basis.value;
  for (const r of records) {
    inputs[`${r.id}.costYen`] = decimalString(r.cost);
    if (!r.specific.isZero()) inputs[`${r.id}.specificRevenueYen`] = decimalString(r.specific);
    // The key as written beside the key as grouped (text/identity-key.ts), where the two differ.
    if (r.written !== undefined && r.written !== person) inputs[`${r.id}.person`] = r.written;
  }
  const output: Record<string, string> = {
    totalYen: decimalString(total),
    countedYen: decimalString(counted),
    excessYen: decimalString(total.minus(counted)),
  };
  for (const r of capped) output[`${r.id}.eligibleYen`] = decimalString(r.eligible);
  const matters = basisMatters(records, cap, DECIMAL, basis.value, capped, (v) => v.isZero());
  const steps: StepData[] = [
    {
      id: stepIds.personCap(measure, person),
      rule: "coordinator-cap",
      cite: formatCitation(capParam.cite),
      subject: `person ${person}`,
      inputs,
      output,
      ...(mixed && { needsReview: MIXED_POSTS_REVIEW }),
    },
  ];
  if (matters) steps.push(capBasisStep(person, measure, records, cap, capped, ruleset));
  return { records: capped, mixed, basisMatters: matters, steps };
}

/** The other reading of the cap, shown beside the one applied, where 特定財源 makes them differ. */
function capBasisStep(
  person: string,
  measure: Measure,
  records: readonly CapRecord<Dec>[],
  cap: Dec,
  applied: readonly CappedRecord<Dec>[],
  ruleset: Ruleset,
): StepData {
  const basis = ruleset.ownBurden.coordinatorCapBasis;
  const otherBasis: CapBasis = basis.value === "own-burden" ? "gross" : "own-burden";
  const other = fillCap(records, cap, DECIMAL, otherBasis);
  const sum = (list: readonly CappedRecord<Dec>[]) => list.reduce((s, r) => s.plus(r.eligible), DECIMAL.of("0"));
  const inputs: Record<string, string> = { capBasis: basis.value, otherBasis };
  const appliedYen = decimalString(sum(applied));
  const otherYen = decimalString(sum(other));
  const output: Record<string, string> = { appliedEligibleYen: appliedYen, otherEligibleYen: otherYen };
  for (const r of other) output[`${r.id}.otherEligibleYen`] = decimalString(r.eligible);
  return {
    id: stepIds.personCapBasis(measure, person),
    rule: "coordinator-cap",
    cite: formatCitation(basis.cite),
    subject: `person ${person}`,
    inputs,
    output,
    needsReview: CAP_BASIS_REVIEW,
  };
}

/** The words of a person's cap: whose, which total (the own burden where 特定財源 is stated), the cap, what counts. */
export const personCapNote: NoteTemplate = (step) => {
  const { inputs, output } = step;
  const person = subjectId(step);
  const post = inputs.post as Post;
  const what = inputs.capBasis === "own-burden" ? { ja: "一般財源等", en: "own burden" } : { ja: "経費", en: "costs" };
  const [total, cap, counted] = [output.totalYen, inputs.capYen, output.countedYen].map((v) => groupedString(v ?? "0"));
  return {
    ja: `${person} の${what.ja}合計 ${total}円 に${termOf(POST_TERMS, post).ja}の上限 ${cap}円 を適用し、${counted}円 を算入（記録の順に充当）。`,
    en: `${person}'s ${what.en} total ¥${total}; the ${post} cap ¥${cap} counts ¥${counted} (filled in record order).`,
  };
};

/** The words of the other reading of a cap: what the applied basis counts, and what the other would. */
export const capBasisNote: NoteTemplate = ({ inputs, output }) => {
  const words = (basis: string | undefined) => termOf(BASIS_TERMS, basis ?? "");
  const basis = words(inputs.capBasis);
  const otherBasis = words(inputs.otherBasis);
  const [applied, other] = [output.appliedEligibleYen, output.otherEligibleYen].map((v) => groupedString(v ?? "0"));
  return {
    ja: `上限を${basis.ja}に適用して ${applied}円（${otherBasis.ja}に適用すれば ${other}円）。`,
    en: `The cap read against the ${basis.en} counts ¥${applied} (against the ${otherBasis.en}: ¥${other}).`,
  };
};

/**
 * A coordinator cap as its step shows it, for one capped record.
 *
 * @example
 * ```ts
 * explainLine(calc, "C1")?.reasons[0]?.cap;
 * //=> { person: "A", post: "full-time", capYen: "5000000", personTotalYen: "6200000", countedYen: "5000000",
 * //     personExcessYen: "1200000", amountYen: "6200000", eligibleYen: "5000000", excessYen: "1200000" }
 * ```
 * @category Audit
 */
export interface CapFacts {
  /** The person the records share a cap by. */
  readonly person: string;
  /** The post whose cap applied ("concurrent" when the person also has concurrent records). */
  readonly post: string;
  /** The cap. */
  readonly capYen: string;
  /** The person's records in this measure, together, before the cap. */
  readonly personTotalYen: string;
  /** The part of the person's total that counts: min(total, cap). */
  readonly countedYen: string;
  /** The person's total over the cap. */
  readonly personExcessYen: string;
  /** This record's cost. */
  readonly amountYen: string;
  /** The part of the cap this record got (records fill it in input order). */
  readonly eligibleYen: string;
  /** This record's excess: amountYen − eligibleYen. */
  readonly excessYen: string;
}

/** What `whyCapped` reads from a cap step. */
export interface CappedReading extends WhyNotParts {
  /** The cap's seed wording. */
  readonly footnote: string;
  /** The cap as the step shows it. */
  readonly cap: CapFacts;
  /** The reason in one sentence. */
  readonly summary: { readonly ja: string; readonly en: string };
}

/**
 * A cap step read back for one record (for `explainLine`): the cap, the person's total, this record's part
 * and excess, and the smallest change of its cost that would fit it within the cap.
 */
export function whyCapped(step: StepData, lineId: string, subject: string): CappedReading {
  const person = step.subject.replace(/^person /, "");
  const cap: CapFacts = {
    person,
    post: step.inputs.post ?? "",
    capYen: step.inputs.capYen ?? "",
    personTotalYen: step.output.totalYen ?? "",
    countedYen: step.output.countedYen ?? "",
    personExcessYen: step.output.excessYen ?? "",
    amountYen: step.inputs[`${lineId}.costYen`] ?? "",
    eligibleYen: step.output[`${lineId}.eligibleYen`] ?? "",
    excessYen: "",
  };
  // The cap divides the record's own burden: its cost less the 特定財源 the step shows.
  const specific = step.inputs[`${lineId}.specificRevenueYen`] ?? "0";
  const ownBurden = new Dec(cap.amountYen || "0").minus(specific);
  const excess = decimalString(ownBurden.minus(cap.eligibleYen || "0"));
  const fitting = cap.eligibleYen === "" ? "" : decimalString(new Dec(cap.eligibleYen).plus(specific));
  const facts = { ...cap, excessYen: excess };
  // An edited file may name any post: shown as written.
  const post = (POST_TERMS as Partial<Record<string, Bilingual>>)[facts.post] ?? { ja: facts.post, en: facts.post };
  const g = groupedString;
  const usedUp = facts.eligibleYen === "0";
  // Where 特定財源 is stated the cap read the own burden: the total is the person's 一般財源等.
  const total =
    step.inputs.capBasis === "own-burden"
      ? { ja: "一般財源等の合計", en: "own burden totals" }
      : { ja: "経費合計", en: "costs total" };
  const changes: FactChange[][] = usedUp
    ? []
    : [
        [
          {
            subject,
            fact: "cost",
            from: facts.amountYen,
            to: fitting,
            label: {
              ja: `経費が${g(fitting)}円以下（${g(excess)}円減）`,
              en: `a cost of at most ¥${g(fitting)} (¥${g(excess)} less)`,
            },
          },
        ],
      ];
  return {
    footnote: step.cite.replace(/^seed /, ""),
    condition: {
      ja: `コーディネーター経費は1人当たり上限${g(facts.capYen)}円（${post.ja}）、同一人物の記録は合算し入力順に充当`,
      en: `Coordinator costs count up to ¥${g(facts.capYen)} per person (${post.en}); one person's records are added and filled in input order`,
    },
    failed: [
      {
        fact: "cost",
        value: facts.amountYen,
        label: {
          ja: `${person} の${total.ja}${g(facts.personTotalYen)}円が上限${g(facts.capYen)}円を${g(facts.personExcessYen)}円超える`,
          en: `${person}'s ${total.en} ¥${g(facts.personTotalYen)}, ¥${g(facts.personExcessYen)} over the ¥${g(facts.capYen)} cap`,
        },
      },
    ],
    changes,
    cap: facts,
    ...(usedUp && {
      note: {
        ja: `上限は ${person} の先の記録で使い切られている: 先の記録の経費が減れば、この記録に充当される。`,
        en: `${person}'s earlier records used up the cap: less cost there would leave room for this record.`,
      },
    }),
    ...(!usedUp && step.needsReview && { note: step.needsReview.note }),
    summary: {
      ja: `${person} の${total.ja === "経費合計" ? "合計" : total.ja}${g(facts.personTotalYen)}円が上限${g(facts.capYen)}円（${post.ja}）を超え、この記録の超過${g(excess)}円を除外。${usedUp ? "上限は先の記録で使い切られている。" : `上限内となる最小の変更: 経費${g(fitting)}円以下（${g(excess)}円減）。`}`,
      en: `${person}'s ${total.en} ¥${g(facts.personTotalYen)} against the ${post.en} cap ¥${g(facts.capYen)}; this record's excess ¥${g(excess)} is out.${usedUp ? " Earlier records used up the cap." : ` Smallest change within the cap: a cost of at most ¥${g(fitting)} (¥${g(excess)} less).`}`,
    },
  };
}
