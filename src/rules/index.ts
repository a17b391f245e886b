import { doubleClaim } from "./double-claim/index.js";
import { ownBurden, type OwnBurdenRule } from "./own-burden/index.js";
import type { OtherMeasure } from "../trace/names.js";
import { fn1, type RegistrationSystemFacts } from "./fn1-registration-system/index.js";
import { fn2, type FacilityFacts } from "./fn2-facilities/index.js";
import { fn3 } from "./fn3-cash-handouts/index.js";
import { fn4, type RegionalStudyFacts } from "./fn4-regional-study/index.js";
import { fn5, type RoutingRule } from "./fn5-primary-purpose/index.js";
import { otherItem } from "./other-item/index.js";
import type { LineRule } from "./rule.js";

export type {
  AnyLineRule,
  Condition,
  FactChange,
  FactIssue,
  FactQuestion,
  StatedFact,
  LineContext,
  LineRule,
  RuleFacts,
  Verdict,
  WhyNotParts,
} from "./rule.js";
export type { RulesetParameters, Citation, Cited, CorrectionBand, FurusatoParameters } from "./parameters.js";
export { formatCitation } from "./cite.js";

export type { PurposeFacts, RoutingDecision, RoutingRule, WeightsInput } from "./fn5-primary-purpose/index.js";

/**
 * The version of each rule a ruleset uses. 特定財源 is deducted first; then the line rules run in this order
 * (重複計上, ※1, ※2, ※3, ※4, 等): double claims on every line, the others where an item's catalog entry names them; a year whose logic changes names a new unit here.
 *
 * @example
 * ```ts
 * Object.keys(getRuleset(2025).rules);
 * //=> ["own-burden", "double-claim", "fn1", "fn2", "fn3", "fn4", "other-item", "fn5"]
 * ```
 * @category Rules
 */
export interface RuleVersions {
  /** 特定財源 deducted: every line's own burden (一般財源等). */
  readonly "own-burden": OwnBurdenRule;
  /** A cost also claimed under another 算定事項 (`alsoClaimedUnder`) is out. */
  readonly "double-claim": LineRule<readonly OtherMeasure[]>;
  /** ※1: registration system and the digital bond. */
  readonly fn1: LineRule<RegistrationSystemFacts>;
  /** ※2: facilities. */
  readonly fn2: LineRule<FacilityFacts>;
  /** ※3: cash handouts (`cashHandout`). */
  readonly fn3: LineRule<boolean>;
  /** ※4: regional study. */
  readonly fn4: LineRule<RegionalStudyFacts>;
  /** 等: other items of the same kind (`description`). */
  readonly "other-item": LineRule<string>;
  /** ※5: primary purpose. */
  readonly fn5: RoutingRule;
}

/** The line rules, in the order they run on a line. */
export const LINE_RULE_ORDER = ["double-claim", "fn1", "fn2", "fn3", "fn4", "other-item"] as const;

/** The rules of the measure's first year (FY2025). */
export const FIRST_RULES: RuleVersions = {
  "own-burden": ownBurden,
  "double-claim": doubleClaim,
  fn1,
  fn2,
  fn3,
  fn4,
  "other-item": otherItem,
  fn5,
};

export type { OwnBurdenRule, SpecificRevenueFacts, SpecificRevenueInput } from "./own-burden/index.js";
