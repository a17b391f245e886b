/**
 * `npm run bench`: the national-scale benchmark, the library side by side with two rules engines and a
 * plain loop. First all five must give the same totals (a sample of bodies for all, the whole national
 * run for the three fast ones); then each is timed in its own process. Prints the table; with `--write`
 * also puts it into docs/performance.md (between the bench markers).
 * Options: --runs N (timed runs per contender, default 5), --only a,b (some contenders), --write.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { contenders } from "./contenders/index.js";
import { firstDifference, type BodyTotals } from "./totals.js";
import type { Timed, WorkerResult } from "./worker.js";
import { LATENCY_LINES, LINES_PER_BODY, workload } from "./workload.js";
import { calculate, canonicalJson } from "../src/index.js";

const args = process.argv.slice(2);
const option = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const runs = option("--runs") ?? "5";
const only = option("--only")?.split(",") ?? Object.keys(contenders);
const root = join(import.meta.dirname, "..");
const started = Date.now();
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const loadAtStart = load();

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadAtStart}`,
);

// ---- 1. the same totals, before any timing -------------------------------------------------------
const digest = (totals: BodyTotals[]): string => createHash("sha256").update(JSON.stringify(totals)).digest("hex");

async function totalsOf(name: string, apps: readonly Record<string, unknown>[]): Promise<BodyTotals[]> {
  const c = contenders[name];
  if (!c) throw new Error(`unknown contender ${name}`);
  await c.setup?.();
  const out: BodyTotals[] = [];
  for (const app of apps) out.push(await c.run(app));
  return out;
}

function assertSame(what: string, reference: [string, BodyTotals[]], other: [string, BodyTotals[]]): void {
  const difference = firstDifference(reference[1], other[1]);
  if (difference) throw new Error(`${what}: ${other[0]} differs from ${reference[0]}: ${difference}`);
}

const sample = workload("sample");
const sampleTotals: [string, BodyTotals[]][] = [];
const skipped = new Set<string>();
for (const name of Object.keys(contenders)) {
  if (contenders[name]?.threads) continue; // the same `run` as another contender; its national totals are checked below
  try {
    await contenders[name]?.setup?.();
  } catch (error) {
    // e.g. zen-engine on a platform whose native binary the registry lacks (bench/unavailable-platform-binary)
    console.log(
      `  ${contenders[name]?.name}: skipped, it cannot start here (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
    );
    skipped.add(name);
    continue;
  }
  sampleTotals.push([name, await totalsOf(name, sample.applications)]);
}
for (const t of sampleTotals.slice(1))
  assertSame(`sample of ${sample.applications.length} bodies`, sampleTotals[0] as [string, BodyTotals[]], t);
const national = workload("national");
const nationalPlain = await totalsOf("plain-loop", national.applications);
assertSame(
  `national run of ${national.applications.length} bodies`,
  ["plain-loop", nationalPlain],
  ["summary", await totalsOf("summary", national.applications)],
);
const expected = { sample: digest(sampleTotals[0]?.[1] ?? []), national: digest(nationalPlain) };
const nationalLines = national.lines;
const sampleLines = sample.lines;
console.log(
  `Equal totals: all ${sampleTotals.length} on ${sample.applications.length} bodies (${sampleLines.toLocaleString("en")} lines); ` +
    `summarize and the plain loop on all ${national.applications.length} (${nationalLines.toLocaleString("en")} lines); ` +
    `calculate's national totals are checked in its timed runs.`,
);

// ---- 2. each contender timed in its own process --------------------------------------------------
const results: WorkerResult[] = [];
for (const name of only.filter((n) => !skipped.has(n))) {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(root, "bench", "worker.ts"), name, "--runs", runs],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 24,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const result = JSON.parse(out.trim().split("\n").pop() as string) as WorkerResult;
  if (result.sample && result.sample.totalsDigest !== expected.sample)
    throw new Error(`${name}: its timed sample runs gave other totals than the equality check`);
  if (result.national && result.national.totalsDigest !== expected.national)
    throw new Error(`${name}: its national run gave other totals than the equality check`);
  results.push(result);
  console.log(`  ${contenders[name]?.name}: done (${((Date.now() - started) / 1000).toFixed(0)} s so far)`);
}

// ---- 3. the table ---------------------------------------------------------------------------------
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
/** Lines/s: the median of the five timed runs, national where there are five, else the sample's. */
const timedOf = (r: WorkerResult): Timed => {
  const timed = r.national && r.national.runs.length > 1 ? r.national : (r.sample ?? r.national);
  if (!timed) throw new Error(`${r.contender}: no timed runs`);
  return timed;
};
const rate = (r: WorkerResult): number => timedOf(r).lines / median(timedOf(r).runs);
/** Lines per CPU second: what the contender would do on a machine of its own (the runs share this one). */
const cpuRate = (r: WorkerResult): number => timedOf(r).lines / median(timedOf(r).cpu);
const plain = results.find((r) => r.contender === "plain-loop");
const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = results.map((r) => {
  const c = contenders[r.contender];
  if (!c) throw new Error(`unknown contender ${r.contender}`);
  // The national run as measured (median of its runs), or extrapolated from the sample's rate (*).
  const nationalRun = r.national
    ? `${fmt(median(r.national.runs), 1)}${r.national.runs.length === 1 ? " (1 run)" : ""}`
    : `${fmt(nationalLines / rate(r), 1)} *`;
  return [
    c.name,
    `${fmt(rate(r))}${r.national && r.national.runs.length > 1 ? "" : " *"}`,
    fmt(cpuRate(r)),
    nationalRun,
    plain ? `${fmt(rate(plain) / rate(r), 1)}×` : "–",
    r.latencyMs ? fmt(r.latencyMs.p50, 3) : "–",
    r.latencyMs ? fmt(r.latencyMs.p99, 3) : "–",
    `${fmt(r.peakRssMb)} (${fmt(r.rssInputMb)})${r.national ? "" : " *"}`,
  ];
});
const header = [
  "contender",
  "lines/s (median)",
  "lines per CPU-s",
  "national run, s",
  "slower than loop",
  "50-line p50, ms",
  "p99, ms",
  "peak RSS MB (input)",
];
const table = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
const loadAtEnd = load();
const full = results.find((r) => r.contender === "full-trace");
const summary = results.find((r) => r.contender === "summary");
const against = (name: string): string | undefined => {
  const other = results.find((r) => r.contender === name);
  return summary && other ? `${fmt(rate(summary) / rate(other))}× ${contenders[name]?.name}` : undefined;
};
const ratios = ["json-rules-engine", "zen", "full-trace"].map(against).filter((x) => x !== undefined);
const notes = [
  `Workload: ${national.applications.length} bodies × ${LINES_PER_BODY} expense lines + 0–3 coordinators = ${nationalLines.toLocaleString("en")} lines (seeded, bench/generate.ts); latency: one body, ${LATENCY_LINES} lines.`,
  `Lines/s: median of ${runs} timed runs after a warm-up (wall clock), each contender in its own process (\`--expose-gc\`, a GC before each run); lines per CPU-s: the same runs over the process's CPU time (user + system, all its threads), which other work on the machine inflates less. Each body's result is reduced to its totals as it comes, as a streaming writer would; no contender keeps 1,788 results.`,
  `Marked *: lines/s from ${runs} runs over the ${sample.applications.length}-body sample (${sampleLines.toLocaleString("en")} lines); a national run marked * is extrapolated from it, and its peak RSS is for the sample's input. calculate's national run is measured once (it takes long); its RSS is for the national input.`,
  ...(ratios.length > 0
    ? [
        `summarize runs at ${ratios.join(", ")}${plain && summary ? `; the plain loop at ${fmt(rate(plain) / rate(summary), 1)}× summarize` : ""}.`,
      ]
    : []),
  ...(full?.diagnosis?.digestShare !== undefined
    ? [
        `calculate spends ${fmt(100 * full.diagnosis.digestShare)} % of its time on the trace's SHA-256 digests (each sample calculation's digests made again with calculationDigests, timed alone).`,
      ]
    : []),
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}. Load average (1, 5, 15 min) at start ${loadAtStart}, at end ${loadAtEnd}. Wall time ${((Date.now() - started) / 1000).toFixed(0)} s.`,
];
// The issue's targets, each with what was measured.
const targetRows: string[][] = [];
const target = (what: string, goal: string, measured: string, met: boolean): void =>
  void targetRows.push([what, goal, measured, met ? "met" : "**missed**"]);
const engine = (name: string) => results.find((r) => r.contender === name);
if (summary) {
  target(
    "summarize, validated lines/s",
    "≥ 2,500,000",
    `${fmt(rate(summary))} (${fmt(cpuRate(summary))} per CPU-s)`,
    rate(summary) >= 2_500_000,
  );
  if (plain)
    target(
      "summarize against the plain loop",
      "within ~10×",
      `${fmt(rate(plain) / rate(summary), 1)}× slower (CPU: ${fmt(cpuRate(plain) / cpuRate(summary), 1)}×)`,
      rate(plain) / rate(summary) <= 10,
    );
  for (const name of ["json-rules-engine", "zen"]) {
    const e = engine(name);
    if (e)
      target(
        `summarize against ${contenders[name]?.name}`,
        "≥ 100× faster",
        `${fmt(rate(summary) / rate(e))}× (CPU: ${fmt(cpuRate(summary) / cpuRate(e))}×)`,
        rate(summary) / rate(e) >= 100,
      );
  }
  if (summary.latencyMs)
    target(
      "summarize, 50-line latency p99",
      "< 0.2 ms",
      `${fmt(summary.latencyMs.p99, 3)} ms`,
      summary.latencyMs.p99 < 0.2,
    );
}
if (full?.national) {
  const seconds = median(full.national.runs);
  target("calculate, national run (one thread)", "< 10 s", `${fmt(seconds, 1)} s`, seconds < 10);
  target("calculate, peak RSS of the national run", "< 2 GB", `${fmt(full.peakRssMb)} MB`, full.peakRssMb < 2000);
}
const threaded = results.find((r) => r.contender === "full-trace-threads");
if (threaded?.national) {
  const seconds = median(threaded.national.runs);
  target("calculate, national run (two threads)", "< 10 s", `${fmt(seconds, 1)} s`, seconds < 10);
  target("calculate on two threads, peak RSS", "< 2 GB", `${fmt(threaded.peakRssMb)} MB`, threaded.peakRssMb < 2000);
}
if (full?.latencyMs)
  target("calculate, 50-line latency p99", "< 1 ms", `${fmt(full.latencyMs.p99, 3)} ms`, full.latencyMs.p99 < 1);
{
  // The size of the trace on one body of the workload (its first, 1,000 expense lines): canonical JSON bytes
  // per line of the trace without its embedded input, and of the whole calculation.
  const body = national.applications[0] as Record<string, unknown>;
  const calc = calculate(body);
  const { input: _input, ...trace } = calc.trace;
  const perLine = (value: unknown) => Buffer.byteLength(canonicalJson(value)) / calc.lines.length;
  const traceBytes = perLine(trace);
  target(
    "trace without its input, bytes per line (1,000-line body)",
    "≤ 160",
    `${fmt(traceBytes)} B`,
    traceBytes <= 160,
  );
  notes.push(
    `Size on the first body (${calc.lines.length} lines), canonical JSON per line: the trace without its input ${fmt(traceBytes)} B, the whole calculation ${fmt(perLine(calc))} B (lines[] ${fmt(perLine(calc.lines))} B, the input ${fmt(perLine(calc.trace.input))} B).`,
  );
}
const targets = [["target", "goal", "measured", ""], ["---", "---", "---", "---"], ...targetRows]
  .map((row) => `| ${row.join(" | ")} |`)
  .join("\n");
console.log(`\n${table}\n\n${notes.join("\n")}\n\n${targets}`);

if (args.includes("--write")) {
  const file = join(root, "docs", "performance.md");
  const doc = readFileSync(file, "utf8");
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  const at = doc.indexOf(begin);
  const until = doc.indexOf(end);
  if (at < 0 || until < at) throw new Error(`docs/performance.md has no ${begin} … ${end} section`);
  const command = `npm run bench -- --write${runs === "5" ? "" : ` --runs ${runs}`}`;
  const body = `\n\`${command}\`, ${new Date().toISOString().slice(0, 10)}:\n\n${table}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`;
  let written = doc.slice(0, at + begin.length) + body + doc.slice(until);
  const tBegin = "<!-- targets:begin -->";
  const tEnd = "<!-- targets:end -->";
  if (written.includes(tBegin) && written.includes(tEnd)) {
    written =
      written.slice(0, written.indexOf(tBegin) + tBegin.length) +
      `\n${targets}\n` +
      written.slice(written.indexOf(tEnd));
  }
  writeFileSync(file, written);
  console.log(`\nwrote the table into ${file}`);
}
