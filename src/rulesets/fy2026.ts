import type { Citation, Cited, RulesetParameters } from "../rules/parameters.js";
import { defineRuleset } from "./define-ruleset.js";
import { fy2025 } from "./fy2025.js";

/*
 * FY2026 (令和8年度). No FY2026 notice changing this measure's rate, caps, items or footnotes was found
 * (searched 2026-11; DOMAIN.md §12): FY2025's values are carried, and every citation says so — each is
 * marked an inference, "FY2025 value carried; no FY2026 notice found" — and every FY2026 calculation
 * carries the caveat of `basis`.
 */

const CARRIED = {
  en: "FY2025 value carried; no FY2026 notice found.",
  ja: "令和7年度の値を引き継ぐ（令和8年度の通知は見当たらない）。",
};

/** A citation of FY2025, as FY2026 carries it: an inference, saying so before the original reading. */
function carried(cite: Citation): Citation {
  return {
    ...cite,
    inference: true,
    note: cite.note === undefined ? CARRIED.en : `${CARRIED.en} ${cite.note}`,
    noteJa: cite.noteJa === undefined ? CARRIED.ja : `${CARRIED.ja}${cite.noteJa}`,
  };
}

const isCited = (value: unknown): value is Cited<unknown> =>
  typeof value === "object" && value !== null && "value" in value && "cite" in value;
const isCitation = (value: unknown): value is Citation =>
  typeof value === "object" && value !== null && "source" in value && "ref" in value && "inference" in value;

/** Every parameter and footnote citation of a ruleset's parameters, carried. */
function carriedParameters(node: unknown): unknown {
  if (isCited(node)) return { value: node.value, cite: carried(node.cite) };
  if (isCitation(node)) return carried(node);
  if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, carriedParameters(value)]));
}

const { id: _id, fiscalYear: _year, catalog: _catalog, rules: _rules, ...parameters } = fy2025;

/** FY2026 (令和8年度): FY2025's parameters, catalog and rules, carried and cited as carried. */
export const fy2026 = defineRuleset(fy2025, {
  id: "FY2026",
  fiscalYear: 2026,
  parameters: {
    ...(carriedParameters(parameters) as Omit<RulesetParameters, "id" | "fiscalYear">),
    basis: {
      source: "seed",
      ref: "令和7年度の措置（令和8年度の通知なし）",
      inference: true,
      note: "No FY2026 notice changing this measure's rate, caps, items or footnotes was found (searched 2026-11): FY2025's are carried; to be reviewed when the ministry's FY2026 notice is published.",
      noteJa:
        "令和8年度に措置率・上限・対象項目・注記を改める通知は見当たらない（2026年11月確認）。令和7年度の内容をそのまま適用しており、令和8年度の通知が出た時点で要確認。",
    },
  },
});
