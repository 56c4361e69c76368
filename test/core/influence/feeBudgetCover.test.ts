/**
 * feeBudgetCover (KOLs at their fee, one greedy branch per affordable KOL range) against plain
 * references on random RR-set collections: a non-lazy greedy per branch, every branch tried in list
 * order (so the skipping of branches that cannot matter changes nothing), and brute force over every
 * feasible decision (the best coverage is ≤ the reported bound and ≤ 1/(1 − 1/e) × the chosen one).
 */
import { describe, expect, it } from 'vitest';
import { feeBudgetCover, type FeeBranch } from '../../../src/core/influence/feeBudgetCover';
import { RRSetStore } from '../../../src/core/influence/rrSetStore';
import { purposeKey, rootKey, Stream } from '../../../src/core/random';

/** `sets` random sets over n nodes (sizes 1–4), as a store and as plain arrays. */
function randomSets(n: number, sets: number, seed: string): { store: RRSetStore; plain: number[][] } {
  const rng = new Stream(purposeKey(rootKey(seed), 0, 'test:sets'));
  const store = new RRSetStore(n);
  const plain: number[][] = [];
  for (let s = 0; s < sets; s++) {
    const size = 1 + Math.floor(rng.next() * 4);
    const set = new Set<number>();
    while (set.size < size) set.add(Math.floor(rng.next() * n));
    const arr = [...set];
    plain.push(arr);
    store.add(Int32Array.from(arr), arr.length, 0);
  }
  return { store, plain };
}

const coverOf = (plain: number[][], chosen: number[]) => plain.filter((set) => set.some((v) => chosen.includes(v))).length;

/** Plain greedy per branch (ties to the smaller node), bound = min over prefixes 0, 10, …, m of coverage + m largest gains. */
function reference(plain: number[][], branches: FeeBranch[], candidates: number[]) {
  let best: { branch: number; seeds: number[]; coverage: number } | null = null;
  let upper = 0;
  branches.forEach((branch, b) => {
    const chosen = Array.from(branch.nodes);
    const m = Math.min(branch.seedUsers, candidates.length);
    let bound = m === 0 ? coverOf(plain, chosen) : Infinity;
    for (let round = 0; round <= m; round++) {
      const base = coverOf(plain, chosen);
      const gains = candidates.filter((v) => !chosen.includes(v)).map((v) => ({ v, g: coverOf(plain, [...chosen, v]) - base }));
      if (m > 0 && (round % 10 === 0 || round === m)) {
        const top = gains.map((x) => x.g).sort((x, y) => y - x);
        bound = Math.min(bound, base + top.slice(0, m).reduce((s, g) => s + g, 0));
      }
      if (round === m) break;
      gains.sort((x, y) => y.g - x.g || x.v - y.v);
      chosen.push(gains[0].v);
    }
    upper = Math.max(upper, bound);
    const coverage = coverOf(plain, chosen);
    if (best === null || coverage > best.coverage) best = { branch: b, seeds: chosen, coverage };
  });
  return { ...best!, upper };
}

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [head, ...s]), ...subsets(rest, size)];
}

describe('feeBudgetCover', () => {
  it.each(['a', 'b', 'c', 'd', 'e'])('equals the plain reference and brackets brute force (collection %s)', (seed) => {
    // Nodes 0 … 9 ordinary, 10 … 12 KOL accounts (ranks 1–3); branches as kolHiring.ts would list them.
    const { store, plain } = randomSets(13, 60, seed);
    const candidates = Array.from({ length: 10 }, (_, i) => i);
    const branches: FeeBranch[] = [
      { nodes: new Int32Array(0), seedUsers: 4 },
      { nodes: Int32Array.of(10), seedUsers: 2 },
      { nodes: Int32Array.of(11), seedUsers: 3 },
      { nodes: Int32Array.of(10, 11), seedUsers: 1 },
      { nodes: Int32Array.of(12), seedUsers: 3 },
      { nodes: Int32Array.of(11, 12), seedUsers: 2 },
      { nodes: Int32Array.of(10, 11, 12), seedUsers: 0 },
    ];
    const got = feeBudgetCover(store, branches, Int32Array.from(candidates));
    const want = reference(plain, branches, candidates);
    expect(got.branch).toBe(want.branch);
    expect(got.seeds).toEqual(want.seeds);
    expect(got.coverage).toBe(want.coverage);
    expect(got.coverage).toBe(coverOf(plain, got.seeds));
    expect(got.gains.reduce((s, g) => s + g, 0)).toBe(got.coverage);
    expect(got.upperCoverage).toBe(want.upper);
    let opt = 0;
    for (const branch of branches) for (const x of subsets(candidates, branch.seedUsers)) opt = Math.max(opt, coverOf(plain, [...branch.nodes, ...x]));
    expect(got.upperCoverage).toBeGreaterThanOrEqual(opt);
    expect(got.coverage).toBeGreaterThanOrEqual((1 - 1 / Math.E) * opt);
  });

  it('a branch with no seed users left is its KOLs alone, bounded by their own coverage', () => {
    const { store, plain } = randomSets(13, 40, 'kols-only');
    const got = feeBudgetCover(store, [{ nodes: Int32Array.of(10, 11), seedUsers: 0 }], Int32Array.from({ length: 10 }, (_, i) => i));
    expect(got.seeds).toEqual([10, 11]);
    expect(got.coverage).toBe(coverOf(plain, [10, 11]));
    expect(got.upperCoverage).toBe(got.coverage);
  });
});
