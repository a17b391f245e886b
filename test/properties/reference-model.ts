import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import type { Input, Json } from "./arbitraries.js";

/*
 * An independent reference model of the rules (fixtures/README.md, "The rules as the library applies
 * them"), written with BigInt and no code from src/. It reads the raw input the arbitraries make and
 * predicts every line and both allocations. The property tests check `calculate` against it, and the
 * fixtures check the model against hand-worked figures, so neither can drift silently.
 */

type Purpose = "dual-residence" | "migration" | "furusato-resident";

export interface ModelLine {
  id: string;
  measure: Purpose;
  disposition: "eligible" | "excluded" | "capped";
  amountYen: string;
  specificRevenueYen: string;
  ownBurdenYen: string;
  eligibleYen: string;
  excludedYen: string;
  rules: string[];
  needsReview: string[];
}

export interface ModelResult {
  fiscalCorrection: { index: string; coefficient: string };
  lines: ModelLine[];
  allocation: {
    projectCostYen: string;
    specificRevenueYen: string;
    ownBurdenYen: string;
    eligibleCostsYen: string;
    measureCostsYen: string;
    coordinatorsYen: string;
    totalYen: string;
    totalThousandYen: string;
    migration: {
      projectCostYen: string;
      specificRevenueYen: string;
      ownBurdenYen: string;
      eligibleCostsYen: string;
      costsYen: string;
      coordinatorsYen: string;
      totalYen: string;
      totalThousandYen: string;
    };
    furusatoResident?: {
      projectCostYen: string;
      specificRevenueYen: string;
      ownBurdenYen: string;
      eligibleCostsYen: string;
      cappedCostsYen: string;
      costsYen: string;
      coordinatorsYen: string;
      totalYen: string;
      totalThousandYen: string;
    };
  };
}

const Exact = Decimal.clone({ precision: 1000, toExpNeg: -9e15, toExpPos: 9e15 });

/** A decimal input (string or number) as an exact fraction num / 10^scale. */
function fraction(value: Json): { num: bigint; scale: number } {
  const text = new Exact(typeof value === "number" ? String(value) : (value as string)).toFixed();
  const [whole = "0", frac = ""] = text.split(".");
  return { num: BigInt(whole + frac), scale: frac.length };
}

/** Half-up of a non-negative p / q to an integer. */
const halfUp = (p: bigint, q: bigint): bigint => (2n * p + q) / (2n * q);

/** A value given in thousandths of a yen, as the library writes it: no exponent, no trailing zeros. */
function milliText(milli: bigint): string {
  const whole = milli / 1000n;
  const frac = (milli % 1000n).toString().padStart(3, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : whole.toString();
}

const hundredthsText = (h: bigint): string => `${h / 100n}.${(h % 100n).toString().padStart(2, "0")}`;

export function yenOf(value: Json): bigint {
  return BigInt(typeof value === "number" ? String(value) : (value as string).replace(/,/g, ""));
}

/** 財政力指数 in hundredths. */
/** The published 財政力指数 by "year/code", read straight from the shared data (not through the library). */
const PUBLISHED: ReadonlyMap<string, string> = new Map(
  readFileSync(new URL("../../../shared/data/fci-fy2022-2024.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","))
    .map((cells): [string, string] => [`${cells[0] ?? ""}/${cells[1] ?? ""}`, cells[5] ?? ""]),
);

function fciHundredths(body: Input, fiscalYear: number): bigint {
  if (!body.fiscalCapabilityYears && body.fiscalCapabilityIndex === undefined) {
    // A body given by its code: the figure published for the year before the allocation's.
    const published = PUBLISHED.get(`${fiscalYear - 1}/${String(body.code)}`) ?? "";
    const f = fraction(published);
    return halfUp(f.num * 100n, 10n ** BigInt(f.scale));
  }
  if (body.fiscalCapabilityYears) {
    const ratios = (body.fiscalCapabilityYears as { revenue: Json; need: Json }[]).map(({ revenue, need }) => {
      const r = fraction(revenue);
      const n = fraction(need);
      // revenue ÷ need × 100 = (r.num × 10^n.scale × 100) ÷ (n.num × 10^r.scale)
      return halfUp(r.num * 10n ** BigInt(n.scale) * 100n, n.num * 10n ** BigInt(r.scale));
    });
    return halfUp(
      ratios.reduce((a, b) => a + b, 0n),
      3n,
    );
  }
  const f = fraction(body.fiscalCapabilityIndex as Json);
  return halfUp(f.num * 100n, 10n ** BigInt(f.scale));
}

/** 財政力補正 in hundredths for an FCI in hundredths. */
export function coefficientHundredths(fci: bigint, kind: "municipality" | "prefecture"): bigint {
  if (fci < 50n) return 100n;
  if (fci >= 80n) return kind === "municipality" ? 50n : 20n;
  // municipality: 100 × (11/6 − 5/3 × fci/100) = (1100 − 10 fci) / 6; prefecture: (700 − 8 fci) / 3
  return kind === "municipality" ? halfUp(1100n - 10n * fci, 6n) : halfUp(700n - 8n * fci, 3n);
}

function measureOf(record: Input): { measure: Purpose; mixed: boolean } {
  if (record.purposeWeights) {
    const d = fraction(record.purposeWeights.dualResidence);
    const m = fraction(record.purposeWeights.migration);
    const scale = Math.max(d.scale, m.scale);
    const dv = d.num * 10n ** BigInt(scale - d.scale);
    const mv = m.num * 10n ** BigInt(scale - m.scale);
    return { measure: dv > mv ? "dual-residence" : "migration", mixed: dv > 0n && mv > 0n };
  }
  return { measure: record.primaryPurpose as Purpose, mixed: false };
}

const RULE_ORDER = ["double-claim", "fn5", "fn1", "fn2", "fn3", "fn4", "other-item", "coordinator-cap"];
const REVIEW_ORDER = [
  "other-item",
  "migration-measure",
  "fn4-coordinator-not-apportioned",
  "mixed-posts",
  "similar-persons",
  "cap-basis",
  "furusato-provisional",
];

/** Σ of a line's 特定財源 parts (none stated: 0). */
const specificOf = (record: Input): bigint =>
  Object.values((record.specificRevenue ?? {}) as Record<string, Json>).reduce<bigint>((a, v) => a + yenOf(v), 0n);
/** A line also claimed under another measure is out (重複計上). */
const doubleClaimed = (record: Input): boolean =>
  Array.isArray(record.alsoClaimedUnder) && (record.alsoClaimedUnder as unknown[]).length > 0;
const ordered = (order: string[], set: Set<string>) => order.filter((x) => set.has(x));

const failsFn4 = (f: Input | undefined): boolean =>
  f !== undefined && (!f.takesOutsideStudents || f.mainlySchoolAppeal || !f.inStrategyPlan);

/** The model's prediction for a valid input. */
export function model(input: Input): ModelResult {
  const fci = fciHundredths(input.body as Input, Number(input.fiscalYear));
  // The kind as given, else as the code says (a prefecture's code is NN000 + check digit).
  const kind = input.body.kind ?? (/^\d{2}000/.test(String(input.body.code)) ? "prefecture" : "municipality");
  const coefficient = coefficientHundredths(fci, kind);
  const lines: ModelLine[] = [];

  for (const project of (input.projects ?? []) as Input[]) {
    const routed = measureOf(project);
    for (const e of project.expenses as Input[]) {
      // The FY2026 ふるさと住民 track: its items are a measure of their own, ※5 aside, always flagged.
      const track = (e.item as string).startsWith("furusato.");
      const measure: Purpose = track ? "furusato-resident" : routed.measure;
      const mixed = !track && routed.mixed;
      const rules = new Set<string>();
      const reviews = new Set<string>();
      if (e.system?.phase === "build" && e.system.digitalBondCovers === true) rules.add("fn1");
      if (
        (e.facility?.implementer === "private" && e.facility.work === "new") ||
        e.facility?.regionalBondCovers === true
      )
        rules.add("fn2");
      if (e.cashHandout === true) rules.add("fn3");
      if (failsFn4(e.regionalStudy)) rules.add("fn4");
      if (doubleClaimed(e)) rules.add("double-claim");
      const excluded = rules.size > 0;
      if ((e.item as string).endsWith(".other")) {
        rules.add("other-item");
        reviews.add("other-item");
      }
      if (measure === "migration" || mixed) rules.add("fn5");
      if (measure === "migration") reviews.add("migration-measure");
      if (track) reviews.add("furusato-provisional");
      const amount = yenOf(e.amount);
      const specific = specificOf(e);
      const own = amount - specific;
      lines.push({
        id: e.id,
        measure,
        disposition: excluded ? "excluded" : "eligible",
        amountYen: amount.toString(),
        specificRevenueYen: specific.toString(),
        ownBurdenYen: own.toString(),
        eligibleYen: excluded ? "0" : own.toString(),
        excludedYen: excluded ? own.toString() : "0",
        rules: ordered(RULE_ORDER, rules),
        needsReview: ordered(REVIEW_ORDER, reviews),
      });
    }
  }

  // Coordinators: ※5, ※4, then caps per (measure, person) over the records ※4 left, in input order.
  const coordinators = ((input.coordinators ?? []) as Input[]).map((c) => {
    const track = c.track === "furusato-resident";
    const { measure, mixed } = track ? { measure: "furusato-resident" as const, mixed: false } : measureOf(c);
    const cost = yenOf(c.cost);
    const specific = specificOf(c);
    const excluded = failsFn4(c.regionalStudy) || doubleClaimed(c);
    return { c, measure, mixed, excluded, cost, specific, own: cost - specific };
  });
  const groups = new Map<string, typeof coordinators>();
  for (const x of coordinators) {
    if (x.excluded) continue;
    const key = JSON.stringify([x.measure, x.c.person]);
    groups.set(key, [...(groups.get(key) ?? []), x]);
  }
  const eligibleById = new Map<string, { eligible: bigint; mixedPosts: boolean; capBasis: boolean }>();
  for (const records of groups.values()) {
    const posts = new Set(records.map((r) => r.c.post));
    const cap = posts.has("concurrent") ? 400_000n : 5_000_000n;
    // The cap bounds the own burden; the gross reading (fill with gross, then take the subsidy off) is
    // worked too: where 特定財源 makes them differ, the person's records need review.
    let room = cap;
    let grossRoom = cap;
    let differs = false;
    const eligibles = records.map((r) => {
      const eligible = r.own < room ? r.own : room;
      room -= eligible;
      const within = r.cost < grossRoom ? r.cost : grossRoom;
      grossRoom -= within;
      const gross = within > r.specific ? within - r.specific : 0n;
      if (gross !== eligible) differs = true;
      return eligible;
    });
    records.forEach((r, i) =>
      eligibleById.set(r.c.id, {
        eligible: eligibles[i] ?? 0n,
        mixedPosts: posts.size > 1,
        capBasis: differs && records.some((x) => x.specific > 0n),
      }),
    );
  }
  for (const { c, measure, mixed, excluded, cost, specific, own } of coordinators) {
    const rules = new Set<string>();
    const reviews = new Set<string>();
    if (failsFn4(c.regionalStudy)) rules.add("fn4");
    if (doubleClaimed(c)) rules.add("double-claim");
    if (failsFn4(c.regionalStudy) && (c.activities as string[]).length > 1)
      reviews.add("fn4-coordinator-not-apportioned");
    if ((c.activities as string[]).includes("other")) {
      rules.add("other-item");
      reviews.add("other-item");
    }
    if (measure === "migration" || mixed) rules.add("fn5");
    if (measure === "migration") reviews.add("migration-measure");
    if (measure === "furusato-resident") reviews.add("furusato-provisional");
    const capped = eligibleById.get(c.id);
    const eligible = excluded ? 0n : (capped?.eligible ?? own);
    const disposition = excluded ? "excluded" : eligible < own ? "capped" : "eligible";
    if (disposition === "capped") rules.add("coordinator-cap");
    if (capped?.mixedPosts) reviews.add("mixed-posts");
    if (capped?.capBasis) reviews.add("cap-basis");
    lines.push({
      id: c.id,
      measure,
      disposition,
      amountYen: cost.toString(),
      specificRevenueYen: specific.toString(),
      ownBurdenYen: own.toString(),
      eligibleYen: eligible.toString(),
      excludedYen: (own - eligible).toString(),
      rules: ordered(RULE_ORDER, rules),
      needsReview: ordered(REVIEW_ORDER, reviews),
    });
  }

  const isExpense = new Set(
    ((input.projects ?? []) as Input[]).flatMap((p) => (p.expenses as Input[]).map((e) => e.id as string)),
  );
  const sum = (measure: Purpose, expense: boolean) =>
    lines
      .filter((l) => l.measure === measure && isExpense.has(l.id) === expense)
      .reduce((a, l) => a + BigInt(l.eligibleYen), 0n);
  // In thousandths of a yen: costs × 0.5 × coefficient/100 = costs × coefficient × 5 (thousandths).
  const dualCosts = sum("dual-residence", true);
  const dualCostsMilli = dualCosts * coefficient * 5n;
  const dualPeople = sum("dual-residence", false);
  const dualTotal = dualCostsMilli + dualPeople * 1000n;
  const migCosts = sum("migration", true);
  const migPeople = sum("migration", false);
  const migTotal = migCosts * 500n + migPeople * 1000n;
  const total = (measure: Purpose, field: "amountYen" | "specificRevenueYen" | "ownBurdenYen") =>
    lines
      .filter((l) => l.measure === measure)
      .reduce((a, l) => a + BigInt(l[field]), 0n)
      .toString();
  // The track: its costs capped at 10,000,000, × 0.5 × coefficient; coordinators × 1.0; a block of its own.
  const onTrack = lines.some((l) => l.measure === "furusato-resident");
  const trackCosts = sum("furusato-resident", true);
  const trackCapped = trackCosts < 10_000_000n ? trackCosts : 10_000_000n;
  const trackCostsMilli = trackCapped * coefficient * 5n;
  const trackPeople = sum("furusato-resident", false);
  const trackTotal = trackCostsMilli + trackPeople * 1000n;
  return {
    fiscalCorrection: { index: hundredthsText(fci), coefficient: hundredthsText(coefficient) },
    lines,
    allocation: {
      projectCostYen: total("dual-residence", "amountYen"),
      specificRevenueYen: total("dual-residence", "specificRevenueYen"),
      ownBurdenYen: total("dual-residence", "ownBurdenYen"),
      eligibleCostsYen: dualCosts.toString(),
      measureCostsYen: milliText(dualCostsMilli),
      coordinatorsYen: dualPeople.toString(),
      totalYen: milliText(dualTotal),
      totalThousandYen: halfUp(dualTotal, 1_000_000n).toString(),
      migration: {
        projectCostYen: total("migration", "amountYen"),
        specificRevenueYen: total("migration", "specificRevenueYen"),
        ownBurdenYen: total("migration", "ownBurdenYen"),
        eligibleCostsYen: migCosts.toString(),
        costsYen: milliText(migCosts * 500n),
        coordinatorsYen: migPeople.toString(),
        totalYen: milliText(migTotal),
        totalThousandYen: halfUp(migTotal, 1_000_000n).toString(),
      },
      ...(onTrack && {
        furusatoResident: {
          projectCostYen: total("furusato-resident", "amountYen"),
          specificRevenueYen: total("furusato-resident", "specificRevenueYen"),
          ownBurdenYen: total("furusato-resident", "ownBurdenYen"),
          eligibleCostsYen: trackCosts.toString(),
          cappedCostsYen: trackCapped.toString(),
          costsYen: milliText(trackCostsMilli),
          coordinatorsYen: trackPeople.toString(),
          totalYen: milliText(trackTotal),
          totalThousandYen: halfUp(trackTotal, 1_000_000n).toString(),
        },
      }),
    },
  };
}
