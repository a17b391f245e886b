import { NO_SPECIFIC_REVENUE_CAVEAT } from "../calculate/caveats.js";
import type { CalculationDigests } from "../calculate/calculation.js";
import { canonicalDigest, resultPart } from "../calculate/digests.js";
import { groupedString } from "../money/decimal.js";
import { rulesetParameters, type Ruleset } from "../rulesets/index.js";
import type { WordedStep } from "../trace/step.js";
import type { CalculationV3 } from "./version-3.js";

/*
 * Calculations of trace schemaVersion "2" (before the own burden) are still verified: the input of such a
 * file cannot state 特定財源 or a double claim (version 2 refused both), so this release computes it on the
 * same gross cost. The replay is written back in version 2's shape — without the own-burden fields, the
 * `funding` steps, the caveat that 特定財源 was not stated and the ledger's 特定財源 column — and then
 * compared field by field and digest by digest, exactly as a version 3 file is.
 */

/** The own-burden fields version 3 added to a line and to each measure's allocation. */
const LINE_FIELDS = ["specificRevenueYen", "specificRevenue", "ownBurdenYen"] as const;
const FUNDING_FIELDS = ["projectCostYen", "specificRevenueYen", "ownBurdenYen"] as const;
/** Step rules version 2 did not have. */
const NEW_RULES: ReadonlySet<string> = new Set(["own-burden", "double-claim", "funding"]);

const without = <T extends object>(value: T, keys: readonly string[]): T =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as T;

/** The ledger step as version 2 wrote it: amount = eligible + excluded. */
function ledgerV2(step: WordedStep): WordedStep {
  const output = Object.fromEntries(Object.entries(step.output).filter(([key]) => !key.endsWith("specificRevenueYen")));
  // The replay's own ledger: every figure is there.
  const g = (figure: string | undefined) => groupedString(figure as string);
  const [n, amount, eligible, excluded] = [
    step.inputs.lines as string,
    g(step.inputs.amountYen),
    g(output.eligibleYen),
    g(output.excludedYen),
  ];
  return {
    ...step,
    output,
    note: {
      ja: `全${n}行の合計 ${amount}円 = 対象 ${eligible}円 + 除外 ${excluded}円。`,
      en: `All ${n} lines: ¥${amount} in = ¥${eligible} eligible + ¥${excluded} excluded.`,
    },
  };
}

/** The ruleset digest as version 2 took it: the parameters without the own-burden block and the ふるさと住民 track. */
export function rulesetDigestV2(ruleset: Ruleset): string {
  const { ownBurden: _ownBurden, furusato: _furusato, ...parameters } = rulesetParameters(ruleset);
  return canonicalDigest(parameters);
}

/**
 * A replay of this release in version 3's shape (`asVersion3`), written in version 2's shape, with version
 * 2's digests: what a version 2 file of the same input holds.
 */
export function asVersion2(replayed: CalculationV3, ruleset: Ruleset): CalculationV3 {
  const { migration, ...dual } = replayed.allocation;
  const shaped = {
    ...replayed,
    allocation: { ...without(dual, FUNDING_FIELDS), migration: without(migration, FUNDING_FIELDS) },
    lines: replayed.lines.map((line) => without(line, LINE_FIELDS)),
    // The one caveat version 3 adds to every input version 2 could hold (they state no 特定財源).
    caveats: replayed.caveats.filter((c) => c.en !== NO_SPECIFIC_REVENUE_CAVEAT.en),
    trace: {
      ...replayed.trace,
      schemaVersion: "2",
      steps: replayed.trace.steps
        .filter((s) => !NEW_RULES.has(s.rule) && !s.id.endsWith("/cap-basis"))
        .map((s) => (s.rule === "ledger" ? ledgerV2(s) : s)),
    },
  } as CalculationV3;
  const digests: CalculationDigests = {
    algorithm: "SHA-256",
    input: replayed.trace.digests.input,
    ruleset: rulesetDigestV2(ruleset),
    result: canonicalDigest(resultPart(shaped)),
  };
  return { ...shaped, trace: { ...shaped.trace, digests } };
}
