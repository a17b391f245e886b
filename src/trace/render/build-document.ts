import { findItem } from "../../catalog/index.js";
import type { Calculation } from "../../calculate/calculation.js";
import type { Line } from "../../calculate/line.js";
import { groupedString } from "../../money/decimal.js";
import type { Block } from "./document.js";
import { dispositionLabel, fiscalYearLabel, labels, measureLabel, type Lang } from "./labels.js";

const KIND_LABEL: Record<Lang, Record<"municipality" | "prefecture", string>> = {
  ja: { municipality: "市町村", prefecture: "都道府県" },
  en: { municipality: "municipality", prefecture: "prefecture" },
};

/** The calculation as blocks: header, result, lines, ledger, review list, every step, caveats. */
export function buildDocument(calculation: Calculation, lang: Lang): Block[] {
  const L = labels[lang];
  const { body, allocation: a, fiscalCorrection: fc } = calculation;
  const yen = (s: string) => L.yen(groupedString(s));
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: L.title },
    {
      kind: "paragraph",
      text: `${L.body}: ${body.name ?? ""} (${body.code}, ${KIND_LABEL[lang][body.kind]}) / ${L.fiscalYear}: ${fiscalYearLabel(calculation.fiscalYear, lang)} / ${L.ruleset}: ${calculation.trace.rulesetId}`,
    },
    { kind: "heading", level: 2, text: L.summary },
    {
      kind: "table",
      head: [L.measure, lang === "ja" ? "値" : "value"],
      numeric: [false, true],
      rows: [
        [L.index, fc.index],
        [L.coefficient, fc.coefficient],
        [L.eligibleCosts, yen(a.eligibleCostsYen)],
        [L.measureCosts, yen(a.measureCostsYen)],
        [L.coordinators, yen(a.coordinatorsYen)],
        [L.total, yen(a.totalYen)],
        [L.totalThousand, L.thousandYen(groupedString(a.totalThousandYen))],
      ],
    },
  ];
  if (calculation.lines.some((l) => l.measure === "migration")) {
    const m = a.migration;
    blocks.push({
      kind: "table",
      head: [L.migration, lang === "ja" ? "値" : "value"],
      numeric: [false, true],
      rows: [
        [L.eligibleCosts, yen(m.eligibleCostsYen)],
        [L.migrationCosts, yen(m.costsYen)],
        [L.coordinators, yen(m.coordinatorsYen)],
        [L.total, yen(m.totalYen)],
        [L.totalThousand, L.thousandYen(groupedString(m.totalThousandYen))],
      ],
    });
  }
  blocks.push(
    { kind: "heading", level: 2, text: L.lines },
    {
      kind: "table",
      head: L.lineHead,
      numeric: [false, false, false, false, true, false, true, true, false, false],
      rows: calculation.lines.map((line) => [
        line.id,
        line.kind === "expense" ? L.expense : L.coordinator,
        lineSubject(line, lang),
        measureLabel[lang][line.measure],
        groupedString(line.amountYen),
        dispositionLabel[lang][line.disposition],
        groupedString(line.eligibleYen),
        groupedString(line.excludedYen),
        line.rules.join(", ") || "-",
        line.needsReview.join(", ") || "-",
      ]),
    },
  );
  const ledger = calculation.trace.steps.find((s) => s.id === "ledger");
  if (ledger) blocks.push({ kind: "heading", level: 2, text: L.ledger }, { kind: "paragraph", text: ledger.note[lang] });
  blocks.push({ kind: "heading", level: 2, text: L.review });
  blocks.push(
    calculation.review.length === 0
      ? { kind: "paragraph", text: L.none }
      : { kind: "list", items: calculation.review.map((r) => `[${r.stepId}] ${r.code}: ${r.note[lang]}`) },
  );
  blocks.push({ kind: "heading", level: 2, text: L.steps });
  calculation.trace.steps.forEach((step, i) => {
    blocks.push({ kind: "heading", level: 3, text: `${i + 1}. ${step.id} (${step.rule})` });
    const entries = (record: Readonly<Record<string, string>>) => Object.entries(record).map(([k, v]) => `${k} = ${v}`).join("; ") || "-";
    blocks.push({
      kind: "list",
      items: [
        step.note[lang],
        `${L.cite}: ${step.cite}`,
        `${L.inputs}: ${entries(step.inputs)}`,
        `${L.output}: ${entries(step.output)}`,
        ...(step.needsReview ? [`${L.review}: ${step.needsReview.note[lang]}`] : []),
      ],
    });
  });
  blocks.push({ kind: "heading", level: 2, text: L.caveats }, { kind: "list", items: calculation.caveats.map((c) => c[lang]) });
  return blocks;
}

const POST_LABEL: Record<Lang, Record<"full-time" | "concurrent", string>> = {
  ja: { "full-time": "専任", concurrent: "兼任" },
  en: { "full-time": "full-time", concurrent: "concurrent" },
};

function lineSubject(line: Line, lang: Lang): string {
  if (line.kind === "expense") return (line.item && findItem(line.item)?.label[lang]) ?? line.item ?? "";
  return `${line.person ?? ""} (${line.post ? POST_LABEL[lang][line.post] : ""})`;
}
