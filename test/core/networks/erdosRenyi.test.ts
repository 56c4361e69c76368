import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { averageClustering } from '../../../src/core/metrics/clustering';
import { connectedComponents } from '../../../src/core/metrics/components';
import { undirectedView } from '../../../src/core/metrics/undirectedView';
import { erdosRenyiEdges } from '../../../src/core/networks/erdosRenyi';
import { purposeStream, rootKey, Stream } from '../../../src/core/random';

const er = (n: number, c: number, seed: string) =>
  buildGraph(n, erdosRenyiEdges(n, c, purposeStream(rootKey(seed), 0, 'network')));

/** The giant component share S solving S = 1 − exp(−c·S) (fixed-point iteration). */
function giantComponentShare(c: number): number {
  let s = 1;
  for (let i = 0; i < 10_000; i++) s = 1 - Math.exp(-c * s);
  return s;
}

describe('erdosRenyiEdges', () => {
  it('has mean degree c (within 0.5 %) and clustering ≈ c/(n−1) (within 30 %) on n = 5000, c = 20', () => {
    // ≈ c³/6 ≈ 1300 triangles make the clustering estimate's sd ≈ 3 %; measured ratios 0.98 … 1.03 on three seeds.
    for (const seed of ['er-1', 'er-2']) {
      const g = er(5000, 20, seed);
      expect(Math.abs(g.targets.length / 5000 / 20 - 1)).toBeLessThan(0.005);
      const c = averageClustering(undirectedView(g), new Stream({ a: 3, b: 4 })).value;
      expect(Math.abs(c / (20 / 4999) - 1)).toBeLessThan(0.3);
    }
  });

  it('has a giant component 1 − exp(−c·S) = S within 0.01 (n = 50k, c = 1.5 and 3)', () => {
    // sd of the giant component share at n = 50k is ≈ 0.003; measured deviations ≤ 0.001.
    for (const c of [1.5, 3]) {
      const comps = connectedComponents(undirectedView(er(50_000, c, 'er-giant')));
      expect(Math.abs(comps.largestSize / 50_000 - giantComponentShare(c))).toBeLessThan(0.01);
    }
  });

  it('has no giant component below the threshold (c = 0.5: largest ≪ n)', () => {
    const comps = connectedComponents(undirectedView(er(50_000, 0.5, 'er-sub')));
    expect(comps.largestSize).toBeLessThan(200); // O(log n) clusters: typically ≈ 30–60 nodes
  });
});
