import { calculate, calculationDigests, rulesets, summarize } from "../../src/index.js";
import { totalsOf } from "../totals.js";
import type { Contender } from "./types.js";

export const fullTrace: Contender = {
  name: "calculate (full trace)",
  note: "validates (zod + cross-field checks), classifies, builds every cited step, digests",
  timing: "sample+national",
  run: (app) => totalsOf(calculate(app)),
  /** The share of calculate's time spent on the SHA-256 digests: each calculation's digests made again, timed alone. */
  diagnose(applications) {
    const ruleset = rulesets.FY2025;
    if (!ruleset) throw new Error("no FY2025 ruleset");
    let total = 0;
    let digests = 0;
    for (let round = 0; round < 3; round++) {
      for (const app of applications) {
        let start = process.hrtime.bigint();
        const calc = calculate(app);
        total += Number(process.hrtime.bigint() - start);
        start = process.hrtime.bigint();
        calculationDigests(calc, ruleset);
        digests += Number(process.hrtime.bigint() - start);
      }
    }
    return { digestShare: digests / total };
  },
};

export const summary: Contender = {
  name: "summarize (no trace)",
  note: "validates completely (fast reader, full validator as fallback), same lines and totals",
  timing: "national",
  run: (app) => totalsOf(summarize(app)),
};

export const fullTraceThreaded: Contender = {
  name: "calculate (full trace), 2 threads",
  note: "the same calculate on two worker threads, each computing every other body",
  timing: "national",
  threads: 2,
  run: fullTrace.run,
};
