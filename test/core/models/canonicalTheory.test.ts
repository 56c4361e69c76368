/**
 * Statistical checks of the canonical models against their published analytic results.
 * Every test is seeded (fixed networks, fixed run indices), so it is deterministic; the
 * tolerances are still chosen as ~3 standard errors of the stated run counts so that they
 * say something true about the model, not about one lucky seed.
 */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/core/graph';
import { runModel } from '../../../src/core/models/runModel';
import type { ModelSpec } from '../../../src/core/models/modelSpec';
import { randomSeeds } from '../../../src/core/seeding/seedingRandom';
import { erGraph, ROOT } from './fixtures';

/** Final activated counts of `runs` single-random-seed runs. */
function finalSizes(g: Graph, model: ModelSpec, runs: number, steps = 1000): number[] {
  const sizes: number[] = [];
  for (let run = 0; run < runs; run++) {
    sizes.push(runModel(g, model, randomSeeds(g.nodeCount, 1, ROOT, run), steps, ROOT, run).shared);
  }
  return sizes;
}

/** Fixed point of S = 1 − exp(−λS) from S = 1 (the non-trivial root when λ > 1). */
function percolationGiant(lambda: number): number {
  let s = 1;
  for (let i = 0; i < 10_000; i++) s = 1 - Math.exp(-lambda * s);
  return s;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('Independent Cascade on Erdős–Rényi = bond percolation (S = 1 − exp(−c·p·S))', () => {
  const n = 20_000;
  const g = erGraph(n, 5, 'ic-theory');

  it('S(c·p = 1.5) = 0.5828', () => {
    expect(percolationGiant(1.5)).toBeCloseTo(0.5828, 4);
  });

  it('n=20000, c=5, p=0.3, 600 single-seed runs: large cascades (>5% n) average S ± 0.02; their share is S ± 0.06', () => {
    const S = percolationGiant(1.5);
    const sizes = finalSizes(g, { kind: 'independent-cascade', probability: 0.3 }, 600);
    const large = sizes.filter((s) => s > 0.05 * n).map((s) => s / n);
    // Sizes are bimodal: nothing between "a few nodes" and the giant out-component.
    expect(sizes.filter((s) => s > 0.01 * n && s <= 0.3 * n)).toHaveLength(0);
    expect(Math.abs(mean(large) - S)).toBeLessThan(0.02);
    // Share of seeds in the giant in-component: binomial s.e. √(S(1−S)/600) = 0.020.
    expect(Math.abs(large.length / sizes.length - S)).toBeLessThan(0.06);
  });

  it('subcritical c·p = 0.5 (c=5, p=0.1), 600 runs: no cascade exceeds 2% of n', () => {
    const sizes = finalSizes(g, { kind: 'independent-cascade', probability: 0.1 }, 600);
    expect(Math.max(...sizes)).toBeLessThan(0.02 * n);
    // Mean cascade size of a branching process with mean offspring 0.5 is about 1/(1 − 0.5) = 2.
    expect(mean(sizes)).toBeGreaterThan(1.5);
    expect(mean(sizes)).toBeLessThan(2.6);
  });
});

describe('Linear Threshold on Erdős–Rényi: the Watts (2002) cascade window, φ = 0.18, one random seed', () => {
  const n = 10_000;
  const model: ModelSpec = { kind: 'linear-threshold', threshold: 0.18, thresholdSpread: 0 };
  const poisson = (z: number, k: number) => {
    let p = Math.exp(-z);
    for (let i = 1; i <= k; i++) p *= z / i;
    return p;
  };
  /**
   * Watts' generating-function prediction of the share of single seeds that start a global
   * cascade: the seed must have a neighbour in the infinite cluster of vulnerable nodes
   * (degree k with 1/k ≥ φ). u = P(an edge does not lead into it).
   */
  function predictedFrequency(z: number, phi: number): number {
    let u = 0;
    for (let it = 0; it < 5000; it++) {
      let next = 1;
      for (let k = 1; k < 100; k++) if (1 / k >= phi) next -= ((k * poisson(z, k)) / z) * (1 - u ** (k - 1));
      u = next;
    }
    let f = 1;
    for (let k = 0; k < 100; k++) f -= poisson(z, k) * u ** k;
    return f;
  }
  const globalShare = (sizes: number[]) => sizes.filter((s) => s > 0.1 * n).length / sizes.length;

  it('z = 0.5 (below percolation), 300 runs: no global cascade (>10% n)', () => {
    expect(globalShare(finalSizes(erGraph(n, 0.5, 'watts-0.5'), model, 300))).toBe(0);
  });

  it('z = 14 (too stable: each node needs ≥3 active neighbours), 300 runs: no global cascade', () => {
    expect(globalShare(finalSizes(erGraph(n, 14, 'watts-14'), model, 300))).toBe(0);
  });

  it('z = 4 (inside the window), 300 runs: frequency = prediction 0.865 ± 0.06 (≫ 0.2); global cascades fill the giant component', () => {
    const predicted = predictedFrequency(4, 0.18);
    expect(predicted).toBeCloseTo(0.865, 3);
    const sizes = finalSizes(erGraph(n, 4, 'watts-4'), model, 300);
    const share = globalShare(sizes);
    expect(share).toBeGreaterThan(0.2);
    expect(Math.abs(share - predicted)).toBeLessThan(0.06); // binomial s.e. 0.020
    // Inside the window a global cascade takes essentially the whole giant component (0.980 of n at z=4).
    const global = sizes.filter((s) => s > 0.1 * n).map((s) => s / n);
    expect(Math.min(...global)).toBeGreaterThan(0.5);
    expect(mean(global)).toBeGreaterThan(0.95);
    expect(mean(global)).toBeLessThan(percolationGiant(4) + 0.005);
  });
});
