import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { jobRuns, planJobs } from '../../src/runtime/jobs';
import { NetworkCache } from '../../src/runtime/networkCache';
import { buildResult } from '../../src/runtime/resultFormat';
import { simulateInline } from '../../src/runtime/simulateInline';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { validateScenario } from '../../src/scenario/validateScenario';
import { copyBlock, createAggregator } from '../../src/runtime/aggregation';
import { StreamingResults } from '../../src/runtime/streamingResults';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 1, name: 'aggregation test', seed: 'agg', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const scenario = valid({
  runs: 20,
  steps: 24,
  network: { kind: 'communities', nodes: 400, communities: 8, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.2 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 10 } },
    { name: 'kol', seeding: { method: 'random', count: 0 }, kols: { hire: 1, step: 0 } },
  ],
});

const blocks = () => {
  const cache = new NetworkCache();
  return planJobs(scenario.runs, 7).map((job) => simulateRuns(scenario, jobRuns(job), cache));
};
const withoutMeta = (r: ReturnType<typeof buildResult>) => JSON.parse(JSON.stringify({ ...r, meta: {} }));

describe('streamed results', () => {
  it('a snapshot is exactly the result of a scenario with the runs received so far', () => {
    const all = blocks();
    const stream = new StreamingResults(scenario);
    expect(stream.snapshot()).toBeNull();
    // Out of order: block 2 before block 1 leaves the prefix at block 0.
    stream.add(all[0]);
    stream.add(all[2]);
    const first = all[0].runs.length;
    expect(stream.prefix).toBe(first);
    const snap = stream.snapshot()!;
    expect(snap.scenario.runs).toBe(first);
    const smaller = { ...scenario, runs: first };
    expect(withoutMeta(buildResult(snap.scenario, snap.data))).toEqual(withoutMeta(buildResult(smaller, simulateInline(smaller))));
    stream.add(all[1]);
    expect(stream.prefix).toBe(all[0].runs.length + all[1].runs.length + all[2].runs.length);
  });

  it('the aggregator gives partial results while blocks arrive and the full result at the end', () => {
    const aggregator = createAggregator();
    aggregator.begin(scenario);
    const all = blocks();
    const partialRuns: number[] = [];
    for (const block of all) {
      aggregator.add(copyBlock(block));
      partialRuns.push(aggregator.snapshot()!.strategies[0].runs.length);
    }
    expect(partialRuns).toEqual([...partialRuns].sort((a, b) => a - b));
    expect(partialRuns.at(-1)).toBe(scenario.runs);
    const result = aggregator.finish({ note: 'meta' });
    expect(result.meta).toEqual({ note: 'meta' });
    expect(withoutMeta(result)).toEqual(withoutMeta(buildResult(scenario, simulateInline(scenario))));
    // A new scenario starts from nothing.
    aggregator.begin(scenario);
    expect(aggregator.snapshot()).toBeNull();
    expect(() => aggregator.finish({})).toThrow(/missing/);
  });

  it('copies blocks so that transferring the copy leaves the original intact', () => {
    const [block] = blocks();
    const copy = copyBlock(block);
    expect(copy.totals).not.toBe(block.totals);
    expect(Array.from(copy.metrics)).toEqual(Array.from(block.metrics));
    structuredClone(copy, { transfer: [copy.totals.buffer, copy.timelines.buffer, copy.metrics.buffer] });
    expect(copy.totals.length).toBe(0); // detached
    expect(block.totals.length).toBeGreaterThan(0);
  });
});
