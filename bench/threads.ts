/**
 * A contender's national run split across worker threads, as an analyst would run it on a machine with
 * several cores (`dra batch --jobs`): thread k computes bodies k, k + n, k + 2n, … The run's time is from
 * the moment all threads are told to start until the last one has posted its totals; the totals are put
 * back into body order and must equal the single-threaded ones.
 */
import { Worker } from "node:worker_threads";
import type { ThreadData, ThreadMessage } from "./thread.js";
import type { BodyTotals } from "./totals.js";

export interface ThreadedRuns {
  /** Seconds of each run (wall clock). */
  readonly runs: number[];
  /** CPU seconds of the whole process (all threads) in each run. */
  readonly cpu: number[];
  /** Every body's totals, in body order (the same in every run, else this fails). */
  readonly totals: BodyTotals[];
  /** Lines computed in each run, all threads together. */
  readonly lines: number;
  /** RSS of the process once every thread has built its share of the input and warmed up. */
  readonly rssInputMb: number;
}

export async function threadedNationalRuns(
  contender: string,
  threads: number,
  runs: number,
  linesPerBody: number,
): Promise<ThreadedRuns> {
  // Worker threads of Node 20 do not take tsx's loader from --import: the thread loads bench/thread.ts with tsx's API.
  const load = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(new URL("./thread.ts", import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;
  const workers = Array.from(
    { length: threads },
    (_, thread) =>
      new Worker(load, { eval: true, workerData: { contender, thread, threads, linesPerBody } satisfies ThreadData }),
  );
  const next = (worker: Worker): Promise<ThreadMessage> =>
    new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  try {
    const ready = await Promise.all(workers.map(next)); // each has generated its share and warmed up
    const lines = ready.reduce((n, m) => n + ("lines" in m ? m.lines : 0), 0);
    const rssInputMb = Math.round(process.memoryUsage().rss / 1e6);
    const times: number[] = [];
    const cpu: number[] = [];
    let first: string | undefined;
    let totals: BodyTotals[] = [];
    for (let r = 0; r < runs; r++) {
      const replies = workers.map(next);
      const start = process.hrtime.bigint();
      const startCpu = process.cpuUsage();
      for (const worker of workers) worker.postMessage("run");
      const messages = await Promise.all(replies);
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      const used = process.cpuUsage(startCpu);
      cpu.push((used.user + used.system) / 1e6);
      const byIndex = messages.flatMap((m) => ("totals" in m ? m.totals : [])).sort((a, b) => a[0] - b[0]);
      totals = byIndex.map(([, t]) => t);
      const text = JSON.stringify(totals);
      if (first !== undefined && text !== first)
        throw new Error(`${contender}: threaded run ${r + 1} gave other totals than run 1`);
      first = text;
    }
    return { runs: times, cpu, totals, lines, rssInputMb };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
