import { describe, expect, it } from 'vitest';
import { buildGraph, TIE_STRONG, TIE_WEAK, type Graph } from '../../../src/core/graph';
import { communityEdges, type CommunityNetworkOptions } from '../../../src/core/networks/communities';
import { minimumCommunitySize, plantCommunitySizes } from '../../../src/core/networks/communitySizes';
import { purposeStream, rootKey, Stream } from '../../../src/core/random';

function planted(options: CommunityNetworkOptions, seed = 'communities') {
  const net = communityEdges(options, purposeStream(rootKey(seed), 0, 'network'));
  const g = buildGraph(options.nodes, net.edges, { community: net.community, communityCount: net.communityCount });
  return { net, g };
}

/** Weak arcs / all arcs, and arcs whose kind disagrees with whether they cross communities. */
function mixingOf(g: Graph): { mixing: number; misplaced: number } {
  let weak = 0;
  let misplaced = 0;
  for (let u = 0; u < g.nodeCount; u++) {
    for (let a = g.offsets[u]; a < g.offsets[u + 1]; a++) {
      const across = g.community![u] !== g.community![g.targets[a]];
      if (g.tieKinds[a] === TIE_WEAK) weak++;
      if ((g.tieKinds[a] === TIE_WEAK) !== across) misplaced++;
    }
  }
  return { mixing: weak / g.targets.length, misplaced };
}

const base: CommunityNetworkOptions = {
  nodes: 100_000,
  communities: 200,
  meanDegree: 10,
  mixing: 0.2,
  sizeExponent: 2,
  degreeExponent: null,
};

describe('plantCommunitySizes', () => {
  it('sums exactly to the node count, respects the minimum and is sorted largest first', () => {
    for (const [nodes, count] of [[1000, 7], [100_000, 1000], [60, 12]] as const) {
      const min = minimumCommunitySize(nodes, count, 10);
      const sizes = plantCommunitySizes(nodes, count, min, 2, new Stream({ a: nodes, b: count }));
      expect(sizes.length).toBe(count);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(nodes);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(min);
      expect(Array.from(sizes)).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('uses at least 5 and meanDegree + 1 as the minimum size, unless the nodes cannot fit', () => {
    expect(minimumCommunitySize(10_000, 10, 2)).toBe(5);
    expect(minimumCommunitySize(10_000, 10, 20)).toBe(21);
    expect(minimumCommunitySize(60, 12, 10)).toBe(5);
    expect(minimumCommunitySize(30, 12, 10)).toBe(2);
  });
});

describe('communityEdges', () => {
  it('ties strong only inside communities and weak only across them', () => {
    const { g } = planted({ ...base, nodes: 5000, communities: 20 });
    expect(mixingOf(g).misplaced).toBe(0);
    expect(g.tieKinds.some((k) => k === TIE_STRONG)).toBe(true);
    expect(g.tieKinds.some((k) => k === TIE_WEAK)).toBe(true);
  });

  it('realises mixing μ within 0.02 and mean degree within 3 % (n = 100k, 200 communities, Poisson and γ = 2.5)', () => {
    // Measured: Poisson μ̂ = 0.198 / 0.200, mean degree 9.86 / 9.89; γ = 2.5: μ̂ = 0.203, mean degree 9.86.
    for (const degreeExponent of [null, 2.5]) {
      const { g } = planted({ ...base, degreeExponent });
      expect(Math.abs(mixingOf(g).mixing - 0.2)).toBeLessThan(0.02);
      expect(Math.abs(g.targets.length / base.nodes / 10 - 1)).toBeLessThan(0.03);
    }
  });

  it('plants heavy-tailed community sizes that sum to the node count', () => {
    const { net } = planted(base);
    const sizes = new Array<number>(net.communityCount).fill(0);
    for (const c of net.community) sizes[c]++;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(base.nodes);
    const sorted = [...sizes].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    expect(sorted[sorted.length - 1]).toBeGreaterThan(20 * median); // measured ≈ 18 000 vs 170
    expect(sorted[0]).toBeGreaterThanOrEqual(minimumCommunitySize(base.nodes, base.communities, base.meanDegree));
  });

  it('has heavier-tailed degrees with a degree exponent than with Poisson degrees', () => {
    const maxDegree = (g: Graph) => Math.max(...Array.from({ length: g.nodeCount }, (_, u) => g.offsets[u + 1] - g.offsets[u]));
    expect(maxDegree(planted({ ...base, degreeExponent: 2.5 }).g)).toBeGreaterThan(5 * maxDegree(planted(base).g));
  });

  it('drops weak stubs that cannot leave a single community', () => {
    const { g } = planted({ ...base, nodes: 2000, communities: 1 });
    expect(g.communityCount).toBe(1);
    expect(g.tieKinds.every((k) => k === TIE_STRONG)).toBe(true);
  });
});
