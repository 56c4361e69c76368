import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, fullyMixedGraph, TIE_FOLLOW, TIE_STRONG } from '../../../src/core/graph';
import { networkStats } from '../../../src/core/metrics/networkStats';
import { rootKey } from '../../../src/core/random';
import { arcsGraph, star5, twoTriangles } from './smallGraphs';
import { withMathRandom } from '../../mathRandom';

const root = rootKey('stats');

describe('networkStats', () => {
  it('summarises a star exactly', () => {
    const s = networkStats(star5(), root);
    expect(s).toEqual({
      nodes: 5,
      edges: 4,
      arcs: 8,
      meanDegree: 8 / 5,
      degreeHistogram: [[1, 4], [4, 1]],
      inDegreeHistogram: [[1, 4], [4, 1]],
      clustering: 0,
      clusteringSampled: false,
      largestComponent: 5,
      components: 1,
      averagePathLength: 1.6,
      pathSources: 5,
      communitySizes: [],
      kolFollowers: [],
      fullyMixed: false,
    });
  });

  it('counts a pair linked in one or both directions as one edge', () => {
    const s = networkStats(arcsGraph(3, [[0, 1], [1, 0], [2, 1]]), root);
    expect(s.edges).toBe(2);
    expect(s.arcs).toBe(3);
    expect(s.degreeHistogram).toEqual([[1, 3]]);
    expect(s.inDegreeHistogram).toEqual([[0, 1], [1, 1], [2, 1]]);
  });

  it('reports community sizes without KOL accounts and KOL follower counts in rank order', () => {
    const e = new EdgeBuffer();
    for (const [u, v] of [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3]]) e.addTie(u, v, TIE_STRONG);
    for (const v of [0, 1, 3, 4]) e.addArc(6, v, TIE_FOLLOW);
    e.addArc(7, 5, TIE_FOLLOW);
    const g = buildGraph(8, e, {
      community: Int32Array.from([0, 0, 0, 1, 1, 1, 1, 0]),
      communityCount: 2,
      kolNodes: Int32Array.from([6, 7]),
    });
    const s = networkStats(g, root);
    expect(s.communitySizes).toEqual([3, 3]);
    expect(s.kolFollowers).toEqual([4, 1]);
    expect(s.components).toBe(1);
    expect(s.largestComponent).toBe(8);
  });

  it('reports two disjoint triangles as two components with path length 1 inside the largest', () => {
    const s = networkStats(twoTriangles(), root);
    expect([s.components, s.largestComponent, s.averagePathLength, s.clustering]).toEqual([2, 3, 1, 1]);
  });

  it('gives analytic values for a fully mixed population without materialising arcs', () => {
    const s = networkStats(fullyMixedGraph(1_000_000), root);
    expect(s).toMatchObject({
      nodes: 1_000_000,
      edges: 499_999_500_000,
      arcs: 999_999_000_000,
      meanDegree: 999_999,
      degreeHistogram: [[999_999, 1_000_000]],
      clustering: 1,
      clusteringSampled: false,
      largestComponent: 1_000_000,
      components: 1,
      averagePathLength: 1,
      fullyMixed: true,
    });
  });

  it('is reproducible for the same root and samples large graphs', () => {
    const pairs = new EdgeBuffer();
    for (let v = 0; v + 1 < 30_000; v++) pairs.addTie(v, v + 1, TIE_STRONG);
    const g = buildGraph(30_000, pairs);
    // Reproducible: the sample comes from the root, whatever Math.random would give.
    const a = withMathRandom(1, () => networkStats(g, root, { pathSources: 20 }));
    const b = withMathRandom(2, () => networkStats(g, root, { pathSources: 20 }));
    expect(a).toEqual(b);
    expect(a.clusteringSampled).toBe(true);
    expect(a.pathSources).toBe(20);
    const other = networkStats(g, rootKey('other'), { pathSources: 20 });
    expect(other.averagePathLength).not.toBe(a.averagePathLength);
  });
});
