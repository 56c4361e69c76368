import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, TIE_FOLLOW } from '../../../src/core/graph';
import { addKols, kolFollowerCount } from '../../../src/core/networks/kols';
import { Stream } from '../../../src/core/random';

const rng = (a: number) => new Stream({ a, b: 7 });

describe('addKols', () => {
  it('adds KOL nodes after the ordinary ones, each followed by round(reach·n/rank) distinct nodes via one-way follow arcs', () => {
    const nodes = 1000;
    const edges = new EdgeBuffer();
    const { kolNodes, kolCommunity } = addKols(edges, nodes, { count: 4, reach: 0.3, homeBias: 0.5 }, null, rng(1));
    expect(Array.from(kolNodes)).toEqual([1000, 1001, 1002, 1003]);
    expect(Array.from(kolCommunity)).toEqual([-1, -1, -1, -1]);
    const g = buildGraph(nodes + 4, edges, { kolNodes });
    const followers = Array.from(kolNodes, (k) => g.offsets[k + 1] - g.offsets[k]);
    expect(followers).toEqual([300, 150, 100, 75]);
    for (let u = 0; u < nodes; u++) expect(g.offsets[u + 1] - g.offsets[u]).toBe(0); // nobody posts to a KOL
    expect(g.tieKinds.every((k) => k === TIE_FOLLOW)).toBe(true);
    expect(g.targets.every((t) => t < nodes)).toBe(true);
    expect(g.inDegree[1000]).toBe(0);
  });

  it('samples without replacement even when a KOL reaches everyone', () => {
    const edges = new EdgeBuffer();
    addKols(edges, 50, { count: 2, reach: 1, homeBias: 0 }, null, rng(2));
    const g = buildGraph(52, edges);
    expect(g.offsets[51] - g.offsets[50]).toBe(50);
    expect(g.offsets[52] - g.offsets[51]).toBe(25);
    expect(edges.length).toBe(75); // no duplicates were merged away
  });

  it('draws a homeBias share of followers from the home community, the rest from anywhere', () => {
    // Two communities of 5000; one KOL with 2000 followers: 1000 from home + 1000 from the other
    // 9000 nodes, 4000 of them home. Expected home share (1000 + 1000·4/9)/2000 = 0.722, sd 0.008.
    const nodes = 10_000;
    const community = new Int32Array(nodes);
    community.fill(1, 5000);
    const edges = new EdgeBuffer();
    const { kolCommunity } = addKols(edges, nodes, { count: 1, reach: 0.2, homeBias: 0.5 }, community, rng(3));
    expect(edges.length).toBe(2000);
    let inHome = 0;
    for (let i = 0; i < edges.length; i++) if (community[edges.dst[i]] === kolCommunity[0]) inHome++;
    expect(Math.abs(inHome / edges.length - 0.722)).toBeLessThan(0.03);
  });

  it('chooses home communities in proportion to their size', () => {
    const community = new Int32Array(1000);
    community.fill(1, 900); // community 1 holds 10 % of the nodes
    const { kolCommunity } = addKols(new EdgeBuffer(), 1000, { count: 200, reach: 0.01, homeBias: 0.5 }, community, rng(4));
    const inSmall = kolCommunity.filter((c) => c === 1).length;
    expect(inSmall).toBeGreaterThan(8); // expected 20, sd 4.2
    expect(inSmall).toBeLessThan(32);
  });

  it('caps the home share at the home community size', () => {
    const community = new Int32Array(100);
    community.fill(1, 95); // community 1 has 5 members
    for (let seed = 0; seed < 30; seed++) {
      const edges = new EdgeBuffer();
      addKols(edges, 100, { count: 1, reach: 0.5, homeBias: 1 }, community, rng(seed));
      expect(edges.length).toBe(50);
      expect(new Set(edges.dst.subarray(0, edges.length)).size).toBe(50);
    }
  });

  it('follower counts are Zipf-like', () => {
    expect(kolFollowerCount(0.5, 10_000, 1)).toBe(5000);
    expect(kolFollowerCount(0.5, 10_000, 3)).toBe(1667);
    expect(kolFollowerCount(2, 100, 1)).toBe(100);
  });
});
