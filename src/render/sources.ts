import { LEDGER_CITE } from "../rules/ledger.js";
import type { Calculation } from "../calculate/calculation.js";
import type { WordedStep } from "../trace/step.js";
import { readCitation, rulesetCitations, type ReadCitation } from "../calculate/trace-sources.js";
import { findRuleset, formatCitation, type Citation } from "../rulesets/index.js";
import type { Block, StepRef } from "./document.js";
import { auditReportLabel, labels, sourceNames, sourceWithReports, type Lang } from "./labels.js";

/*
 * The sources section of the document, derived, never kept: which sources the steps cite comes from their
 * `cite` strings; what the ruleset says of each (its inference flag and note, the Board of Audit's report
 * numbers) from the ruleset the calculation names, looked up by its id, and the rule units it uses.
 */

type Source = Citation["source"];

/** The sources in the order the section lists them. */
const SOURCES = Object.keys(sourceNames.ja) as Source[];

/**
 * A step's 根拠 as the document shows it: in English the `cite` itself ("seed ※2"); in Japanese the
 * source's key and the reference, an inference marked 推定 ("総務省資料 ※2", "省令 財政力補正 (…)（推定）").
 */
export function citationText(cite: string, lang: Lang): string {
  if (lang !== "ja") return cite;
  const read = readCitation(cite);
  if (read) return `${sourceNames.ja[read.source].key} ${refText(read.ref, "ja")}${read.inference ? "（推定）" : ""}`;
  // The ledger's arithmetic cites no source: said in words.
  return cite === LEDGER_CITE ? "収支照合（入力した全額の行き先を確認）" : cite;
}

/**
 * The English glosses some references carry, in Japanese: the data keeps the reference as cited (its text is
 * part of the trace and of version 3's files), the Japanese document says it in Japanese.
 */
const REF_GLOSSES_JA: readonly (readonly [string, string])[] = [
  [" (five pillars)", "（五つの柱）"],
  [" (sum of eligible lines)", "（対象行の合計）"],
  [" (measure costs and coordinators)", "（施策経費とコーディネーター経費）"],
  [" (3-year average)", "（3か年平均）"],
  [" (each list of items ends in 等)", "（各列挙の末尾の「等」）"],
  [" (市町村, standard wording)", "（市町村、標準的な規定）"],
  [" (道府県, standard wording)", "（道府県、標準的な規定）"],
  [" (事業費 − 特定財源 = 一般財源等)", "（事業費 − 特定財源 = 一般財源等）"],
];

/** A reference in the document's language: in Japanese, its English gloss said in Japanese. */
function refText(ref: string, lang: Lang): string {
  return lang === "ja" ? glossesInJapanese(ref) : ref;
}

/** A Japanese text that quotes references (a caveat naming its reading): each gloss said in Japanese. */
export function glossesInJapanese(text: string): string {
  return REF_GLOSSES_JA.reduce((out, [gloss, ja]) => out.split(gloss).join(ja), text);
}

/** The Board of Audit's reports the ruleset's audit citations name ("2019-r01-0075"), in order, each once. */
function auditReports(citations: readonly Citation[], lang: Lang): string[] {
  const ids = new Map<string, string>();
  const texts = citations.filter((c) => c.source === "audit").map((c) => [c.ref, c.note, c.noteJa].join(" "));
  for (const [id, year, reiwa] of texts.join(" ").matchAll(/\b(\d{4})-r(\d{2})-\d{4}\b/g))
    ids.set(id, auditReportLabel(lang, year as string, Number(reiwa), id));
  return [...ids.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, label]) => label);
}

/** One reference cited: its reading and the steps citing it, in trace order. */
interface Cited {
  readonly read: ReadCitation;
  readonly cite: string;
  readonly steps: string[];
}

/**
 * The sources section: a table naming each source the steps cite, in full and once, with whether any of its
 * references is an inference; then a table of every reference cited: its source, the reference, the steps
 * citing it (the first by its number, linked), whether it is an inference, and the ruleset's note on it in
 * the document's language.
 */
export function sourceBlocks(
  calculation: Calculation,
  steps: readonly WordedStep[],
  lang: Lang,
  stepRef: (stepId: string) => StepRef,
): Block[] {
  const L = labels[lang];
  const cited = new Map<string, Cited>();
  for (const step of steps) {
    const read = readCitation(step.cite);
    if (!read) continue;
    const entry = cited.get(step.cite) ?? { read, cite: step.cite, steps: [] };
    entry.steps.push(step.id);
    cited.set(step.cite, entry);
  }
  const heading: Block = { kind: "heading", level: 2, text: L.sources };
  if (cited.size === 0) return [heading, { kind: "paragraph", text: L.none }];

  const ruleset = findRuleset(calculation.trace.rulesetId);
  const citations = ruleset ? rulesetCitations(ruleset) : [];
  // The notes of the ruleset's citations a cite names (two caps may share one), each sentence once: FY2026's
  // carried citations all begin with the same one.
  const notes = (cite: string): string => {
    const sentences = citations
      .filter((c) => formatCitation(c) === cite)
      .flatMap((c) => (lang === "ja" ? (c.noteJa?.split(/(?<=。)/) ?? []) : (c.note?.split(/(?<=\.) /) ?? [])));
    return [...new Set(sentences)].join(lang === "ja" ? "" : " ") || "-";
  };
  const entries = SOURCES.flatMap((source) => [...cited.values()].filter((c) => c.read.source === source));
  const sources = SOURCES.filter((source) => entries.some((e) => e.read.source === source));
  const flag = (inference: boolean) => (inference ? L.yes : L.no);
  const names = sourceNames[lang];
  const reports = auditReports(citations, lang);

  // The steps citing a reference: the first by its number (linked), and how many more.
  const rows = entries.map((e) => {
    const ref = stepRef(e.steps[0] as string);
    const steps = e.steps.length > 1 ? L.moreSteps(ref.text, e.steps.length - 1) : ref.text;
    return {
      row: [names[e.read.source].key, refText(e.read.ref, lang), steps, flag(e.read.inference), notes(e.cite)],
      ref,
    };
  });
  return [
    heading,
    { kind: "paragraph", text: L.sourcesIntro },
    {
      kind: "table",
      head: L.sourcesHead,
      numeric: [false, false, false],
      nowrap: [true, false, true],
      rows: sources.map((source) => [
        names[source].key,
        sourceWithReports(lang, names[source].name, source === "audit" ? reports : []),
        flag(entries.some((e) => e.read.source === source && e.read.inference)),
      ]),
    },
    {
      kind: "table",
      head: L.citationsHead,
      numeric: [false, false, false, false, false],
      nowrap: [true, false, true, true, false],
      rows: rows.map((r) => r.row),
      stepLinks: { column: 2, refs: rows.map((r) => r.ref) },
      layout: "records",
    },
  ];
}
