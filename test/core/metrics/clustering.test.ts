import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, TIE_FOLLOW, TIE_STRONG } from '../../../src/core/graph';
import { averageClustering, localClustering } from '../../../src/core/metrics/clustering';
import { undirectedView } from '../../../src/core/metrics/undirectedView';
import { Stream } from '../../../src/core/random';
import { path4, star5, tiesGraph, triangle, twoTriangles } from './smallGraphs';

const rng = () => new Stream({ a: 11, b: 12 });

describe('clustering', () => {
  it('is exact on small hand-made graphs', () => {
    expect(averageClustering(undirectedView(triangle()), rng())).toEqual({ value: 1, sampled: false, nodesUsed: 3 });
    expect(averageClustering(undirectedView(twoTriangles()), rng()).value).toBe(1);
    expect(averageClustering(undirectedView(path4()), rng()).value).toBe(0);
    expect(averageClustering(undirectedView(star5()), rng()).value).toBe(0);
  });

  it('averages local values over all nodes, counting degree < 2 as 0', () => {
    // Triangle 0-1-2 plus pendant 3 on node 0: C(0) = 1/3, C(1) = C(2) = 1, C(3) = 0.
    const view = undirectedView(tiesGraph(4, [[0, 1], [1, 2], [2, 0], [0, 3]]));
    const stamp = new Int32Array(4);
    expect([0, 1, 2, 3].map((v) => localClustering(view, v, stamp))).toEqual([1 / 3, 1, 1, 0]);
    expect(averageClustering(view, rng()).value).toBeCloseTo((1 / 3 + 2) / 4, 12);
  });

  it('counts triangles through a hub correctly on the binary-search path', () => {
    // Hub 0 tied to 1..200; 1–2 and 3–4 tied: C(1) = C(2) = C(3) = C(4) = 1 (neighbours are the hub and each other).
    const e = new EdgeBuffer();
    for (let v = 1; v <= 200; v++) e.addTie(0, v, TIE_STRONG);
    e.addTie(1, 2, TIE_STRONG);
    e.addArc(3, 4, TIE_FOLLOW);
    const view = undirectedView(buildGraph(201, e));
    const stamp = new Int32Array(201);
    expect(localClustering(view, 1, stamp)).toBe(1);
    expect(localClustering(view, 4, stamp)).toBe(1);
    expect(localClustering(view, 0, stamp)).toBeCloseTo(2 / ((200 * 199) / 2), 15);
  });

  it('estimates from a seeded sample on large graphs, and says so', () => {
    // 2000 disjoint triangles: every node has C = 1, so any sample gives exactly 1.
    const pairs: [number, number][] = [];
    for (let t = 0; t < 2000; t++) pairs.push([3 * t, 3 * t + 1], [3 * t + 1, 3 * t + 2], [3 * t + 2, 3 * t]);
    const est = averageClustering(undirectedView(tiesGraph(6000, pairs)), rng(), 500);
    expect(est).toEqual({ value: 1, sampled: true, nodesUsed: 500 });
  });
});
