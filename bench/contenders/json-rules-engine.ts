import { Engine, type NestedCondition, type RuleProperties } from "json-rules-engine";
import { fy2025 } from "../../src/rulesets/fy2025.js";
import { divideHalfUp, fciHundredths, measureTotals, yenOf, type BodyTotals } from "../totals.js";
import type { Contender, GeneratedApplication, GeneratedPurpose } from "./types.js";

/*
 * json-rules-engine in its idiom: rules as JSON conditions over flat facts, events for the outcome, one
 * engine run per line (and per project, coordinator and body for ※5, caps and the 財政力補正). What JSON
 * conditions cannot say (sums, the cap filled in record order, exact products) is plain JavaScript around
 * the engine, as a team using it would write it.
 */

/** A 財政力補正 band's event: a constant coefficient, or (base − slope·FCI) / divisor, all in hundredths. */
type BandParams =
  { readonly constant: number } | { readonly base: number; readonly slope: number; readonly divisor: number };
const is = (fact: string, value: unknown) => ({ fact, operator: "equal", value });
const excludedBy = (rule: string) => ({ type: "excluded", params: { rule } });

const LINE_RULES: RuleProperties[] = [
  {
    name: "※1",
    conditions: {
      all: [is("item", "information.registration-system"), is("phase", "build"), is("digitalBondCovers", true)],
    },
    event: excludedBy("fn1"),
  },
  {
    name: "※2 private new",
    conditions: { all: [is("item", "opportunity.facilities"), is("implementer", "private"), is("work", "new")] },
    event: excludedBy("fn2"),
  },
  {
    name: "※2 bond",
    conditions: { all: [is("item", "opportunity.facilities"), is("regionalBondCovers", true)] },
    event: excludedBy("fn2"),
  },
  { name: "※3", conditions: { all: [is("cashHandout", true)] }, event: excludedBy("fn3") },
  {
    name: "※4",
    conditions: {
      all: [
        is("item", "opportunity.regional-study-programs"),
        { any: [is("takesOutsideStudents", false), is("mainlySchoolAppeal", true), is("inStrategyPlan", false)] },
      ],
    },
    event: excludedBy("fn4"),
  },
  {
    name: "等",
    conditions: {
      all: [
        {
          fact: "item",
          operator: "in",
          value: ["information.other", "consultation.other", "opportunity.other", "reception.other"],
        },
      ],
    },
    event: { type: "review", params: { rule: "other-item" } },
  },
];

const ROUTING_RULES: RuleProperties[] = [
  { name: "※5 primary", conditions: { all: [is("primaryPurpose", "migration")] }, event: { type: "migration" } },
  {
    name: "※5 weights",
    conditions: {
      all: [
        is("primaryPurpose", null),
        { fact: "dualWeight", operator: "lessThanInclusive", value: { fact: "migrationWeight" } },
      ],
    },
    event: { type: "migration" },
  },
];

const COORDINATOR_RULES: RuleProperties[] = [
  {
    name: "※4 support",
    conditions: {
      all: [
        { fact: "activities", operator: "contains", value: "regional-study-support" },
        { any: [is("takesOutsideStudents", false), is("mainlySchoolAppeal", true), is("inStrategyPlan", false)] },
      ],
    },
    event: excludedBy("fn4"),
  },
  {
    name: "cap concurrent",
    conditions: { all: [is("post", "concurrent")] },
    event: { type: "cap", params: { yen: Number(fy2025.coordinator.capConcurrentYen.value) } },
  },
  {
    name: "cap full-time",
    conditions: { all: [is("post", "full-time")] },
    event: { type: "cap", params: { yen: Number(fy2025.coordinator.capFullTimeYen.value) } },
  },
];

const band = (kind: string, conditions: NestedCondition[], params: BandParams): RuleProperties => ({
  conditions: { all: [is("kind", kind), ...conditions] },
  event: { type: "band", params },
});
const CORRECTION_RULES: RuleProperties[] = [
  band("municipality", [{ fact: "fci", operator: "lessThan", value: 50 }], { constant: 100 }),
  band("municipality", [{ fact: "fci", operator: "greaterThanInclusive", value: 80 }], { constant: 50 }),
  band(
    "municipality",
    [
      { fact: "fci", operator: "greaterThanInclusive", value: 50 },
      { fact: "fci", operator: "lessThan", value: 80 },
    ],
    { base: 1100, slope: 10, divisor: 6 },
  ),
  band("prefecture", [{ fact: "fci", operator: "lessThan", value: 50 }], { constant: 100 }),
  band("prefecture", [{ fact: "fci", operator: "greaterThanInclusive", value: 80 }], { constant: 20 }),
  band(
    "prefecture",
    [
      { fact: "fci", operator: "greaterThanInclusive", value: 50 },
      { fact: "fci", operator: "lessThan", value: 80 },
    ],
    { base: 700, slope: 8, divisor: 3 },
  ),
];

function engine(rules: RuleProperties[]): Engine {
  const e = new Engine([], { allowUndefinedFacts: true });
  for (const rule of rules) e.addRule(rule);
  return e;
}

let engines: { line: Engine; routing: Engine; coordinator: Engine; correction: Engine } | undefined;

const purposeFacts = (p: GeneratedPurpose) => ({
  primaryPurpose: p.primaryPurpose ?? null,
  dualWeight: p.purposeWeights ? Number(p.purposeWeights.dualResidence) : null,
  migrationWeight: p.purposeWeights ? Number(p.purposeWeights.migration) : null,
});

async function toMigration(record: GeneratedPurpose): Promise<boolean> {
  const { events } = await (engines as { routing: Engine }).routing.run(purposeFacts(record));
  return events.length > 0;
}

async function totals(application: Record<string, unknown>): Promise<BodyTotals> {
  const app = application as unknown as GeneratedApplication;
  const e = engines as NonNullable<typeof engines>;
  const fci = fciHundredths(app.body.fiscalCapabilityIndex);
  const [bandEvent] = (await e.correction.run({ kind: app.body.kind, fci })).events;
  const p = bandEvent?.params as BandParams;
  const coefficient: number = "constant" in p ? p.constant : divideHalfUp(p.base - p.slope * fci, p.divisor);
  let dual = 0;
  let migration = 0;
  let eligible = 0;
  let excluded = 0;
  let capped = 0;
  for (const project of app.projects) {
    const migrates = await toMigration(project);
    for (const x of project.expenses) {
      const facts = {
        item: x.item,
        cashHandout: x.cashHandout,
        phase: x.system?.phase,
        digitalBondCovers: x.system?.digitalBondCovers,
        implementer: x.facility?.implementer,
        work: x.facility?.work,
        regionalBondCovers: x.facility?.regionalBondCovers,
        takesOutsideStudents: x.regionalStudy?.takesOutsideStudents,
        mainlySchoolAppeal: x.regionalStudy?.mainlySchoolAppeal,
        inStrategyPlan: x.regionalStudy?.inStrategyPlan,
      };
      const { events } = await e.line.run(facts);
      if (events.some((ev) => ev.type === "excluded")) excluded++;
      else {
        eligible++;
        if (migrates) migration += yenOf(x.amount);
        else dual += yenOf(x.amount);
      }
    }
  }
  // Caps: the engine names each record's cap; one person's records share the smaller, filled in order.
  const groups = new Map<string, { cap: number; used: number }>();
  const kept: { key: string; cost: number; migrates: boolean }[] = [];
  for (const c of app.coordinators) {
    const { events } = await e.coordinator.run({ ...c, ...c.regionalStudy });
    if (events.some((ev) => ev.type === "excluded")) {
      excluded++;
      continue;
    }
    const cap = (events.find((ev) => ev.type === "cap")?.params as { yen: number }).yen;
    const migrates = await toMigration(c);
    const key = `${migrates}\u0000${c.person}`;
    const group = groups.get(key) ?? { cap, used: 0 };
    group.cap = Math.min(group.cap, cap);
    groups.set(key, group);
    kept.push({ key, cost: yenOf(c.cost), migrates });
  }
  let dualPeople = 0;
  let migrationPeople = 0;
  for (const { key, cost, migrates } of kept) {
    const group = groups.get(key) as { cap: number; used: number };
    const counted = Math.min(cost, group.cap - group.used);
    group.used += counted;
    if (counted < cost) capped++;
    else eligible++;
    if (migrates) migrationPeople += counted;
    else dualPeople += counted;
  }
  return {
    code: app.body.code,
    dual: measureTotals(dual, dualPeople, coefficient),
    migration: measureTotals(migration, migrationPeople, null),
    eligible,
    excluded,
    capped,
  };
}

export const jsonRulesEngine: Contender = {
  name: "json-rules-engine",
  note: "one engine run per line (and per project, coordinator, body); sums, cap fill and exact products in JavaScript; no validation",
  timing: "sample",
  setup() {
    engines = {
      line: engine(LINE_RULES),
      routing: engine(ROUTING_RULES),
      coordinator: engine(COORDINATOR_RULES),
      correction: engine(CORRECTION_RULES),
    };
  },
  run: totals,
};
