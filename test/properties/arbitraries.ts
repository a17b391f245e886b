import fc from "fast-check";
import { catalog } from "../../src/index.js";
import type { CatalogItem, FactName } from "../../src/index.js";

/*
 * fast-check arbitraries of VALID applications: every one of them must be accepted by `calculate`.
 * They cover every catalog item, every combination of footnote facts, both purposes and weights (with
 * zero weights, i.e. unmixed projects), coordinators of both posts, persons shared between records, both
 * body kinds, the FCI given (string or number, up to 5 decimals) or from three years, and the spellings
 * the input format accepts (grouped amounts, numbers, 令和 years). Ids are unique by construction; a few
 * are names that are also Object.prototype members ("__proto__", "constructor", …).
 */

/** A JSON-like input value as a caller writes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Input = Record<string, any>;

// ---- money -------------------------------------------------------------------------------------

const CAP_EDGES = [
  0n,
  1n,
  499n,
  500n,
  501n,
  999n,
  1000n,
  1499n,
  1500n,
  399_999n,
  400_000n,
  400_001n,
  4_999_999n,
  5_000_000n,
  5_000_001n,
];

/** Integer yen: mostly small, with the caps' and rounding's edges, sometimes up to the 20-digit limit. */
export const yenValue: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 10_000_000n }) },
  { weight: 2, arbitrary: fc.constantFrom(...CAP_EDGES) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 12n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }) },
);

/** "1234567" → "1,234,567". */
export function grouped(value: bigint): string {
  return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The spellings of one amount the input format accepts: digits, grouped digits, a safe integer. */
export function amountSpellings(value: bigint): Json[] {
  const out: Json[] = [value.toString()];
  if (value >= 1000n) out.push(grouped(value));
  if (value <= BigInt(Number.MAX_SAFE_INTEGER)) out.push(Number(value));
  return out;
}

export const amount: fc.Arbitrary<Json> = yenValue.chain((v) => fc.constantFrom(...amountSpellings(v)));

// ---- decimals (FCI, weights) ---------------------------------------------------------------------

/** A non-negative decimal in units of 10^-places, spelled as a string (maybe with trailing zeros) or a number. */
function decimalOf(units: bigint, places: number): fc.Arbitrary<Json> {
  const scale = 10n ** BigInt(places);
  const whole = units / scale;
  const fraction = (units % scale).toString().padStart(places, "0");
  const exact = places === 0 ? whole.toString() : `${whole}.${fraction}`;
  const trimmed = places === 0 ? exact : exact.replace(/0+$/, "").replace(/\.$/, "");
  const spellings: Json[] = [exact, trimmed];
  const asNumber = Number(trimmed);
  if (String(asNumber) === trimmed) spellings.push(asNumber);
  return fc.constantFrom(...spellings);
}

/** An FCI as given: 0–2.5 with up to 5 decimals, with the band edges and their roundings. */
export const fciGiven: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.bigInt({ min: 0n, max: 250n }).chain((u) => decimalOf(u, 2)) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 250_000n }).chain((u) => decimalOf(u, 5)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Json>(
      "0",
      "0.49",
      "0.494",
      "0.495",
      "0.49999",
      "0.5",
      "0.50",
      "0.505",
      "0.79",
      "0.794",
      "0.795",
      "0.8",
      "0.80",
      "1",
      "1.53",
      0.45,
      0.5,
      0.8,
    ),
  },
  // Any double the format accepts: written out, at most 40 characters (1e-15 and above, or 0).
  {
    weight: 1,
    arbitrary: fc.oneof(fc.constant(0), fc.double({ min: 1e-15, max: 3, noNaN: true, noDefaultInfinity: true })),
  },
);

/** Three years of 基準財政収入額 / 基準財政需要額: need above zero. */
export const fciYears: fc.Arbitrary<Json[]> = fc.array(
  fc
    .oneof(
      // Random yen figures.
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 11n }), fc.bigInt({ min: 1n, max: 10n ** 11n })),
      // A ratio near a half of a hundredth: need 1000 × k, revenue so that revenue ÷ need lands on x.xx5.
      fc
        .tuple(fc.bigInt({ min: 0n, max: 2000n }), fc.bigInt({ min: 1n, max: 1000n }))
        .map(([r, k]) => [r * k * 5n, 1000n * k] as [bigint, bigint]),
    )
    .chain(([revenue, need]) =>
      fc.record({
        revenue: fc.constantFrom<Json>(revenue.toString(), ...(revenue <= 10n ** 15n ? [Number(revenue)] : [])),
        need: fc.constant<Json>(need.toString()),
      }),
    ),
  { minLength: 3, maxLength: 3 },
);

/** Purpose weights with different values (a tie is an input error); zero weights make an unmixed project. */
export const purposeWeights: fc.Arbitrary<{ dualResidence: Json; migration: Json }> = fc
  .tuple(fc.bigInt({ min: 0n, max: 10_000n }), fc.bigInt({ min: 0n, max: 10_000n }), fc.constantFrom(0, 1, 2))
  .filter(([a, b]) => a !== b)
  .chain(([a, b, places]) => fc.record({ dualResidence: decimalOf(a, places), migration: decimalOf(b, places) }));

export const purpose: fc.Arbitrary<Input> = fc.oneof(
  fc.record({ primaryPurpose: fc.constantFrom("dual-residence", "migration") }),
  fc.record({ purposeWeights }),
);

// ---- facts --------------------------------------------------------------------------------------

const bool = fc.boolean();
export const systemFacts = fc.oneof(
  fc.record({ phase: fc.constant("build"), digitalBondCovers: bool }),
  fc.constant({ phase: "upkeep" }),
);
export const facilityFacts = fc.oneof(
  fc.record(
    { implementer: fc.constant("private"), work: fc.constantFrom("new", "renovation"), regionalBondCovers: bool },
    { requiredKeys: ["implementer", "work"] },
  ),
  fc.record({
    implementer: fc.constant("government"),
    work: fc.constantFrom("new", "renovation"),
    regionalBondCovers: bool,
  }),
);
/** ※4's three facts: all eight combinations, the one that passes more often than 1 in 8. */
export const regionalStudyFacts = fc.oneof(
  fc.record({ takesOutsideStudents: bool, mainlySchoolAppeal: bool, inStrategyPlan: bool }),
  fc.constant({ takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: true }),
);
/** A description says what the spending is: never blank (blank text is refused, test/schema/blank-description.test.ts). */
const descriptionText = fc.oneof(
  fc.constantFrom("空き家の片付け支援", "ワーケーション説明会の託児", " 前後に空白 "),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
);

const FACT_ARBITRARY: Record<FactName, fc.Arbitrary<unknown>> = {
  system: systemFacts,
  facility: facilityFacts,
  regionalStudy: regionalStudyFacts,
  // Mostly false, so that most lines count and the allocations are not mostly zero.
  cashHandout: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  description: descriptionText,
};

/** The facts of one item: its required facts always, its optional facts sometimes. */
export function factsOf(item: CatalogItem): fc.Arbitrary<Input> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const fact of [...item.requiredFacts, ...item.optionalFacts]) model[fact] = FACT_ARBITRARY[fact];
  return fc.record(model, { requiredKeys: [...item.requiredFacts] });
}

/** Other measures a cost may also be claimed under ("other" needs a description: left to the unit tests). */
const CLAIMS = [
  "migration-settlement",
  "regional-revitalization-cooperators",
  "community-supporters",
  "regional-revitalization-promotion",
] as const;

/** One part of 特定財源, at most `max` yen, in any accepted spelling. */
const partUpTo = (max: bigint): fc.Arbitrary<Json> =>
  fc.bigInt({ min: 0n, max }).chain((v) => fc.constantFrom(...amountSpellings(v)));

/**
 * A line's funding facts for a cost: mostly none; else 特定財源 (half the cost from the state, all of it, or
 * up to four parts of at most a quarter each), a double claim, or both.
 */
export function fundingFor(cost: bigint): fc.Arbitrary<Input> {
  const specific: fc.Arbitrary<Input> = fc.oneof(
    fc.constant({ national: (cost / 2n).toString() }),
    fc.constantFrom(...amountSpellings(cost)).map((all) => ({ prefectural: all })),
    fc.record(
      {
        national: partUpTo(cost / 4n),
        prefectural: partUpTo(cost / 4n),
        bonds: partUpTo(cost / 4n),
        other: partUpTo(cost / 4n),
      },
      { requiredKeys: [] },
    ),
  );
  const claims = fc.shuffledSubarray([...CLAIMS], { minLength: 1, maxLength: 2 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    { weight: 3, arbitrary: specific.map((specificRevenue) => ({ specificRevenue })) },
    { weight: 1, arbitrary: claims.map((alsoClaimedUnder) => ({ alsoClaimedUnder })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(specific, claims)
        .map(([specificRevenue, alsoClaimedUnder]) => ({ specificRevenue, alsoClaimedUnder })),
    },
  );
}

/** An amount in any accepted spelling, with funding facts that fit it. */
const fundedAmount: fc.Arbitrary<[Json, Input]> = yenValue.chain((v) =>
  fc.tuple(fc.constantFrom(...amountSpellings(v)), fundingFor(v)),
);

/** An expense without its id: any catalog item with its facts, sometimes with 特定財源 or a double claim. */
export const expenseBody: fc.Arbitrary<Input> = fc
  .constantFrom(...catalog.items)
  .chain((item) =>
    fc
      .tuple(factsOf(item), fundedAmount)
      .map(([facts, [a, funding]]) => ({ item: item.id, amount: a, ...facts, ...funding })),
  );

// ---- coordinators ---------------------------------------------------------------------------------

/** A small pool, so that persons are shared between records (and between measures and posts). */
export const PERSONS = ["A", "B", "C", "山田 太郎", "__proto__", "constructor"] as const;
const activityIds = catalog.coordinatorActivities.map((a) => a.id);

export const coordinatorBody: fc.Arbitrary<Input> = fc
  .record(
    {
      person: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom("A", "B", "C", "山田 太郎") },
        { weight: 1, arbitrary: fc.constantFrom(...PERSONS) },
      ),
      post: fc.constantFrom("full-time", "concurrent"),
      cost: fundedAmount,
      purpose,
      activities: fc.shuffledSubarray(activityIds, { minLength: 1 }),
      regionalStudy: regionalStudyFacts,
      description: descriptionText,
      name: fc.constantFrom("山田太郎", "Jane Roe"),
    },
    { requiredKeys: ["person", "post", "cost", "purpose", "activities", "regionalStudy", "description"] },
  )
  .chain((c) => fc.tuple(fc.constant(c), bool, bool))
  .map(([c, withName, withDescription]) => {
    const activities = c.activities;
    return {
      person: c.person,
      ...(withName && c.name !== undefined && { name: c.name }),
      post: c.post,
      cost: c.cost[0],
      ...c.cost[1],
      ...c.purpose,
      activities,
      ...(activities.includes("regional-study-support") && { regionalStudy: c.regionalStudy }),
      ...((activities.includes("other") || withDescription) && { description: c.description }),
    };
  });

// ---- body and year -------------------------------------------------------------------------------

/** The 全国地方公共団体コード check digit (総務省 specification), written here independently of src. */
export function withCheckDigit(five: string): string {
  const sum = [6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(five[i]), 0);
  return `${five}${(11 - (sum % 11)) % 10}`;
}

const prefectureNumber = fc.integer({ min: 1, max: 47 }).map((n) => String(n).padStart(2, "0"));
export const prefectureCode = prefectureNumber.map((p) => withCheckDigit(`${p}000`));
export const municipalityCode = fc
  .tuple(prefectureNumber, fc.integer({ min: 1, max: 999 }))
  .map(([p, m]) => withCheckDigit(`${p}${String(m).padStart(3, "0")}`));

export const body: fc.Arbitrary<Input> = fc
  .tuple(
    fc.constantFrom("municipality", "prefecture"),
    municipalityCode,
    prefectureCode,
    fc.option(fc.constantFrom("気仙沼市", "福島県", "Somewhere"), { nil: undefined }),
  )
  .chain(([kind, mCode, pCode, name]) =>
    fc
      .oneof(
        { weight: 3, arbitrary: fciGiven.map((fci) => ({ fiscalCapabilityIndex: fci })) },
        { weight: 1, arbitrary: fciYears.map((years) => ({ fiscalCapabilityYears: years })) },
      )
      .map((fci) => ({
        code: kind === "municipality" ? mCode : pCode,
        ...(name !== undefined && { name }),
        kind,
        ...fci,
      })),
  );

export const fiscalYear = fc.constantFrom<Json>(2025, "2025", "FY2025", "fy2025", "R7", "令和7年度", "令和7", " 2025 ");

// ---- ids -----------------------------------------------------------------------------------------

/** Ids that are also names of Object.prototype members: a map keyed by id must not lose them ("__proto__" is refused). */
export const AWKWARD_IDS = [
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "経費①",
  "E-1.x",
  "7",
  "0",
] as const;

/** Ids E1…En (P1…, C1…), with at most one awkward id swapped in, all unique. */
function assignIds(prefix: string, count: number, awkward: string | undefined, at: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
  if (awkward !== undefined && count > 0) ids[at % count] = awkward;
  return ids;
}

// ---- the application -----------------------------------------------------------------------------

export interface AppOptions {
  readonly maxProjects?: number;
  readonly maxExpenses?: number;
  readonly maxCoordinators?: number;
}

/** A valid application, as a caller would write it. */
export function application(options: AppOptions = {}): fc.Arbitrary<Input> {
  const { maxProjects = 4, maxExpenses = 5, maxCoordinators = 5 } = options;
  return fc
    .record({
      fiscalYear,
      body,
      projects: fc.array(
        fc.record({
          purpose,
          name: fc.option(fc.constantFrom("相談会", "お試し居住"), { nil: undefined }),
          expenses: fc.array(expenseBody, { maxLength: maxExpenses }),
        }),
        { maxLength: maxProjects },
      ),
      coordinators: fc.array(coordinatorBody, { maxLength: maxCoordinators }),
      awkward: fc.option(fc.tuple(fc.constantFrom("line", "project"), fc.constantFrom(...AWKWARD_IDS), fc.nat()), {
        freq: 4,
        nil: undefined,
      }),
      omitEmpty: fc.boolean(),
    })
    .map(({ fiscalYear: year, body: b, projects, coordinators, awkward, omitEmpty }) => {
      const expenseCount = projects.reduce((n, p) => n + p.expenses.length, 0);
      const lineIds = assignIds(
        "E",
        expenseCount + coordinators.length,
        awkward?.[0] === "line" ? awkward[1] : undefined,
        awkward?.[2] ?? 0,
      );
      const projectIds = assignIds(
        "P",
        projects.length,
        awkward?.[0] === "project" ? awkward[1] : undefined,
        awkward?.[2] ?? 0,
      );
      let next = 0;
      const app: Input = {
        fiscalYear: year,
        body: b,
        projects: projects.map((p, i) => ({
          id: projectIds[i],
          ...(p.name !== undefined && { name: p.name }),
          ...p.purpose,
          expenses: p.expenses.map((e) => ({ id: lineIds[next++], ...e })),
        })),
        coordinators: coordinators.map((c) => ({ id: lineIds[next++], ...c })),
      };
      if (omitEmpty && app.projects.length === 0) delete app.projects;
      if (omitEmpty && app.coordinators.length === 0) delete app.coordinators;
      return app;
    });
}

/** An expense that counts in full wherever it goes: a listed item with no excluding fact. */
export const eligibleExpenseBody: fc.Arbitrary<Input> = fc
  .tuple(
    fc.constantFrom(
      "information.consultation-events",
      "consultation.in-region-desk",
      "opportunity.fan-club",
      "reception.vacant-house-bank",
    ),
    amount,
  )
  .map(([item, a]) => ({ item, amount: a }));

/** A deep copy (inputs are plain JSON-like data). */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
