/** Rewards per share: diminishing returns, weak ties more, receivers discount, spam. */
import { describe, expect, it } from 'vitest';
import { TIE_FOLLOW, TIE_STRONG, TIE_WEAK } from '../../../src/core/graph';
import { rewardEffect } from '../../../src/core/dividend/rewardEffect';

const spec = { maxLift: 0.5, halfSize: 0.02, strongTieShare: 0.3, receiverDiscount: 0.15, spam: 1 };

describe('rewardEffect', () => {
  it('no reward: no lift, no discount, no spam', () => {
    const e = rewardEffect(0, 50, spec);
    expect(e.size).toBe(0);
    expect(Array.from(e.liftByTie)).toEqual([1, 1, 1]);
    expect(e.receiverFactor).toBe(1);
    expect(e.spamFactor).toBe(1);
  });

  it('a reward of 2% of the value (= halfSize) buys half the lift: weak and follow ties ×1.25, strong ×1.075', () => {
    const e = rewardEffect(1, 50, spec);
    expect(e.size).toBeCloseTo(0.5, 15);
    expect(e.liftByTie[TIE_WEAK]).toBeCloseTo(1.25, 15);
    expect(e.liftByTie[TIE_FOLLOW]).toBeCloseTo(1.25, 15);
    expect(e.liftByTie[TIE_STRONG]).toBeCloseTo(1 + 0.5 * 0.5 * 0.3, 15);
    expect(e.receiverFactor).toBe(0.85);
    expect(e.spamFactor).toBeCloseTo(1.5, 15);
  });

  it('diminishing returns: doubling the reward from halfSize adds a third more effect, not double', () => {
    // x/(x + h): 0.5 at x = h, 2/3 at 2h, 0.8 at 4h, → 1.
    expect(rewardEffect(2, 50, spec).size).toBeCloseTo(2 / 3, 15);
    expect(rewardEffect(4, 50, spec).size).toBeCloseTo(0.8, 15);
    expect(rewardEffect(1e6, 50, spec).size).toBeGreaterThan(0.9999);
    const sizes = [1, 2, 3, 4, 5].map((r) => rewardEffect(r, 50, spec).size);
    for (let i = 2; i < sizes.length; i++) expect(sizes[i] - sizes[i - 1]).toBeLessThan(sizes[i - 1] - sizes[i - 2]);
  });

  it('the receiver discount applies to any paid reward, whatever its size', () => {
    expect(rewardEffect(0.001, 50, spec).receiverFactor).toBe(0.85);
    expect(rewardEffect(1, 50, { ...spec, receiverDiscount: 0 }).receiverFactor).toBe(1);
  });

  it('a product worth nothing: any reward is the full effect', () => {
    const e = rewardEffect(1, 0, spec);
    expect(e.size).toBe(1);
    expect(e.liftByTie[TIE_WEAK]).toBe(1.5);
  });
});
