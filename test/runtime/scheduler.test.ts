import { describe, expect, it } from 'vitest';
import { planJobs } from '../../src/runtime/jobs';
import { JOBS_IN_FLIGHT_PER_WORKER, runOnWorkers } from '../../src/runtime/scheduler';
import { simulateInline } from '../../src/runtime/simulateInline';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { NetworkCache } from '../../src/runtime/networkCache';
import type { PoolWorker } from '../../src/runtime/workerApi';
import { cascadeWorld } from '../fixtures/cascadeWorld';

const scenario = cascadeWorld('scheduler test', 'scheduler');

interface Sent {
  worker: number;
  /** Jobs of this worker not yet answered when this one was sent (this one excluded). */
  busy: number;
  /** Jobs not yet handed out when this one was (this one included). */
  remaining: number;
}

/**
 * Workers in this thread that answer in order, one job per macrotask, like a real worker's
 * message queue; every send is logged with how busy the worker was.
 */
function loggingWorkers(count: number, totalJobs: number, log: Sent[]): PoolWorker[] {
  let handedOut = 0;
  return Array.from({ length: count }, (_, index) => {
    const cache = new NetworkCache();
    let queue: Promise<unknown> = Promise.resolve();
    let inFlight = 0;
    return {
      remote: {
        load: async () => undefined,
        simulate: (runs) => {
          log.push({ worker: index, busy: inFlight, remaining: totalJobs - handedOut });
          handedOut++;
          inFlight++;
          const answer = queue.then(() => new Promise<ReturnType<typeof simulateRuns>>((resolve) => setTimeout(() => {
            inFlight--;
            resolve(simulateRuns(scenario, runs, cache));
          }, 0)));
          queue = answer;
          return answer;
        },
      },
      terminate: () => undefined,
    };
  });
}

const comparable = (d: { strategies: { name: string; totals: ArrayLike<number>; timelines: ArrayLike<number> }[] }) =>
  d.strategies.map((s) => [s.name, Array.from(s.totals), Array.from(s.timelines)]);

describe('runOnWorkers', () => {
  it('keeps a second job queued on each worker, so none waits for this thread between jobs; same numbers as in this thread', async () => {
    const jobs = planJobs(scenario.runs, 15);
    const log: Sent[] = [];
    const data = await runOnWorkers(loggingWorkers(2, jobs.length, log), scenario, { jobs, traces: false });
    expect(comparable(data)).toEqual(comparable(simulateInline(scenario)));
    expect(log).toHaveLength(jobs.length);
    expect(JOBS_IN_FLIGHT_PER_WORKER).toBe(2);
    // Never more than the job computed and the next one…
    expect(Math.max(...log.map((s) => s.busy))).toBe(JOBS_IN_FLIGHT_PER_WORKER - 1);
    // …and both workers did hold a second job.
    for (const worker of [0, 1]) expect(log.some((s) => s.worker === worker && s.busy === 1)).toBe(true);
  });

  it('queues a job behind a busy worker only while every worker can still have one: the last jobs go to whoever is free', async () => {
    const jobs = planJobs(scenario.runs, 15);
    for (const workers of [1, 2, 3]) {
      const log: Sent[] = [];
      await runOnWorkers(loggingWorkers(workers, jobs.length, log), scenario, { jobs, traces: false });
      for (const sent of log.filter((s) => s.busy > 0)) expect(sent.remaining).toBeGreaterThan(workers);
    }
  });
});
