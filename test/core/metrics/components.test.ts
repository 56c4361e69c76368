import { describe, expect, it } from 'vitest';
import { connectedComponents } from '../../../src/core/metrics/components';
import { undirectedView } from '../../../src/core/metrics/undirectedView';
import { arcsGraph, path4, star5, triangle, twoTriangles } from './smallGraphs';

describe('connectedComponents', () => {
  it('finds one component in a triangle, a path and a star', () => {
    for (const g of [triangle(), path4(), star5()]) {
      const c = connectedComponents(undirectedView(g));
      expect(c.count).toBe(1);
      expect(c.largestSize).toBe(g.nodeCount);
      expect(c.componentOf.every((id) => id === 0)).toBe(true);
    }
  });

  it('separates two disjoint triangles and counts isolated nodes', () => {
    const c = connectedComponents(undirectedView(twoTriangles()));
    expect(c.count).toBe(2);
    expect(Array.from(c.componentOf)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(Array.from(c.sizes)).toEqual([3, 3]);
    expect(c.largest).toBe(0);
    expect(c.largestSize).toBe(3);
  });

  it('ignores arc direction (weak connectivity) and picks the largest component', () => {
    // 0→1←2 is weakly connected; 3 is alone; 4→5→6→7 is the largest.
    const c = connectedComponents(undirectedView(arcsGraph(8, [[0, 1], [2, 1], [4, 5], [5, 6], [6, 7]])));
    expect(c.count).toBe(3);
    expect(Array.from(c.sizes)).toEqual([3, 1, 4]);
    expect(c.largest).toBe(2);
    expect(c.largestSize).toBe(4);
  });
});
