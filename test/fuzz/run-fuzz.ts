/**
 * The full fuzz run: `npm run fuzz` (100,000 inputs), or `npm run fuzz -- 20000 7` for a count and a seed.
 * Prints the figures docs/reliability.md quotes; exits 1 on any failure.
 */
import { runFuzz, summary } from "./fuzz.js";

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20250401);
const started = Date.now();
const report = runFuzz({
  count,
  seed,
  onProgress: (done, r) => {
    if (done % 10_000 === 0)
      process.stderr.write(
        `  ${done} inputs, ${r.failures.length} failures, max ${r.maxMs.toFixed(1)} ms, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      );
  },
});
console.log(summary(report));
console.log(`wall time ${((Date.now() - started) / 1000).toFixed(1)} s (node ${process.version})`);
process.exitCode = report.failures.length === 0 && report.prototypeChanges === 0 ? 0 : 1;
