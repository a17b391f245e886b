import { Dec } from "../money/decimal.js";
import { formatCitation, type Ruleset } from "../rulesets/index.js";
import type { Purpose, PurposeWeights } from "../schema/application.js";
import type { LineRuleId, ReviewCode, ReviewFlag, TraceStep } from "../trace/step.js";

const PURPOSE_JA: Record<Purpose, string> = {
  "dual-residence": "二地域居住・関係人口施策",
  migration: "移住・定住対策",
};

export const MIGRATION_REVIEW: ReviewFlag = {
  code: "migration-measure",
  note: {
    ja: "移住・定住対策の特別交付税措置として算定（省令の規定のみから再現したもので要確認）。",
    en: "Computed under the migration/settlement measure, modelled from the ordinance text only: needs review.",
  },
};

export interface PurposeDecision {
  readonly measure: Purpose;
  /** True when weights showed both purposes: ※5 then sent a mixed project wholly one way. */
  readonly mixed: boolean;
  readonly step: TraceStep;
}

/**
 * ※5 (seed): a project run together with migration/settlement work goes wholly to one measure by its
 * primary purpose; no apportioning. With weights, the larger weight is the primary purpose.
 */
export function footnote5(
  subject: { kind: "project" | "coordinator"; id: string },
  purpose: { primaryPurpose?: Purpose; purposeWeights?: PurposeWeights },
  ruleset: Ruleset,
): PurposeDecision {
  let measure: Purpose;
  let mixed = false;
  let inputs: Record<string, string>;
  if (purpose.purposeWeights) {
    const { dualResidence, migration } = purpose.purposeWeights;
    measure = new Dec(dualResidence).gt(migration) ? "dual-residence" : "migration";
    mixed = !new Dec(dualResidence).isZero() && !new Dec(migration).isZero();
    inputs = { "purposeWeights.dualResidence": dualResidence, "purposeWeights.migration": migration };
  } else {
    measure = purpose.primaryPurpose as Purpose;
    inputs = { primaryPurpose: measure };
  }
  const label = subject.kind === "project" ? "事業" : "コーディネーター";
  const step: TraceStep = {
    id: `${subject.kind}/${subject.id}/fn5`,
    rule: "fn5",
    cite: formatCitation(ruleset.footnotes.fn5),
    subject: `${subject.kind} ${subject.id}`,
    inputs,
    output: { measure },
    note: {
      ja: `${label}の主たる目的により全額を${PURPOSE_JA[measure]}に係る措置として算定（※5、按分しない）。`,
      en: `By its primary purpose the whole ${subject.kind} goes to the ${measure} measure (※5; no apportioning).`,
    },
    ...(measure === "migration" && { needsReview: MIGRATION_REVIEW }),
  };
  return { measure, mixed, step };
}

/**
 * What ※5's decision marks on each line of the project or coordinator: `fn5` when it sent the line to the
 * migration measure or sent a mixed project wholly one way; a review flag for the migration measure.
 */
export function routingMarks(routing: { readonly measure: Purpose; readonly mixed: boolean }): {
  rules: LineRuleId[];
  reviews: ReviewCode[];
} {
  const migration = routing.measure === "migration";
  return {
    rules: migration || routing.mixed ? ["fn5"] : [],
    reviews: migration ? [MIGRATION_REVIEW.code] : [],
  };
}
