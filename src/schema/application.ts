import type { CoordinatorActivityId } from "../catalog/index.js";

/**
 * A primary purpose (※5): dual residence and relationship population (二地域居住・関係人口, this measure)
 * or migration and settlement (移住・定住, the migration measure). A line's `measure` is one of these.
 *
 * @example
 * ```ts
 * calculate(application).lines.map((l) => l.measure);   //=> ["dual-residence", "dual-residence", "dual-residence"]
 * ```
 * @category Schema
 */
export type Purpose = "dual-residence" | "migration";

/**
 * A body's kind: 市町村 (municipality, including designated cities and Tokyo's special wards) or 都道府県.
 *
 * @example
 * ```ts
 * calculate(application).body.kind;   //=> "municipality"
 * ```
 * @category Schema
 */
export type BodyKind = "municipality" | "prefecture";

/**
 * A coordinator's post: 専任 (full-time, cap ¥5,000,000) or 兼任 (concurrent, cap ¥400,000).
 *
 * @example
 * ```ts
 * calculate(application).lines[2]?.post;   //=> "full-time"
 * ```
 * @category Schema
 */
export type Post = "full-time" | "concurrent";

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
 * The facts ※4 asks of regional study (地域留学): it counts only for `true`, `false`, `true`.
 *
 * @example
 * ```ts
 * classifyExpense({ id: "E4", item: "opportunity.regional-study-programs", amount: "500000",
 *   regionalStudy: { takesOutsideStudents: true, mainlySchoolAppeal: true, inStrategyPlan: true } }).rules;   //=> ["fn4"]
 * ```
 * @category Schema
 */
export interface RegionalStudyFacts {
  /** Its main purpose is taking in students from outside the region. */
  readonly takesOutsideStudents: boolean;
  /** It is mainly about making the school attractive (学校魅力化). */
  readonly mainlySchoolAppeal: boolean;
  /** It is placed in the body's 地方創生総合戦略 or a like plan. */
  readonly inStrategyPlan: boolean;
}

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
  /** What it is; required for `*.other` items, kept in the trace. */
  readonly description?: string;
  /** ※3: money handed to dual residents (travel-cost support and the like). */
  readonly cashHandout?: boolean;
  /** ※1: the registration system's phase, and whether the digital bond covers a build cost. */
  readonly system?: {
    /** 構築 (build) or 維持 (upkeep). */
    readonly phase: "build" | "upkeep";
    /** Within デジタル活用推進事業債's scope (required for build). */
    readonly digitalBondCovers?: boolean;
  };
  /** ※2: who carries out the facility work, what work, and whether the regional bond covers it. */
  readonly facility?: {
    /** 民間事業者 (private) or 地方自治体 (government). */
    readonly implementer: "private" | "government";
    /** 新築 (new) or 改修 (renovation). */
    readonly work: "new" | "renovation";
    /** Within 地域活性化事業債's scope (required for government work). */
    readonly regionalBondCovers?: boolean;
  };
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
}

/**
 * The body (団体) an application is for: its code, kind and 財政力指数.
 *
 * @example
 * ```ts
 * calculate(application).trace.input.body;
 * //=> { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" }
 * ```
 * @category Schema
 */
export interface Body {
  /** 全国地方公共団体コード, 6 digits. */
  readonly code: string;
  /** Its name, for people. */
  readonly name?: string;
  /** 市町村 or 都道府県; the code must agree. */
  readonly kind: BodyKind;
  /** 財政力指数 as given (decimal string), or… */
  readonly fiscalCapabilityIndex?: string;
  /** …the three previous years' 基準財政収入額 and 基準財政需要額 (decimal strings). */
  readonly fiscalCapabilityYears?: readonly {
    /** 基準財政収入額. */
    readonly revenue: string;
    /** 基準財政需要額. */
    readonly need: string;
  }[];
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
