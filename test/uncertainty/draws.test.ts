/**
 * Draws under uncertainty: a pure function of (seed, run, path) — the same whatever the order,
 * the job split, the worker count or the other entries — shared by every strategy of a run, and
 * distributed as declared (truncated normals inside their bounds, posteriors by weight).
 */
import { describe, expect, it } from 'vitest';
import { rootKey, Stream } from '../../src/core/random';
import { cumulativeWeights, drawSingle, pickParticle, truncatedStandardNormal } from '../../src/core/uncertainty/drawUncertainty';
import type { UncertaintyEntry } from '../../src/core/uncertainty/uncertaintySpec';
import { NetworkCache } from '../../src/runtime/networkCache';
import { simulateOnNodePool } from '../../src/runtime/pool.node.ts';
import { simulateInline } from '../../src/runtime/simulateInline';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { drawnValues, planUncertainty } from '../../src/runtime/uncertainWorlds';
import { DIVIDEND_BASE, valid } from './fixtures';

const worldUncertainty = [
  { path: 'model.conversion.plateau', distribution: { kind: 'uniform', low: 0.05, high: 0.3 } },
  { path: 'model.advocacy', distribution: { kind: 'normal', mean: 0.2, sd: 0.1 } },
];

describe('draws', () => {
  it('are a pure function of (seed, run, path): not of order, other entries or the run count', () => {
    const a = planUncertainty(valid({ ...DIVIDEND_BASE, uncertainty: worldUncertainty }))!;
    const b = planUncertainty(valid({ ...DIVIDEND_BASE, runs: 50, uncertainty: [worldUncertainty[1]] }))!;
    const forward = [0, 1, 2, 3, 4, 5, 6, 7].map((r) => drawnValues(a, r));
    const backward = [7, 6, 5, 4, 3, 2, 1, 0].map((r) => drawnValues(a, r)).reverse();
    expect(backward).toEqual(forward);
    // The advocacy draws do not change when the plateau entry is removed.
    expect(forward.map((v) => v[1])).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((r) => drawnValues(b, r)[0]));
    // Runs differ, and another seed draws other values.
    expect(new Set(forward.map((v) => v[0])).size).toBe(8);
    const other = planUncertainty(valid({ ...DIVIDEND_BASE, seed: 'other', uncertainty: worldUncertainty }))!;
    expect(drawnValues(other, 0)).not.toEqual(forward[0]);
  });

  it('stay inside truncation bounds, with the truncated moments (normal, lognormal, tails)', () => {
    const s = new Stream(rootKey('tn'));
    // Standard normal truncated to [1, 1.2], [3, ∞), [−0.5, 0.5] and [−4, 4]: each sampler branch.
    for (const [a, b] of [[1, 1.2], [3, Infinity], [-0.5, 0.5], [-4, 4], [-Infinity, -2.5]]) {
      let sum = 0;
      for (let i = 0; i < 4000; i++) {
        const z = truncatedStandardNormal(s, a, b);
        expect(z >= a && z <= b).toBe(true);
        sum += z;
      }
      // Known means: E[Z | Z > 3] = φ(3)/(1 − Φ(3)) ≈ 3.283; symmetric ranges 0; [1, 1.2] ≈ 1.096; Z < −2.5: −φ(2.5)/Φ(−2.5) ≈ −2.823.
      const expected = a === 3 ? 3.2831 : a === 1 ? 1.0961 : b === -2.5 ? -2.8227 : 0;
      expect(Math.abs(sum / 4000 - expected)).toBeLessThan(0.05);
    }
    const lognormal = { kind: 'lognormal', median: 2, sigma: 0.5, low: 0, high: 100 } as const;
    const values = Array.from({ length: 4001 }, () => drawSingle(s, lognormal)).sort((x, y) => x - y);
    expect(Math.abs(values[2000] - 2)).toBeLessThan(0.1);
    expect(values[0]).toBeGreaterThan(0);
  });

  it('pick posterior particles in proportion to their weights, never a weightless one', () => {
    const cumulative = cumulativeWeights([0.5, 0, 0.25, 0.25]);
    expect([0, 0.49, 0.5, 0.74, 0.75, 0.999].map((u) => pickParticle(cumulative, u))).toEqual([0, 0, 2, 2, 3, 3]);
  });

  it('draw posterior particles jointly: every run simulates one particle whole', () => {
    const particles = [
      { weight: 1, values: [0.1, 0.5] },
      { weight: 3, values: [0.2, 0.6] },
    ];
    const uncertainty: UncertaintyEntry[] = [{ distribution: { kind: 'posterior', paths: ['model.conversion.plateau', 'model.advocacy'], particles } }];
    const plan = planUncertainty(valid({ ...DIVIDEND_BASE, runs: 400, uncertainty }))!;
    const draws = Array.from({ length: 400 }, (_, r) => drawnValues(plan, r));
    for (const d of draws) expect([[0.1, 0.5], [0.2, 0.6]]).toContainEqual(d);
    const second = draws.filter((d) => d[0] === 0.2).length / 400;
    expect(Math.abs(second - 0.75)).toBeLessThan(0.1);
  });
});

describe('simulating under uncertainty', () => {
  const scenario = valid({ ...DIVIDEND_BASE, uncertainty: worldUncertainty });

  it('gives every strategy of a run the same world: identical strategies give identical runs', () => {
    const twin = valid({
      ...DIVIDEND_BASE,
      strategies: [DIVIDEND_BASE.strategies[0], { ...DIVIDEND_BASE.strategies[0], name: 'twin' }],
      uncertainty: worldUncertainty,
    });
    const data = simulateInline(twin, undefined, { traces: false });
    expect(Array.from(data.strategies[1].metrics)).toEqual(Array.from(data.strategies[0].metrics));
    // … and the runs did draw different worlds than the certain scenario.
    const certain = simulateInline(valid({ ...DIVIDEND_BASE }), undefined, { traces: false });
    expect(Array.from(data.strategies[0].metrics)).not.toEqual(Array.from(certain.strategies[0].metrics));
  });

  it('gives identical numbers in any job split and with 1 or 2 workers', async () => {
    const reference = simulateInline(scenario, undefined, { traces: false });
    const split = simulateRuns(scenario, [5, 2, 7, 0]);
    expect(Array.from(split.metrics.subarray(0, split.metricNames.length))).toEqual(
      Array.from(reference.strategies[0].metrics.subarray(5 * split.metricNames.length, 6 * split.metricNames.length)),
    );
    for (const workers of [1, 2]) {
      const pooled = await simulateOnNodePool(scenario, { workers });
      pooled.strategies.forEach((s, k) => expect(Array.from(s.metrics), `${workers} workers`).toEqual(Array.from(reference.strategies[k].metrics)));
    }
  });

  it('keeps the one shared network for world parameters, and draws a network per run for network parameters', () => {
    const cache = new NetworkCache();
    const generated = (s: typeof scenario) => {
      let n = 0;
      const get = cache.get.bind(cache);
      cache.get = (...args) => {
        const got = get(...args);
        if (got.generated) n++;
        return got;
      };
      simulateRuns(s, [0, 1, 2, 3], cache);
      cache.get = get;
      cache.clear();
      return n;
    };
    expect(generated(scenario)).toBe(1);
    const mixing = valid({ ...DIVIDEND_BASE, uncertainty: [{ path: 'network.mixing', distribution: { kind: 'uniform', low: 0.05, high: 0.5 } }] });
    expect(generated(mixing)).toBe(4);
  });
});
