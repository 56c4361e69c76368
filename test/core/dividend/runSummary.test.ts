import { describe, expect, it } from 'vitest';
import { acquireDividendScratch } from '../../../src/core/dividend/dividendScratch';
import { referralConcentration, TOP_SHARER_SHARE } from '../../../src/core/dividend/runSummary';
import { purposeStream, rootKey } from '../../../src/core/random';

/** The definition, by sorting: share of referred conversions made by the top 20% of sharers. */
function bySorting(convertedStep: Int32Array, reachedBy: Int32Array, sharers: number): number | null {
  const counts = new Map<number, number>();
  let referred = 0;
  for (let j = 0; j < convertedStep.length; j++)
    if (convertedStep[j] >= 0 && reachedBy[j] >= 0) {
      counts.set(reachedBy[j], (counts.get(reachedBy[j]) ?? 0) + 1);
      referred++;
    }
  if (referred === 0) return null;
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const top = Math.min(sorted.length, Math.ceil(TOP_SHARER_SHARE * Math.max(sharers, sorted.length)));
  return sorted.slice(0, top).reduce((a, b) => a + b, 0) / referred;
}

describe('referralConcentration', () => {
  it('equals the sorted definition and leaves the tally all zero', () => {
    const rng = purposeStream(rootKey('concentration'), 0, 'test');
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + rng.int(300);
      const s = acquireDividendScratch(n, 0);
      const hubs = 1 + rng.int(n);
      for (let j = 0; j < n; j++) {
        s.convertedStep[j] = rng.next() < 0.6 ? rng.int(10) : -1;
        // Referrers skewed towards a few hubs; some reached by ads/brand (negative).
        s.reachedBy[j] = rng.next() < 0.15 ? -2 - rng.int(2) : rng.int(rng.next() < 0.5 ? hubs : n);
      }
      const sharers = rng.int(n + 1);
      expect(referralConcentration(s, sharers)).toBe(bySorting(s.convertedStep, s.reachedBy, sharers));
      expect(s.tally.every((x) => x === 0)).toBe(true);
    }
  });

  it('is null without referred conversions', () => {
    const s = acquireDividendScratch(5, 0);
    s.convertedStep.set([0, -1, 2, -1, -1]);
    s.reachedBy.set([-2, 0, -3, 1, 1]);
    expect(referralConcentration(s, 3)).toBeNull();
  });
});
