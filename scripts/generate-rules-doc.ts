/**
 * Writes docs/rules.md, the rule reference (日本語・English), from the catalog and the rulesets, so the
 * reference cannot drift from the code. `npm run rules-doc` rewrites it; `-- --check` only compares and
 * exits 1 when the committed file is out of date (test/docs/rules-doc.test.ts does the same).
 *
 * Everything below comes from src/ except the headings and the seed's own footnote wording (SEED_TEXT),
 * which the ruleset does not carry in Japanese.
 */
import { OTHER_MEASURES } from "../src/trace/names.js";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  catalog,
  fiscalCorrection,
  rulesets,
  type Citation,
  type CorrectionBand,
  type FootnoteId,
  type Ruleset,
} from "../src/index.js";

export const RULES_DOC_PATH = fileURLToPath(new URL("../docs/rules.md", import.meta.url));

/** The seed's footnotes, verbatim (総務省「二地域居住・関係人口に係る特別交付税措置等について」). */
const SEED_TEXT: Readonly<Record<FootnoteId, string>> = {
  fn1: "二地域居住者等の登録のためのシステムの構築に要する経費であって、デジタル活用推進事業債（仮称）の対象とならないものについては、本特別交付税措置の対象となる。",
  fn2: "民間事業者が実施主体となる整備は新築する場合を除く。地方自治体が発行する整備は地域活性化事業債の活用が可能である。なお、地域活性化事業債の対象経費については、本特別交付税措置の対象とはならない。",
  fn3: "二地域居住者の交通費への支援等の現金給付は対象外。",
  fn4: "地域外からの学生の受入れを主たる目的としたものに限る。学校魅力化を主たる目的としたものを除く。また、当該地方自治体の地方創生総合戦略等の計画に位置付けられたものに限る。",
  fn5: "二地域居住・関係人口施策については、移住・定住対策と一体的に実施することもある。二地域居住・関係人口施策を主たる目的とする事業の場合は、二地域居住・関係人口施策に係る特別交付税措置、移住・定住対策を主たる目的とする事業の場合は、移住・定住施策に係る特別交付税措置として算定する。",
};

/** The input fact each footnote reads (DESIGN.md, Input). */
const FOOTNOTE_FACT: Readonly<Record<FootnoteId, string>> = {
  fn1: "`system: { phase, digitalBondCovers }`",
  fn2: "`facility: { implementer, work, regionalBondCovers }`",
  fn3: "`cashHandout`",
  fn4: "`regionalStudy: { takesOutsideStudents, mainlySchoolAppeal, inStrategyPlan }`",
  fn5: "project / coordinator `primaryPurpose` or `purposeWeights`",
};

/** Names of the ruleset's parameters, by path. A parameter missing here is still listed, by its path. */
const PARAMETER_NAMES: Readonly<Record<string, { ja: string; en: string }>> = {
  measureRate: { ja: "措置率", en: "measure rate" },
  "fiscalCorrection.municipality": { ja: "財政力補正（市町村）", en: "fiscal correction, municipalities" },
  "fiscalCorrection.prefecture": { ja: "財政力補正（都道府県）", en: "fiscal correction, prefectures" },
  "fiscalCorrection.indexPlaces": { ja: "財政力指数の桁数（四捨五入）", en: "FCI decimals (half-up)" },
  "coordinator.capFullTimeYen": { ja: "コーディネーター上限（専任）", en: "coordinator cap, full-time" },
  "coordinator.capConcurrentYen": { ja: "コーディネーター上限（兼任）", en: "coordinator cap, concurrent" },
  "coordinator.rate": { ja: "コーディネーター経費の算入率", en: "coordinator rate" },
  rounding: { ja: "算定額の端数処理", en: "rounding of the amount" },
  "migration.costRate": { ja: "移住・定住対策：経費の措置率", en: "migration measure: cost rate" },
  "migration.coordinatorRate": {
    ja: "移住・定住対策：コーディネーター算入率",
    en: "migration measure: coordinator rate",
  },
  "migration.capFullTimeYen": { ja: "移住・定住対策：上限（専任）", en: "migration measure: cap, full-time" },
  "migration.capConcurrentYen": { ja: "移住・定住対策：上限（兼任）", en: "migration measure: cap, concurrent" },
  "furusato.costCapYen": { ja: "ふるさと住民：経費の上限（団体ごと）", en: "furusato track: cost cap per body" },
  "furusato.costRate": { ja: "ふるさと住民：措置率（×財政力補正）", en: "furusato track: cost rate (× correction)" },
  "furusato.capFullTimeYen": {
    ja: "ふるさと住民コーディネーター上限（専任）",
    en: "furusato coordinators: cap, full-time",
  },
  "furusato.capConcurrentYen": {
    ja: "ふるさと住民コーディネーター上限（兼任）",
    en: "furusato coordinators: cap, concurrent",
  },
  "furusato.coordinatorRate": { ja: "ふるさと住民コーディネーター算入率", en: "furusato coordinators: rate" },
  "ownBurden.coordinatorCapBasis": {
    ja: "コーディネーター上限の対象（一般財源等／総事業費）",
    en: "what the coordinator cap bounds (own burden / gross cost)",
  },
};

const SAMPLE_FCIS = ["0.30", "0.49", "0.50", "0.55", "0.60", "0.70", "0.79", "0.80", "1.20"] as const;

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  row(head),
  row(head.map(() => "---")),
  ...rows.map(row),
];
const code = (text: string): string => `\`${text}\``;
const list = (values: readonly string[]): string => (values.length === 0 ? "—" : values.map(code).join(", "));
const footnoteMark = (id: string): string => `※${id.slice(2)}`;
const footnoteMarks = (ids: readonly string[]): string => [...ids].sort().map(footnoteMark).join(" ") || "—";
const yesNo = (flag: boolean): string => (flag ? "**推定 / inference**" : "原文 / text");

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatBand(band: CorrectionBand): string {
  const range = band.max === null ? `${band.min} ≤ FCI` : `${band.min} ≤ FCI < ${band.max}`;
  const value =
    band.kind === "constant"
      ? band.coefficient
      : `${band.constant} − ${band.slope} × FCI, half-up to ${band.places} dp`;
  return `${range}: ${value}`;
}

function formatValue(path: string, value: unknown): string {
  if (Array.isArray(value)) return (value as CorrectionBand[]).map(formatBand).join("; ");
  if (typeof value === "string" && path.endsWith("Yen")) return `${code(value)} (¥${grouped(value)})`;
  if (typeof value === "object" && value !== null) {
    return Object.entries(value)
      .map(([k, v]) => `${k} ${code(String(v))}`)
      .join(", ");
  }
  return code(String(value));
}

function formatCite(cite: Citation): string {
  return `${cite.source} ${cite.ref}`;
}

/** Every `{ value, cite }` of a ruleset, by path, in declaration order. */
export function parametersOf(ruleset: Ruleset): { path: string; value: unknown; cite: Citation }[] {
  const out: { path: string; value: unknown; cite: Citation }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    if ("value" in record && "cite" in record) {
      out.push({ path, value: record.value, cite: record.cite as Citation });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
  };
  const { footnotes: _footnotes, id: _id, fiscalYear: _year, ...parameters } = ruleset;
  walk(parameters, "");
  return out;
}

/** Pillars and items a year adds beyond the first year's catalog (the ふるさと住民 track in FY2026). */
function addedItemsSection(ruleset: Ruleset): string[] {
  const added = ruleset.catalog.items.filter((i) => !catalog.findItem(i.id));
  if (added.length === 0) return [];
  const pillarIds = [...new Set(added.map((i) => i.pillar))];
  return [
    `### ${ruleset.id} で加わる対象経費 / Items ${ruleset.id} adds`,
    "",
    ...pillarIds.flatMap((id) => {
      const pillar = ruleset.catalog.pillars[id];
      return pillar ? [`- \`${id}\`: ${pillar.label.ja} / ${pillar.label.en} — ${pillar.purpose.ja}`] : [];
    }),
    "",
    ...table(
      ["item id", "経費", "item", "注記 / footnotes", "入力 / facts"],
      added.map((i) => [
        code(i.id),
        i.label.ja,
        i.label.en,
        footnoteMarks(i.footnotes),
        list([...i.requiredFacts, ...i.optionalFacts.map((f) => `${f}?`)]),
      ]),
    ),
    "",
    '※5 does not route these items: they are a track of their own (`measure: "furusato-resident"`), every figure flagged `furusato-provisional`.',
    "",
  ];
}

function rulesetSection(ruleset: Ruleset): string[] {
  const parameters = parametersOf(ruleset);
  const lines: string[] = [
    `## 3. パラメータ：${ruleset.id}（${ruleset.fiscalYear}年度） / Parameters: ${ruleset.id}`,
    "",
    `Source file: \`src/rulesets/${ruleset.id.toLowerCase()}.ts\`. 「推定」は規定の文言そのものではなく本ライブラリの読み（\`inference: true\`）。`,
    "“Inference” marks our reading of a silent or unavailable text, not the text's own words.",
    "",
    ...table(
      ["parameter", "名称 / name", "value", "出典 / source", "根拠 / basis", "note"],
      parameters.map((p) => {
        const name = PARAMETER_NAMES[p.path];
        return [
          code(p.path),
          name ? `${name.ja} / ${name.en}` : p.path,
          formatValue(p.path, p.value),
          formatCite(p.cite),
          yesNo(p.cite.inference),
          p.cite.note ?? "—",
        ];
      }),
    ),
    "",
    "### 財政力補正の早見表 / The correction at sample FCIs",
    "",
    "Computed by `fiscalCorrection(fci, kind)` (the FCI is rounded half-up to 2 decimals first).",
    "",
    ...table(
      ["財政力指数 / FCI", "市町村 / municipality", "都道府県 / prefecture"],
      SAMPLE_FCIS.map((fci) => [
        fci,
        fiscalCorrection(fci, "municipality", ruleset).coefficient,
        fiscalCorrection(fci, "prefecture", ruleset).coefficient,
      ]),
    ),
    "",
  ];
  return lines;
}

function footnoteSection(ruleset: Ruleset): string[] {
  const lines: string[] = [`## 2. 注記 ※1〜※5 / Footnotes (ruleset ${ruleset.id})`, ""];
  for (const id of Object.keys(ruleset.footnotes) as FootnoteId[]) {
    const cite = ruleset.footnotes[id];
    const items = catalog.items.filter((i) => i.footnotes.includes(id)).map((i) => i.id);
    const activities = catalog.coordinatorActivities.filter((a) => a.footnotes.includes(id)).map((a) => a.id);
    const bearsOn =
      id === "fn3"
        ? "every expense item (fact `cashHandout`) / すべての経費"
        : id === "fn5"
          ? "every project and coordinator / すべての事業とコーディネーター"
          : [
              items.length > 0 ? `items ${list(items)}` : "",
              activities.length > 0 ? `coordinator activities ${list(activities)}` : "",
            ]
              .filter(Boolean)
              .join("; ");
    lines.push(
      `### ${footnoteMark(id)} (\`${id}\`)`,
      "",
      `- 原文 / seed: ${SEED_TEXT[id]}`,
      `- Reading: ${cite.note ?? "—"}`,
      `- 出典 / source: ${formatCite(cite)} — ${yesNo(cite.inference)}`,
      `- 対象 / bears on: ${bearsOn}`,
      `- 入力 / fact: ${FOOTNOTE_FACT[id]}`,
      "",
    );
  }
  return lines;
}

/** 特定財源 and double claims: they bear on every line, before the footnotes. */
function ownBurdenSection(ruleset: Ruleset): string[] {
  const { deduction, doubleClaim } = ruleset.ownBurden;
  return [
    `## 2a. 一般財源等と重複計上 / Own burden and double claims (ruleset ${ruleset.id})`,
    "",
    "### 特定財源の控除 (`own-burden`)",
    "",
    "- 原文 / source: 「特別交付税の額の算定は、市町村が負担する額に基づくこととされ、国庫補助金等の特定財源は控除することなどとされている」（会計検査院）",
    `- Reading: ${deduction.note ?? "—"}`,
    `- 出典 / source: ${formatCite(deduction)} — ${yesNo(deduction.inference)}`,
    "- 対象 / bears on: every expense and coordinator record / すべての経費とコーディネーター（先に控除し、注記・上限・措置率は一般財源等に適用）",
    "- 入力 / fact: `specificRevenue: { national, prefectural, bonds, other }` (国庫支出金, 都道府県支出金, 地方債, その他; integer yen, together at most the amount)",
    "",
    "### 重複計上 (`double-claim`)",
    "",
    `- Reading: ${doubleClaim.note ?? "—"}`,
    `- 出典 / source: ${formatCite(doubleClaim)} — ${yesNo(doubleClaim.inference)}`,
    "- 対象 / bears on: every expense and coordinator record / すべての経費とコーディネーター",
    `- 入力 / fact: \`alsoClaimedUnder: [${OTHER_MEASURES.map((m) => `"${m}"`).join(" | ")}]\` (non-empty: the line is out; "other" needs a description naming the measure)`,
    "",
  ];
}

function catalogSection(): string[] {
  const lines: string[] = ["## 1. 柱と対象経費 / Pillars and items", ""];
  for (const pillar of Object.values(catalog.pillars)) {
    lines.push(
      `### ${pillar.label.ja} / ${pillar.label.en} (\`${pillar.id}\`)`,
      "",
      pillar.purpose.ja,
      "",
      `*${pillar.purpose.en}*`,
      "",
    );
    if (pillar.id === "coordinators") {
      lines.push(
        "コーディネーターは経費項目ではなく、記録（`coordinators[]`）として入力し、その活動（`activities`）を次から選びます。",
        "Coordinators are records (`coordinators[]`), not expense items; each lists its activities:",
        "",
        ...table(
          ["activity id", "活動", "activity", "注記 / footnotes", "等 (needs review)"],
          catalog.coordinatorActivities.map((a) => [
            code(a.id),
            a.label.ja,
            a.label.en,
            footnoteMarks(a.footnotes),
            a.isOther ? "yes: `description` required" : "—",
          ]),
        ),
        "",
      );
      continue;
    }
    const items = catalog.items.filter((i) => i.pillar === pillar.id);
    lines.push(
      ...table(
        [
          "item id",
          "経費",
          "item",
          "注記 / footnotes",
          "必須 / required facts",
          "任意 / optional facts",
          "等 (needs review)",
        ],
        items.map((i) => [
          code(i.id),
          i.label.ja,
          i.label.en,
          footnoteMarks(i.footnotes),
          list(i.requiredFacts),
          list(i.optionalFacts),
          i.isOther ? "yes" : "—",
        ]),
      ),
      "",
    );
  }
  return lines;
}

function inferenceSection(): string[] {
  const rows: string[][] = [];
  for (const ruleset of Object.values(rulesets)) {
    for (const p of parametersOf(ruleset))
      if (p.cite.inference) rows.push([ruleset.id, code(p.path), formatCite(p.cite), p.cite.note ?? "—"]);
    for (const [id, cite] of Object.entries(ruleset.footnotes))
      if (cite.inference) rows.push([ruleset.id, code(`footnotes.${id}`), formatCite(cite), cite.note ?? "—"]);
    for (const [id, cite] of Object.entries({
      deduction: ruleset.ownBurden.deduction,
      doubleClaim: ruleset.ownBurden.doubleClaim,
    }))
      if (cite.inference) rows.push([ruleset.id, code(`ownBurden.${id}`), formatCite(cite), cite.note ?? "—"]);
  }
  return [
    "## 4. 推定に基づく値の一覧 / Every value that is an inference",
    "",
    "Why each reading was chosen, and the flags the library raises on lines: [inferences.md](inferences.md).",
    "",
    ...table(["ruleset", "parameter", "source", "note"], rows),
    "",
  ];
}

/** docs/rules.md as it should be for the code as it is. */
export function renderRulesDoc(): string {
  const all = Object.values(rulesets);
  const lines: string[] = [
    "<!-- Generated by scripts/generate-rules-doc.ts from src/catalog and src/rulesets. Do not edit: run `npm run rules-doc`. -->",
    "",
    "# 算定ルール一覧 / Rule reference",
    "",
    "二地域居住・関係人口施策に係る特別交付税措置について、本ライブラリが用いる柱・対象経費・注記・パラメータのすべてを、",
    "出典と「推定」の別とともに掲げます。このページはコードから生成されます。",
    "",
    "Every pillar, item, footnote and parameter the library uses, with its source and whether it is an",
    "inference. This page is generated from the code, so it is what the library does.",
    "",
    `Rulesets: ${all.map((r) => `${code(r.id)} (${r.fiscalYear})`).join(", ")}. Sources: **seed** = 総務省「二地域居住・関係人口に係る特別交付税措置等について」;`,
    "**ordinance** = 特別交付税に関する省令（昭和51年自治省令第35号）; **audit** = 会計検査院 決算検査報告 (special allocation tax findings);",
    "**data** = 総務省「地方公共団体の主要財政指標一覧」; **press** = 報道・業者資料 (the ふるさと住民 track: 自治日報 2026-02-09 and a summary marked 総務省確認済み).",
    "",
    ...catalogSection(),
  ];
  for (const ruleset of all)
    lines.push(
      ...footnoteSection(ruleset),
      ...ownBurdenSection(ruleset),
      ...addedItemsSection(ruleset),
      ...rulesetSection(ruleset),
    );
  lines.push(...inferenceSection());
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

function main(argv: readonly string[]): void {
  const text = renderRulesDoc();
  if (argv.includes("--check")) {
    const current = readFileSync(RULES_DOC_PATH, "utf8");
    if (current !== text) {
      process.stderr.write("docs/rules.md is out of date: run `npm run rules-doc` and commit it.\n");
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(RULES_DOC_PATH, text);
  process.stdout.write(`wrote ${RULES_DOC_PATH}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
