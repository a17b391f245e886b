import { ALL_PILLARS, type PillarId } from "../catalog/index.js";
import type { Calculation, CalculationDigests } from "../calculate/calculation.js";
import { wordSteps } from "../calculate/word-steps.js";
import type { WordedStep } from "../trace/step.js";
import type { Line } from "../rules/line.js";
import { Dec, decimalString, groupedString } from "../money/decimal.js";
import { BODY_KIND_TERMS } from "../trace/glossary.js";
import { MEASURES, type Measure } from "../trace/names.js";
import { explainExcludedLines, type LineExplanation } from "../audit/explain.js";
import { findRuleset } from "../rulesets/index.js";
import type { Block, RowField, StepBlock, StepRef, TableBlock } from "./document.js";
import {
  dispositionLabel,
  fiscalYearLabel,
  labels,
  measureLabel,
  reviewLabel,
  stepTitle,
  type Lang,
} from "./labels.js";
import { formCells, funding, pillarOf, type LineSource } from "./line-cells.js";
import { citationText, glossesInJapanese, sourceBlocks } from "./sources.js";
import { stepValueText } from "./step-values.js";

/** Who prepared the document and when, as the caller gives them (the library reads no clock). */
export interface Prepared {
  readonly by?: string | undefined;
  readonly on?: string | undefined;
}

const PILLARS = Object.keys(ALL_PILLARS) as PillarId[];

/** The measures a table shows: this measure; the migration measure where ※5 sent a line; the track where a line is on it. */
const shownMeasures = (lines: readonly Line[], hasMigration: boolean): Measure[] =>
  MEASURES.filter(
    (m) => m === "dual-residence" || (m === "migration" ? hasMigration : lines.some((l) => l.measure === m)),
  );

/**
 * The calculation as blocks: the title, who prepared it and when (where the caller says), the body, year and
 * ruleset; then the survey form's shape: per project its heading (id and 事業名) and its lines (内容, 事業費,
 * 特定財源 and its parts, 一般財源等, 算定対象経費, 判定, 根拠), the coordinators, then the totals per measure
 * with the allocation; then the breakdown by pillar and measure, the ledger, why each excluded or capped line
 * is out, the review list, every step, caveats, the digests, and the sources the steps cite.
 *
 * A reference to a step shows its number in the steps ("手順 16"; in English "step 16 (its id)"), and
 * the HTML links it. The Japanese document names rules, reasons for review and values by their words, not
 * the library's ids; the steps' own ids stay, as the names `verify` and `explainLine` give.
 */
export function buildDocument(calculation: Calculation, lang: Lang, prepared: Prepared = {}): Block[] {
  const L = labels[lang];
  const { body, allocation: a, fiscalCorrection: fc } = calculation;
  const field = (path: string, value: string): RowField => ({ path, value });
  const hasMigration = calculation.lines.some((l) => l.measure === "migration");
  const { rulesetId } = calculation.trace;
  const ruleset = findRuleset(rulesetId);
  // Each step by its number in the document (the first, should an edited file repeat an id: set last).
  const steps = wordSteps(calculation);
  const numbers = new Map(steps.map((step, i) => [step.id, i + 1] as const).reverse());
  const stepRef = (stepId: string): StepRef => {
    const n = numbers.get(stepId);
    return { stepId, text: n === undefined ? stepId : L.stepRef(n, stepId) };
  };
  const preparedText = [
    ...(prepared.by ? [`${L.preparedBy}: ${prepared.by}`] : []),
    ...(prepared.on ? [`${L.preparedOn}: ${prepared.on}`] : []),
  ].join(" / ");
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: L.title },
    ...(preparedText ? [{ kind: "paragraph", text: preparedText, role: "prepared" } as const] : []),
    {
      kind: "paragraph",
      role: "meta",
      // A ruleset the library ships by its year; another (defineRuleset) by the id its maker gave it.
      text: `${L.body}: ${body.name ?? ""} (${body.code}, ${BODY_KIND_TERMS[body.kind][lang]}) / ${L.fiscalYear}: ${fiscalYearLabel(calculation.fiscalYear, lang)} / ${L.ruleset}: ${ruleset ? L.rulesetOfYear(ruleset.fiscalYear) : rulesetId}`,
    },
    { kind: "heading", level: 2, text: L.lines },
    ...lineBlocks(calculation, hasMigration, lang),
    { kind: "heading", level: 2, text: L.summary },
    {
      kind: "table",
      head: [L.fiscal, L.value],
      numeric: [false, true],
      rows: [
        [L.index, fc.index],
        [L.coefficient, fc.coefficient],
      ],
      fields: [field("fiscalCorrection.index", fc.index), field("fiscalCorrection.coefficient", fc.coefficient)],
    },
    amountTable(
      L.measure,
      "allocation",
      a,
      [
        ...fundingRows(L),
        [L.measureCosts, "measureCostsYen"],
        [L.coordinators, "coordinatorsYen"],
        [L.total, "totalYen"],
      ],
      lang,
    ),
  ];
  if (hasMigration)
    blocks.push(
      amountTable(
        L.migration,
        "allocation.migration",
        a.migration,
        [...fundingRows(L), [L.migrationCosts, "costsYen"], [L.coordinators, "coordinatorsYen"], [L.total, "totalYen"]],
        lang,
      ),
    );
  if (a.furusatoResident)
    blocks.push(
      amountTable(
        L.furusato,
        "allocation.furusatoResident",
        a.furusatoResident,
        [
          ...fundingRows(L),
          [L.furusatoCappedCosts, "cappedCostsYen"],
          [L.furusatoCosts, "costsYen"],
          [L.coordinators, "coordinatorsYen"],
          [L.total, "totalYen"],
        ],
        lang,
      ),
    );
  blocks.push({ kind: "heading", level: 2, text: L.byPillar }, pillarTable(calculation.lines, hasMigration, lang));
  blocks.push(...ledgerBlocks(calculation, steps, hasMigration, lang));
  const explanations = explainExcludedLines(calculation, steps);
  blocks.push({ kind: "heading", level: 2, text: L.whyNot });
  blocks.push(
    explanations.length === 0 ? { kind: "paragraph", text: L.none } : whyNotTable(explanations, lang, stepRef),
  );
  blocks.push({ kind: "heading", level: 2, text: L.review });
  blocks.push(
    calculation.review.length === 0
      ? { kind: "paragraph", text: L.none }
      : {
          kind: "list",
          items: calculation.review.map((r) => `${reviewLabel[lang](r.code)}: ${r.note[lang]}`),
          refs: calculation.review.map((r) => stepRef(r.stepId)),
        },
  );
  blocks.push({ kind: "heading", level: 2, text: L.steps });
  steps.forEach((step, i) => {
    const entries = (values: Readonly<Record<string, string>>) =>
      Object.entries(values).map(([k, v]) => [k, stepValueText(step, k, v, ruleset, lang)] as const);
    const block: StepBlock = {
      kind: "step",
      stepId: step.id,
      title: stepTitle[lang](i + 1, step.id, step.rule),
      note: step.note[lang],
      fields: [
        { label: L.cite, value: citationText(step.cite, lang) },
        { label: L.inputs, entries: entries(step.inputs) },
        { label: L.output, entries: entries(step.output) },
        ...(step.needsReview ? [{ label: L.review, value: step.needsReview.note[lang] }] : []),
      ],
    };
    blocks.push(block);
  });
  blocks.push(
    { kind: "heading", level: 2, text: L.caveats },
    // A caveat quotes its reading's reference: in Japanese, with the reference's gloss in Japanese too.
    { kind: "list", items: calculation.caveats.map((c) => (lang === "ja" ? glossesInJapanese(c.ja) : c.en)) },
  );
  const d = calculation.trace.digests as CalculationDigests | undefined; // absent in files of format "1"
  const digests = d
    ? [`${L.digest("input")}: ${d.input}`, `${L.digest("ruleset")}: ${d.ruleset}`, `${L.digest("result")}: ${d.result}`]
    : [];
  blocks.push(
    { kind: "heading", level: 2, text: L.verification },
    { kind: "list", items: [`${L.schemaVersion}: ${calculation.trace.schemaVersion}`, ...digests, L.verifyHint] },
  );
  blocks.push(...sourceBlocks(calculation, steps, lang, stepRef));
  return blocks;
}

/**
 * A measure's amounts with exact yen and 千円 side by side (千円 = yen ÷ 1,000, exact), then the one
 * rounded figure: the 算定額 in 千円, and the same in yen.
 */
/** The rows every measure's table opens with: 事業費, 特定財源, 一般財源等, 算定対象経費 (keys of its block). */
const fundingRows = (L: (typeof labels)[Lang]): [string, string][] => [
  [L.projectCost, "projectCostYen"],
  [L.specificRevenue, "specificRevenueYen"],
  [L.ownBurden, "ownBurdenYen"],
  [L.eligibleCosts, "eligibleCostsYen"],
];

/**
 * One measure's amounts: a row per `[label, key]` of its allocation block (at `path`), then its 千円 figure
 * (`totalThousandYen`); each row's figure is also a field, so that an edit shows where it came from.
 */
function amountTable(
  title: string,
  path: string,
  block: object,
  keys: readonly (readonly [string, string])[],
  lang: Lang,
): Block {
  const L = labels[lang];
  const figures = block as Readonly<Record<string, string | undefined>>;
  // A calculation of format "2" has no funding figures (事業費, 特定財源, 一般財源等): their rows are left out.
  const rows = keys.flatMap(([label, key]) => {
    const value = figures[key];
    return value === undefined ? [] : [[label, `${path}.${key}`, value] as const];
  });
  const thousand = figures.totalThousandYen ?? "0";
  const yen = (v: string) => L.yen(groupedString(v));
  const k = (v: string) => L.thousandYen(groupedString(v));
  return {
    kind: "table",
    head: [title, L.yenColumn, L.thousandColumn],
    numeric: [false, true, true],
    rows: [
      ...rows.map(([label, , value]) => [label, yen(value), k(decimalString(new Dec(value).div(1000)))]),
      [L.totalThousand, yen(decimalString(new Dec(thousand).times(1000))), k(thousand)],
    ],
    fields: [
      ...rows.map(([, at, value]) => ({ path: at, value })),
      { path: `${path}.totalThousandYen`, value: thousand },
    ],
    totals: [...rows.map((_, i) => i === rows.length - 1), true],
  };
}

interface Sums {
  count: number;
  amount: InstanceType<typeof Dec>;
  specific: InstanceType<typeof Dec>;
  ownBurden: InstanceType<typeof Dec>;
  eligible: InstanceType<typeof Dec>;
  excluded: InstanceType<typeof Dec>;
}

function sums(lines: readonly Line[]): Sums {
  return lines.reduce(
    (s, l) => ({
      count: s.count + 1,
      amount: s.amount.plus(l.amountYen),
      specific: s.specific.plus(funding(l).specificRevenueYen),
      ownBurden: s.ownBurden.plus(funding(l).ownBurdenYen),
      eligible: s.eligible.plus(l.eligibleYen),
      excluded: s.excluded.plus(l.excludedYen),
    }),
    {
      count: 0,
      amount: new Dec(0),
      specific: new Dec(0),
      ownBurden: new Dec(0),
      eligible: new Dec(0),
      excluded: new Dec(0),
    },
  );
}

/**
 * The lines as the survey form lists them: per project a heading (its id and 事業名, and its measure where ※5
 * sent lines to the migration measure) and a table of its expenses, with a subtotal row under two or more;
 * then the coordinators, in a table of the same money columns. Each line's row carries its eligible yen.
 */
function lineBlocks(calculation: Calculation, hasMigration: boolean, lang: Lang): Block[] {
  const L = labels[lang];
  const { input } = calculation.trace;
  const position = new Map(calculation.lines.map((line, i) => [line, i]));
  const sources = new Map<string, LineSource>([
    ...input.projects.flatMap((p) => p.expenses.map((e) => [e.id, e] as const)),
    ...input.coordinators.map((c) => [c.id, c] as const),
  ]);
  const table = (subject: "expense" | "coordinator", lines: readonly Line[], withMeasure: boolean): TableBlock => {
    const measure = <T>(cell: T): T[] => (withMeasure ? [cell] : []);
    const cells = lines.map((line) => formCells(line, sources.get(line.id), lang));
    const rows = cells.map((c) => [
      c.id,
      c.content,
      ...measure(c.measure),
      c.amount,
      c.specificRevenue,
      c.ownBurden,
      c.eligible,
      c.verdict,
      c.basis,
    ]);
    const fields: (RowField | undefined)[] = lines.map((line) => ({
      path: `lines[${String(position.get(line))}].eligibleYen`,
      value: line.eligibleYen,
    }));
    if (lines.length > 1) {
      const s = sums(lines);
      const g = groupedString;
      rows.push([L.subtotal, "", ...measure(""), g(s.amount), g(s.specific), g(s.ownBurden), g(s.eligible), "", ""]);
      fields.push(undefined);
    }
    const [id = "", content = "", ...money] = L.formHead(subject);
    // 特定財源 aligns as a number unless a line states its parts in words.
    const plain = cells.every((c) => /^[\d,]+$/.test(c.specificRevenue));
    return {
      kind: "table",
      head: [id, content, ...measure(L.measureColumn), ...money],
      numeric: [false, false, ...measure(false), true, plain, true, true, false, false],
      // A person is a short key, not broken inside a word; a description wraps.
      nowrap: [true, subject === "coordinator", ...measure(true), true, false, true, true, true, true],
      rows,
      fields,
      totals: rows.map((_, i) => i >= lines.length),
    };
  };
  const expenses = calculation.lines.filter((l) => l.kind === "expense");
  const coordinators = calculation.lines.filter((l) => l.kind === "coordinator");
  // The input's projects in order (an empty one too), then any project only a line names (an edited file).
  const names = new Map(input.projects.map((p) => [p.id, p.name]));
  const projectIds = [...new Set([...names.keys(), ...expenses.map((l) => l.projectId ?? "")])];
  const blocks: Block[] = [];
  for (const projectId of projectIds) {
    const mine = expenses.filter((l) => (l.projectId ?? "") === projectId);
    // The project's measure, where all its lines share one and the document has more than one measure.
    const first = mine[0]?.measure;
    const shared = mine.every((l) => l.measure === first);
    const measure = shared && (hasMigration || first === "furusato-resident") ? first : undefined;
    blocks.push(
      {
        kind: "heading",
        level: 3,
        text: L.project(projectId, names.get(projectId), measure && measureLabel[lang][measure]),
      },
      mine.length === 0 ? { kind: "paragraph", text: L.none } : table("expense", mine, false),
    );
  }
  if (coordinators.length > 0)
    blocks.push(
      { kind: "heading", level: 3, text: L.coordinatorsHeading },
      table("coordinator", coordinators, hasMigration),
    );
  return blocks.length === 0 ? [{ kind: "paragraph", text: L.none }] : blocks;
}

/** Rows per measure and pillar (those with lines), then the measure's subtotal; eligible yen also in 千円, exact. */
function pillarTable(lines: readonly Line[], hasMigration: boolean, lang: Lang): Block {
  const L = labels[lang];
  const rows: string[][] = [];
  const totals: boolean[] = [];
  const row = (measure: string, pillar: string, s: Sums) => [
    measure,
    pillar,
    String(s.count),
    groupedString(s.amount),
    groupedString(s.specific),
    groupedString(s.eligible),
    groupedString(decimalString(s.eligible.div(1000))),
    groupedString(s.excluded),
  ];
  for (const measure of shownMeasures(lines, hasMigration)) {
    const mine = lines.filter((l) => l.measure === measure);
    for (const pillar of PILLARS) {
      const inPillar = mine.filter((l) => pillarOf(l) === pillar);
      if (inPillar.length === 0) continue;
      rows.push(row(measureLabel[lang][measure], ALL_PILLARS[pillar]?.label[lang] ?? pillar, sums(inPillar)));
      totals.push(false);
    }
    rows.push(row(measureLabel[lang][measure], L.subtotal, sums(mine)));
    totals.push(true);
  }
  return {
    kind: "table",
    head: L.byPillarHead,
    numeric: [false, false, true, true, true, true, true, true],
    nowrap: [true, false, true, true, true, true, true, true],
    rows,
    totals,
  };
}

/** The ledger step as a table (Σ 事業費 = Σ 特定財源 + Σ eligible + Σ excluded per measure and in all), then its note. */
function ledgerBlocks(
  calculation: Calculation,
  steps: readonly WordedStep[],
  hasMigration: boolean,
  lang: Lang,
): Block[] {
  const L = labels[lang];
  const ledger = steps.find((s) => s.id === "ledger");
  if (!ledger) return [];
  const count = (measure?: Measure) =>
    String(calculation.lines.filter((l) => measure === undefined || l.measure === measure).length);
  const g = (v: string | undefined) => groupedString(v ?? "");
  const measures = shownMeasures(calculation.lines, hasMigration);
  return [
    { kind: "heading", level: 2, text: L.ledger },
    {
      kind: "table",
      head: L.ledgerHead,
      numeric: [false, true, true, true, true, true],
      rows: [
        ...measures.map((m) => [
          measureLabel[lang][m],
          count(m),
          g(ledger.inputs[`${m}.amountYen`]),
          g(ledger.output[`${m}.specificRevenueYen`]),
          g(ledger.output[`${m}.eligibleYen`]),
          g(ledger.output[`${m}.excludedYen`]),
        ]),
        [
          L.allMeasures,
          count(),
          g(ledger.inputs.amountYen),
          g(ledger.output.specificRevenueYen),
          g(ledger.output.eligibleYen),
          g(ledger.output.excludedYen),
        ],
      ],
      totals: [...measures.map(() => false), true],
    },
    { kind: "paragraph", text: ledger.note[lang] },
  ];
}

/**
 * One row per reason: the rule, its condition, the facts that failed it, the smallest change, the step (by
 * its number, linked in HTML).
 */
function whyNotTable(
  explanations: readonly LineExplanation[],
  lang: Lang,
  stepRef: (stepId: string) => StepRef,
): Block {
  const L = labels[lang];
  const sep = lang === "ja" ? "、" : "; ";
  const rows = explanations.flatMap((e) =>
    e.reasons.map((r) => {
      const first = r.changes[0];
      const change =
        first && first.length
          ? first.map((c) => c.label[lang]).join(sep)
          : `${L.noChange}${r.note ? ` ${r.note[lang]}` : ""}`;
      const failed =
        r.failed.map((f) => f.label[lang]).join(sep) +
        (r.cap
          ? ` (${lang === "ja" ? "この記録の超過" : "this record's excess"} ${L.yen(groupedString(r.cap.excessYen))})`
          : "");
      const ref = stepRef(r.stepId);
      // A cap by its 根拠, as its step shows it ("総務省資料 1人当たり500万円上限", "省令 移住・定住対策 (2)（推定）").
      const rule = lang === "ja" && r.rule === "coordinator-cap" ? citationText(r.cite, lang) : r.footnote;
      return {
        ref,
        row: [e.lineId, dispositionLabel[lang][e.disposition], rule, r.condition[lang], failed, change, ref.text],
      };
    }),
  );
  return {
    kind: "table",
    head: L.whyNotHead,
    numeric: [false, false, false, false, false, false, false],
    rows: rows.map((r) => r.row),
    nowrap: [true, true, false, false, false, false, true],
    stepLinks: { column: 6, refs: rows.map((r) => r.ref) },
    layout: "records",
  };
}
