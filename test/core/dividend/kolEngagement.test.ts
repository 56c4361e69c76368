/** Engagement of a KOL's audience: min(1, (followers / 1000)^(−decay)). */
import { describe, expect, it } from 'vitest';
import { kolEngagementFactor } from '../../../src/core/dividend/kolEngagement';
import { KOL_REFERENCE_AUDIENCE } from '../../../src/core/dividend/dividendSpec';

describe('kolEngagementFactor', () => {
  it('is 1 up to the reference audience of 1000 followers', () => {
    expect(KOL_REFERENCE_AUDIENCE).toBe(1000);
    for (const f of [0, 1, 500, 1000]) expect(kolEngagementFactor(f, 0.5)).toBe(1);
  });

  it('falls as (followers / 1000)^(−decay)', () => {
    expect(kolEngagementFactor(4000, 0.5)).toBeCloseTo(0.5, 12);
    expect(kolEngagementFactor(100_000, 0.5)).toBeCloseTo(0.1, 12);
    expect(kolEngagementFactor(1_000_000, 0.2)).toBeCloseTo(1000 ** -0.2, 12); // 0.2512
    expect(kolEngagementFactor(1_000_000, 1)).toBeCloseTo(0.001, 12);
  });

  it('decay 0 keeps every audience fully engaged', () => {
    expect(kolEngagementFactor(5_000_000, 0)).toBe(1);
  });
});
