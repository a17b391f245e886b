import { divideHalfUp, fciHundredths, measureTotals, yenOf, type BodyTotals } from "../totals.js";
import type {
  Contender,
  GeneratedApplication,
  GeneratedCoordinator,
  GeneratedExpense,
  GeneratedPurpose,
  GeneratedStudy,
} from "./types.js";

/*
 * The floor: the same classification and sums, hand-written over plain integers, no validation, no trace,
 * no library. Valid only because the benchmark's input is valid; no library can be faster than this.
 */

/** 財政力補正 in hundredths: municipality 11/6 − 5/3·FCI, prefecture 7/3 − 8/3·FCI in the middle band. */
export function coefficientHundredths(kind: string, fci: number): number {
  if (fci < 50) return 100;
  if (fci >= 80) return kind === "municipality" ? 50 : 20;
  // ×100: (11/6 − 5/3 · fci/100) · 100 = (1100 − 10·fci) / 6; (7/3 − 8/3 · fci/100) · 100 = (700 − 8·fci) / 3
  return kind === "municipality" ? divideHalfUp(1100 - 10 * fci, 6) : divideHalfUp(700 - 8 * fci, 3);
}

// The generator gives a project without a primary purpose its weights, and each line the facts of its item.
const isMigration = (p: GeneratedPurpose): boolean =>
  p.primaryPurpose !== undefined
    ? p.primaryPurpose === "migration"
    : !(Number(p.purposeWeights?.dualResidence) > Number(p.purposeWeights?.migration));

const studyFails = (s: GeneratedStudy): boolean =>
  !(s.takesOutsideStudents && !s.mainlySchoolAppeal && s.inStrategyPlan);

function expenseExcluded(e: GeneratedExpense): boolean {
  if (e.cashHandout === true) return true;
  switch (e.item) {
    case "information.registration-system":
      return e.system?.phase === "build" && e.system.digitalBondCovers === true;
    case "opportunity.facilities":
      return (
        (e.facility?.implementer === "private" && e.facility.work === "new") || e.facility?.regionalBondCovers === true
      );
    case "opportunity.regional-study-programs":
      return e.regionalStudy !== undefined && studyFails(e.regionalStudy);
    default:
      return false;
  }
}

export function plainTotals(application: Record<string, unknown>): BodyTotals {
  const app = application as unknown as GeneratedApplication;
  const body = app.body;
  const coefficient = coefficientHundredths(body.kind, fciHundredths(body.fiscalCapabilityIndex));
  let dual = 0;
  let migration = 0;
  let eligible = 0;
  let excluded = 0;
  let capped = 0;
  for (const p of app.projects) {
    const toMigration = isMigration(p);
    for (const e of p.expenses) {
      if (expenseExcluded(e)) excluded++;
      else {
        eligible++;
        if (toMigration) migration += yenOf(e.amount);
        else dual += yenOf(e.amount);
      }
    }
  }
  let dualPeople = 0;
  let migrationPeople = 0;
  const used = new Map<string, { cap: number; used: number }>();
  const kept: { c: GeneratedCoordinator; key: string; cost: number }[] = [];
  for (const c of app.coordinators) {
    if (c.regionalStudy && studyFails(c.regionalStudy)) {
      excluded++;
      continue;
    }
    const key = `${isMigration(c) ? "m" : "d"}\u0000${c.person}`;
    const group = used.get(key) ?? { cap: 5_000_000, used: 0 };
    if (c.post === "concurrent") group.cap = 400_000; // the smaller cap when a person holds both posts
    used.set(key, group);
    kept.push({ c, key, cost: yenOf(c.cost) });
  }
  for (const { key, cost } of kept) {
    const group = used.get(key) as { cap: number; used: number };
    const counted = Math.min(cost, group.cap - group.used);
    group.used += counted;
    if (counted < cost) capped++;
    else eligible++;
    if (key.startsWith("m")) migrationPeople += counted;
    else dualPeople += counted;
  }
  return {
    code: body.code,
    dual: measureTotals(dual, dualPeople, coefficient),
    migration: measureTotals(migration, migrationPeople, null),
    eligible,
    excluded,
    capped,
  };
}

export const plainLoop: Contender = {
  name: "plain integer loop",
  note: "the floor: same rules and sums in hand-written integer code; no validation, no trace",
  timing: "national",
  run: plainTotals,
};
