import type { Citation } from "./parameters.js";

/** A citation as one line of trace text: "seed ※2", "ordinance 財政力補正 (市町村, standard wording) (inference)". */
export function formatCitation(cite: Citation): string {
  return `${cite.source} ${cite.ref}${cite.inference ? " (inference)" : ""}`;
}
