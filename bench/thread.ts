/**
 * One worker thread of a contender's multi-threaded national run (bench/threads.ts): generates its share
 * of the bodies (every n-th, from its own index; the generator is seeded per body, so the applications
 * are the ones the single-threaded run computes), warms up, then computes its share on each "run" message
 * and posts the totals back with each body's index.
 */
import { parentPort, workerData } from "node:worker_threads";
import { contenders } from "./contenders/index.js";
import { countLines, generateApplication, readBodies } from "./generate.js";
import type { BodyTotals } from "./totals.js";

export interface ThreadData {
  readonly contender: string;
  readonly thread: number;
  readonly threads: number;
  readonly linesPerBody: number;
}

export type ThreadMessage =
  { readonly ready: true; readonly lines: number } | { readonly totals: readonly (readonly [number, BodyTotals])[] };

const data = workerData as ThreadData;
const contender = contenders[data.contender];
if (!contender || !parentPort) throw new Error(`bench/thread.ts: no contender "${data.contender}" or not in a worker`);
const port = parentPort;
const run = contender.run;
await contender.setup?.();
const mine = readBodies()
  .map((body, index) => ({ body, index }))
  .filter(({ index }) => index % data.threads === data.thread)
  .map(({ body, index }) => ({ index, application: generateApplication(body, index, data.linesPerBody) }));

async function pass(share: typeof mine): Promise<[number, BodyTotals][]> {
  const out: [number, BodyTotals][] = [];
  for (const { index, application } of share) out.push([index, await run(application)]);
  return out;
}

await pass(mine.filter((_, i) => i % 10 === 0)); // warm-up, as the single-threaded runs have
port.on("message", () => {
  (globalThis as { gc?: () => void }).gc?.();
  void pass(mine).then((totals) => {
    port.postMessage({ totals } satisfies ThreadMessage);
  });
});
port.postMessage({ ready: true, lines: countLines(mine.map((m) => m.application)) } satisfies ThreadMessage);
