import { furusatoItems, furusatoPillar } from "../catalog/index.js";
import type { Citation, Cited, FurusatoParameters, RulesetParameters } from "../rules/parameters.js";
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

/** A reading of the FY2026 reports on the ふるさと住民 track (DOMAIN.md §12): every one an inference. */
const reported = (ref: string, note: string, noteJa: string): Citation => ({
  source: "press",
  ref,
  inference: true,
  note,
  noteJa,
});

/**
 * The provisional ふるさと住民登録制度 track (DOMAIN.md §12, confidence medium-low): model projects from
 * 2026-01, registration from 令和9年1月; funding as reported by a vendor summary marked 総務省確認済み and by
 * 自治日報 (2026-02-09). Every value is flagged; the track's figures are a block of their own.
 */
const furusato: FurusatoParameters = {
  costCapYen: {
    value: "10000000",
    cite: reported(
      "ふるさと住民登録制度「制度の準備・運用に要する経費（事業費1,000万円を上限）」",
      "Reported, not yet in a ministry notice found: the costs of preparing and running the registration, 「事業費1,000万円を上限」, read as a cap of ¥10,000,000 per body and year on the eligible own burden (confidence medium-low).",
      "報道による（総務省の通知は未確認）: 「事業費1,000万円を上限」を、団体ごと・年度ごとの算定対象経費（一般財源等）の上限1,000万円と読む（確度: 中〜低）。",
    ),
  },
  costRate: {
    value: "0.5",
    cite: reported(
      "ふるさと住民登録制度「50％×財政力補正の特別交付税措置」",
      "Reported: 50 % × 財政力補正 of the capped costs, the 財政力補正 read as this measure's (confidence medium-low).",
      "報道による: 上限適用後の経費の50％×財政力補正。財政力補正は本措置と同じと読む（確度: 中〜低）。",
    ),
  },
  capFullTimeYen: {
    value: "5000000",
    cite: reported(
      "ふるさと住民コーディネーターの設置（1人当たり500万円上限）",
      "Reported: ふるさと住民コーディネーター up to ¥5,000,000 per person, read as this measure's full-time cap, at 100 % of cost (confidence medium-low).",
      "報道による: ふるさと住民コーディネーターは1人当たり500万円上限。本措置の専任の上限と同じく経費の全額（率1.0）と読む（確度: 中〜低）。",
    ),
  },
  capConcurrentYen: {
    value: "400000",
    cite: reported(
      "ふるさと住民コーディネーター（兼任の上限は報道なし）",
      "No concurrent-post cap was reported: this measure's ¥400,000 is applied as the conservative reading.",
      "兼任の上限は報道されていないため、本措置の40万円を保守的な読みとして適用する。",
    ),
  },
  coordinatorRate: {
    value: "1.0",
    cite: reported(
      "ふるさと住民コーディネーター（措置率の報道なし）",
      "No rate was reported: read as 100 % of cost up to the cap, as this measure's coordinators (confidence medium-low).",
      "措置率の報道がないため、本措置のコーディネーターと同じく上限までの経費の全額と読む（確度: 中〜低）。",
    ),
  },
};

/**
 * FY2026 (令和8年度): FY2025's parameters, catalog and rules, carried and cited as carried; and the
 * provisional ふるさと住民 track (its pillar, item and parameters), every figure of it flagged.
 */
export const fy2026 = defineRuleset(fy2025, {
  id: "FY2026",
  fiscalYear: 2026,
  catalog: { addPillars: [furusatoPillar], add: furusatoItems },
  parameters: {
    ...(carriedParameters(parameters) as Omit<RulesetParameters, "id" | "fiscalYear">),
    furusato,
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
