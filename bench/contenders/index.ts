import { jsonRulesEngine } from "./json-rules-engine.js";
import { fullTrace, fullTraceThreaded, summary } from "./library.js";
import { plainLoop } from "./plain-loop.js";
import type { Contender } from "./types.js";
import { zen } from "./zen.js";

/** The five, in the order of the table (calculate also on two threads, for the national-run target). */
export const contenders: Readonly<Record<string, Contender>> = {
  "full-trace": fullTrace,
  "full-trace-threads": fullTraceThreaded,
  summary,
  "json-rules-engine": jsonRulesEngine,
  zen,
  "plain-loop": plainLoop,
};
