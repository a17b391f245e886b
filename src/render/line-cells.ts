import { catalog, findItem, type PillarId } from "../catalog/index.js";
import type { Line } from "../rules/line.js";
import { POST_TERMS } from "../trace/glossary.js";
import { dispositionLabel, labels, measureLabel, type Lang } from "./labels.js";

/** A line's cells in words, numbers raw: the line table of the document and the CSV both read these. */
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

/** The pillar a line belongs to: its item's, or "coordinators" for a coordinator record. */
export function pillarOf(line: Line): PillarId {
  return line.kind === "coordinator" ? "coordinators" : (line.item && findItem(line.item)?.pillar) || "information";
}

export function lineCells(line: Line, lang: Lang): LineCells {
  const L = labels[lang];
  return {
    id: line.id,
    kind: line.kind === "expense" ? L.expense : L.coordinator,
    project: line.projectId ?? "",
    itemId: line.item ?? "",
    subject:
      line.kind === "expense"
        ? ((line.item && findItem(line.item)?.label[lang]) ?? line.item ?? "")
        : `${line.person ?? ""} (${line.post ? POST_TERMS[line.post][lang] : ""})`,
    pillar: catalog.pillars[pillarOf(line)].label[lang],
    measure: measureLabel[lang][line.measure],
    amountYen: line.amountYen,
    disposition: dispositionLabel[lang][line.disposition],
    eligibleYen: line.eligibleYen,
    excludedYen: line.excludedYen,
    rules: line.rules.join(", "),
    review: line.needsReview.join(", "),
  };
}
