/**
 * The organic baseline the conversion charts show: organic buyers buy at a uniform step of
 * 0 … horizon (src/core/dividend/organicDemand.ts), so the no-campaign world's expected
 * cumulative conversions grow linearly to the mean number of organic buyers; the attribution
 * chart names them in a note instead of attributing them.
 */
import { describe, expect, it } from 'vitest';
import { attributionBaseline, attributionHeight } from '../../../src/ui/charts/attribution';
import type { StrategyResult } from '../../../src/ui/charts/chartData';
import { organicBaseline, organicCumulative } from '../../../src/ui/charts/timeSeriesBands';

const run = (i: number, converted: number, organicBuyers?: number) => ({ run: i, reached: 10, shared: 1, converted, churned: 0, steps: 9, organicBuyers });

describe('organic baseline', () => {
  it('grows linearly: (t + 1) / (horizon + 1) of the organic buyers have bought by step t', () => {
    // 10 buyers over steps 0 … 9: one per step in expectation.
    expect(organicCumulative(10, 0, 9)).toBe(1);
    expect(organicCumulative(10, 4, 9)).toBe(5);
    expect(organicCumulative(10, 9, 9)).toBe(10);
    // Past the horizon nobody else buys organically.
    expect(organicCumulative(10, 20, 9)).toBe(10);
  });

  it('is the mean of the runs’ organic buyers, NaN when no run carries them', () => {
    const a: StrategyResult = { name: 'a', color: '#000', runs: [run(0, 7, 2), run(1, 9, 4)] };
    const b: StrategyResult = { name: 'b', color: '#111', runs: [run(0, 3, 2), run(1, 5, 4)] };
    expect(organicBaseline([a, b])).toBe(3);
    expect(organicBaseline([{ name: 'c', color: '#000', runs: [run(0, 7)] }])).toBeNaN();
  });

  it('attribution rows carry it for the note, which takes one more line', () => {
    const row = (baseline?: number) => ({ name: 'a', color: '#000', attribution: { seed: 1, kol: 0, organic: 0, ads: 0 }, baseline });
    expect(attributionBaseline([row(4), row(4)])).toBe(4);
    expect(attributionBaseline([row()])).toBeNaN();
    expect(attributionHeight(3, true) - attributionHeight(3)).toBe(22);
  });
});
