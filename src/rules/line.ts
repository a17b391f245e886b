import type { CoordinatorActivityId } from "../catalog/types.js";
import type { LineRuleId, Measure, Post, ReviewCode } from "../trace/names.js";
import type { SpecificRevenueFacts } from "./own-burden/index.js";

/**
 * What became of a line within its measure: all of it counts, a rule says no, or a coordinator's cost is
 * above the cap (`eligibleYen` the part within it, `excludedYen` the excess).
 *
 * @example
 * ```ts
 * calculate(application).lines.map((l) => l.disposition);   //=> ["eligible", "excluded", "capped"]
 * ```
 * @category Calculation
 */
export type Disposition = "eligible" | "excluded" | "capped";

/**
 * One input line (expense or coordinator) and what became of every yen of it:
 * `amountYen` = `specificRevenueYen` + `eligibleYen` + `excludedYen`, and `ownBurdenYen` = `eligibleYen` +
 * `excludedYen` (the rules work on the own burden, cost − 特定財源).
 *
 * @example
 * ```ts
 * calculate(application).lines[2];   // the README's coordinator C1
 * //=> { id: "C1", kind: "coordinator", person: "A", post: "full-time", activities: ["planning"],
 * //     measure: "dual-residence", amountYen: "6200000", specificRevenueYen: "0", ownBurdenYen: "6200000",
 * //     disposition: "capped", eligibleYen: "5000000",
 * //     excludedYen: "1200000", rules: ["coordinator-cap"], needsReview: [] }
 * ```
 * @category Calculation
 */
export interface Line {
  /** The expense's or coordinator's id, as in the input. */
  readonly id: string;
  /** An expense of a project, or a coordinator record. */
  readonly kind: "expense" | "coordinator";
  /** Expense lines: their project. */
  readonly projectId?: string;
  /** Expense lines: their catalog item. */
  readonly item?: string;
  /** Coordinator lines: the person (records of one person share a cap) and the post. */
  readonly person?: string;
  /** Coordinator lines: full-time (専任) or concurrent (兼任). */
  readonly post?: Post;
  /** Coordinator lines: their activities. */
  readonly activities?: readonly CoordinatorActivityId[];
  /** Where ※5 sent the line; `furusato-resident` for the ふるさと住民 track (FY2026, provisional). */
  readonly measure: Measure;
  /** The line's amount in yen (事業費), as given (canonical digits). */
  readonly amountYen: string;
  /** Its 特定財源 in yen: the sum of `specificRevenue` ("0" where none is stated). */
  readonly specificRevenueYen: string;
  /** The parts of its 特定財源, as stated (canonical digits); absent where the line states none. */
  readonly specificRevenue?: SpecificRevenueFacts;
  /** Its own burden (一般財源等): `amountYen` − `specificRevenueYen`; the rules divide this. */
  readonly ownBurdenYen: string;
  /** What became of it within its measure. */
  readonly disposition: Disposition;
  /** The own-burden yen that count: all, none, or the part within the cap. */
  readonly eligibleYen: string;
  /** The own-burden yen that do not count: `ownBurdenYen` − `eligibleYen`. */
  readonly excludedYen: string;
  /** Rules that changed or flagged this line, in a fixed order. */
  readonly rules: readonly LineRuleId[];
  /** Why a person must look at this line, if at all (docs/inferences.md). */
  readonly needsReview: readonly ReviewCode[];
}
