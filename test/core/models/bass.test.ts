import { describe, expect, it } from 'vitest';
import { fullyMixedGraph } from '../../../src/core/graph';
import { runModel } from '../../../src/core/models/runModel';
import type { BassSpec } from '../../../src/core/models/modelSpec';
import { erGraph, graphOf, path, ROOT, seedsOf } from './fixtures';
import { referenceBass } from './referenceModels';

const bass = (innovation: number, imitation: number): BassSpec => ({ kind: 'bass', innovation, imitation });

describe('Bass: exact fixtures', () => {
  it('p = 1 makes everyone adopt at step 1, on a network and fully mixed', () => {
    const out = runModel(path(5), bass(1, 0), seedsOf(), 3, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([0, 5, 5, 5]);
    expect(Array.from(out.timeline.reached)).toEqual([0, 5, 5, 5]);
    expect(out.steps).toBe(1);
    const mixed = runModel(fullyMixedGraph(8), bass(1, 0), seedsOf(), 3, ROOT, 0);
    expect(Array.from(mixed.timeline.shared)).toEqual([0, 8, 8, 8]);
    expect(mixed.steps).toBe(1);
  });

  it('q-only (p = 0, q = 1) on a one-way chain adopts one node per step', () => {
    const chain = graphOf(4, [], [[0, 1], [1, 2], [2, 3]]);
    const out = runModel(chain, bass(0, 1), seedsOf(0), 5, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 2, 3, 4, 4, 4]);
    expect(Array.from(out.timeline.reached)).toEqual([1, 2, 3, 4, 4, 4]);
    expect(out).toMatchObject({ shared: 4, converted: 4, churned: 0, steps: 3 });
  });

  it('p = q = 0: the seeds expose their audience at step 1, then the run stops', () => {
    const out = runModel(path(5), bass(0, 0), seedsOf(2), 4, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(out.timeline.reached)).toEqual([1, 3, 3, 3, 3]);
    expect(out.steps).toBe(1);
  });

  it('p = 0 without seeds: nothing can ever happen (steps = 0)', () => {
    expect(runModel(path(5), bass(0, 0.9), seedsOf(), 4, ROOT, 0)).toMatchObject({ shared: 0, reached: 0, steps: 0 });
    expect(runModel(fullyMixedGraph(5), bass(0, 0.9), seedsOf(), 4, ROOT, 0)).toMatchObject({ shared: 0, steps: 0 });
  });

  it('fully mixed, q-only: the seeds expose everyone at step 1', () => {
    const out = runModel(fullyMixedGraph(6), bass(0, 0), seedsOf(0), 3, ROOT, 0);
    expect(Array.from(out.timeline.reached)).toEqual([1, 6, 6, 6]);
    expect(out.steps).toBe(1);
  });
});

describe('Bass: matches the naive reference draw for draw', () => {
  const cases = [
    { name: 'ER n=300 c=4 p=0.01 q=0.3', g: erGraph(300, 4, 'bass-ref'), p: 0.01, q: 0.3 },
    { name: 'ER n=300 c=4 p=0 q=0.5 (candidates only from exposure)', g: erGraph(300, 4, 'bass-ref0'), p: 0, q: 0.5 },
    { name: 'weighted directed ER n=300 c=6 p=0.02 q=0.4', g: erGraph(300, 6, 'bass-ref-w', true), p: 0.02, q: 0.4 },
    { name: 'fully mixed n=300 p=0.01 q=0.4', g: fullyMixedGraph(300), p: 0.01, q: 0.4 },
  ];
  for (const { name, g, p, q } of cases) {
    it(`${name}: 10 runs, 2 seeds each, 40 steps`, () => {
      for (let run = 0; run < 10; run++) {
        const seeds = [(run * 37) % 300, (run * 91 + 5) % 300];
        const out = runModel(g, bass(p, q), Int32Array.from(seeds), 40, ROOT, run);
        const ref = referenceBass(g, p, q, seeds, 40, ROOT, run);
        expect(Array.from(out.timeline.reached)).toEqual(ref.reached);
        expect(Array.from(out.timeline.shared)).toEqual(ref.shared);
        expect(out.steps).toBe(ref.steps);
      }
    });
  }
});

describe('Bass on a fully mixed population reproduces the Bass curve', () => {
  /** Discrete-time mean field: F(t) = F(t−1) + (p + q·F(t−1))·(1 − F(t−1)), F(0) = 0. */
  function recursion(p: number, q: number, steps: number): number[] {
    const f = [0];
    for (let t = 1; t <= steps; t++) f.push(f[t - 1] + (p + q * f[t - 1]) * (1 - f[t - 1]));
    return f;
  }
  /** Continuous-time closed form F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}). */
  const closedForm = (p: number, q: number, t: number) =>
    (1 - Math.exp(-(p + q) * t)) / (1 + (q / p) * Math.exp(-(p + q) * t));

  function meanCurve(n: number, p: number, q: number, steps: number, runs: number): number[] {
    const g = fullyMixedGraph(n);
    const sum = new Float64Array(steps + 1);
    for (let run = 0; run < runs; run++) {
      const out = runModel(g, bass(p, q), seedsOf(), steps, ROOT, run);
      for (let t = 0; t <= steps; t++) sum[t] += out.timeline.shared[t] / n;
    }
    return Array.from(sum, (s) => s / runs);
  }

  const maxGap = (a: number[], b: (t: number) => number) => Math.max(...a.map((x, t) => Math.abs(x - b(t))));

  it('n=10000, p=0.01, q=0.4, 60 steps, 50 runs: within 0.01 of the recursion, within 0.13 of the closed form', () => {
    const { p, q, steps } = { p: 0.01, q: 0.4, steps: 60 };
    const mean = meanCurve(10_000, p, q, steps, 50);
    const f = recursion(p, q, steps);
    expect(maxGap(mean, (t) => f[t])).toBeLessThan(0.01);
    // One step of length 1 at rate p+q = 0.41 is a coarse discretisation: the recursion itself
    // lags the closed form by up to 0.119 (at t ≈ 9), so the tolerance is 0.119 + 0.01.
    expect(maxGap(f, (t) => closedForm(p, q, t))).toBeCloseTo(0.1193, 3);
    expect(maxGap(mean, (t) => closedForm(p, q, t))).toBeLessThan(0.13);
    expect(mean[steps]).toBeGreaterThan(0.999);
  });

  it('with 4× smaller rates (p=0.0025, q=0.1, 240 steps, 20 runs) the gap to the closed form shrinks to ≤ 0.031 + 0.01', () => {
    const { p, q, steps } = { p: 0.0025, q: 0.1, steps: 240 };
    const mean = meanCurve(10_000, p, q, steps, 20);
    const f = recursion(p, q, steps);
    expect(maxGap(mean, (t) => f[t])).toBeLessThan(0.01);
    expect(maxGap(mean, (t) => closedForm(p, q, t))).toBeLessThan(0.041);
  });
});
