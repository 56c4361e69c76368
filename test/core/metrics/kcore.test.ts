import { describe, expect, it } from 'vitest';
import { fullyMixedGraph } from '../../../src/core/graph';
import { coreNumbers } from '../../../src/core/metrics/kcore';
import { undirectedView } from '../../../src/core/metrics/undirectedView';
import { erGraph, graphOf } from '../models/fixtures';

/** Naive peeling straight from the definition: the k-core is what survives repeatedly removing nodes of degree < k. */
function naiveCores(g: Parameters<typeof undirectedView>[0]): number[] {
  const view = undirectedView(g);
  const n = g.nodeCount;
  const core = new Array<number>(n).fill(0);
  for (let k = 1; ; k++) {
    const alive = new Array<boolean>(n).fill(true);
    let changed = true;
    while (changed) {
      changed = false;
      for (let v = 0; v < n; v++) {
        if (!alive[v]) continue;
        let d = 0;
        for (let a = view.offsets[v]; a < view.offsets[v + 1]; a++) if (alive[view.targets[a]]) d++;
        if (d < k) {
          alive[v] = false;
          changed = true;
        }
      }
    }
    if (!alive.some(Boolean)) return core;
    for (let v = 0; v < n; v++) if (alive[v]) core[v] = k;
  }
}

describe('coreNumbers (Batagelj–Zaversnik)', () => {
  it('a 4-clique attached to a tree: clique 3, tree 1, isolated node 0', () => {
    const g = graphOf(9, [
      [0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3], // the clique
      [3, 4], [4, 5], [4, 6], [6, 7], // the tree hanging off node 3
    ]);
    expect(Array.from(coreNumbers(g))).toEqual([3, 3, 3, 3, 1, 1, 1, 1, 0]);
  });

  it('uses the undirected view: a directed 3-cycle is a 2-core, a one-way star a 1-core', () => {
    expect(Array.from(coreNumbers(graphOf(3, [], [[0, 1], [1, 2], [2, 0]])))).toEqual([2, 2, 2]);
    expect(Array.from(coreNumbers(graphOf(4, [], [[0, 1], [0, 2], [0, 3]])))).toEqual([1, 1, 1, 1]);
  });

  it('a fully mixed graph has no arcs: all 0', () => {
    expect(Array.from(coreNumbers(fullyMixedGraph(4)))).toEqual([0, 0, 0, 0]);
  });

  it('equals naive peeling on random graphs (ER n=200, c = 3 and 8; weighted directed c = 6)', () => {
    for (const g of [erGraph(200, 3, 'core-a'), erGraph(200, 8, 'core-b'), erGraph(200, 6, 'core-c', true)]) {
      const cores = coreNumbers(g);
      expect(Array.from(cores)).toEqual(naiveCores(g));
      expect(Math.max(...cores)).toBeGreaterThan(1);
    }
  });
});
