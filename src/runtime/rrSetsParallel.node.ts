/**
 * OPIM-C (src/core/influence/opimc.ts) with its reverse-reachable sets drawn on Node worker threads.
 *
 * The reverse arc layout is built once on SharedArrayBuffers and handed to every thread; the
 * chunking, the index-order append and the round driver are opimcOnDrawers.ts's (shared with the
 * page's Web Workers), so the seeds, bounds and counts are identical for any number of threads —
 * and to opimcSeeds on one thread (tested). Only the sets cross threads (transferred, not copied);
 * the greedy selection runs here.
 */
import { Worker } from 'node:worker_threads';
import type { Graph } from '../core/graph';
import type { OpimcOptions, OpimcResult } from '../core/influence/opimc';
import type { RRChunk } from '../core/influence/rrChunk';
import { reverseLiveArcs } from '../core/influence/reverseLiveArcs';
import type { LiveArcRule } from '../core/influence/rrSets';
import type { StreamKey } from '../core/random';
import { opimcSearchFor } from './opimcBestSeeds';
import { opimcOnDrawers, type RRChunkDrawer } from './opimcOnDrawers';
import { workerModule } from './rrSetsWorkerFile.node.ts';

export { RR_CHUNK } from './opimcOnDrawers';

/** OPIM-C seeds with the sets drawn by `threads` worker threads (≥ 1). */
export async function opimcSeedsOnThreads(graph: Graph, rule: LiveArcRule, root: StreamKey, options: OpimcOptions, threads: number): Promise<OpimcResult> {
  const count = Math.max(1, threads);
  const rev = reverseLiveArcs(graph, rule, true);
  const search = opimcSearchFor(rev, rule, options, count);
  const workers: Worker[] = [];
  try {
    for (let t = 0; t < count; t++) workers.push(await startThread(rev, rule, root, search.firstRun));
    return await opimcOnDrawers(search, workers.map(threadDrawer), options.cancelled);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** Start one thread and hand it the layout (shared, not copied) and the rule. */
function startThread(rev: ReturnType<typeof reverseLiveArcs>, rule: LiveArcRule, root: StreamKey, firstRun: number): Promise<Worker> {
  const worker = new Worker(workerModule());
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', () => {
      worker.off('error', reject);
      resolve(worker);
    });
    worker.postMessage({ type: 'init', rev, rule, root, firstRun });
  });
}

/** A thread as a drawer: one chunk request at a time; an error or an exit rejects it. */
function threadDrawer(worker: Worker): RRChunkDrawer {
  return {
    draw: (from, to) =>
      new Promise<RRChunk>((resolve, reject) => {
        const done = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        const onMessage = (message: { type: 'chunk'; chunk: RRChunk }) => (done(), resolve(message.chunk));
        const onError = (error: unknown) => (done(), reject(error));
        const onExit = (code: number) => (done(), reject(new Error(`an RR-set worker ended (exit code ${code})`)));
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        worker.postMessage({ type: 'chunk', from, to });
      }),
  };
}
