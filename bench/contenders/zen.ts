import type { ZenDecision } from "@gorules/zen-engine";
import { fy2025 } from "../../src/rulesets/fy2025.js";
import { yenOf, type MeasureTotals } from "../totals.js";
import type { Contender, GeneratedApplication, GeneratedPurpose } from "./types.js";
import { allocationGraph } from "./zen-graph.js";

/** What the graph's last nodes write: both measures' amounts (decimals with their scale) and the counts. */
interface GraphTotals {
  readonly dual: MeasureTotals;
  readonly migration: MeasureTotals;
  readonly eligible: number;
  readonly excluded: number;
  readonly capped: number;
}

const purposeFields = (p: GeneratedPurpose) => ({
  primaryPurpose: p.primaryPurpose ?? null,
  dualWeight: p.purposeWeights ? Number(p.purposeWeights.dualResidence) : null,
  migrationWeight: p.purposeWeights ? Number(p.purposeWeights.migration) : null,
});

/** The body as the graph reads it: lines flattened with their project's purpose, amounts as integers. */
function context(app: GeneratedApplication): Record<string, unknown> {
  const lines: Record<string, unknown>[] = [];
  for (const p of app.projects) {
    const purpose = purposeFields(p);
    for (const e of p.expenses) lines.push({ ...e, amount: yenOf(e.amount), ...purpose });
  }
  const coordinators = app.coordinators.map((c) => ({
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
  async run(application) {
    if (!decision) throw new Error("zen: setup first");
    const app = application as unknown as GeneratedApplication;
    // The FCI is read as a number: the CSV's have at most 5 decimals, which a Decimal holds exactly.
    const response = await decision.evaluate(context(app));
    const r = (response.result as { result: GraphTotals }).result;
    return {
      code: app.body.code,
      dual: plainMeasure(r.dual),
      migration: plainMeasure(r.migration),
      eligible: r.eligible,
      excluded: r.excluded,
      capped: r.capped,
    };
  },
};
