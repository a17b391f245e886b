import type { CoordinatorActivityId } from "../catalog/index.js";

export type Purpose = "dual-residence" | "migration";
export type BodyKind = "municipality" | "prefecture";
export type Post = "full-time" | "concurrent";

export interface PurposeWeights {
  readonly dualResidence: string;
  readonly migration: string;
}

export interface RegionalStudyFacts {
  readonly takesOutsideStudents: boolean;
  readonly mainlySchoolAppeal: boolean;
  readonly inStrategyPlan: boolean;
}

export interface Expense {
  readonly id: string;
  readonly item: string;
  /** Integer yen as a digit string. */
  readonly amount: string;
  readonly description?: string;
  readonly cashHandout?: boolean;
  readonly system?: { readonly phase: "build" | "upkeep"; readonly digitalBondCovers?: boolean };
  readonly facility?: { readonly implementer: "private" | "government"; readonly work: "new" | "renovation"; readonly regionalBondCovers?: boolean };
  readonly regionalStudy?: RegionalStudyFacts;
}

export interface Project {
  readonly id: string;
  readonly name?: string;
  readonly primaryPurpose?: Purpose;
  readonly purposeWeights?: PurposeWeights;
  readonly expenses: readonly Expense[];
}

export interface Coordinator {
  readonly id: string;
  readonly person: string;
  readonly name?: string;
  readonly post: Post;
  /** Integer yen as a digit string. */
  readonly cost: string;
  readonly primaryPurpose?: Purpose;
  readonly purposeWeights?: PurposeWeights;
  readonly activities: readonly CoordinatorActivityId[];
  readonly regionalStudy?: RegionalStudyFacts;
  readonly description?: string;
}

export interface Body {
  /** 全国地方公共団体コード, 6 digits. */
  readonly code: string;
  readonly name?: string;
  readonly kind: BodyKind;
  /** 財政力指数 as given (decimal string), or… */
  readonly fiscalCapabilityIndex?: string;
  /** …the three previous years' 基準財政収入額 and 基準財政需要額 (decimal strings). */
  readonly fiscalCapabilityYears?: readonly { readonly revenue: string; readonly need: string }[];
}

/**
 * A validated application in canonical form: amounts as digit strings, decimals as plain strings, the
 * fiscal year as a number. It is what the trace embeds, and it parses back to itself.
 */
export interface Application {
  readonly fiscalYear: number;
  readonly body: Body;
  readonly projects: readonly Project[];
  readonly coordinators: readonly Coordinator[];
}
