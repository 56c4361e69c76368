/**
 * Noticing dead workers: the death signal and the job clock in isolation, and the Node pool with
 * real worker threads that end mid-run without an error event (at 5 %, 50 % and 95 % of the
 * jobs) — replaced, their jobs run again, the numbers identical to an undisturbed run.
 */
import type { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { planJobs } from '../../src/runtime/jobs';
import { simulateOnNodePool, startNodeWorker, type NodePoolWorker } from '../../src/runtime/pool.node.ts';
import { simulateInline } from '../../src/runtime/simulateInline';
import { CallsInOrder, DeathSignal, JobClock, WorkerCrashedError } from '../../src/runtime/workerDeath';
import { validateScenario } from '../../src/scenario/validateScenario';

const never = () => new Promise<never>(() => undefined);

describe('DeathSignal', () => {
  it('rejects guarded calls when the worker dies, and leaves no listener behind when they settle', async () => {
    const death = new DeathSignal();
    await expect(death.guard(Promise.resolve(7))).resolves.toBe(7);
    await expect(death.guard(Promise.reject(new Error('model said no')))).rejects.toThrow('model said no');
    expect(death.waiting).toBe(0);
    const pending = death.guard(never());
    expect(death.waiting).toBe(1);
    death.die('gone');
    await expect(pending).rejects.toBeInstanceOf(WorkerCrashedError);
    expect(death.waiting).toBe(0);
    await expect(death.guard(Promise.resolve(1))).rejects.toThrow('gone'); // dead stays dead
  });

  it('declares a call that outlives its deadline dead; a deadline that appears later still applies', async () => {
    const death = new DeathSignal();
    await expect(death.guard(never(), 20)).rejects.toThrow(/no answer within 20 ms/);
    expect(death.dead).toBe(true);
    const later = new DeathSignal();
    let deadline: number | null = null;
    const pending = later.guard(never(), () => deadline, 10);
    setTimeout(() => (deadline = 30), 15);
    await expect(pending).rejects.toThrow(/no answer within 30 ms/);
  });

  it('JobClock: no deadline before a measurement, then max(floor, factor × slowest), 10× for a cold worker', () => {
    const clock = new JobClock(1_000, 20);
    expect(clock.deadline()).toBeNull();
    clock.record(10);
    expect(clock.deadline()).toBe(1_000);
    clock.record(200);
    clock.record(50);
    expect(clock.deadline()).toBe(4_000);
    // A worker's first job also builds its network: ten times longer.
    expect(clock.deadline(true)).toBe(40_000);
  });

  it('JobClock: a call queued behind another on the same worker is timed from when that one ends', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const clock = new JobClock(1, 10);
      const death = new DeathSignal();
      let endFirst!: () => void;
      let endSecond!: () => void;
      const first = new Promise<void>((resolve) => (endFirst = resolve));
      const second = new Promise<void>((resolve) => (endSecond = resolve));
      const timedFirst = clock.guard(death, first, false);
      const timedSecond = clock.guard(death, second, false, first);
      await vi.advanceTimersByTimeAsync(100);
      endFirst();
      await timedFirst;
      await vi.advanceTimersByTimeAsync(30);
      endSecond();
      await timedSecond;
      // Slowest job 100 ms (the first), not 130 (the second, counted from when it was sent).
      expect(clock.deadline()).toBe(1_000);
    } finally {
      vi.useRealTimers();
    }
  });
});

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 1, name: 'worker death', seed: 'death', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const scenario = valid({
  runs: 64,
  steps: 25,
  network: { kind: 'barabasi-albert', nodes: 800, edgesPerNode: 2 },
  model: { kind: 'independent-cascade', probability: 0.2 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 3 } },
    { name: 'degree', seeding: { method: 'degree', count: 3 } },
  ],
});

const comparable = (d: ReturnType<typeof simulateInline>) => d.strategies.map((s) => [s.name, Array.from(s.totals), Array.from(s.timelines)]);

describe('CallsInOrder', () => {
  /** A promise and the functions that settle it. */
  function pending() {
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }
  /** Whether `p` has settled (after the microtasks so far). */
  async function settled(p: Promise<unknown>): Promise<boolean> {
    let done = false;
    void p.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 0));
    return done;
  }

  it('a call has nothing ahead of it until another is in flight; then it waits for that one, failed or not', async () => {
    const calls = new CallsInOrder();
    const first = pending();
    const second = pending();
    expect(await settled(calls.behind(first.promise))).toBe(true);
    const aheadOfSecond = calls.behind(second.promise);
    const aheadOfThird = calls.behind(Promise.resolve());
    expect(await settled(aheadOfSecond)).toBe(false);
    first.reject(new Error('the worker died'));
    expect(await settled(aheadOfSecond)).toBe(true);
    expect(await settled(aheadOfThird)).toBe(false);
    second.resolve();
    expect(await settled(aheadOfThird)).toBe(true);
  });

  it('a new worker has nothing ahead of its first call', async () => {
    const calls = new CallsInOrder();
    calls.behind(new Promise(() => undefined)); // the old worker's call never answers
    calls.clear();
    expect(await settled(calls.behind(Promise.resolve()))).toBe(true);
  });
});

describe('Node pool: a worker thread that ends without an error event', () => {
  const expected = comparable(simulateInline(scenario));
  const jobs = planJobs(scenario.runs).length;

  for (const fraction of [0.05, 0.5, 0.95])
    it(`at ${fraction * 100} % of the jobs: noticed, replaced, its job run again, same numbers`, async () => {
      const endOnCall = Math.max(1, Math.ceil(fraction * jobs));
      let calls = 0;
      const threads: Worker[] = [];
      // The real worker; on the chosen simulate call its thread is ended behind the pool's back
      // (no error event, only `exit`), while the call is in flight.
      const startWorker = (): NodePoolWorker => {
        const worker = startNodeWorker((thread) => threads.push(thread));
        const thread = threads[threads.length - 1];
        const simulate = worker.remote.simulate;
        worker.remote.simulate = (runs) => {
          const call = simulate(runs);
          if (++calls === endOnCall) void thread.terminate();
          return call;
        };
        return worker;
      };
      const restarts: string[] = [];
      const data = await simulateOnNodePool(scenario, { workers: 2, traces: false, startWorker, onWorkerRestart: (_, e) => restarts.push(String(e)) });
      expect(comparable(data)).toEqual(expected);
      expect(restarts).toEqual([expect.stringMatching(/ended \(exit code 1\)/)]);
      expect(threads).toHaveLength(3);
    });
});
