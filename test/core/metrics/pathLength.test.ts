import { describe, expect, it } from 'vitest';
import { connectedComponents } from '../../../src/core/metrics/components';
import { averagePathLength } from '../../../src/core/metrics/pathLength';
import { undirectedView } from '../../../src/core/metrics/undirectedView';
import { Stream } from '../../../src/core/random';
import type { Graph } from '../../../src/core/graph';
import { erdosRenyiEdges } from '../../../src/core/networks/erdosRenyi';
import { buildGraph } from '../../../src/core/graph';
import { path4, star5, tiesGraph, triangle, twoTriangles } from './smallGraphs';

/** Reference: plain one-source-at-a-time BFS over every pair of the largest component. */
function naiveAverage(g: Graph): number {
  const view = undirectedView(g);
  const comps = connectedComponents(view);
  let sum = 0;
  for (let s = 0; s < g.nodeCount; s++) {
    if (comps.componentOf[s] !== comps.largest) continue;
    const dist = new Int32Array(g.nodeCount).fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const u = queue[h];
      for (let a = view.offsets[u]; a < view.offsets[u + 1]; a++) {
        const v = view.targets[a];
        if (dist[v] < 0) {
          dist[v] = dist[u] + 1;
          sum += dist[v];
          queue.push(v);
        }
      }
    }
  }
  return sum / (comps.largestSize * (comps.largestSize - 1));
}

function pathLength(g: Graph, sources = 200) {
  const view = undirectedView(g);
  return averagePathLength(view, connectedComponents(view), new Stream({ a: 5, b: 6 }), sources);
}

describe('averagePathLength', () => {
  it('is exact on small hand-made graphs', () => {
    expect(pathLength(triangle())).toEqual({ value: 1, sources: 3, exact: true });
    expect(pathLength(path4()).value).toBeCloseTo(10 / 6, 12); // 1+2+3+1+2+1 over 6 pairs
    expect(pathLength(star5()).value).toBeCloseTo(16 / 10, 12); // 4 pairs at 1, 6 at 2
    expect(pathLength(twoTriangles())).toEqual({ value: 1, sources: 3, exact: true });
  });

  it('matches one-at-a-time BFS exactly across several 32-source batches', () => {
    // Sparse ER (c = 1.6): a giant component of ≈ 260 nodes with long paths, plus small components.
    const g = buildGraph(400, erdosRenyiEdges(400, 1.6, new Stream({ a: 8, b: 8 })));
    const est = pathLength(g, 1000);
    expect(est.exact).toBe(true);
    expect(est.sources).toBeGreaterThan(100);
    expect(est.value).toBeCloseTo(naiveAverage(g), 12);
  });

  it('is 0 without any pair of connected nodes', () => {
    expect(pathLength(tiesGraph(3, []))).toEqual({ value: 0, sources: 0, exact: true });
  });

  it('estimates from sampled sources on a long path (exact value (n+1)/3)', () => {
    const n = 3000;
    const pairs: [number, number][] = [];
    for (let v = 0; v + 1 < n; v++) pairs.push([v, v + 1]);
    const est = pathLength(tiesGraph(n, pairs), 200);
    expect(est.exact).toBe(false);
    expect(est.sources).toBe(200);
    // Per-source mean distance ranges over [n/4, n/2]; 200 sources give sd ≈ 1.5 % of (n+1)/3.
    expect(Math.abs(est.value / ((n + 1) / 3) - 1)).toBeLessThan(0.06);
  });
});
