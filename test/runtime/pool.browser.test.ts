/**
 * The browser pool's scheduling and recovery, with in-thread fake workers (Web Workers need a
 * browser; the real ones are exercised by test/e2e/app.e2e.test.ts). The fakes run the same
 * job code, asynchronously, and can be made to crash or hang.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { BrowserPool, WorkerCrashedError } from '../../src/runtime/pool.browser';
import { MAX_RESTARTS_PER_SLOT } from '../../src/runtime/restartingWorker';
import { simulateInline } from '../../src/runtime/simulateInline';
import { validateScenario } from '../../src/scenario/validateScenario';
import { fakeFactory, newControl } from './fakeBrowserWorkers';
import { planJobs } from '../../src/runtime/jobs';
import { JobClock } from '../../src/runtime/workerDeath';
import { bestSeeds } from '../../src/runtime/bestSeedsJob';
import { opimcSeeds } from '../../src/core/influence/opimcRounds';
import { bestSeedsByOpimc } from '../../src/runtime/opimcBestSeeds';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { cascadeWorld } from '../fixtures/cascadeWorld';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 2, name: 'browser pool test', seed: 'bp', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const scenario = cascadeWorld('browser pool test', 'bp');

const comparable = (d: ReturnType<typeof simulateInline>) => d.strategies.map((s) => [s.name, Array.from(s.totals), Array.from(s.timelines), Array.from(s.metrics)]);

describe('BrowserPool', () => {
  it('gives exactly the in-thread numbers with 1 and 3 workers, streaming every block', async () => {
    const reference = comparable(simulateInline(scenario));
    for (const size of [1, 3]) {
      const control = newControl();
      const pool = new BrowserPool({ size, factory: fakeFactory(control) });
      const blocks: number[][] = [];
      const progress: number[] = [];
      const data = await pool.run(scenario, { traces: false, onBlock: (b) => blocks.push(b.runs), onProgress: (done) => progress.push(done) });
      expect(comparable(data)).toEqual(reference);
      expect(blocks.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
      expect(progress.at(-1)).toBe(30);
      expect(control.started).toBe(size);
      pool.dispose();
    }
  });

  it('a run asked to use fewer workers than the pool has starts only those, with the same numbers', async () => {
    const control = newControl();
    const pool = new BrowserPool({ size: 3, factory: fakeFactory(control) });
    const data = await pool.run(scenario, { traces: false, workers: 2 });
    expect(comparable(data)).toEqual(comparable(simulateInline(scenario)));
    expect(control.started).toBe(2);
    pool.dispose();
  });

  it('warm() starts every worker ahead of a run, which then starts none of its own', async () => {
    const control = newControl();
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    expect(pool.started).toBe(0);
    pool.warm();
    expect({ pool: pool.started, factory: control.started }).toEqual({ pool: 2, factory: 2 });
    expect(comparable(await pool.run(scenario, { traces: false }))).toEqual(comparable(simulateInline(scenario)));
    expect(control.started).toBe(2);
    pool.dispose();
  });

  it('keeps workers warm between runs and computes network statistics on one', async () => {
    const control = newControl();
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    await pool.run(scenario, { traces: false });
    await pool.run({ ...scenario, runs: 10 }, { traces: false });
    expect(control.started).toBe(2);
    expect(pool.started).toBe(2);
    const stats = await pool.networkStats(scenario);
    expect(stats.nodes).toBe(300);
    pool.dispose();
    expect(pool.started).toBe(0);
  });

  it('replaces a crashed worker and re-runs its job: same numbers, one restart reported', async () => {
    const control = { ...newControl(), crashOnCall: 3 };
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    const restarts: number[] = [];
    const data = await pool.run(scenario, { traces: false, onWorkerRestart: (slot) => restarts.push(slot) });
    expect(comparable(data)).toEqual(comparable(simulateInline(scenario)));
    expect(restarts).toHaveLength(1);
    expect(control.started).toBe(3);
  });

  for (const fraction of [0.05, 0.5, 0.95])
    it(`notices a worker that silently stops answering at ${fraction * 100} % of a run (deadline from measured job times): same numbers`, async () => {
      const jobs = planJobs(scenario.runs).length;
      const control = { ...newControl(), silentOnCall: Math.max(2, Math.ceil(fraction * jobs)) };
      const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
      const restarts: string[] = [];
      // A short floor so the test does not wait 30 s; the factor over measured job times is the real one.
      const data = await pool.run(scenario, { traces: false, jobClock: new JobClock(200), onWorkerRestart: (_, e) => restarts.push(String(e)) });
      expect(comparable(data)).toEqual(comparable(simulateInline(scenario)));
      // The silent worker is noticed and replaced. A deadline is wall time: on a busy machine a slow
      // but healthy job may be replaced too (same numbers either way), so the count is not exact.
      expect(restarts.length).toBeGreaterThanOrEqual(1);
      for (const restart of restarts) expect(restart).toMatch(/gave no answer within \d+ ms/);
      expect(pool.waitingCalls).toBe(0);
    });

  it('leaves no guarded call waiting after a run, a crash or a cancel', async () => {
    const control = { ...newControl(), crashOnCall: 4 };
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    for (let i = 0; i < 3; i++) await pool.run(scenario, { traces: false });
    expect(pool.waitingCalls).toBe(0);
    control.hang = true;
    const abort = new AbortController();
    const running = pool.run(scenario, { signal: abort.signal, traces: false });
    await new Promise((r) => setTimeout(r, 10));
    abort.abort();
    await expect(running).rejects.toThrow();
    expect(pool.waitingCalls).toBe(0);
  });

  it('gives up after MAX_RESTARTS_PER_SLOT crashes of the same worker slot', async () => {
    const control = newControl();
    const alwaysCrash = fakeFactory(control);
    const factory = () => {
      const endpoint = alwaysCrash();
      endpoint.remote.simulate = () => {
        setTimeout(() => endpoint.terminate(), 1);
        return new Promise(() => undefined);
      };
      return endpoint;
    };
    const pool = new BrowserPool({ size: 1, factory });
    await expect(pool.run(scenario, { traces: false })).rejects.toBeInstanceOf(WorkerCrashedError);
    expect(control.started).toBe(1 + MAX_RESTARTS_PER_SLOT);
  });

  it('does not retry an ordinary error: the run fails with its message', async () => {
    const control = { ...newControl(), fail: true };
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    await expect(pool.run(scenario, { traces: false })).rejects.toThrow('strategies[0]: refused');
    expect(control.started).toBe(2);
  });

  it('cancels a hung run without waiting on it: rejects before a zero-delay timer fires, terminates the workers, and runs again afterwards', async () => {
    const control = { ...newControl(), hang: true };
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    const abort = new AbortController();
    const running = pool.run(scenario, { signal: abort.signal, traces: false });
    while (control.calls < 2) await new Promise((r) => setTimeout(r, 1)); // both workers hold a job that never ends
    // The hung calls never settle, so only the cancel path can end the run; it must not wait on a
    // timer either: the rejection comes in the same turn of the event loop as the abort.
    const order: string[] = [];
    const settled = running.then(() => order.push('resolved'), (error: Error) => order.push(`rejected ${error.name}`));
    abort.abort();
    await new Promise((r) => setTimeout(r, 0)).then(() => order.push('timer'));
    expect(order).toEqual(['rejected AbortError', 'timer']);
    await settled;
    expect(control.terminated).toBe(2);
    expect(pool.started).toBe(0);
    control.hang = false;
    const data = await pool.run(scenario, { traces: false });
    expect(data.runs).toBe(30);
    await expect(pool.run(scenario, { signal: AbortSignal.abort(), traces: false })).rejects.toThrow();
  });

  it('its users take turns: a second run waits for the first, a cancelled wait never starts, the numbers stay exact', async () => {
    const reference = comparable(simulateInline(scenario));
    const control = newControl();
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    const order: string[] = [];
    const first = pool.run(scenario, { traces: false, onProgress: () => order.push('first') }).then((d) => (order.push('first done'), d));
    const cancelled = new AbortController();
    const skipped = pool.run(scenario, { traces: false, signal: cancelled.signal, onProgress: () => order.push('skipped') });
    const second = pool.run(scenario, { traces: false, onProgress: () => order.push('second') });
    cancelled.abort();
    await expect(skipped).rejects.toThrow();
    const [a, b] = await Promise.all([first, second]);
    expect(comparable(a)).toEqual(reference);
    expect(comparable(b)).toEqual(reference);
    // Every progress of the first run comes before any of the second; the cancelled one never ran.
    expect(order.indexOf('first done')).toBeLessThan(order.indexOf('second'));
    expect(order.lastIndexOf('first')).toBeLessThan(order.indexOf('second'));
    expect(order).not.toContain('skipped');
    expect(pool.waitingCalls).toBe(0);
  });

  it('runs the best seeds on its warm first worker, in turn with runs, as bestSeedsJob does in this thread', async () => {
    const control = newControl();
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    const request = { strategy: 0, k: 3, samples: 20 };
    const dividend = valid({ runs: 10, steps: 20, network: { kind: 'barabasi-albert', nodes: 300, edgesPerNode: 2 }, model: { kind: 'dividend' }, strategies: [{ name: 'seeds', seeding: { method: 'random', count: 3 } }] });
    const expected = bestSeeds(dividend, request);
    const run = pool.run(scenario, { traces: false });
    const progress: string[] = [];
    const result = await pool.bestSeeds(dividend, request, (p) => progress.push(p.phase));
    await run;
    expect(result.greedy.seeds).toEqual(expected.greedy.seeds);
    expect(progress.length).toBeGreaterThan(0);
    expect(control.started).toBe(2); // no worker of its own: the pool's
    expect(control.bestSeedsCalls).toBe(1);
    // Cancelled: rejected at once, the busy worker ended so the next user does not wait on it.
    const abort = new AbortController();
    const cancelled = pool.bestSeeds(dividend, { ...request, samples: 200 }, () => abort.abort(), abort.signal);
    await expect(cancelled).rejects.toThrow();
    expect(comparable(await pool.run(scenario, { traces: false }))).toEqual(comparable(simulateInline(scenario)));
  });

  it('runs OPIM-C with its sets drawn on every worker: the core one-thread result for 1 and 2 workers, and cancellable', async () => {
    const request = { strategy: 0, k: 3, samples: 20, method: 'imm' as const, epsilon: 0.2, delta: 0.01 };
    const dividend = valid({ runs: 4, steps: 20, network: { kind: 'barabasi-albert', nodes: 300, edgesPerNode: 2 }, model: { kind: 'dividend' }, strategies: [{ name: 'seeds', seeding: { method: 'random', count: 3 }, content: { quality: 0.3 } }] });
    const expected = await bestSeedsByOpimc(dividend, request, (graph, rule, root, options) => Promise.resolve(opimcSeeds(graph, rule, root, options)));
    for (const size of [1, 2]) {
      const control = newControl();
      const pool = new BrowserPool({ size, factory: fakeFactory(control) });
      const phases = new Set<string>();
      const result = await pool.bestSeeds(dividend, request, (p) => phases.add(p.phase));
      // peakInts counts each drawer's scratch: a resource, not a result.
      expect({ ...result.imm!.result, peakInts: 0 }).toEqual({ ...expected.imm!.result, peakInts: 0 });
      expect(result.rows).toEqual(expected.rows);
      expect([...phases]).toEqual(expect.arrayContaining(['rrSets', 'evaluate']));
      expect(control.peerServes ?? 0).toBe(size - 1);
      // Cancelled at its first progress: rejected, every worker of the call ended, the pool usable again.
      const abort = new AbortController();
      await expect(pool.bestSeeds(dividend, request, () => abort.abort(), abort.signal)).rejects.toThrow();
      expect(comparable(await pool.run(scenario, { traces: false }))).toEqual(comparable(simulateInline(scenario)));
      expect(pool.waitingCalls).toBe(0);
    }
  });

  it('lends its workers to a calibration-like user, which simulates exactly what this thread does', async () => {
    const control = newControl();
    const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
    const blocks = await pool.lend(3, undefined, async (workers) => {
      expect(workers.length).toBe(2); // never more than the pool has
      await workers[1].remote.load(scenario);
      return workers[1].remote.simulate([0, 1, 2]);
    });
    const expected = simulateRuns(scenario, [0, 1, 2]);
    expect(Array.from(blocks.totals)).toEqual(Array.from(expected.totals));
    expect(Array.from(blocks.timelines)).toEqual(Array.from(expected.timelines));
    expect(control.started).toBe(1); // only the worker it used was started
  });
});
