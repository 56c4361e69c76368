import { describe, expect, it } from 'vitest';
import { purposeKey, rootKey, Stream } from '../../../src/core/random';
import { StrongComponents } from '../../../src/core/influence/strongComponents';

/** CSR of arcs on n nodes. */
function csr(n: number, arcs: [number, number][]): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (const [u] of arcs) offsets[u + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(arcs.length);
  for (const [u, v] of arcs) targets[cursor[u]++] = v;
  return { offsets, targets };
}

/** Brute force: u and v share a component iff each reaches the other. */
function reachability(n: number, arcs: [number, number][]): boolean[][] {
  const r = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i === j));
  for (const [u, v] of arcs) r[u][v] = true;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) if (r[i][k]) for (let j = 0; j < n; j++) if (r[k][j]) r[i][j] = true;
  return r;
}

describe('StrongComponents', () => {
  it('finds the cycles of a small fixture and the largest one', () => {
    // 0 → 1 → 2 → 0 (a 3-cycle), 2 → 3, 3 ↔ 4, 5 alone.
    const { offsets, targets } = csr(6, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3]]);
    const sc = new StrongComponents(6);
    sc.compute(offsets, targets, 0);
    const c = sc.component;
    expect(sc.count).toBe(3); // {0,1,2}, {3,4}, {5}
    expect(c[0]).toBe(c[1]);
    expect(c[1]).toBe(c[2]);
    expect(c[3]).toBe(c[4]);
    expect(new Set([c[0], c[3], c[5]]).size).toBe(3);
    expect(sc.largestSize).toBe(3);
    expect([0, 1, 2]).toContain(sc.largestMember);
    // Reverse topological ids: the sink component {3,4} is finished before {0,1,2}.
    expect(c[3]).toBeLessThan(c[0]);
  });

  it('agrees with mutual reachability on random graphs, including a long path (no recursion limit)', () => {
    const rng = new Stream(purposeKey(rootKey('scc'), 0, 'test'));
    for (let trial = 0; trial < 20; trial++) {
      const n = 5 + rng.int(40);
      const arcs: [number, number][] = [];
      const m = rng.int(3 * n);
      for (let i = 0; i < m; i++) arcs.push([rng.int(n), rng.int(n)]);
      const { offsets, targets } = csr(n, arcs);
      const sc = new StrongComponents(n);
      sc.compute(offsets, targets, 0);
      const r = reachability(n, arcs);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(sc.component[i] === sc.component[j]).toBe(r[i][j] && r[j][i]);
    }
    const n = 200_000;
    const path: [number, number][] = Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
    path.push([n - 1, 0]);
    const { offsets, targets } = csr(n, path);
    const sc = new StrongComponents(n);
    sc.compute(offsets, targets, 0);
    expect(sc.count).toBe(1);
    expect(sc.largestSize).toBe(n);
  });
});
