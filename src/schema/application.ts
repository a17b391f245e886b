import type { CoordinatorActivityId } from "../catalog/index.js";
import type { RegistrationSystemFacts } from "../rules/fn1-registration-system/index.js";
import type { FacilityFacts } from "../rules/fn2-facilities/index.js";
import type { RegionalStudyFacts } from "../rules/fn4-regional-study/index.js";
import type { PurposeWeights } from "../rules/fn5-primary-purpose/index.js";
import type { Body } from "../body/body.js";
import type { OtherMeasure, Post, Purpose } from "../trace/names.js";
import type { SpecificRevenueFacts } from "../rules/own-burden/index.js";

export type { RegistrationSystemFacts } from "../rules/fn1-registration-system/index.js";
export type { FacilityFacts } from "../rules/fn2-facilities/index.js";
export type { RegionalStudyFacts } from "../rules/fn4-regional-study/index.js";
export type { PurposeWeights } from "../rules/fn5-primary-purpose/index.js";
export type { BodyKind, Post, Purpose } from "../trace/names.js";
export type { Body } from "../body/body.js";

/**
 * One expense of a project, in canonical form: an item of the catalog, an amount, and the facts its
 * footnotes ask for.
 *
 * @example
 * ```ts
 * calculate(application).trace.input.projects[0]?.expenses[0];
 * //=> { id: "E1", item: "information.consultation-events", amount: "1200000" }
 * ```
 * @category Schema
 */
export interface Expense {
  /** Unique among all expenses and coordinators; 1–100 characters, no spaces or slashes. */
  readonly id: string;
  /** A catalog item id, e.g. "opportunity.facilities". */
  readonly item: string;
  /** Integer yen as a digit string. */
  readonly amount: string;
  /** 特定財源 funding the cost, parts in canonical digits (absent: none stated). */
  readonly specificRevenue?: SpecificRevenueFacts;
  /** Other 算定事項 the same cost is claimed under, in the fixed order. */
  readonly alsoClaimedUnder?: readonly OtherMeasure[];
  /** What it is; required for `*.other` items, kept in the trace. */
  readonly description?: string;
  /** ※3: money handed to dual residents (travel-cost support and the like). */
  readonly cashHandout?: boolean;
  /** ※1: the registration system's phase, and whether the digital bond covers a build cost. */
  readonly system?: RegistrationSystemFacts;
  /** ※2: who carries out the facility work, what work, and whether the regional bond covers it. */
  readonly facility?: FacilityFacts;
  /** ※4: the regional-study facts. */
  readonly regionalStudy?: RegionalStudyFacts;
}

/**
 * A project (事業): expenses that share one primary purpose (※5).
 *
 * @example
 * ```ts
 * calculate(application).trace.input.projects[0]?.primaryPurpose;   //=> "dual-residence"
 * ```
 * @category Schema
 */
export interface Project {
  /** Unique among projects. */
  readonly id: string;
  /** Its name, for people. */
  readonly name?: string;
  /** Its primary purpose; exactly one of this and `purposeWeights`. */
  readonly primaryPurpose?: Purpose;
  /** The weights of its purposes; the larger takes all. */
  readonly purposeWeights?: PurposeWeights;
  /** Its expenses. */
  readonly expenses: readonly Expense[];
}

/**
 * A coordinator record (二地域居住コーディネーター): one person in one post for the fiscal year.
 *
 * @example
 * ```ts
 * calculate(application).trace.input.coordinators[0];
 * //=> { id: "C1", person: "A", post: "full-time", cost: "6200000", primaryPurpose: "dual-residence", activities: ["planning"] }
 * ```
 * @category Schema
 */
export interface Coordinator {
  /** Unique among all expenses and coordinators. */
  readonly id: string;
  /** Any stable key for the person: records of one person share a cap. */
  readonly person: string;
  /** The person's name, for people. */
  readonly name?: string;
  /** 専任 (full-time) or 兼任 (concurrent). */
  readonly post: Post;
  /** Integer yen as a digit string. */
  readonly cost: string;
  /** 特定財源 funding the cost, parts in canonical digits (absent: none stated). */
  readonly specificRevenue?: SpecificRevenueFacts;
  /** Other 算定事項 the same cost is claimed under, in the fixed order. */
  readonly alsoClaimedUnder?: readonly OtherMeasure[];
  /** The record's primary purpose (※5); exactly one of this and `purposeWeights`. */
  readonly primaryPurpose?: Purpose;
  /** The weights of its purposes; the larger takes all. */
  readonly purposeWeights?: PurposeWeights;
  /** What the coordinator does (at least one). */
  readonly activities: readonly CoordinatorActivityId[];
  /** ※4 facts, required with `regional-study-support`. */
  readonly regionalStudy?: RegionalStudyFacts;
  /** Required with the activity `other`. */
  readonly description?: string;
  /** `furusato-resident`: a ふるさと住民コーディネーター of the provisional FY2026 track (no ※5 purpose). */
  readonly track?: "furusato-resident";
}

/**
 * A validated application in canonical form: amounts as digit strings, decimals as plain strings, the
 * fiscal year as a number. It is what the trace embeds, and it parses back to itself.
 *
 * @example
 * ```ts
 * const input = calculate(application).trace.input;   // "令和7年度" and "1,200,000" as given
 * input.fiscalYear;                                    //=> 2025
 * input.projects[0]?.expenses[0]?.amount;              //=> "1200000"
 * ```
 * @category Schema
 */
export interface Application {
  /** The fiscal year, e.g. 2025. */
  readonly fiscalYear: number;
  /** The body. */
  readonly body: Body;
  /** Its projects (none is an empty list). */
  readonly projects: readonly Project[];
  /** Its coordinator records (none is an empty list). */
  readonly coordinators: readonly Coordinator[];
}
