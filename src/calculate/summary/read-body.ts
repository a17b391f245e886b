import { bodyCodeProblem, kindOfCode } from "../../body/body-code.js";
import { fiscalCapabilityIndex } from "../../body/fiscal-capability-index.js";
import { correctionCoefficient } from "../../body/fiscal-correction.js";
import { caveats, type FundingStated } from "../caveats.js";
import { Dec } from "../../money/decimal.js";
import { readNonNegativeDecimal } from "../../money/index.js";
import type { Ruleset } from "../../rulesets/index.js";
import type { Body } from "../../schema/application.js";
import type { Summary } from "./summary.js";
import { isPlainArray, plainKeys } from "./plain.js";
import { isText } from "./read-scalars.js";

/** The body's part of a summary, from the same functions `calculate` uses. */
export type BodyPart = Pick<Summary, "body" | "fiscalCorrection"> & {
  /** The caveats, once the lines say whether any states 特定財源. */
  readonly caveatsOf: (funding: FundingStated) => Summary["caveats"];
};

/** Reads and checks the body as the schema and the cross-field checks would; null when it is not plainly valid. */
export function readBody(raw: unknown, ruleset: Ruleset): BodyPart | null {
  const keys = plainKeys(raw);
  if (keys === null) return null;
  const b = raw as Record<string, unknown>;
  for (const key of keys) {
    if (
      key !== "code" &&
      key !== "name" &&
      key !== "kind" &&
      key !== "fiscalCapabilityIndex" &&
      key !== "fiscalCapabilityYears"
    )
      return null;
  }
  const { code, name, kind } = b;
  if (typeof code !== "string" || bodyCodeProblem(code) !== null) return null;
  if ((kind !== "municipality" && kind !== "prefecture") || kindOfCode(code) !== kind) return null;
  if (keys.includes("name") && !isText(name, 200)) return null;
  const hasIndex = keys.includes("fiscalCapabilityIndex");
  if (hasIndex === keys.includes("fiscalCapabilityYears")) return null;
  let canonical: Body;
  if (hasIndex) {
    const index = readNonNegativeDecimal(b.fiscalCapabilityIndex, "fiscalCapabilityIndex");
    if (!index.ok) return null;
    canonical = { code, kind, fiscalCapabilityIndex: index.text };
  } else {
    const years = readYears(b.fiscalCapabilityYears);
    if (years === null) return null;
    canonical = { code, kind, fiscalCapabilityYears: years };
  }
  const { index } = fiscalCapabilityIndex(canonical, ruleset);
  return {
    body: { code, ...(name !== undefined && { name: name as string }), kind },
    fiscalCorrection: { index, coefficient: correctionCoefficient(index, kind, ruleset).coefficient },
    caveatsOf: (funding: FundingStated) => caveats(index, kind, ruleset, funding),
  };
}

function readYears(raw: unknown): { revenue: string; need: string }[] | null {
  if (!isPlainArray(raw) || raw.length !== 3) return null;
  const out: { revenue: string; need: string }[] = [];
  for (const year of raw) {
    const keys = plainKeys(year);
    if (keys === null || keys.length !== 2 || !keys.includes("revenue") || !keys.includes("need")) return null;
    const y = year as Record<string, unknown>;
    const revenue = readNonNegativeDecimal(y.revenue, "revenue");
    const need = readNonNegativeDecimal(y.need, "need");
    if (!revenue.ok || !need.ok || new Dec(need.text).isZero()) return null;
    out.push({ revenue: revenue.text, need: need.text });
  }
  return out;
}
