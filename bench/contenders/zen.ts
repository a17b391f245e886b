import type { ZenDecision } from "@gorules/zen-engine";
import { fy2025 } from "../../src/rulesets/fy2025.js";
import { yenOf, type BodyTotals, type MeasureTotals } from "../totals.js";
import type { Contender } from "./types.js";
import { allocationGraph } from "./zen-graph.js";

type Rec = Record<string, any>;

const purposeFields = (p: Rec) => ({
  primaryPurpose: p.primaryPurpose ?? null,
  dualWeight: p.purposeWeights ? Number(p.purposeWeights.dualResidence) : null,
  migrationWeight: p.purposeWeights ? Number(p.purposeWeights.migration) : null,
});

/** The body as the graph reads it: lines flattened with their project's purpose, amounts as integers. */
function context(app: Rec): Rec {
  const lines: Rec[] = [];
  for (const p of app.projects as Rec[]) {
    const purpose = purposeFields(p);
    for (const e of p.expenses as Rec[]) lines.push({ ...e, amount: yenOf(e.amount), ...purpose });
  }
  const coordinators = (app.coordinators as Rec[]).map((c) => ({
    person: c.person,
    post: c.post,
    cost: yenOf(c.cost),
    regionalStudy: c.regionalStudy ?? null,
    ...purposeFields(c),
  }));
  return { kind: app.body.kind, fci: Number(app.body.fiscalCapabilityIndex), lines, coordinators };
}

/** zen writes decimals with their scale ("600000.000"): the same value without trailing zeros. */
const plain = (text: string): string => (text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text);
const plainMeasure = (m: MeasureTotals): MeasureTotals => ({
  eligibleCostsYen: plain(m.eligibleCostsYen),
  costsYen: plain(m.costsYen),
  coordinatorsYen: plain(m.coordinatorsYen),
  totalYen: plain(m.totalYen),
  totalThousandYen: plain(m.totalThousandYen),
});

let decision: ZenDecision | undefined;

export const zen: Contender = {
  name: "@gorules/zen-engine (JDM)",
  note: "one evaluation per body: loop-mode decision tables and expression nodes, a function node for the cap fill; no validation",
  timing: "sample",
  async setup() {
    // Loaded here, not at the top: on a platform without zen's native binary the rest of the bench still runs.
    const { ZenEngine } = await import("@gorules/zen-engine");
    const engine = new ZenEngine();
    decision = engine.createDecision(
      allocationGraph({
        fullTime: Number(fy2025.coordinator.capFullTimeYen.value),
        concurrent: Number(fy2025.coordinator.capConcurrentYen.value),
      }),
    );
  },
  async run(app) {
    if (!decision) throw new Error("zen: setup first");
    // The FCI is read as a number: the CSV's have at most 5 decimals, which a Decimal holds exactly.
    const { result } = await decision.evaluate(context(app));
    const r = result.result as Rec;
    return {
      code: (app as Rec).body.code,
      dual: plainMeasure(r.dual),
      migration: plainMeasure(r.migration),
      eligible: r.eligible,
      excluded: r.excluded,
      capped: r.capped,
    } as BodyTotals;
  },
};
