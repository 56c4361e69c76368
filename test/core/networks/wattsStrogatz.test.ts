import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { averageClustering } from '../../../src/core/metrics/clustering';
import { connectedComponents } from '../../../src/core/metrics/components';
import { averagePathLength } from '../../../src/core/metrics/pathLength';
import { undirectedView } from '../../../src/core/metrics/undirectedView';
import { wattsStrogatzEdges } from '../../../src/core/networks/wattsStrogatz';
import { purposeStream, rootKey, Stream } from '../../../src/core/random';
import { degreesOf } from './degreeTail';

function smallWorld(n: number, k: number, beta: number, sources = 1000) {
  const g = buildGraph(n, wattsStrogatzEdges(n, k, beta, purposeStream(rootKey('ws'), 0, 'network')));
  const view = undirectedView(g);
  const clustering = averageClustering(view, new Stream({ a: 1, b: 1 }), n).value;
  const path = averagePathLength(view, connectedComponents(view), new Stream({ a: 2, b: 2 }), sources).value;
  return { g, clustering, path };
}

describe('wattsStrogatzEdges', () => {
  it('builds the ring lattice exactly at β = 0', () => {
    const g = buildGraph(8, wattsStrogatzEdges(8, 4, 0, new Stream({ a: 1, b: 2 })));
    const row = (u: number) => Array.from(g.targets.subarray(g.offsets[u], g.offsets[u + 1]));
    expect(row(0)).toEqual([1, 2, 6, 7]);
    expect(row(5)).toEqual([3, 4, 6, 7]);
    expect(degreesOf(g).every((d) => d === 4)).toBe(true);
  });

  it('has clustering exactly 3(k−2)/(4(k−1)) at β = 0', () => {
    expect(smallWorld(1000, 10, 0, 1).clustering).toBeCloseTo((3 * 8) / (4 * 9), 12);
  });

  it('keeps n·k/2 ties with no self-loops and (almost) no duplicates when rewiring', () => {
    const { g } = smallWorld(5000, 10, 0.3, 1);
    expect(g.targets.length).toBeLessThanOrEqual(50_000);
    // Only two rewired ties can coincide: ≈ R²/n² = 7500²/5000² ≈ 2 duplicate pairs (4 arcs) expected; measured 0–6 arcs.
    expect(g.targets.length).toBeGreaterThan(50_000 - 30);
  });

  it('is a small world: β = 0.01 keeps C/C0 > 0.9 while L/L0 < 0.5 (n = 1000, k = 10)', () => {
    // Measured C/C0 ≈ 0.97, L/L0 ≈ 0.17 (exact averages: all 1000 nodes are BFS sources).
    const lattice = smallWorld(1000, 10, 0);
    const rewired = smallWorld(1000, 10, 0.01);
    expect(rewired.clustering / lattice.clustering).toBeGreaterThan(0.9);
    expect(rewired.path / lattice.path).toBeLessThan(0.5);
  });

  it('follows Barrat–Weigt C(β) ≈ C0·(1−β)³ within 0.03 (n = 5000, k = 10)', () => {
    // Measured |C/C0 − (1−β)³| ≤ 0.009 on two seeds for β ∈ {0.05, 0.1, 0.2, 0.4}.
    const c0 = (3 * 8) / (4 * 9);
    for (const beta of [0.1, 0.2, 0.4]) {
      const { clustering } = smallWorld(5000, 10, beta, 1);
      expect(Math.abs(clustering / c0 - (1 - beta) ** 3)).toBeLessThan(0.03);
    }
  });
});
