/**
 * One contender in its own process, so that its peak RSS is its own: builds the workload, times the
 * national run and/or the sample (see Contender.timing), then the single-body latency, and prints one
 * JSON line for bench/run.ts. Usage: tsx bench/worker.ts <contender> [--runs N]
 */
import { createHash } from "node:crypto";
import { contenders } from "./contenders/index.js";
import type { BodyTotals } from "./totals.js";
import { threadedNationalRuns } from "./threads.js";
import { latencyApplication, LINES_PER_BODY, workload, type Workload } from "./workload.js";

export interface Timed {
  readonly lines: number;
  readonly bodies: number;
  /** Seconds of each timed run (wall clock). */
  readonly runs: number[];
  /** CPU seconds (user + system, all threads of the process) of each timed run. */
  readonly cpu: number[];
  /** sha256 of the totals of every body (the same in every run, else the worker fails). */
  readonly totalsDigest: string;
}

export interface WorkerResult {
  readonly contender: string;
  readonly sample?: Timed;
  readonly national?: Timed;
  /** Not measured for a threaded contender. */
  readonly latencyMs?: { p50: number; p99: number; iterations: number };
  readonly diagnosis?: Record<string, number>;
  /** RSS once the input is built, before the first run. */
  readonly rssInputMb: number;
  readonly peakRssMb: number;
}

const name = process.argv[2] ?? "";
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const contender = contenders[name];
if (!contender) throw new Error(`unknown contender ${name}; known: ${Object.keys(contenders).join(", ")}`);
const { run, timing } = contender;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number): number => Math.round(bytes / 1e6);
const digest = (totals: BodyTotals[]): string => createHash("sha256").update(JSON.stringify(totals)).digest("hex");

async function pass(apps: readonly Record<string, unknown>[]): Promise<BodyTotals[]> {
  const out: BodyTotals[] = [];
  for (const app of apps) out.push(await run(app));
  return out;
}

async function timeRuns(load: Workload, runs: number): Promise<Timed> {
  const times: number[] = [];
  const cpu: number[] = [];
  let first: string | undefined;
  for (let r = 0; r < runs; r++) {
    gc();
    const start = process.hrtime.bigint();
    const startCpu = process.cpuUsage();
    const totals = await pass(load.applications);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1e6);
    const d = digest(totals);
    if (first !== undefined && d !== first) throw new Error(`${name}: run ${r + 1} gave other totals than run 1`);
    first = d;
  }
  return { lines: load.lines, bodies: load.applications.length, runs: times, cpu, totalsDigest: first as string };
}

async function latency(): Promise<{ p50: number; p99: number; iterations: number }> {
  const app = latencyApplication();
  const iterations = timing === "sample" ? 1000 : timing === "sample+national" ? 2000 : 20000;
  for (let i = 0; i < Math.min(iterations, 2000); i++) await run(app);
  gc();
  const times = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await run(app);
    times[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  times.sort();
  const at = (q: number): number => times[Math.min(iterations - 1, Math.floor(q * iterations))] as number;
  return { p50: at(0.5), p99: at(0.99), iterations };
}

if (contender.threads) {
  // The national runs on worker threads, each with its share of the input (bench/threads.ts).
  const threaded = await threadedNationalRuns(name, contender.threads, RUNS, LINES_PER_BODY);
  const result: WorkerResult = {
    contender: name,
    national: {
      lines: threaded.lines,
      bodies: threaded.totals.length,
      runs: threaded.runs,
      cpu: threaded.cpu,
      totalsDigest: digest(threaded.totals),
    },
    rssInputMb: threaded.rssInputMb,
    peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

await contender.setup?.();
// Latency first, in a process that holds nothing else, as an app answering requests would: with the
// national input (360 MB) alive, every contender's collections would cost more than its own work.
const lat = await latency();
const national = contender.timing === "sample" ? undefined : workload("national");
const sample = contender.timing === "national" ? undefined : workload("sample");
gc();
const rssInputMb = mb(process.memoryUsage().rss);
// Warm-up, not timed: a tenth of the bodies (the JIT settles long before).
const warmUp = national ?? sample;
if (!warmUp) throw new Error(`${name}: no workload`);
await pass(warmUp.applications.filter((_, i) => i % 10 === 0));
const sampleTimed = sample ? await timeRuns(sample, RUNS) : undefined;
const nationalTimed = national ? await timeRuns(national, contender.timing === "national" ? RUNS : 1) : undefined;
const diagnosis = sample && contender.diagnose ? contender.diagnose(sample.applications) : undefined;
const result: WorkerResult = {
  contender: name,
  ...(diagnosis && { diagnosis }),
  ...(sampleTimed && { sample: sampleTimed }),
  ...(nationalTimed && { national: nationalTimed }),
  latencyMs: lat,
  rssInputMb,
  peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
