import type { Application, BodyKind } from "../schema/application.js";
import type { Bilingual, ReviewCode, TraceStep } from "../trace/step.js";
import type { TraceSource } from "./trace-sources.js";
import type { Line } from "../rules/line.js";

/**
 * The version of the Calculation/trace format written by this release. A change of format changes it;
 * `verify` replays only the versions it knows. "2" added `trace.digests` (version "1" had none); "3" the
 * own burden: every line's `specificRevenueYen` and `ownBurdenYen`, the allocation's funding totals, the
 * `own-burden`, `double-claim` and `funding` steps, and a ledger of four columns; "4" the data-only trace:
 * steps without their words (`wordSteps` makes them), the sources once in `trace.sources`, the expense lines
 * no rule changed in one step, and sums that name their lines' count (the addends are the lines).
 *
 * @example
 * ```ts
 * TRACE_SCHEMA_VERSION;                                  //=> "4"
 * calculate(application).trace.schemaVersion;            //=> "4"
 * ```
 * @category Audit
 */
export const TRACE_SCHEMA_VERSION = "4";

/**
 * SHA-256 digests (lowercase hex) of a calculation's three parts, each over its canonical JSON (sorted
 * keys, no spaces, strings as given; see `canonicalJson`).
 *
 * @example
 * ```ts
 * calculate(application).trace.digests;
 * //=> { algorithm: "SHA-256", input: "302d3d19…", ruleset: "7a1a4a24…", result: "a03a6ee1…" }
 * ```
 * @category Audit
 */
export interface CalculationDigests {
  /** Always "SHA-256". */
  readonly algorithm: "SHA-256";
  /** Of `trace.input`, the canonical application. */
  readonly input: string;
  /** Of the ruleset object the calculation used (its parameters and citations). */
  readonly ruleset: string;
  /** Of the whole calculation without `trace.input` and `trace.digests`: figures, lines, review, caveats, steps. */
  readonly result: string;
}

/**
 * The migration measure's amounts (lines ※5 sent there), exact yen and the one 千円 rounding, as decimal strings.
 *
 * @example
 * ```ts
 * calculate(application).allocation.migration;
 * //=> { projectCostYen: "0", specificRevenueYen: "0", ownBurdenYen: "0", eligibleCostsYen: "0",
 * //     costsYen: "0", coordinatorsYen: "0", totalYen: "0", totalThousandYen: "0" }
 * ```
 * @category Calculation
 */
export interface MigrationAllocation {
  /** 事業費: Σ amount of every line ※5 sent to the migration measure, eligible or not. */
  readonly projectCostYen: string;
  /** 特定財源: Σ of those lines' specific revenue. */
  readonly specificRevenueYen: string;
  /** 一般財源等: projectCostYen − specificRevenueYen. */
  readonly ownBurdenYen: string;
  /** Σ eligible expense yen sent to the migration measure by ※5. */
  readonly eligibleCostsYen: string;
  /** eligibleCostsYen × the migration rate (0.5, no 財政力補正). */
  readonly costsYen: string;
  /** Its coordinators within their caps × the migration coordinator rate (1.0). */
  readonly coordinatorsYen: string;
  /** costsYen + coordinatorsYen, exact. */
  readonly totalYen: string;
  /** totalYen ÷ 1000, half-up once (千円). */
  readonly totalThousandYen: string;
}

/**
 * The provisional ふるさと住民 track's amounts (FY2026; DOMAIN.md §12): its own block, not added into this
 * measure's total. Eligible costs (own burden) are capped per body, then × 0.5 × 財政力補正; its coordinators
 * within their caps × 1.0. Every figure is flagged for review (`furusato-provisional`).
 *
 * @example
 * ```ts
 * const setup = { id: "F1", item: "furusato.system-setup-and-operation", amount: "12000000" };
 * const fy2026 = { ...application, fiscalYear: 2026, projects: [{ id: "P9", primaryPurpose: "dual-residence", expenses: [setup] }], coordinators: [] };
 * calculate(fy2026).allocation.furusatoResident;
 * //=> { projectCostYen: "12000000", specificRevenueYen: "0", ownBurdenYen: "12000000", eligibleCostsYen: "12000000",
 * //     cappedCostsYen: "10000000", costsYen: "5000000", coordinatorsYen: "0", totalYen: "5000000", totalThousandYen: "5000" }
 * ```
 * @category Calculation
 */
export interface FurusatoAllocation {
  /** 事業費 of the track's lines. */
  readonly projectCostYen: string;
  /** Their 特定財源. */
  readonly specificRevenueYen: string;
  /** Their own burden. */
  readonly ownBurdenYen: string;
  /** Σ eligible expense yen on the track, before the cap. */
  readonly eligibleCostsYen: string;
  /** min(eligibleCostsYen, the cap ¥10,000,000): a reading of 「事業費1,000万円を上限」. */
  readonly cappedCostsYen: string;
  /** cappedCostsYen × 0.5 × 財政力補正, exact. */
  readonly costsYen: string;
  /** Its coordinators within their caps × 1.0. */
  readonly coordinatorsYen: string;
  /** costsYen + coordinatorsYen, exact. */
  readonly totalYen: string;
  /** totalYen ÷ 1000, half-up once (千円). */
  readonly totalThousandYen: string;
}

/**
 * The allocation of this measure (二地域居住・関係人口), exact yen and the one 千円 rounding, as decimal
 * strings; `migration` holds the lines ※5 sent to the migration measure.
 *
 * @example
 * ```ts
 * calculate(application).allocation;   // the README's application
 * //=> { projectCostYen: "37400000", specificRevenueYen: "0", ownBurdenYen: "37400000",
 * //     eligibleCostsYen: "1200000", measureCostsYen: "600000", coordinatorsYen: "5000000",
 * //     totalYen: "5600000", totalThousandYen: "5600", migration: { … } }
 * ```
 * @category Calculation
 */
export interface Allocation {
  /** 事業費: Σ amount of every line of this measure (expenses and coordinators), eligible or not. */
  readonly projectCostYen: string;
  /** 特定財源: Σ of those lines' specific revenue. */
  readonly specificRevenueYen: string;
  /** 一般財源等: projectCostYen − specificRevenueYen; the rules divide this. */
  readonly ownBurdenYen: string;
  /** Σ eligible expense yen of this measure (own burden within the rules), before the rate. */
  readonly eligibleCostsYen: string;
  /** eligibleCostsYen × 0.5 × 財政力補正, exact (may carry a fraction). */
  readonly measureCostsYen: string;
  /** Coordinators within their caps × 1.0. */
  readonly coordinatorsYen: string;
  /** measureCostsYen + coordinatorsYen, exact. */
  readonly totalYen: string;
  /** totalYen ÷ 1000, half-up once: the figure the ordinance uses (千円). */
  readonly totalThousandYen: string;
  /** The same figures for the migration measure. */
  readonly migration: MigrationAllocation;
  /** The ふるさと住民 track (FY2026, provisional): present where any line is on it. */
  readonly furusatoResident?: FurusatoAllocation;
}

/**
 * A step a person must look at, and why.
 *
 * @example
 * ```ts
 * // Person A also holds a concurrent post: the smaller cap applies, and a person must look.
 * const second = { id: "C2", person: "A", post: "concurrent", cost: "100000", primaryPurpose: "dual-residence", activities: ["planning"] };
 * calculate({ ...application, coordinators: [...application.coordinators, second] }).review[0];
 * //=> { stepId: "person/dual-residence/A/coordinator-cap", subject: "person A", code: "mixed-posts", note: { ja: "…", en: "…" } }
 * ```
 * @category Calculation
 */
export interface ReviewItem {
  /** The flagged step's id in `trace.steps`. */
  readonly stepId: string;
  /** What the step is about ("line E3", "person E"). */
  readonly subject: string;
  /** Why it needs review. */
  readonly code: ReviewCode;
  /** The reason in words. */
  readonly note: Bilingual;
}

/**
 * The result of `calculate`: the allocation, every line's disposition, and the trace that proves them.
 * Its JSON Schema is `calculationJsonSchema` (docs/schema/calculation.schema.json).
 *
 * @example
 * ```ts
 * const calc = calculate(application);   // the README's application
 * calc.allocation.totalThousandYen;      //=> "5600"
 * calc.lines.map((l) => l.disposition);  //=> ["eligible", "excluded", "capped"]
 * calc.trace.steps[0]?.id;               //=> "body/fiscal-capability-index"
 * ```
 * @category Calculation
 */
export interface Calculation {
  /** The fiscal year, e.g. 2025. */
  readonly fiscalYear: number;
  /** The body: 全国地方公共団体コード, name as given, kind. */
  readonly body: {
    /** 全国地方公共団体コード, 6 digits. */
    readonly code: string;
    /** As given in the input. */
    readonly name?: string;
    /** "municipality" or "prefecture". */
    readonly kind: BodyKind;
  };
  /** 財政力指数 and 財政力補正, two decimals each. */
  readonly fiscalCorrection: {
    /** 財政力指数 ("0.45"). */
    readonly index: string;
    /** 財政力補正 coefficient ("1.00"). */
    readonly coefficient: string;
  };
  /** The amounts of both measures. */
  readonly allocation: Allocation;
  /** Every expense and coordinator record, in input order (expenses first). */
  readonly lines: readonly Line[];
  /** Every step flagged for review, in trace order. */
  readonly review: readonly ReviewItem[];
  /** What the figures do not include, and the readings they rest on. */
  readonly caveats: readonly Bilingual[];
  /** The proof: format version, ruleset, digests, the input and every step. */
  readonly trace: {
    /** TRACE_SCHEMA_VERSION of the release that wrote it. */
    readonly schemaVersion: string;
    /** The ruleset's id ("FY2025"). */
    readonly rulesetId: string;
    /** SHA-256 of the input, the ruleset and the result. */
    readonly digests: CalculationDigests;
    /** The validated input in canonical form: `verify` replays it. */
    readonly input: Application;
    /** The sources the steps cite, once each, by key ("s1"). */
    readonly sources: Readonly<Record<string, TraceSource>>;
    /** Every step, as data, in the order the pipeline took them (`wordSteps` gives them their words). */
    readonly steps: readonly TraceStep[];
  };
}
