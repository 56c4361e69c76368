/**
 * Simulating one shard's runs (a contiguous block of run indices) on the Node worker pool and
 * keeping the raw blocks, not an assembled result: the other runs are other machines'. The split
 * into jobs and the placement by run index are those of simulateOnNodePool, so each run's numbers
 * are the same as in an unsharded run.
 */
import type { Scenario } from '../core/scenario';
import { planJobs, jobRuns } from './jobs';
import { MAX_POOL_WORKERS, RestartingWorker, defaultWorkerCount, type NodePoolOptions } from './pool.node.ts';
import type { RunBlock } from './runBlock';
import { raceAbort } from './scheduler';

/** Simulate runs first … end−1 of every strategy; blocks are returned in run order. */
export async function simulateRunRange(scenario: Scenario, first: number, end: number, options: Omit<NodePoolOptions, 'jobs' | 'traces'> = {}): Promise<RunBlock[]> {
  const jobs = planJobs(end - first).map((job) => ({ ...job, firstRun: job.firstRun + first }));
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), jobs.length, MAX_POOL_WORKERS));
  const slots: RestartingWorker[] = [];
  const blocks: RunBlock[] = new Array<RunBlock>(jobs.length);
  let next = 0;
  let done = 0;
  let failed = false;
  const onAbort = () => slots.forEach((w) => w.terminate());
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (let i = 0; i < count; i++) slots.push(new RestartingWorker(i, options));
    await Promise.all(
      slots.map(async (worker) => {
        try {
          await raceAbort(worker.remote.load(scenario), options.signal);
          while (!failed && next < jobs.length) {
            const job = jobs[next++];
            blocks[job.index] = await raceAbort(worker.remote.simulate(jobRuns(job)), options.signal);
            done += job.runCount;
            options.onProgress?.(done, end - first);
          }
        } catch (error) {
          failed = true;
          throw error;
        }
      }),
    );
    return blocks;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    for (const slot of slots) slot.terminate();
  }
}
