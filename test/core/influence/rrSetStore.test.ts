/**
 * Singleton RR sets stored as per-person counts give the coverage numbers of storing every set:
 * greedy max-coverage and the covered count on validation sets are checked against a plain
 * computation over the explicit list of sets (random sets, a third of them singletons).
 */
import { describe, expect, it } from 'vitest';
import { coveredSets, greedyCover } from '../../../src/core/influence/maxCoverage';
import { RRSetStore } from '../../../src/core/influence/rrSetStore';
import { purposeKey, rootKey, Stream } from '../../../src/core/random';

function randomSets(n: number, count: number, seed: string): number[][] {
  const rng = new Stream(purposeKey(rootKey(seed), 0, 'test:sets'));
  const sets: number[][] = [];
  for (let i = 0; i < count; i++) {
    const size = rng.next() < 0.35 ? 1 : 2 + Math.floor(rng.next() * 4);
    const set = new Set<number>();
    while (set.size < size) set.add(Math.floor(rng.next() * n));
    sets.push([...set]);
  }
  return sets;
}

/** Plain greedy over explicit sets: most newly covered sets, ties to the smaller node. */
function plainGreedy(sets: number[][], n: number, k: number): { seeds: number[]; gains: number[] } {
  const covered = new Array<boolean>(sets.length).fill(false);
  const seeds: number[] = [];
  const gains: number[] = [];
  for (let r = 0; r < k; r++) {
    let best = -1;
    let bestGain = -1;
    for (let v = 0; v < n; v++) {
      if (seeds.includes(v)) continue;
      const g = sets.filter((s, i) => !covered[i] && s.includes(v)).length;
      if (g > bestGain) {
        best = v;
        bestGain = g;
      }
    }
    seeds.push(best);
    gains.push(bestGain);
    sets.forEach((s, i) => {
      if (s.includes(best)) covered[i] = true;
    });
  }
  return { seeds, gains };
}

describe('RR-set store with singleton counts', () => {
  it('greedy seeds, gains and validation coverage equal those over the explicit sets', () => {
    const n = 40;
    const r1Sets = randomSets(n, 600, 'r1');
    const r2Sets = randomSets(n, 600, 'r2');
    const fill = (sets: number[][]) => {
      const store = new RRSetStore(n);
      for (const s of sets) store.add(Int32Array.from(s), s.length, 0);
      return store;
    };
    const r1 = fill(r1Sets);
    const r2 = fill(r2Sets);
    expect(r1.total).toBe(600);
    expect(r1.singletons).toBe(r1Sets.filter((s) => s.length === 1).length);
    expect(r1.singletons).toBeGreaterThan(150);
    expect(r1.people).toBe(r1Sets.reduce((sum, s) => sum + s.length, 0));
    const candidates = Int32Array.from({ length: n }, (_, v) => v);
    const pick = greedyCover(r1, 5, candidates);
    const plain = plainGreedy(r1Sets, n, 5);
    expect(pick.seeds).toEqual(plain.seeds);
    expect(pick.gains).toEqual(plain.gains);
    // The upper bound of the best 5-set's coverage is at least greedy's coverage.
    expect(pick.upperCoverage).toBeGreaterThanOrEqual(plain.gains.reduce((a, b) => a + b, 0));
    const hit = r2Sets.filter((s) => s.some((v) => pick.seeds.includes(v))).length;
    expect(coveredSets(r2, pick.seeds)).toBe(hit);
    // A repeated seed does not count its singletons twice.
    expect(coveredSets(r2, [...pick.seeds, pick.seeds[0]])).toBe(hit);
  });

  it('sets appended in chunks (as worker threads send them) are stored as when appended one by one', () => {
    const n = 40;
    const sets = randomSets(n, 900, 'chunks');
    const oneByOne = new RRSetStore(n);
    for (const s of sets) oneByOne.add(Int32Array.from(s), s.length, 0);
    const chunked = new RRSetStore(n);
    // Uneven chunks, so that storage grows inside and across chunks.
    for (let from = 0, len = 1; from < sets.length; from += len, len = 2 * len + 3) {
      const part = sets.slice(from, from + len);
      chunked.addChunk(Int32Array.from(part.flat()), Int32Array.from(part.map((s) => s.length)), 0);
    }
    expect(chunked.total).toBe(900);
    expect(chunked.singletons).toBe(sets.filter((s) => s.length === 1).length);
    expect(Array.from(chunked.singles)).toEqual(Array.from(oneByOne.singles));
    expect(chunked.count).toBe(oneByOne.count);
    const flatSets = (store: RRSetStore) =>
      Array.from({ length: store.count }, (_, s) => Array.from(store.nodes.subarray(store.offsets[s], store.offsets[s + 1])));
    expect(flatSets(chunked)).toEqual(sets.filter((s) => s.length !== 1));
  });
});
