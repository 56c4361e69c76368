import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { simulateOnNodePool } from '../../src/runtime/pool.node.ts';
import { simulateInline } from '../../src/runtime/simulateInline';
import { validateScenario } from '../../src/scenario/validateScenario';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 2, name: 'pool test', seed: 'pool', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const scenario = valid({
  runs: 40,
  steps: 25,
  network: { kind: 'barabasi-albert', nodes: 500, edgesPerNode: 2 },
  model: { kind: 'independent-cascade', probability: 0.2 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 3 } },
    { name: 'bridges', seeding: { method: 'bridges', count: 3 } },
  ],
});

/** Big enough that it is still running when the test aborts it. */
const slowScenario = valid({
  runs: 4000,
  steps: 50,
  network: { kind: 'erdos-renyi', nodes: 20000, meanDegree: 8 },
  model: { kind: 'independent-cascade', probability: 0.3 },
  strategies: [{ name: 'random', seeding: { method: 'random', count: 1 } }],
});

const comparable = (d: ReturnType<typeof simulateInline>) =>
  d.strategies.map((s) => [s.name, Array.from(s.totals), Array.from(s.timelines)]);

describe('Node worker pool', () => {
  it('gives exactly the in-thread numbers with 1 and 2 workers, reporting progress', async () => {
    const reference = simulateInline(scenario);
    const progress: number[] = [];
    const two = await simulateOnNodePool(scenario, { workers: 2, onProgress: (done, total) => {
      expect(total).toBe(40);
      progress.push(done);
    } });
    expect(comparable(two)).toEqual(comparable(reference));
    expect(two.network).toEqual(reference.network);
    expect(progress[progress.length - 1]).toBe(40);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const one = await simulateOnNodePool(scenario, { workers: 1 });
    expect(comparable(one)).toEqual(comparable(reference));
  });

  it('cancels: an abort rejects with the signal’s reason before the run is done, and no progress arrives afterwards', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const run = simulateOnNodePool(slowScenario, {
      workers: 2,
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        controller.abort(new Error('stop now'));
      },
    });
    await expect(run).rejects.toThrow('stop now');
    const reported = progress.length;
    expect(progress.at(-1)).toBeLessThan(slowScenario.runs);
    // A window in which a worker left running would still report (an observation, not a budget).
    await new Promise((r) => setTimeout(r, 200));
    expect(progress).toHaveLength(reported);
  });

  it('an already aborted signal rejects before any work', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(simulateOnNodePool(scenario, { workers: 1, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an error inside a worker rejects the whole simulation', async () => {
    // The validator refuses KOLs on a fully mixed population; bypass it to make the worker throw.
    const broken: Scenario = { ...scenario, network: { kind: 'fully-mixed', nodes: 10, resample: false, kols: { count: 1, reach: 0.5, homeBias: 0.5 } } };
    await expect(simulateOnNodePool(broken, { workers: 2 })).rejects.toThrow(/fully-mixed cannot have KOLs/);
  });
});
