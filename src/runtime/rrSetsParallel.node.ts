/**
 * OPIM-C (src/core/influence/opimc.ts) with its reverse-reachable sets drawn on worker threads.
 *
 * The reverse arc layout is built once on SharedArrayBuffers and handed to every thread; each
 * doubling round is cut into chunks of CHUNK set indices (both collections), handed out to
 * whichever thread is free, and appended to the collections in index order as soon as every earlier
 * chunk has arrived. Set i is always the same run index (opimc.ts rrRun), so the seeds, bounds and
 * counts are identical for any number of threads — and to opimcSeeds on one thread (tested).
 * Only the sets cross threads (transferred, not copied); the greedy selection runs here.
 */
import { Worker } from 'node:worker_threads';
import type { Graph } from '../core/graph';
import { InfluenceCancelledError } from '../core/influence/liveEdgeSamples';
import { OpimcSearch, type OpimcOptions, type OpimcResult } from '../core/influence/opimc';
import type { RRChunk } from '../core/influence/rrChunk';
import { reverseArcInts, reverseLiveArcs } from '../core/influence/reverseLiveArcs';
import { RRCapError } from '../core/influence/rrSetStore';
import type { LiveArcRule } from '../core/influence/rrSets';
import type { StreamKey } from '../core/random';
import { workerModule } from './rrSetsWorkerFile.node.ts';

/** Set indices per chunk (R1 and R2 each): large enough that messaging is negligible, small enough to balance. */
export const RR_CHUNK = 2048;

/** Scratch integers one thread's sampler holds (marks, queue, bucket queue) — counted per thread. */
function scratchPerThread(n: number, rule: LiveArcRule): number {
  return (rule.base === null ? 2 : 3) * n + 4096;
}

interface Thread {
  worker: Worker;
  busy: boolean;
}

/** OPIM-C seeds with the sets drawn by `threads` worker threads (≥ 1). */
export async function opimcSeedsOnThreads(graph: Graph, rule: LiveArcRule, root: StreamKey, options: OpimcOptions, threads: number): Promise<OpimcResult> {
  const n = graph.nodeCount;
  const rev = reverseLiveArcs(graph, rule, true);
  const search = new OpimcSearch(n, options, reverseArcInts(rev) + Math.max(1, threads) * scratchPerThread(n, rule));
  const { r1, r2, firstRun } = search;
  const pool: Thread[] = [];
  try {
    for (let t = 0; t < Math.max(1, threads); t++) pool.push({ worker: await startThread(rev, rule, root, firstRun), busy: false });
    for (let want = search.nextTarget(); want !== null; want = search.nextTarget()) {
      try {
        await drawUpTo(pool, r1.total, want, (chunk) => {
          r1.addChunk(chunk.flat1, chunk.sizes1, search.held() - r1.allocated);
          r2.addChunk(chunk.flat2, chunk.sizes2, search.held() - r2.allocated);
        }, options.cancelled);
      } catch (error) {
        if (!(error instanceof RRCapError)) throw error;
        search.stopCapped(error);
        break;
      }
      search.evaluate();
    }
    return search.result();
  } finally {
    for (const t of pool) void t.worker.terminate();
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

/**
 * Draw set indices from … want−1 in chunks over the pool; `append` receives the chunks in index
 * order. A thread error, an exit or `cancelled` rejects (the caller terminates the threads).
 */
function drawUpTo(pool: Thread[], from: number, want: number, append: (chunk: RRChunk) => void, cancelled?: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = from;
    let appended = from;
    let failed = false;
    const waiting = new Map<number, RRChunk>();
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const t of pool) t.worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
      reject(error);
    };
    const dispatch = (thread: Thread) => {
      if (failed) return;
      if (next >= want) {
        thread.busy = false;
        if (appended >= want && pool.every((t) => !t.busy)) {
          for (const t of pool) t.worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
          resolve();
        }
        return;
      }
      if (cancelled?.()) return fail(new InfluenceCancelledError());
      const to = Math.min(want, next + RR_CHUNK);
      thread.busy = true;
      thread.worker.postMessage({ type: 'chunk', from: next, to });
      next = to;
    };
    for (const thread of pool) {
      thread.worker.on('message', (message: { type: 'chunk'; chunk: RRChunk }) => {
        waiting.set(message.chunk.from, message.chunk);
        try {
          for (let c = waiting.get(appended); c !== undefined; c = waiting.get(appended)) {
            waiting.delete(appended);
            append(c);
            appended = c.to;
          }
        } catch (error) {
          return fail(error);
        }
        dispatch(thread);
      });
      thread.worker.on('error', fail);
      thread.worker.on('exit', (code) => fail(new Error(`an RR-set worker ended (exit code ${code})`)));
    }
    for (const thread of pool) dispatch(thread);
  });
}
