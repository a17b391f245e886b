import { rulesetParameters, type Citation, type Ruleset } from "../rulesets/index.js";
import { REGISTRY_CITATION } from "../body/registry.js";
import type { RuleVersions } from "../rules/index.js";
import { formatCitation } from "../rules/cite.js";

/*
 * The sources a calculation cites, once each: the trace's `sources` table. Steps carry the key of their
 * source ("s1"), in order of first citation, instead of repeating its text thousands of times.
 */

/**
 * One source cited by the steps: its one-line text (as version 3 stored it on every step), its parts and the
 * ruleset's note on the reading.
 *
 * @example
 * ```ts
 * calculate(application).trace.sources.s4;   // the README's application
 * //=> { text: "seed 対象経費 (five pillars)", source: "seed", ref: "対象経費 (five pillars)", inference: false }
 * ```
 * @category Audit
 */
export interface TraceSource {
  /** The source as one line: "seed ※2", "ordinance 財政力補正 (市町村, standard wording) (inference)". */
  readonly text: string;
  /** Which source: `seed`, `ordinance`, `data`, `audit`, `press`; `arithmetic` for the ledger's check. */
  readonly source: Citation["source"] | "arithmetic";
  /** The section, footnote or article cited. */
  readonly ref: string;
  /** True where the step rests on our reading (docs/inferences.md). */
  readonly inference: boolean;
  /** The ruleset's note on the reading, where it has one. */
  readonly note?: string;
  /** The same note in Japanese, where the ruleset has one. */
  readonly noteJa?: string;
}

/** The sources a citation may name, in the order documents list them. */
const CITATION_SOURCES: readonly Citation["source"][] = ["seed", "ordinance", "data", "audit", "press"];
const INFERENCE = " (inference)";

/** A citation's one line of text read back (as `formatCitation` wrote it); undefined where it names no source. */
export interface ReadCitation {
  readonly source: Citation["source"];
  readonly ref: string;
  readonly inference: boolean;
}

/**
 * A cite's text ("seed ※2", "ordinance 財政力補正 (市町村, standard wording) (inference)") as its parts;
 * undefined where it names none of the sources ("conservation (…)": the ledger's arithmetic).
 */
export function readCitation(text: string): ReadCitation | undefined {
  const space = text.indexOf(" ");
  const source = text.slice(0, Math.max(space, 0)) as Citation["source"];
  if (!CITATION_SOURCES.includes(source)) return undefined;
  const inference = text.endsWith(INFERENCE);
  return { source, ref: text.slice(space + 1, inference ? -INFERENCE.length : undefined), inference };
}

/** Every citation of a ruleset: its parameters' (found wherever they are), its rule units', the registry's. */
export function rulesetCitations(ruleset: Ruleset): Citation[] {
  const found: Citation[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if ("source" in node && "ref" in node && "inference" in node) found.push(node as Citation);
    else for (const value of Object.values(node)) walk(value);
  };
  walk(rulesetParameters(ruleset));
  for (const rule of Object.values(ruleset.rules) as RuleVersions[keyof RuleVersions][]) found.push(rule.cite(ruleset));
  found.push(REGISTRY_CITATION);
  return found;
}

/** The ruleset's citations by their text; of several with one text, the first with a note. */
function citationsByText(ruleset: Ruleset): Map<string, Citation> {
  const found = new Map<string, Citation>();
  for (const c of rulesetCitations(ruleset)) {
    const text = formatCitation(c);
    if (!found.has(text) || (c.note !== undefined && found.get(text)?.note === undefined)) found.set(text, c);
  }
  return found;
}

/** A cite's text as a table entry: its parts read back, and the ruleset's note where a citation of it has one. */
function entryOf(text: string, known: ReadonlyMap<string, Citation>): TraceSource {
  const read = readCitation(text);
  if (!read) return { text, source: "arithmetic", ref: text, inference: false };
  const cited = known.get(text);
  const entry: TraceSource = { text, ...read };
  if (cited?.note === undefined) return entry;
  return cited.noteJa === undefined
    ? { ...entry, note: cited.note }
    : { ...entry, note: cited.note, noteJa: cited.noteJa };
}

/** Builds the table as steps cite their sources: `keyOf(text)` gives each text its key, the first time its entry. */
export function sourceTable(ruleset: Ruleset): {
  keyOf: (text: string) => string;
  table: () => Record<string, TraceSource>;
} {
  const keys = new Map<string, string>();
  const entries: Record<string, TraceSource> = {};
  let known: Map<string, Citation> | undefined;
  return {
    keyOf: (text) => {
      let key = keys.get(text);
      if (key === undefined) {
        key = `s${keys.size + 1}`;
        keys.set(text, key);
        known ??= citationsByText(ruleset);
        entries[key] = entryOf(text, known);
      }
      return key;
    },
    table: () => entries,
  };
}
