export { suggestItems, type ItemSuggestion, type SuggestionTerm, type SuggestOptions } from "./suggest-items.js";
export { lineHints } from "./line-hints.js";
export type { SuggestionHint } from "./hints.js";
