/**
 * The running-time and memory estimate checked before a run. Calibrated on this machine (CLI, 2
 * workers, busy cores): independent cascade, 100,000 people, 1M arcs, 400 runs — estimated 15 s,
 * took 17 s; dividend, 50,000 people reached by every run, 2 × 100 runs — estimated 20 s, took
 * 18 s. The tests pin what the estimate is for: presets are quick, a scenario at the limits is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesPerWorker, describeEstimate, estimateRun, isLongRun, LONG_RUN_SECONDS, pageRunWorkers, workersWithinMemory } from '../../src/runtime/runEstimate';
import { validateScenario } from '../../src/scenario/validateScenario';
import type { Scenario } from '../../src/core/scenario';

function valid(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const SCENARIOS = new URL('../../scenarios/', import.meta.url);

describe('estimateRun', () => {
  it('every preset and lesson is well under the long-run threshold on 2 workers', () => {
    for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith('.json'))) {
      const estimate = estimateRun(valid(JSON.parse(readFileSync(new URL(file, SCENARIOS), 'utf8'))), 2);
      expect(estimate.seconds, file).toBeLessThan(LONG_RUN_SECONDS / 10);
      expect(isLongRun(estimate), file).toBe(false);
    }
  });

  it('a scenario at several limits at once is hours, and says so', () => {
    const huge = valid({
      version: 1,
      name: 'at the limits',
      runs: 2500,
      steps: 1000,
      network: { kind: 'erdos-renyi', nodes: 2_000_000, meanDegree: 20 },
      model: { kind: 'dividend' },
      strategies: Array.from({ length: 8 }, (_, i) => ({ name: `s${i}`, seeding: { method: 'random', count: 10 } })),
    });
    const estimate = estimateRun(huge, 2);
    expect(estimate.seconds).toBeGreaterThan(3600);
    expect(isLongRun(estimate)).toBe(true);
    expect(describeEstimate(estimate, 2)).toMatch(/^about \d+\.\d hours on 2 workers and [\d,]+ MB of memory$/);
  });

  it('grows with runs and strategies, shrinks with workers, and costs a network per run when resampled', () => {
    const base = {
      version: 1,
      name: 'e',
      runs: 100,
      network: { kind: 'erdos-renyi', nodes: 20_000, meanDegree: 10 },
      model: { kind: 'independent-cascade', probability: 0.1 },
      strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }],
    };
    const one = estimateRun(valid(base), 1);
    expect(estimateRun(valid({ ...base, runs: 200 }), 1).seconds).toBeGreaterThan(1.9 * one.seconds);
    expect(estimateRun(valid(base), 2).seconds).toBeLessThan(one.seconds);
    expect(estimateRun(valid({ ...base, network: { ...base.network, resample: true } }), 1).seconds).toBeGreaterThan(one.seconds);
  });

  it('runs a huge network on fewer page workers (each holds a copy), a small one on all', () => {
    const make = (nodes: number, meanDegree: number) =>
      valid({
        version: 1,
        name: 'w',
        network: { kind: 'erdos-renyi', nodes, meanDegree },
        model: { kind: 'dividend' },
        strategies: [{ name: 'a', seeding: { method: 'random', count: 1 } }],
      });
    expect(workersWithinMemory(make(10_000, 10), 8)).toBe(8);
    const huge = make(2_000_000, 20);
    expect(bytesPerWorker(huge)).toBeGreaterThan(500_000_000);
    expect(workersWithinMemory(huge, 8)).toBe(2);
    expect(workersWithinMemory(huge, 8, 100)).toBe(1); // never fewer than one
  });
});

describe('pageRunWorkers', () => {
  const lesson = (nodes: number) => {
    const json = JSON.parse(readFileSync(new URL('lesson-kol-vs-seed-users.json', SCENARIOS), 'utf8')) as { network: Record<string, unknown> };
    return valid({ ...json, network: { ...json.network, nodes, communities: Math.round(nodes / 250) } });
  };

  it('a long run (the page asks about it first) leaves one core to the page; any other run has the whole pool', () => {
    const million = lesson(1_000_000);
    expect(isLongRun(estimateRun(million, 2))).toBe(true); // the premise: the page asks before this one
    expect([1, 2, 4, 8].map((pool) => pageRunWorkers(million, pool))).toEqual([1, 1, 3, 7]);
    const firstVisit = lesson(10_000);
    expect(isLongRun(estimateRun(firstVisit, 2))).toBe(false);
    expect([1, 2, 4, 8].map((pool) => pageRunWorkers(firstVisit, pool))).toEqual([1, 2, 4, 8]);
  });
});
