import { divideHalfUp, fciHundredths, measureTotals, yenOf, type BodyTotals } from "../totals.js";
import type { Contender } from "./types.js";

/*
 * The floor: the same classification and sums, hand-written over plain integers, no validation, no trace,
 * no library. Valid only because the benchmark's input is valid; no library can be faster than this.
 */

type Rec = Record<string, any>;

/** 財政力補正 in hundredths: municipality 11/6 − 5/3·FCI, prefecture 7/3 − 8/3·FCI in the middle band. */
export function coefficientHundredths(kind: string, fci: number): number {
  if (fci < 50) return 100;
  if (fci >= 80) return kind === "municipality" ? 50 : 20;
  // ×100: (11/6 − 5/3 · fci/100) · 100 = (1100 − 10·fci) / 6; (7/3 − 8/3 · fci/100) · 100 = (700 − 8·fci) / 3
  return kind === "municipality" ? divideHalfUp(1100 - 10 * fci, 6) : divideHalfUp(700 - 8 * fci, 3);
}

const isMigration = (p: Rec): boolean =>
  p.primaryPurpose !== undefined
    ? p.primaryPurpose === "migration"
    : !(Number(p.purposeWeights.dualResidence) > Number(p.purposeWeights.migration));

const studyFails = (s: Rec): boolean => !(s.takesOutsideStudents && !s.mainlySchoolAppeal && s.inStrategyPlan);

function expenseExcluded(e: Rec): boolean {
  if (e.cashHandout === true) return true;
  switch (e.item) {
    case "information.registration-system":
      return e.system.phase === "build" && e.system.digitalBondCovers === true;
    case "opportunity.facilities":
      return (
        (e.facility.implementer === "private" && e.facility.work === "new") || e.facility.regionalBondCovers === true
      );
    case "opportunity.regional-study-programs":
      return studyFails(e.regionalStudy);
    default:
      return false;
  }
}

export function plainTotals(app: Rec): BodyTotals {
  const body = app.body as Rec;
  const coefficient = coefficientHundredths(body.kind, fciHundredths(String(body.fiscalCapabilityIndex)));
  let dual = 0;
  let migration = 0;
  let eligible = 0;
  let excluded = 0;
  let capped = 0;
  for (const p of app.projects as Rec[]) {
    const toMigration = isMigration(p);
    for (const e of p.expenses as Rec[]) {
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
  const kept: { c: Rec; key: string; cost: number }[] = [];
  for (const c of app.coordinators as Rec[]) {
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
