import { ALL_PILLARS, findAnyItem, type PillarId } from "../catalog/index.js";
import { groupedString } from "../money/decimal.js";
import type { Line } from "../rules/line.js";
import { POST_TERMS, SPECIFIC_REVENUE_TERMS } from "../trace/glossary.js";
import { SPECIFIC_REVENUE_PARTS } from "../trace/names.js";
import { dispositionLabel, labels, measureLabel, ruleMark, verdictLabel, type Lang } from "./labels.js";

/** A line's cells in words, numbers raw: the CSV's row. */
export interface LineCells {
  readonly id: string;
  readonly kind: string;
  readonly project: string;
  readonly itemId: string;
  readonly subject: string;
  readonly pillar: string;
  readonly measure: string;
  readonly amountYen: string;
  readonly disposition: string;
  readonly eligibleYen: string;
  readonly excludedYen: string;
  readonly rules: string;
  readonly review: string;
}

/** What the input says of a line for people: an expense's description, a coordinator's name. */
export interface LineSource {
  readonly description?: string;
  readonly name?: string;
}

/** A line as a row of the survey form (事業費, 特定財源, 一般財源等, 算定対象経費, 判定, 根拠), grouped, in words. */
export interface FormCells {
  readonly id: string;
  readonly measure: string;
  /** An expense's description (else its item's label); a coordinator's name, person and post. */
  readonly content: string;
  readonly amount: string;
  /** 特定財源, with its stated parts in words: "600,000（国庫支出金 600,000）". */
  readonly specificRevenue: string;
  readonly ownBurden: string;
  readonly eligible: string;
  readonly verdict: string;
  /** The rules by their marks: "※2", "重複計上", "上限"; "-" where none. */
  readonly basis: string;
}

/**
 * A line's 特定財源 and own burden. A calculation of format "2" (before the own burden, still verified) has
 * neither: it could state no 特定財源, so its own burden is its amount.
 */
export function funding(line: Line): { readonly specificRevenueYen: string; readonly ownBurdenYen: string } {
  const { specificRevenueYen = "0", ownBurdenYen = line.amountYen } = line as Partial<Line>;
  return { specificRevenueYen, ownBurdenYen };
}

/** The pillar a line belongs to: its item's, or "coordinators" for a coordinator record. */
export function pillarOf(line: Line): PillarId {
  return line.kind === "coordinator" ? "coordinators" : (line.item && findAnyItem(line.item)?.pillar) || "information";
}

const itemLabel = (line: Line, lang: Lang): string =>
  (line.item && findAnyItem(line.item)?.label[lang]) ?? line.item ?? "";

const postLabel = (line: Line, lang: Lang): string => (line.post ? POST_TERMS[line.post][lang] : "");

export function lineCells(line: Line, lang: Lang): LineCells {
  const L = labels[lang];
  return {
    id: line.id,
    kind: line.kind === "expense" ? L.expense : L.coordinator,
    project: line.projectId ?? "",
    itemId: line.item ?? "",
    subject: line.kind === "expense" ? itemLabel(line, lang) : `${line.person ?? ""} (${postLabel(line, lang)})`,
    pillar: ALL_PILLARS[pillarOf(line)]?.label[lang] ?? pillarOf(line),
    measure: measureLabel[lang][line.measure],
    amountYen: line.amountYen,
    disposition: dispositionLabel[lang][line.disposition],
    eligibleYen: line.eligibleYen,
    excludedYen: line.excludedYen,
    rules: line.rules.join(", "),
    review: line.needsReview.join(", "),
  };
}

/** A line's row of the survey form; `source` is its record in the input (description, name). */
export function formCells(line: Line, source: LineSource | undefined, lang: Lang): FormCells {
  const L = labels[lang];
  const parts = SPECIFIC_REVENUE_PARTS.flatMap((part) => {
    const yen = line.specificRevenue?.[part];
    return yen === undefined || /^0+$/.test(yen) ? [] : [`${SPECIFIC_REVENUE_TERMS[part][lang]} ${groupedString(yen)}`];
  });
  const { specificRevenueYen, ownBurdenYen } = funding(line);
  const specific = groupedString(specificRevenueYen);
  return {
    id: line.id,
    measure: measureLabel[lang][line.measure],
    content:
      line.kind === "expense"
        ? (source?.description ?? itemLabel(line, lang))
        : L.coordinatorSubject(line.person ?? "", postLabel(line, lang), source?.name),
    amount: groupedString(line.amountYen),
    specificRevenue: parts.length === 0 ? specific : L.specificParts(specific, parts),
    ownBurden: groupedString(ownBurdenYen),
    eligible: groupedString(line.eligibleYen),
    verdict: verdictLabel[lang][line.disposition],
    basis: line.rules.map((rule) => ruleMark[lang][rule]).join(lang === "ja" ? "、" : ", ") || "-",
  };
}
