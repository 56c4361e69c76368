import { describe, expect, it } from 'vitest';
import { undirectedView } from '../../../src/core/metrics/undirectedView';
import { arcsGraph, tiesGraph } from './smallGraphs';

const rows = (v: ReturnType<typeof undirectedView>) =>
  Array.from({ length: v.nodeCount }, (_, u) => Array.from(v.targets.subarray(v.offsets[u], v.offsets[u + 1])));

describe('undirectedView', () => {
  it('joins nodes linked in either direction, once, sorted', () => {
    // 0→1 and 1→0 (a friendship as two arcs), 2→0 one way, 3 isolated.
    const v = undirectedView(arcsGraph(4, [[0, 1], [1, 0], [2, 0]]));
    expect(rows(v)).toEqual([[1, 2], [0], [0], []]);
  });

  it('leaves a graph of two-way ties as it is', () => {
    const g = tiesGraph(4, [[0, 3], [3, 1], [1, 2]]);
    const v = undirectedView(g);
    expect(Array.from(v.offsets)).toEqual(Array.from(g.offsets));
    expect(Array.from(v.targets)).toEqual(Array.from(g.targets));
  });
});
