import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { ResultCollector, type SimulationData } from '../../src/runtime/collect';
import { NetworkCache } from '../../src/runtime/networkCache';
import { METRIC_COUNT, TOTALS_PER_RUN } from '../../src/runtime/runBlock';
import { simulateInline } from '../../src/runtime/simulateInline';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { validateScenario } from '../../src/scenario/validateScenario';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 2, name: 'runtime test', seed: 'rt', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const icScenario = valid({
  runs: 12,
  steps: 20,
  network: { kind: 'erdos-renyi', nodes: 300, meanDegree: 4 },
  model: { kind: 'independent-cascade', probability: 0.3 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 2 } },
    { name: 'degree', seeding: { method: 'degree', count: 2 } },
  ],
});

const resampledScenario = valid({
  runs: 9,
  steps: 15,
  network: { kind: 'communities', nodes: 200, communities: 5, meanDegree: 5, mixing: 0.2, resample: true, kols: { count: 2, reach: 0.2 } },
  model: { kind: 'linear-threshold', threshold: 0.2, thresholdSpread: 0.1 },
  strategies: [
    { name: 'kcore', seeding: { method: 'kcore', count: 3 } },
    { name: 'manual', seeding: { method: 'manual', nodes: [0, 200, 201] } },
    { name: 'random', seeding: { method: 'random', count: 3 } },
  ],
});

/** Simulate with the runs split into the given pieces (each with its own cache, in the given order). */
function simulateSplit(scenario: Scenario, pieces: number[][]): SimulationData {
  const collector = new ResultCollector(scenario);
  for (const runs of pieces) collector.add(simulateRuns(scenario, runs, new NetworkCache()));
  return collector.finish();
}

function numbersOf(data: SimulationData) {
  return data.strategies.map((s) => ({ name: s.name, totals: Array.from(s.totals), timelines: Array.from(s.timelines) }));
}

describe('simulateRuns', () => {
  it('lays out totals and timelines per (strategy, run) consistently', () => {
    const block = simulateRuns(icScenario, [3, 4], new NetworkCache());
    expect(block.runs).toEqual([3, 4]);
    expect(block.totals).toHaveLength(2 * 2 * TOTALS_PER_RUN);
    expect(block.timelines).toHaveLength(2 * 2 * METRIC_COUNT * 21);
    expect(block.network).toBeNull(); // only the block holding run 0 describes the network
    for (let row = 0; row < 4; row++) {
      const totals = block.totals.subarray(row * TOTALS_PER_RUN, (row + 1) * TOTALS_PER_RUN);
      const timeline = (m: number) => block.timelines.subarray((row * METRIC_COUNT + m) * 21, (row * METRIC_COUNT + m + 1) * 21);
      // The last timeline entry equals the run's final count, for reached/shared/converted/churned.
      for (let m = 0; m < METRIC_COUNT; m++) expect(timeline(m)[20]).toBe(totals[m]);
      expect(timeline(1)[0]).toBe(2); // two seeds share at step 0
    }
  });

  it('describes run 0’s network', () => {
    const block = simulateRuns(icScenario, [0], new NetworkCache());
    expect(block.network).toMatchObject({ nodes: 300, kols: 0, communities: 0, fullyMixed: false });
    expect(block.network!.arcs).toBeGreaterThan(1100);
    expect(block.network!.meanDegree).toBeCloseTo(4, 1);
  });

  it.each([
    ['shared network', icScenario, [[7, 8, 9, 10, 11], [0, 1], [2, 3, 4, 5, 6]]],
    ['resampled network with KOLs', resampledScenario, [[8], [4, 5, 6, 7], [0, 1, 2, 3]]],
  ] as const)('%s: identical numbers whatever the job split and order', (_, scenario, pieces) => {
    const whole = simulateSplit(scenario, [Array.from({ length: scenario.runs }, (_, i) => i)]);
    const split = simulateSplit(scenario, pieces.map((p) => [...p]));
    expect(numbersOf(split)).toEqual(numbersOf(whole));
    expect(split.network).toEqual(whole.network);
    expect(numbersOf(simulateInline(scenario))).toEqual(numbersOf(whole));
  });

  it('runs differ from each other (the test above compares something)', () => {
    const data = simulateInline(icScenario);
    const shared = Array.from({ length: icScenario.runs }, (_, r) => data.strategies[0].totals[r * TOTALS_PER_RUN + 1]);
    expect(new Set(shared).size).toBeGreaterThan(1);
  });
});

describe('NetworkCache', () => {
  it('reuses the network of an equal spec and seed, regenerates otherwise', () => {
    const cache = new NetworkCache();
    const root = { a: 1, b: 2 };
    const spec = icScenario.network;
    const first = cache.get(spec, 'rt', root, 0);
    expect(first.generated).toBe(true);
    expect(cache.get({ ...spec }, 'rt', root, 5)).toEqual({ graph: first.graph, generated: false });
    expect(cache.get(spec, 'other', root, 0).generated).toBe(true);
    expect(cache.get({ kind: 'erdos-renyi', nodes: 300, meanDegree: 3, resample: false, kols: null }, 'other', root, 0).generated).toBe(true);
  });

  it('with resample, each run index has its own network', () => {
    const cache = new NetworkCache();
    const root = { a: 1, b: 2 };
    const spec = { ...icScenario.network, resample: true };
    expect(cache.get(spec, 'rt', root, 0).generated).toBe(true);
    expect(cache.get(spec, 'rt', root, 0).generated).toBe(false);
    expect(cache.get(spec, 'rt', root, 1).generated).toBe(true);
  });

  it('a job reports generation time only for networks it generated', () => {
    const cache = new NetworkCache();
    expect(simulateRuns(icScenario, [0], cache).networkMs).toBeGreaterThan(0);
    expect(simulateRuns(icScenario, [1], cache).networkMs).toBe(0);
  });
});
