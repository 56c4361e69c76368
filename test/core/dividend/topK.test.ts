import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/core/dividend/topK';

describe('topK', () => {
  const score = Float64Array.from([5, 1, 5, 9, 5, 0, 7]);
  const tie = Float64Array.from([30, 0, 10, 0, 20, 0, 0]);

  it('returns the k best positions, best first, ties by the smaller tie value', () => {
    expect(Array.from(topK(4, 7, score, tie))).toEqual([3, 6, 2, 4]);
    expect(Array.from(topK(7, 7, score, tie))).toEqual([3, 6, 2, 4, 0, 1, 5]);
  });

  it('equal score and tie fall back to the smaller position', () => {
    expect(Array.from(topK(2, 3, Float64Array.from([1, 1, 1]), Float64Array.from([0, 0, 0])))).toEqual([0, 1]);
  });

  it('agrees with a full sort on random data', () => {
    let x = 12345;
    const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296);
    const m = 500;
    const s = Float64Array.from({ length: m }, () => Math.floor(rnd() * 20));
    const t = Float64Array.from({ length: m }, () => Math.floor(rnd() * 5));
    const full = Array.from({ length: m }, (_, i) => i).sort((a, b) => s[b] - s[a] || t[a] - t[b] || a - b);
    for (const k of [0, 1, 7, 50, 500, 600]) expect(Array.from(topK(k, m, s, t))).toEqual(full.slice(0, k));
  });
});
