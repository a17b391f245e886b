import { z } from "zod";
import { Dec, decimalString, groupedString, ZERO } from "../../money/decimal.js";
import { readYen } from "../../money/index.js";
import { SPECIFIC_REVENUE_TERMS } from "../../trace/glossary.js";
import { SPECIFIC_REVENUE_PARTS, stepIds, type SpecificRevenuePart } from "../../trace/names.js";
import type { StepData } from "../../trace/step.js";
import type { NoteTemplate } from "../note.js";
import { formatCitation } from "../cite.js";
import { amountSchema, typeError } from "../fact-schema.js";
import type { Citation, RulesetParameters as Ruleset } from "../parameters.js";
import type { FactIssue, FactQuestion } from "../rule.js";

/*
 * The body's own burden (一般財源等). The Board of Audit, year after year:
 *   「省令、算定資料の記載要領等によれば、特別交付税の額の算定は、市町村が負担する額に基づくこととされ、
 *     国庫補助金等の特定財源は控除することなどとされている」
 *   (会計検査院 令和元年度決算検査報告 2019-r01-0075; also 2021-r03-0057, 2022-r04-0063)
 * So every line's cost is first split into 特定財源 (国庫支出金, 都道府県支出金, 地方債, その他) and the rest;
 * the footnotes, ※5, the caps and the rate all apply to the rest. 特定財源 is never eligible and never
 * "excluded" by a rule: it is its own column of the ledger.
 */

/**
 * A line's 特定財源, as the input states it: integer yen per part (absent parts are zero). 地方債 here is any
 * bond other than the two of ※1 and ※2, which keep their own facts.
 *
 * @example
 * ```ts
 * const half = { ...application.projects[0].expenses[0], specificRevenue: { national: "600,000" } };
 * calculate({ ...application, projects: [{ ...application.projects[0], expenses: [half] }] }).lines[0]?.specificRevenue;
 * //=> { national: "600000" }
 * ```
 * @category Schema
 */
export type SpecificRevenueFacts = { readonly [P in SpecificRevenuePart]?: string };

/**
 * A line's 特定財源 as a caller writes it: yen per part as digit strings ("1,200,000") or safe integers.
 *
 * @example
 * ```ts
 * const grant: SpecificRevenueInput = { national: 600000, other: "50,000" };
 * getRuleset(2025).rules["own-burden"].facts.canonical(grant);   //=> { national: "600000", other: "50000" }
 * ```
 * @category Schema
 */
export type SpecificRevenueInput = { readonly [P in SpecificRevenuePart]?: string | number | undefined };

const partSchemas = Object.fromEntries(SPECIFIC_REVENUE_PARTS.map((p) => [p, amountSchema.optional()])) as Record<
  SpecificRevenuePart,
  z.ZodOptional<typeof amountSchema>
>;

/** The fragment of `specificRevenue`. */
const schema = z.strictObject(partSchemas, {
  error: typeError('an object of integer yen { national, prefectural, bonds, other }, e.g. { "national": "600000" }'),
});

const questions: FactQuestion[] = SPECIFIC_REVENUE_PARTS.map((part) => ({
  path: `specificRevenue.${part}`,
  question: {
    ja: `この経費の財源のうち${SPECIFIC_REVENUE_TERMS[part].ja}はいくらですか（円、なければ0）。`,
    en: `How much of this cost is funded by ${SPECIFIC_REVENUE_TERMS[part].en} (yen; 0 if none)?`,
  },
  options: [],
}));

/** The parts' yen in canonical digits, in the fixed order; absent parts left out. */
function canonical(facts: SpecificRevenueInput): SpecificRevenueFacts {
  const out: { [P in SpecificRevenuePart]?: string } = {};
  for (const part of SPECIFIC_REVENUE_PARTS) {
    const value = facts[part];
    if (value === undefined) continue;
    const read = readYen(value);
    if (!read.ok) throw new Error("unreachable: specificRevenue was validated");
    out[part] = read.digits;
  }
  return out;
}

/** The sum of the stated parts; null where a part is not valid yen (the fragment reports it). */
function sumOf(raw: Readonly<Record<string, unknown>>): Dec | null {
  let sum = ZERO;
  for (const part of SPECIFIC_REVENUE_PARTS) {
    if (raw[part] === undefined) continue;
    const read = readYen(raw[part]);
    if (!read.ok) return null;
    sum = sum.plus(read.digits);
  }
  return sum;
}

/**
 * 特定財源 (特定財源 = 国庫支出金 + 都道府県支出金 + 地方債 + その他) deducted from each line's cost, leaving the
 * body's own burden (一般財源等), on which every other rule works.
 *
 * @example
 * ```ts
 * const rule = getRuleset(2025).rules["own-burden"];
 * rule.facts.questions.map((q) => q.path);
 * //=> ["specificRevenue.national", "specificRevenue.prefectural", "specificRevenue.bonds", "specificRevenue.other"]
 * ```
 * @category Rules
 */
export interface OwnBurdenRule {
  /** "own-burden": the steps it writes carry it as their rule. */
  readonly id: "own-burden";
  /** Its citation in the ruleset (the Board of Audit's findings). */
  readonly cite: (ruleset: Ruleset) => Citation;
  /** The facts: field `specificRevenue`, its fragment, the questions an app asks. */
  readonly facts: {
    /** The record's field: "specificRevenue". */
    readonly field: "specificRevenue";
    /** Its zod fragment (each part integer yen, as `amount`). */
    readonly schema: z.ZodType<SpecificRevenueInput, SpecificRevenueInput>;
    /** One question per part. */
    readonly questions: readonly FactQuestion[];
    /** How to state it, for messages. */
    readonly hint: string;
    /** The parts in canonical digits and fixed order. */
    readonly canonical: (facts: SpecificRevenueInput) => SpecificRevenueFacts;
  };
  /** The check the fragment cannot make: the parts together at most the line's cost (`amountField`). */
  readonly crossCheck: (record: Readonly<Record<string, unknown>>, amountField: "amount" | "cost") => FactIssue[];
  /** Σ parts and cost − Σ parts (no specific revenue: zero and the whole cost). */
  readonly deduct: (
    amount: Dec,
    facts: SpecificRevenueFacts | undefined,
  ) => {
    /** Σ parts, yen. */
    specific: Dec;
    /** amount − Σ parts, yen. */
    ownBurden: Dec;
  };
  /** The step that shows the deduction, for a line that states its 特定財源. */
  readonly step: (
    lineId: string,
    amount: Dec,
    facts: SpecificRevenueFacts,
    result: { specific: Dec; ownBurden: Dec },
    ruleset: Ruleset,
  ) => StepData;
  /** The words of the step, from its data. */
  readonly note: NoteTemplate;
}

/** The own-burden rule (特定財源の控除). */
export const ownBurden: OwnBurdenRule = {
  id: "own-burden",
  cite: (ruleset) => ruleset.ownBurden.deduction,
  facts: {
    field: "specificRevenue",
    schema,
    questions,
    hint: 'specificRevenue: { national, prefectural, bonds, other } in integer yen (特定財源), e.g. { "national": "600000" }',
    canonical,
  },
  crossCheck: (record, amountField) => {
    const raw = record.specificRevenue;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return [];
    const sum = sumOf(raw as Readonly<Record<string, unknown>>);
    const amount = readYen(record[amountField]);
    if (sum === null || !amount.ok || sum.lte(amount.digits)) return [];
    return [
      {
        path: ["specificRevenue"],
        code: "specific_revenue_exceeds_amount",
        message: `特定財源 total ¥${groupedString(sum)} is more than the ${amountField} ¥${groupedString(amount.digits)}; the parts of specificRevenue fund this line's cost and cannot exceed it: correct the parts or the ${amountField}`,
      },
    ];
  },
  deduct: (amount, facts) => {
    if (facts === undefined) return { specific: ZERO, ownBurden: amount };
    let specific = ZERO;
    for (const part of SPECIFIC_REVENUE_PARTS) {
      const value = facts[part];
      if (value !== undefined) specific = specific.plus(value);
    }
    return { specific, ownBurden: specific.isZero() ? amount : amount.minus(specific) };
  },
  step: (lineId, amount, facts, result, ruleset) => {
    const inputs: Record<string, string> = { amountYen: decimalString(amount) };
    for (const part of SPECIFIC_REVENUE_PARTS) {
      const value = facts[part];
      if (value !== undefined) inputs[`specificRevenue.${part}`] = value;
    }
    return {
      id: stepIds.ownBurden(lineId),
      rule: "own-burden",
      cite: formatCitation(ruleset.ownBurden.deduction),
      subject: `line ${lineId}`,
      inputs,
      output: { specificRevenueYen: decimalString(result.specific), ownBurdenYen: decimalString(result.ownBurden) },
    };
  },
  note: ({ inputs, output }) => {
    const partsJa: string[] = [];
    const partsEn: string[] = [];
    for (const part of SPECIFIC_REVENUE_PARTS) {
      const value = inputs[`specificRevenue.${part}`];
      if (value === undefined) continue;
      partsJa.push(`${SPECIFIC_REVENUE_TERMS[part].ja} ${groupedString(value)}円`);
      partsEn.push(`${SPECIFIC_REVENUE_TERMS[part].en} ¥${groupedString(value)}`);
    }
    const [amount, specific, own] = [inputs.amountYen, output.specificRevenueYen, output.ownBurdenYen].map((v) =>
      groupedString(v ?? "0"),
    );
    return {
      ja: `事業費 ${amount}円 − 特定財源 ${specific}円${partsJa.length > 0 ? `（${partsJa.join("、")}）` : ""} = 一般財源等 ${own}円。特定財源は控除する（会計検査院）。`,
      en: `Cost ¥${amount} − specific revenue ¥${specific}${partsEn.length > 0 ? ` (${partsEn.join(", ")})` : ""} = own burden ¥${own}; specific revenue is deducted (Board of Audit).`,
    };
  },
};
