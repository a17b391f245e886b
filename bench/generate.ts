/**
 * The benchmark's workload: a deterministic national run built from the FY2021 財政力指数 of every body
 * (../shared/data/fpi-fy2021.csv). Seeded (mulberry32), no clock and no Math.random: the same seed gives
 * the same applications, byte for byte, on every machine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface BodyRow {
  readonly code: string;
  readonly prefecture: string;
  readonly name: string;
  readonly kind: "municipality" | "prefecture";
  readonly fci: string;
}

export const DEFAULT_CSV = join(import.meta.dirname, "..", "..", "shared", "data", "fpi-fy2021.csv");
export const DEFAULT_SEED = 20250401;

/** Every body of the CSV (header: code,prefecture,name,kind,fiscal_capability_index). */
export function readBodies(csvPath: string = DEFAULT_CSV): BodyRow[] {
  const [header, ...rows] = readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
  if (header !== "code,prefecture,name,kind,fiscal_capability_index")
    throw new Error(`unexpected CSV header: ${header}`);
  return rows.map((row) => {
    const [code, prefecture, name, kind, fci] = row.split(",");
    if (!code || !prefecture || !name || (kind !== "municipality" && kind !== "prefecture") || !fci)
      throw new Error(`bad CSV row: ${row}`);
    return { code, prefecture, name, kind, fci };
  });
}

/** mulberry32: a small, fast 32-bit PRNG; good enough to vary a workload, and identical everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Items no footnote touches: these lines are plainly eligible (in a dual-residence project). */
const PLAIN_ITEMS = [
  "information.consultation-events",
  "information.event-booths",
  "information.web-and-city-office",
  "information.telework-environment",
  "information.promotion-materials",
  "consultation.in-region-desk",
  "consultation.out-of-region-desk",
  "opportunity.trial-tours",
  "opportunity.dual-school-programs",
  "opportunity.resident-exchange",
  "opportunity.fan-club",
  "opportunity.attitude-survey",
  "reception.vacant-house-bank",
  "reception.housing-renovation-grants",
] as const;
const OTHER_ITEMS = ["information.other", "consultation.other", "opportunity.other", "reception.other"] as const;

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const chance = (rng: Rng, p: number): boolean => rng() < p;

/** Yen from ¥10,000 to about ¥30,000,000, log-uniform; mostly digit strings, some numbers and "1,234,567". */
function amount(rng: Rng): string | number {
  const yen = Math.floor(10 ** (4 + rng() * 3.5));
  const form = rng();
  if (form < 0.03) return yen;
  if (form < 0.06) return yen.toLocaleString("en-US");
  return String(yen);
}

const studyFacts = (rng: Rng) => {
  const ok = chance(rng, 0.5);
  return ok
    ? { takesOutsideStudents: true, mainlySchoolAppeal: false, inStrategyPlan: true }
    : { takesOutsideStudents: chance(rng, 0.5), mainlySchoolAppeal: chance(rng, 0.5), inStrategyPlan: false };
};

/**
 * One expense line. ~70 % plain eligible items; ~30 % hit a footnote: ※1 registration systems, ※2
 * facilities, ※3 cash handouts, ※4 regional study, or an "other" item (等) that needs review.
 */
function expense(rng: Rng, id: string): Record<string, unknown> {
  const r = rng();
  if (r < 0.7) return { id, item: pick(rng, PLAIN_ITEMS), amount: amount(rng) };
  if (r < 0.76) {
    const build = chance(rng, 0.6);
    return {
      id,
      item: "information.registration-system",
      amount: amount(rng),
      system: build ? { phase: "build", digitalBondCovers: chance(rng, 0.5) } : { phase: "upkeep" },
    };
  }
  if (r < 0.82) {
    const government = chance(rng, 0.4);
    const facility = government
      ? {
          implementer: "government",
          work: chance(rng, 0.5) ? "new" : "renovation",
          regionalBondCovers: chance(rng, 0.5),
        }
      : { implementer: "private", work: chance(rng, 0.5) ? "new" : "renovation" };
    return { id, item: "opportunity.facilities", amount: amount(rng), facility };
  }
  if (r < 0.88) {
    if (chance(rng, 0.7))
      return { id, item: "reception.jobs-and-side-jobs", amount: amount(rng), cashHandout: chance(rng, 0.5) };
    return { id, item: pick(rng, PLAIN_ITEMS), amount: amount(rng), cashHandout: true };
  }
  if (r < 0.94)
    return { id, item: "opportunity.regional-study-programs", amount: amount(rng), regionalStudy: studyFacts(rng) };
  return {
    id,
    item: pick(rng, OTHER_ITEMS),
    amount: amount(rng),
    description: "同種の経費（ベンチマーク用）",
    cashHandout: chance(rng, 0.2),
  };
}

/** ※5: most projects are dual-residence; some go to the migration measure, some give weights. */
function purpose(rng: Rng): Record<string, unknown> {
  const r = rng();
  if (r < 0.9) return { primaryPurpose: "dual-residence" };
  if (r < 0.95) return { primaryPurpose: "migration" };
  return chance(rng, 0.5)
    ? { purposeWeights: { dualResidence: 3, migration: 1 } }
    : { purposeWeights: { dualResidence: "1", migration: "2.5" } };
}

const ACTIVITIES = [
  "planning",
  "consultation-and-living-support",
  "dual-school-support",
  "regional-study-support",
  "other",
] as const;

/** 0–3 coordinators; two records may share a person (costs add up before the cap); costs straddle the caps. */
function coordinators(rng: Rng): Record<string, unknown>[] {
  const count = Math.floor(rng() * 4);
  const out: Record<string, unknown>[] = [];
  for (let i = 1; i <= count; i++) {
    const person = i > 1 && chance(rng, 0.3) ? "A" : String.fromCharCode(64 + i);
    const post = chance(rng, 0.7) ? "full-time" : "concurrent";
    const cost =
      post === "full-time" ? 2_000_000 + Math.floor(rng() * 5_000_000) : 100_000 + Math.floor(rng() * 500_000);
    const activities = ACTIVITIES.filter(() => chance(rng, 0.35));
    if (activities.length === 0) activities.push("consultation-and-living-support");
    out.push({
      id: `C${i}`,
      person,
      post,
      cost: String(cost),
      ...(chance(rng, 0.9) ? { primaryPurpose: "dual-residence" } : { primaryPurpose: "migration" }),
      activities,
      ...(activities.includes("regional-study-support") && { regionalStudy: studyFacts(rng) }),
      ...(activities.includes("other") && { description: "関係人口の交流会の運営補助" }),
    });
  }
  return out;
}

/** One body's application with `lines` expense lines in projects of 10–50 lines, and 0–3 coordinators. */
export function generateApplication(
  body: BodyRow,
  index: number,
  lines: number,
  seed: number = DEFAULT_SEED,
): Record<string, unknown> {
  const rng = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const projects: Record<string, unknown>[] = [];
  let made = 0;
  while (made < lines) {
    const size = Math.min(lines - made, 10 + Math.floor(rng() * 41));
    const expenses: Record<string, unknown>[] = [];
    for (let i = 0; i < size; i++) expenses.push(expense(rng, `E${made + i + 1}`));
    projects.push({ id: `P${projects.length + 1}`, ...purpose(rng), expenses });
    made += size;
  }
  return {
    fiscalYear: 2025,
    body: { code: body.code, name: body.name, kind: body.kind, fiscalCapabilityIndex: body.fci },
    projects,
    coordinators: coordinators(rng),
  };
}

/** The national run: every body of the CSV, `linesPerBody` expense lines each. */
export function nationalRun(
  linesPerBody: number,
  seed: number = DEFAULT_SEED,
  bodies: readonly BodyRow[] = readBodies(),
): Record<string, unknown>[] {
  return bodies.map((body, i) => generateApplication(body, i, linesPerBody, seed));
}

/** Lines (expenses and coordinators) in a set of generated applications. */
export function countLines(applications: readonly Record<string, unknown>[]): number {
  let n = 0;
  for (const app of applications) {
    for (const p of app.projects as { expenses: unknown[] }[]) n += p.expenses.length;
    n += (app.coordinators as unknown[]).length;
  }
  return n;
}
