/** The wait before simulating: short after a lone edit, until the gesture settles during a burst. */
import { describe, expect, it } from 'vitest';
import { BURST_GAP_MS, BURST_SETTLE_MS, settleDelay, SINGLE_EDIT_DELAY_MS } from '../../../../src/ui/app/editing/settleDelay';

describe('settleDelay', () => {
  it('runs a lone edit soon and waits for a burst to settle', () => {
    expect(settleDelay(null, 5000)).toBe(SINGLE_EDIT_DELAY_MS);
    expect(settleDelay(1000, 1000 + BURST_GAP_MS)).toBe(SINGLE_EDIT_DELAY_MS);
    expect(settleDelay(1000, 1000 + BURST_GAP_MS - 1)).toBe(BURST_SETTLE_MS);
    expect(settleDelay(1000, 1100)).toBe(BURST_SETTLE_MS); // 20 changes in 2 s: one every 100 ms
  });

  it('treats a clock that went backwards or is not a number as no burst', () => {
    expect(settleDelay(2000, 1000)).toBe(SINGLE_EDIT_DELAY_MS);
    expect(settleDelay(Number.NaN, 1000)).toBe(SINGLE_EDIT_DELAY_MS);
  });

  it('settles a burst no sooner than a lone edit', () => {
    expect(BURST_SETTLE_MS).toBeGreaterThanOrEqual(SINGLE_EDIT_DELAY_MS);
  });
});
