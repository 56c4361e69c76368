/**
 * The browser pool's scheduling and recovery, with in-thread fake workers (Web Workers need a
 * browser; the real ones are exercised by test/e2e/app.e2e.test.ts). The fakes run the same
 * job code, asynchronously, and can be made to crash or hang.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { BrowserPool, MAX_RESTARTS_PER_SLOT, WorkerCrashedError } from '../../src/runtime/pool.browser';
import { simulateInline } from '../../src/runtime/simulateInline';
import { validateScenario } from '../../src/scenario/validateScenario';
import { fakeFactory, newControl } from './fakeBrowserWorkers';
import { planJobs } from '../../src/runtime/jobs';
import { JobClock } from '../../src/runtime/workerDeath';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 2, name: 'browser pool test', seed: 'bp', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const scenario = valid({
  runs: 30,
  steps: 20,
  network: { kind: 'barabasi-albert', nodes: 300, edgesPerNode: 2 },
  model: { kind: 'independent-cascade', probability: 0.2 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 3 } },
    { name: 'degree', seeding: { method: 'degree', count: 3 } },
  ],
});

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

  it('refuses a second concurrent run', async () => {
    const pool = new BrowserPool({ size: 1, factory: fakeFactory(newControl()) });
    const first = pool.run(scenario, { traces: false });
    await expect(pool.run(scenario, { traces: false })).rejects.toThrow(/previous run/);
    await first;
  });
});
