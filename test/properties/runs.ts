/**
 * Runs per property. `npm test` uses the default; PROPERTY_RUNS raises it for a deep run
 * (`PROPERTY_RUNS=5000 npx vitest run test/properties`) or lowers it under mutation testing.
 * The seed is fixed unless PROPERTY_SEED is given, so a failure in CI replays locally.
 */
export function runs(defaultRuns = 100): { numRuns: number; seed: number } {
  const env = typeof process === "undefined" ? {} : process.env;
  const numRuns = env.PROPERTY_RUNS ? Number(env.PROPERTY_RUNS) : defaultRuns;
  const seed = env.PROPERTY_SEED ? Number(env.PROPERTY_SEED) : 20250401;
  return { numRuns, seed };
}

/** A generous per-test timeout: a loaded two-core CI machine, or PROPERTY_RUNS in the thousands. */
export const PROPERTY_TIMEOUT = { timeout: 300_000 };
