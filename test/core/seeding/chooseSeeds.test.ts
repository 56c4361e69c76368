import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, fullyMixedGraph, TIE_FOLLOW, TIE_STRONG, type Graph } from '../../../src/core/graph';
import { chooseSeeds, rankNodes } from '../../../src/core/seeding/chooseSeeds';
import { tieBreakHashes } from '../../../src/core/seeding/rankOrder';
import { bridgeScores, bridgeSourceCount } from '../../../src/core/seeding/seedingByBridges';
import type { SeedingMethod, SeedingSpec } from '../../../src/core/seeding/seedingSpec';
import { rootKey } from '../../../src/core/random';
import { erGraph, graphOf, ROOT, star } from '../models/fixtures';
import { withMathRandom } from '../../mathRandom';

const spec = (method: SeedingMethod, count: number, nodes: number[] = []): SeedingSpec => ({ method, count, nodes });
const seeds = (g: Graph, s: SeedingSpec, run = 0) => Array.from(chooseSeeds(g, s, ROOT, run));

/** Two 5-cliques {0…4} and {5…9}; node 10 is tied to 3, 4 (left) and 5, 6 (right) and is the only way across. */
function twoCliquesWithBridge(withCommunities: boolean): Graph {
  const edges = new EdgeBuffer();
  for (const base of [0, 5])
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.addTie(base + i, base + j, TIE_STRONG);
  for (const v of [3, 4, 5, 6]) edges.addTie(10, v, TIE_STRONG);
  if (!withCommunities) return buildGraph(11, edges);
  const community = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
  return buildGraph(11, edges, { community, communityCount: 2 });
}

/** A 4-clique {0…3} attached through node 3 to a tree whose hubs 4 and 8 have degree 5 (clique nodes: 3 or 4). */
function cliqueOnTree(): Graph {
  return graphOf(13, [
    [0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3],
    [3, 4], [4, 5], [4, 6], [4, 7], [4, 8], [8, 9], [8, 10], [8, 11], [8, 12],
  ]);
}

describe('degree seeding', () => {
  it('a star: the hub first', () => {
    expect(seeds(star(6), spec('degree', 1))).toEqual([0]);
  });

  it('KOL accounts are ordinary nodes: a followed account with the largest audience is picked first', () => {
    const edges = new EdgeBuffer();
    for (let i = 0; i < 5; i++) edges.addTie(i, (i + 1) % 5, TIE_STRONG);
    for (let i = 0; i < 5; i++) edges.addArc(5, i, TIE_FOLLOW); // node 5 is followed by everybody
    const g = buildGraph(6, edges, { kolNodes: Int32Array.from([5]) });
    expect(seeds(g, spec('degree', 1))).toEqual([5]);
  });

  it('ties are broken by the seeded hash, not by index; same root → same order, other root → other order', () => {
    const ring = graphOf(40, Array.from({ length: 40 }, (_, i) => [i, (i + 1) % 40] as [number, number]));
    const order = Array.from(rankNodes(ring, 'degree', ROOT));
    const hashes = tieBreakHashes(40, ROOT);
    const byHash = Array.from({ length: 40 }, (_, i) => i).sort((a, b) => hashes[a] - hashes[b]);
    expect(order).toEqual(byHash);
    expect(order).not.toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(Array.from(rankNodes(ring, 'degree', rootKey('other')))).not.toEqual(order);
  });
});

describe('bridge seeding', () => {
  it('two cliques joined by a bridge node, with community labels (participation × log degree): the bridge', () => {
    const g = twoCliquesWithBridge(true);
    expect(seeds(g, spec('bridges', 1))).toEqual([10]);
    const score = bridgeScores(g, ROOT);
    expect(score[10]).toBeCloseTo(0.5 * Math.log(5), 12); // audience split 2 / 2 over two communities
    expect(score[0]).toBe(0); // all of node 0's audience is in its own community
    expect(score[5]).toBeCloseTo((1 - (16 + 1) / 25) * Math.log(6), 12);
  });

  it('the same graph without communities (sampled betweenness, exact here): the bridge, then its neighbours', () => {
    const g = twoCliquesWithBridge(false);
    const top = seeds(g, spec('bridges', 5));
    expect(top[0]).toBe(10);
    expect(new Set(top.slice(1))).toEqual(new Set([3, 4, 5, 6]));
  });
});

describe('bridge seeding: betweenness sample size', () => {
  it('128 sources up to 250k arcs, fewer on bigger networks (sources × arcs ≤ 32M), never below 4', () => {
    expect(bridgeSourceCount(0)).toBe(128);
    expect(bridgeSourceCount(250_000)).toBe(128);
    expect(bridgeSourceCount(1_000_000)).toBe(32);
    expect(bridgeSourceCount(40_000_000)).toBe(4);
  });
});

describe('k-core seeding', () => {
  it('a 4-clique attached to a tree of higher-degree nodes: the clique (core 3), not the hubs', () => {
    const g = cliqueOnTree();
    expect(new Set(seeds(g, spec('kcore', 4)))).toEqual(new Set([0, 1, 2, 3]));
    expect(seeds(g, spec('kcore', 1))).toEqual([3]); // core ties broken by degree: 3 also touches the tree
    expect(new Set(seeds(g, spec('degree', 2)))).toEqual(new Set([4, 8])); // whereas degree seeding goes for the hubs
  });
});

describe('random seeding', () => {
  const g = erGraph(500, 4, 'seeding');

  it('distinct nodes in range; a smaller count is a prefix of a larger one on the same run', () => {
    for (let run = 0; run < 20; run++) {
      const twenty = seeds(g, spec('random', 20), run);
      expect(new Set(twenty).size).toBe(20);
      expect(twenty.every((v) => v >= 0 && v < 500)).toBe(true);
      expect(seeds(g, spec('random', 10), run)).toEqual(twenty.slice(0, 10));
    }
  });

  it('a fresh draw per run, drawn from the seed (not from Math.random)', () => {
    expect(seeds(g, spec('random', 5), 1)).not.toEqual(seeds(g, spec('random', 5), 2));
    expect(withMathRandom(1, () => seeds(g, spec('random', 5), 1))).toEqual(withMathRandom(2, () => seeds(g, spec('random', 5), 1)));
  });

  it('count = n gives a permutation; uniform: 3 of 10 nodes over 3000 runs, each node 0.3 ± 0.04', () => {
    const ten = graphOf(10, []);
    expect(seeds(ten, spec('random', 10), 0).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const hits = new Array<number>(10).fill(0);
    for (let run = 0; run < 3000; run++) for (const v of seeds(ten, spec('random', 3), run)) hits[v]++;
    for (const h of hits) expect(Math.abs(h / 3000 - 0.3)).toBeLessThan(0.04); // s.e. 0.008
  });
});

describe('chooseSeeds', () => {
  it('manual: the listed nodes, in order', () => {
    expect(seeds(star(5), spec('manual', 3, [4, 1, 2]))).toEqual([4, 1, 2]);
  });

  it('rankings are computed once per graph and root; chooseSeeds hands out copies', () => {
    const g = erGraph(300, 4, 'rank-cache');
    const ranking = rankNodes(g, 'kcore', ROOT);
    expect(rankNodes(g, 'kcore', ROOT)).toBe(ranking);
    const s = chooseSeeds(g, spec('kcore', 5), ROOT, 0);
    s.fill(-1);
    expect(Array.from(chooseSeeds(g, spec('kcore', 5), ROOT, 3))).toEqual(Array.from(ranking.slice(0, 5)));
    expect(new Set(ranking).size).toBe(300); // a permutation of the nodes
  });

  it('count 0 gives no seeds; count above the node count is clamped', () => {
    expect(seeds(star(3), spec('degree', 0))).toEqual([]);
    expect(seeds(star(3), spec('degree', 10))).toHaveLength(4);
  });

  it('fully mixed population: every structural method returns distinct nodes (all ties, hash order)', () => {
    const g = fullyMixedGraph(100);
    for (const method of ['degree', 'bridges', 'kcore', 'random'] as const) {
      const s = seeds(g, spec(method, 7));
      expect(new Set(s).size).toBe(7);
    }
  });
});
