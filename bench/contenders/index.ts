import { jsonRulesEngine } from "./json-rules-engine.js";
import { fullTrace, summary } from "./library.js";
import { plainLoop } from "./plain-loop.js";
import type { Contender } from "./types.js";
import { zen } from "./zen.js";

/** The five, in the order of the table. */
export const contenders: Readonly<Record<string, Contender>> = {
  "full-trace": fullTrace,
  summary,
  "json-rules-engine": jsonRulesEngine,
  zen,
  "plain-loop": plainLoop,
};
