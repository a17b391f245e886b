/*
 * Names defined once: rule ids, review codes, measures and the other enumerations of the trace, each an
 * `as const` array with its type derived from it, and the builders of step ids. The rules, the pipeline,
 * verify, diff, explain and the renderers import them from here; none spells an id of its own.
 */

/**
 * The purposes ※5 chooses between: this measure and the migration measure (移住・定住対策).
 *
 * @example
 * ```ts
 * PURPOSES;   //=> ["dual-residence", "migration"]
 * ```
 * @category Schema
 */
export const PURPOSES = ["dual-residence", "migration"] as const;

/**
 * The measures a line can go to: the two ※5 chooses between, and from FY2026 the provisional ふるさと住民
 * track (its items and coordinators go there whatever their project's purpose).
 *
 * @example
 * ```ts
 * MEASURES;   //=> ["dual-residence", "migration", "furusato-resident"]
 * ```
 * @category Schema
 */
export const MEASURES = ["dual-residence", "migration", "furusato-resident"] as const;

/**
 * A line's measure: `dual-residence`, `migration` (※5) or `furusato-resident` (FY2026, provisional).
 *
 * @example
 * ```ts
 * calculate(application).lines.map((l) => l.measure);   //=> ["dual-residence", "dual-residence", "dual-residence"]
 * ```
 * @category Schema
 */
export type Measure = (typeof MEASURES)[number];

/**
 * A primary purpose (※5): dual residence and relationship population (二地域居住・関係人口, this measure)
 * or migration and settlement (移住・定住, the migration measure).
 *
 * @example
 * ```ts
 * application.projects[0].primaryPurpose;   //=> "dual-residence"
 * ```
 * @category Schema
 */
export type Purpose = (typeof PURPOSES)[number];

/**
 * The kinds of body: 市町村 and 都道府県.
 *
 * @example
 * ```ts
 * BODY_KINDS;   //=> ["municipality", "prefecture"]
 * ```
 * @category Schema
 */
export const BODY_KINDS = ["municipality", "prefecture"] as const;

/**
 * A body's kind: 市町村 (municipality, including designated cities and Tokyo's special wards) or 都道府県.
 *
 * @example
 * ```ts
 * calculate(application).body.kind;   //=> "municipality"
 * ```
 * @category Schema
 */
export type BodyKind = (typeof BODY_KINDS)[number];

/**
 * The coordinator posts: 専任 and 兼任.
 *
 * @example
 * ```ts
 * POSTS;   //=> ["full-time", "concurrent"]
 * ```
 * @category Schema
 */
export const POSTS = ["full-time", "concurrent"] as const;

/**
 * A coordinator's post: 専任 (full-time, cap ¥5,000,000) or 兼任 (concurrent, cap ¥400,000).
 *
 * @example
 * ```ts
 * calculate(application).lines[2]?.post;   //=> "full-time"
 * ```
 * @category Schema
 */
export type Post = (typeof POSTS)[number];

/**
 * The seed's footnotes ※1–※5 as rule ids.
 *
 * @example
 * ```ts
 * FOOTNOTE_IDS;   //=> ["fn1", "fn2", "fn3", "fn4", "fn5"]
 * ```
 * @category Rules
 */
export const FOOTNOTE_IDS = ["fn1", "fn2", "fn3", "fn4", "fn5"] as const;

/**
 * The seed's footnotes ※1–※5 as rule ids: `fn1` registration system and the digital bond, `fn2` facilities,
 * `fn3` cash handouts, `fn4` regional study, `fn5` primary purpose.
 *
 * @example
 * ```ts
 * catalog.items.find((i) => i.id === "opportunity.facilities")?.footnotes;   //=> ["fn2", "fn3", "fn5"]
 * ```
 * @category Rules
 */
export type FootnoteId = (typeof FOOTNOTE_IDS)[number];

/**
 * Each footnote's mark as the seed prints it.
 *
 * @example
 * ```ts
 * FOOTNOTE_MARKS.fn2;   //=> "※2"
 * ```
 * @category Rules
 */
export const FOOTNOTE_MARKS: Readonly<Record<FootnoteId, string>> = {
  fn1: "※1",
  fn2: "※2",
  fn3: "※3",
  fn4: "※4",
  fn5: "※5",
};

/**
 * The rules a line's `rules` may hold, in the fixed order they are listed in.
 *
 * @example
 * ```ts
 * LINE_RULE_IDS.at(-1);   //=> "coordinator-cap"
 * ```
 * @category Audit
 */
export const LINE_RULE_IDS = [
  "double-claim",
  "fn5",
  "fn1",
  "fn2",
  "fn3",
  "fn4",
  "other-item",
  "coordinator-cap",
] as const;

/**
 * Rule ids as they appear in lines (`rules`): a cost also claimed under another measure (`double-claim`), the
 * footnotes ※1–※5, `*.other` items and the coordinator cap.
 *
 * @example
 * ```ts
 * calculate(application).lines[1]?.rules;  //=> ["fn2"]
 * ```
 * @category Audit
 */
export type LineRuleId = (typeof LINE_RULE_IDS)[number];

/**
 * The rules of the allocation's steps, besides the line rules.
 *
 * @example
 * ```ts
 * ALLOCATION_RULE_IDS.at(-1);   //=> "ledger"
 * ```
 * @category Audit
 */
export const ALLOCATION_RULE_IDS = [
  "fiscal-capability-index",
  "fiscal-correction",
  "own-burden",
  "disposition",
  "funding",
  "sum",
  "measure-rate",
  "coordinator-rate",
  "total",
  "rounding",
  "furusato-cost-cap",
  "ledger",
] as const;

/**
 * Rule ids as they appear in steps (`rule`): the line rules and the steps of the allocation.
 *
 * @example
 * ```ts
 * calculate(application).trace.steps.map((s) => s.rule).at(-1);  //=> "ledger"
 * ```
 * @category Audit
 */
export type StepRuleId = LineRuleId | (typeof ALLOCATION_RULE_IDS)[number];

/**
 * Why a line may need review, in the fixed order a line's `needsReview` lists them.
 *
 * @example
 * ```ts
 * REVIEW_CODES[0];   //=> "other-item"
 * ```
 * @category Audit
 */
export const REVIEW_CODES = [
  "other-item",
  "migration-measure",
  "fn4-coordinator-not-apportioned",
  "mixed-posts",
  "similar-persons",
  "cap-basis",
  "furusato-provisional",
  "body-name-differs",
] as const;

/**
 * Why a line needs review: an `*.other` item, the migration measure (modelled from the ordinance only), a
 * coordinator record ※4 took out whole, one person with both posts, two persons whose keys differ only
 * in letter case or kana (perhaps one person, whose records would share a cap), a person whose cap gives
 * another figure when read against the gross cost instead of the own burden (特定財源 stated), or a body whose 財政力指数 was
 * taken from the registry by its code while its name differs from the registry's (perhaps a wrong code).
 *
 * @example
 * ```ts
 * const migration = calculate({ ...application, projects: [{ ...application.projects[0], primaryPurpose: "migration" }] });
 * migration.lines[0]?.needsReview;  //=> ["migration-measure"]
 * ```
 * @category Audit
 */
export type ReviewCode = (typeof REVIEW_CODES)[number];

/**
 * The other 算定事項 a cost may also be claimed under (the Board of Audit's names): 移住・定住対策,
 * 地域おこし協力隊, 集落支援員 (集落対策), 地方創生推進, or another one the line's description names.
 *
 * @example
 * ```ts
 * OTHER_MEASURES[0];   //=> "migration-settlement"
 * ```
 * @category Schema
 */
export const OTHER_MEASURES = [
  "migration-settlement",
  "regional-revitalization-cooperators",
  "community-supporters",
  "regional-revitalization-promotion",
  "other",
] as const;

/**
 * Another 算定事項 the same cost is claimed under (`alsoClaimedUnder`): such a line does not count here.
 *
 * @example
 * ```ts
 * const claimed: OtherMeasure = "regional-revitalization-promotion";   // 地方創生の推進に要する経費
 * OTHER_MEASURES.includes(claimed);   //=> true
 * ```
 * @category Schema
 */
export type OtherMeasure = (typeof OTHER_MEASURES)[number];

/**
 * The parts of 特定財源 a line may state: 国庫支出金, 都道府県支出金, 地方債 (other than ※1's and ※2's bonds),
 * その他 (寄附金, 使用料, 分担金 …), in this order.
 *
 * @example
 * ```ts
 * SPECIFIC_REVENUE_PARTS;   //=> ["national", "prefectural", "bonds", "other"]
 * ```
 * @category Schema
 */
export const SPECIFIC_REVENUE_PARTS = ["national", "prefectural", "bonds", "other"] as const;

/**
 * One part of a line's 特定財源.
 *
 * @example
 * ```ts
 * const part: SpecificRevenuePart = "national";   // 国庫支出金
 * SPECIFIC_REVENUE_PARTS.indexOf(part);   //=> 0
 * ```
 * @category Schema
 */
export type SpecificRevenuePart = (typeof SPECIFIC_REVENUE_PARTS)[number];

/** The parts of one measure's allocation, each a step. */
export type MeasurePart =
  | "funding"
  | "eligible-costs"
  | "cost-cap"
  | "measure-rate"
  | "coordinators"
  | "coordinator-rate"
  | "total"
  | "rounding";

/** Step ids: unique within a trace, built only here. */
export const stepIds = {
  fiscalCapabilityIndex: "body/fiscal-capability-index",
  fiscalCorrection: "body/fiscal-correction",
  ledger: "ledger",
  /** A line's disposition: `line/E2`. */
  line: (lineId: string): string => `line/${lineId}`,
  /** A line's 特定財源 deducted: `line/E2/own-burden`. */
  ownBurden: (lineId: string): string => `line/${lineId}/own-burden`,
  /** A rule's step on a line: `line/E2/fn2`. */
  lineRule: (lineId: string, rule: LineRuleId): string => `line/${lineId}/${rule}`,
  /** ※5 on a project or a coordinator record: `project/P1/fn5`. */
  routing: (kind: "project" | "coordinator", id: string): string => `${kind}/${id}/fn5`,
  /** One person's cap within a measure: `person/dual-residence/A/coordinator-cap`. */
  personCap: (measure: Measure, person: string): string => `person/${measure}/${person}/coordinator-cap`,
  /** The other reading of one person's cap (gross vs own burden): `person/dual-residence/A/cap-basis`. */
  personCapBasis: (measure: Measure, person: string): string => `person/${measure}/${person}/cap-basis`,
  /** A part of a measure's allocation: `dual-residence/rounding`. */
  measure: (measure: Measure, part: MeasurePart): string => `${measure}/${part}`,
} as const;

/** The prefix of every step of one line: `line/E2/`. */
export const lineStepPrefix = (lineId: string): string => `${stepIds.line(lineId)}/`;

/** Rule ids in the fixed order, each once. */
export function orderRules(rules: Iterable<LineRuleId>): LineRuleId[] {
  const set = new Set(rules);
  return LINE_RULE_IDS.filter((r) => set.has(r));
}

/** Review codes in the fixed order, each once. */
export function orderReviews(codes: Iterable<ReviewCode>): ReviewCode[] {
  const set = new Set(codes);
  return REVIEW_CODES.filter((c) => set.has(c));
}
