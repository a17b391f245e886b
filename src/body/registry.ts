import { checkDigit } from "./body-code.js";
import { PUBLISHED_YEARS, REGISTRY_ROWS } from "./registry-data.js";
import type { Citation } from "../rules/parameters.js";
import type { BodyKind } from "../trace/names.js";

/*
 * The registry of bodies: every prefecture and municipality with its published 財政力指数 (総務省「地方公共
 * 団体の主要財政指標一覧」, FY2022–FY2024), shipped as a generated module (registry-data.ts). The figure
 * published for fiscal year Y averages Y−2…Y, so it is the one an allocation of Y+1 uses.
 */

/**
 * A body as the registry knows it: code, name, prefecture, kind and the published 財政力指数 by the fiscal
 * year of publication (FY2024's figure averages FY2022–24 and serves FY2025's allocation).
 *
 * @example
 * ```ts
 * findBodies("042056")[0];
 * //=> { code: "042056", name: "気仙沼市", prefecture: "宮城県", kind: "municipality",
 * //     fci: { "2022": "0.44", "2023": "0.44", "2024": "0.45" } }
 * ```
 * @category Rules
 */
export interface RegisteredBody {
  /** 全国地方公共団体コード, 6 digits. */
  readonly code: string;
  /** Its name, as published. */
  readonly name: string;
  /** Its prefecture (a prefecture's own name for a prefecture). */
  readonly prefecture: string;
  /** 市町村 or 都道府県. */
  readonly kind: BodyKind;
  /** The published 財政力指数 by fiscal year of publication, as published (prefectures: 5 decimals). */
  readonly fci: Readonly<Record<string, string>>;
}

/** Where the registry's figures come from: cited by every step that reads one. */
export const REGISTRY_CITATION: Citation = {
  source: "data",
  ref: "総務省「地方公共団体の主要財政指標一覧」",
  inference: false,
  note: "Published 財政力指数 (令和4–6年度), as mirrored publicly (DOMAIN.md §13). The ordinance averages per-year ratios each rounded to 2 places; the published average may differ from that by 0.01: give fiscalCapabilityYears for the exact figure.",
  noteJa:
    "公表された財政力指数（令和4〜6年度）。省令は各年度の比率を小数点以下2位に四捨五入して平均するため、公表値と0.01異なることがある。厳密な値は fiscalCapabilityYears で与える。",
};

const BODIES: ReadonlyMap<string, RegisteredBody> = new Map(
  REGISTRY_ROWS.map((row) => {
    const [code = "", prefecture = "", name = "", kind = "m", ...figures] = row;
    const fci: Record<string, string> = {};
    PUBLISHED_YEARS.forEach((year, i) => {
      const figure = figures[i];
      if (figure) fci[String(year)] = figure;
    });
    return [code, { code, name, prefecture, kind: kind === "p" ? "prefecture" : "municipality", fci }];
  }),
);

/** The published 財政力指数 an allocation of the ruleset's year uses (FY Y−1's), or undefined. */
export function publishedIndex(code: string, ruleset: { readonly fiscalYear: number }): string | undefined {
  return BODIES.get(code)?.fci[String(ruleset.fiscalYear - 1)];
}

/**
 * The bodies a 5-digit code may mean, in code order: the code without its check digit ("04205" → 042056),
 * or a 6-digit code whose leading zero a spreadsheet dropped ("42056" → 042056). Only codes the registry
 * holds; a match is found, never guessed.
 */
export function shortCode(fiveDigits: string): RegisteredBody[] {
  const candidates = [`${fiveDigits}${checkDigit(fiveDigits)}`, `0${fiveDigits}`];
  return [...new Set(candidates)]
    .sort()
    .flatMap((code) => (BODIES.has(code) ? [BODIES.get(code) as RegisteredBody] : []));
}

/** The registered body of a 6-digit code, or undefined. */
export function registeredBody(code: string): RegisteredBody | undefined {
  return BODIES.get(code);
}

/**
 * The registry's bodies matching a query: a 6-digit code, a 5-digit code (without its check digit, or with
 * the leading zero a spreadsheet dropped: both readings are looked up), or part of a name or of "prefecture + name" (compared after NFKC: 全角 and 半角 alike).
 * In code order; an empty list when none match.
 *
 * @example
 * ```ts
 * findBodies("気仙沼").map((b) => `${b.code} ${b.prefecture}${b.name}`);   //=> ["042056 宮城県気仙沼市"]
 * findBodies("04205")[0]?.name;                                          //=> "気仙沼市"
 * findBodies("42056")[0]?.code;                                          //=> "042056"
 * findBodies("042056")[0]?.fci["2024"];                                  //=> "0.45"
 * ```
 * @category Rules
 */
export function findBodies(query: string): RegisteredBody[] {
  const text = query.normalize("NFKC").trim();
  if (/^[0-9]{6}$/.test(text)) return BODIES.has(text) ? [BODIES.get(text) as RegisteredBody] : [];
  if (/^[0-9]{5}$/.test(text)) return shortCode(text);
  if (text === "") return [];
  return [...BODIES.values()].filter(
    (b) => b.name.normalize("NFKC").includes(text) || `${b.prefecture}${b.name}`.normalize("NFKC").includes(text),
  );
}
