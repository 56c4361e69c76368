import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/core/graph';
import { betweenness } from '../../../src/core/metrics/betweenness';
import { childKey } from '../../../src/core/random';
import { erGraph, graphOf, path, ROOT, star } from '../models/fixtures';

const KEY = childKey(ROOT, 'betweenness-test');

/**
 * Brute force from the definition: for every ordered pair (s, t), count shortest s→t paths
 * through each v as σ_s(v)·σ_v(t) / σ_s(t) when d(s,v) + d(v,t) = d(s,t).
 */
function bruteForce(g: Graph): number[] {
  const n = g.nodeCount;
  const dist: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    const d = new Array<number>(n).fill(-1);
    const c = new Array<number>(n).fill(0);
    d[s] = 0;
    c[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h];
      for (let a = g.offsets[v]; a < g.offsets[v + 1]; a++) {
        const w = g.targets[a];
        if (d[w] < 0) {
          d[w] = d[v] + 1;
          queue.push(w);
        }
        if (d[w] === d[v] + 1) c[w] += c[v];
      }
    }
    dist.push(d);
    sigma.push(c);
  }
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++) {
      if (s === t || dist[s][t] < 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || dist[s][v] < 0 || dist[v][t] < 0) continue;
        if (dist[s][v] + dist[v][t] === dist[s][t]) bc[v] += (sigma[s][v] * sigma[v][t]) / sigma[s][t];
      }
    }
  return bc;
}

describe('betweenness (Brandes)', () => {
  it('exact on a path, a star and a diamond (ordered pairs)', () => {
    expect(Array.from(betweenness(path(5), KEY, 100))).toEqual([0, 6, 8, 6, 0]);
    expect(Array.from(betweenness(star(4), KEY, 100))).toEqual([12, 0, 0, 0, 0]);
    const diamond = graphOf(4, [[0, 1], [0, 2], [1, 3], [2, 3]]);
    expect(Array.from(betweenness(diamond, KEY, 100))).toEqual([1, 1, 1, 1]);
  });

  it('follows arc direction: on a one-way chain 0→1→2→3 only forward paths count', () => {
    const chain = graphOf(4, [], [[0, 1], [1, 2], [2, 3]]);
    expect(Array.from(betweenness(chain, KEY, 100))).toEqual([0, 2, 2, 0]);
  });

  it('equals the brute force on random graphs when every node is a source', () => {
    for (const g of [erGraph(80, 3, 'bc-a'), erGraph(80, 5, 'bc-b', true)]) {
      const fast = betweenness(g, KEY, 80);
      const slow = bruteForce(g);
      for (let v = 0; v < g.nodeCount; v++) expect(fast[v]).toBeCloseTo(slow[v], 6);
    }
  });

  it('a 100-source sample of ER n=1000 c=4 estimates the total within 10% and finds the top node', () => {
    const g = erGraph(1000, 4, 'bc-sample');
    const exact = betweenness(g, KEY, 1000);
    const sampled = betweenness(g, KEY, 100);
    const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    expect(Math.abs(sum(sampled) / sum(exact) - 1)).toBeLessThan(0.1);
    const top = exact.indexOf(Math.max(...exact));
    const sampledRank = Array.from(sampled).filter((x) => x > sampled[top]).length;
    expect(sampledRank).toBeLessThan(10);
  });
});
