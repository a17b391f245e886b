export { summarize } from "./summarize.js";
export type { Summary, SummaryOptions } from "./summary.js";
