import { z } from "zod";
import { Dec } from "../../money/decimal.js";
import { readNonNegativeDecimal } from "../../money/decimal-input.js";
import { formatCitation } from "../cite.js";
import type { Citation, RulesetParameters as Ruleset } from "../parameters.js";
import { MEASURE_POLICY_TERMS, MEASURE_TERMS, termOf } from "../../trace/glossary.js";
import { PURPOSES, stepIds, type LineRuleId, type Purpose, type ReviewCode } from "../../trace/names.js";
import type { Bilingual, ReviewFlag, StepData } from "../../trace/step.js";
import type { NoteTemplate } from "../note.js";
import { decimalSchema, describeValue, typeError } from "../fact-schema.js";
import type { Condition, FactChange, FactIssue, FactQuestion } from "../rule.js";

/*
 * ※5 (seed): a project run together with migration/settlement work goes **wholly** to one measure by its
 * primary purpose — dual residence / relationship population to this measure, migration / settlement to
 * the migration measure (移住・定住対策). No apportioning. With weights, the larger weight is the purpose.
 */

/**
 * The weights of a project's two purposes; the larger takes the whole project (※5, never apportioned).
 *
 * @example
 * ```ts
 * classifyExpense({ id: "E1", item: "opportunity.trial-tours", amount: "800000" },
 *                 { purposeWeights: { dualResidence: 1, migration: 3 } }).measure;   //=> "migration"
 * ```
 * @category Schema
 */
export interface PurposeWeights {
  /** Weight of dual residence and relationship population, a non-negative decimal string. */
  readonly dualResidence: string;
  /** Weight of migration and settlement, a non-negative decimal string. */
  readonly migration: string;
}

/**
 * ※5's facts on a project or coordinator record: exactly one of the two.
 *
 * @example
 * ```ts
 * const facts: PurposeFacts = { purposeWeights: { dualResidence: "3", migration: "1" } };
 * getRuleset(2025).rules.fn5.decide(facts).measure;   //=> "dual-residence"
 * ```
 * @category Rules
 */
export interface PurposeFacts {
  /** The primary purpose. */
  readonly primaryPurpose?: Purpose;
  /** Or the weights of the two purposes; the larger takes all. */
  readonly purposeWeights?: PurposeWeights;
}

/**
 * What ※5 decided: the measure, whether both purposes were present, and the conditions it read.
 *
 * @example
 * ```ts
 * getRuleset(2025).rules.fn5.decide({ purposeWeights: { dualResidence: "1", migration: "2" } }).mixed;   //=> true
 * ```
 * @category Rules
 */
export interface RoutingDecision {
  /** Where the whole project or record goes. */
  readonly measure: Purpose;
  /** True when weights showed both purposes: ※5 then sent a mixed project wholly one way. */
  readonly mixed: boolean;
  /** The condition it read. */
  readonly conditions: readonly Condition[];
}

/**
 * ※5's unit: a rule on projects and coordinator records (where the whole of one goes), not on lines.
 *
 * @example
 * ```ts
 * getRuleset(2025).rules.fn5.decide({ primaryPurpose: "migration" }).measure;   //=> "migration"
 * ```
 * @category Rules
 */
export interface RoutingRule {
  /** Always "fn5". */
  readonly id: "fn5";
  /** "※5". */
  readonly mark: string;
  /** Its source in the ruleset. */
  readonly cite: (ruleset: Ruleset) => Citation;
  /** The facts it reads. */
  readonly facts: {
    /** The zod fragments of the record's two fields. */
    readonly schemas: {
      /** `primaryPurpose`. */
      readonly primaryPurpose: z.ZodType<Purpose, Purpose>;
      /** `purposeWeights`. */
      readonly purposeWeights: z.ZodType<WeightsInput, WeightsInput>;
    };
    /** The question an app asks. */
    readonly questions: readonly FactQuestion[];
    /** The weights in canonical form: decimal strings. */
    readonly canonicalWeights: (weights: WeightsInput) => PurposeWeights;
    /** Exactly one of the two fields, and weights that are not tied. */
    readonly crossCheck: (record: Readonly<Record<string, unknown>>, what: "project" | "coordinator") => FactIssue[];
  };
  /** The measure the facts send the whole project or record to. */
  readonly decide: (facts: PurposeFacts) => RoutingDecision;
  /** The routing step of a project or coordinator record. */
  readonly step: (
    subject: { readonly kind: "project" | "coordinator"; readonly id: string },
    facts: PurposeFacts,
    decision: RoutingDecision,
    ruleset: Ruleset,
  ) => StepData;
  /** The words of a routing step, from its data. */
  readonly note: NoteTemplate;
  /** What the decision marks on each of its lines: `fn5` and the migration review. */
  readonly marks: (decision: { readonly measure: Purpose; readonly mixed: boolean }) => {
    /** `["fn5"]` when the line went to the migration measure or its project was mixed. */
    readonly rules: LineRuleId[];
    /** `["migration-measure"]` for the migration measure. */
    readonly reviews: ReviewCode[];
  };
  /** A routing step read back: the change of purpose that would send it to the other measure. */
  readonly whyRouted: (step: StepData) => {
    /** Where it went. */
    readonly measure: Purpose;
    /** The change that would send it to the other measure. */
    readonly change: FactChange[];
    /** The routing in one sentence. */
    readonly summary: Bilingual;
  };
}

/**
 * The weights of ※5 as the input gives them: decimal strings or numbers.
 *
 * @example
 * ```ts
 * const weights: WeightsInput = { dualResidence: 3, migration: "1" };
 * getRuleset(2025).rules.fn5.facts.canonicalWeights(weights);   //=> { dualResidence: "3", migration: "1" }
 * ```
 * @category Schema
 */
export interface WeightsInput {
  /** Weight of dual residence and relationship population (二地域居住・関係人口). */
  readonly dualResidence: string | number;
  /** Weight of migration and settlement (移住・定住). */
  readonly migration: string | number;
}

/** The lines ※5 sent to the migration measure: modelled from the ordinance only. */
export const MIGRATION_REVIEW: ReviewFlag = {
  code: "migration-measure",
  note: {
    ja: "移住・定住対策の特別交付税措置として算定（省令の規定のみから再現したもので要確認）。",
    en: "Computed under the migration/settlement measure, modelled from the ordinance text only: needs review.",
  },
};

const primaryPurpose: z.ZodType<Purpose, Purpose> = z.enum(PURPOSES, {
  error: (i) =>
    `primaryPurpose must be "dual-residence" (二地域居住・関係人口) or "migration" (移住・定住), got ${describeValue(i.input)}`,
});
const purposeWeights: z.ZodType<WeightsInput, WeightsInput> = z.strictObject(
  {
    /** Weight of dual residence and relationship population (二地域居住・関係人口). */
    dualResidence: decimalSchema("purposeWeights.dualResidence", "invalid_decimal"),
    /** Weight of migration and settlement (移住・定住). */
    migration: decimalSchema("purposeWeights.migration", "invalid_decimal"),
  },
  { error: typeError("an object { dualResidence, migration } of non-negative weights") },
);

const has = (r: Readonly<Record<string, unknown>>, key: string): boolean =>
  Object.hasOwn(r, key) && r[key] !== undefined;
const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** ※5: the whole project or record goes to one measure by its primary purpose. */
export const fn5: RoutingRule = {
  id: "fn5",
  mark: "※5",
  cite: (ruleset) => ruleset.footnotes.fn5,
  facts: {
    schemas: { primaryPurpose, purposeWeights },
    questions: [
      {
        path: "primaryPurpose",
        question: {
          ja: "事業の主たる目的は二地域居住・関係人口ですか、移住・定住ですか（※5）。",
          en: "Is the project's primary purpose dual residence / relationship population, or migration / settlement (※5)?",
        },
        options: PURPOSES.map((m) => ({ value: m, label: MEASURE_TERMS[m] })),
      },
    ],
    canonicalWeights: (w) => ({
      dualResidence: decimal(w.dualResidence),
      migration: decimal(w.migration),
    }),
    crossCheck: (record, what) => {
      const hasPrimary = has(record, "primaryPurpose");
      const hasWeights = has(record, "purposeWeights");
      if (!hasPrimary && !hasWeights) {
        return [
          {
            path: [],
            code: "missing_purpose",
            message: `the ${what} must give primaryPurpose ("dual-residence" or "migration") or purposeWeights: ※5 sends it wholly to one measure by its primary purpose`,
          },
        ];
      }
      if (hasPrimary && hasWeights) {
        return [
          {
            path: [],
            code: "conflicting_purpose",
            message: `give primaryPurpose or purposeWeights, not both (※5 needs one primary purpose)`,
          },
        ];
      }
      if (!hasWeights || !isRecord(record.purposeWeights)) return [];
      const dual = readNonNegativeDecimal(record.purposeWeights.dualResidence, "weight");
      const migration = readNonNegativeDecimal(record.purposeWeights.migration, "weight");
      if (!dual.ok || !migration.ok || new Dec(dual.text).comparedTo(new Dec(migration.text)) !== 0) return [];
      return [
        {
          path: ["purposeWeights"],
          code: "tied_purpose",
          message: `purposeWeights are tied (${dual.text} : ${migration.text}); ※5 needs one primary purpose: state primaryPurpose instead`,
        },
      ];
    },
  },

  decide: (facts) => {
    if (facts.purposeWeights) {
      const { dualResidence, migration } = facts.purposeWeights;
      const dual = new Dec(dualResidence);
      const measure: Purpose = dual.gt(migration) ? "dual-residence" : "migration";
      return {
        measure,
        mixed: !dual.isZero() && !new Dec(migration).isZero(),
        conditions: [
          {
            fact: "purposeWeights",
            expected: "dualResidence > migration",
            received: `${dualResidence}:${migration}`,
            passed: measure === "dual-residence",
          },
        ],
      };
    }
    const measure = facts.primaryPurpose as Purpose;
    return {
      measure,
      mixed: false,
      conditions: [
        { fact: "primaryPurpose", expected: "dual-residence", received: measure, passed: measure === "dual-residence" },
      ],
    };
  },

  step: (subject, facts, decision, ruleset) => {
    const { measure } = decision;
    const inputs: Record<string, string> = facts.purposeWeights
      ? {
          "purposeWeights.dualResidence": facts.purposeWeights.dualResidence,
          "purposeWeights.migration": facts.purposeWeights.migration,
        }
      : { primaryPurpose: measure };
    return {
      id: stepIds.routing(subject.kind, subject.id),
      rule: "fn5",
      cite: formatCitation(ruleset.footnotes.fn5),
      subject: `${subject.kind} ${subject.id}`,
      inputs,
      output: { measure },
      ...(measure === "migration" && { needsReview: MIGRATION_REVIEW }),
    };
  },
  note: ({ subject, output }) => {
    const kind = subject.slice(0, subject.indexOf(" "));
    const measure = output.measure as Purpose;
    const label = kind === "project" ? "事業" : "コーディネーター";
    return {
      ja: `${label}の主たる目的により全額を${termOf(MEASURE_POLICY_TERMS, measure).ja}に係る措置として算定（※5、按分しない）。`,
      en: `By its primary purpose the whole ${kind} goes to the ${measure} measure (※5; no apportioning).`,
    };
  },

  marks: (decision) => {
    const migration = decision.measure === "migration";
    return { rules: migration || decision.mixed ? ["fn5"] : [], reviews: migration ? [MIGRATION_REVIEW.code] : [] };
  },

  whyRouted: (step) => {
    const measure = step.output.measure as Purpose;
    const other: Purpose = measure === "migration" ? "dual-residence" : "migration";
    const subject = step.subject;
    const dual = step.inputs["purposeWeights.dualResidence"];
    const migration = step.inputs["purposeWeights.migration"];
    const change: FactChange[] =
      dual !== undefined
        ? [
            {
              subject,
              fact: "purposeWeights",
              from: `${dual}:${migration ?? ""}`,
              to: `${migration ?? ""}:${dual}`,
              label: {
                ja: `${MEASURE_TERMS[other].ja}の比重が大きい（※5）`,
                en: `a larger ${MEASURE_TERMS[other].en} weight (※5)`,
              },
            },
          ]
        : [
            {
              subject,
              fact: "primaryPurpose",
              from: measure,
              to: other,
              label: {
                ja: `主たる目的が${MEASURE_TERMS[other].ja}（※5）`,
                en: `primary purpose ${MEASURE_TERMS[other].en} (※5)`,
              },
            },
          ];
    return {
      measure,
      change,
      summary: {
        ja: `※5: ${subject} は主たる目的により全額を${MEASURE_TERMS[measure].ja}の措置で算定（按分しない）。`,
        en: `※5: ${subject} goes wholly to the ${MEASURE_TERMS[measure].en} measure by its primary purpose (no apportioning).`,
      },
    };
  },
};

function decimal(value: string | number): string {
  const read = readNonNegativeDecimal(value, "value");
  if (!read.ok) throw new Error("unreachable: decimal was validated");
  return read.text;
}
