/**
 * The verdict on hand-made per-run columns; every expected value is worked out in the comments.
 * t(0.975, 3) = 3.182446 (four runs).
 */
import { describe, expect, it } from 'vitest';
import { pairedRatioComparison } from '../../../../src/core/stats/pairedRatio';
import { summarise, type StrategyColumns } from '../../../../src/ui/app/verdict/strategySummary';
import { verdictOf, type ComparedGoal } from '../../../../src/ui/app/verdict/verdict';

const T3 = 3.182446;

/** Columns of a strategy from its runs' extra sales and costs; ROI at a value of 50 per sale; reach 10 × sales. */
function strategy(name: string, lift: number[], cost: number[], roi?: number[]): StrategyColumns {
  return {
    name,
    lift,
    cost,
    roi: roi ?? lift.map((l, i) => (cost[i] > 0 ? (50 * l - cost[i]) / cost[i] : NaN)),
    reached: lift.map((l) => 10 * l + 100),
  };
}

const compared = (g: unknown) => g as ComparedGoal;

describe('summary row', () => {
  it('means, quantiles, cost per extra sale as a ratio of sums, ROI as the mean of the runs', () => {
    // lift 10, 12, 14, 16: mean 13; type-7 p05 = 10 + 0.15 × 2 = 10.3, p95 = 14 + 0.85 × 2 = 15.7.
    const row = summarise(strategy('A', [10, 12, 14, 16], [100, 100, 100, 100]));
    expect(row.lift).toBe(13);
    expect(row.liftP05).toBeCloseTo(10.3, 12);
    expect(row.liftP95).toBeCloseTo(15.7, 12);
    expect(row.cost).toBe(100);
    expect(row.costPerSale).toBeCloseTo(400 / 52, 12);
    // ROI per run (50 l − 100)/100 = 4, 5, 6, 7 → mean 5.5.
    expect(row.roi).toBeCloseTo(5.5, 12);
    // reached 200, 220, 240, 260 → mean 230; 13 / 230.
    expect(row.liftShareOfReached).toBeCloseTo(13 / 230, 12);
  });

  it('no cost per sale when nothing sells extra, no ROI when nothing is spent', () => {
    const row = summarise(strategy('do nothing', [0, 0], [0, 0]));
    expect(row.costPerSale).toBeNull();
    expect(row.roi).toBeNull();
  });
});

describe('paired ratio comparison (delta method)', () => {
  it('constant cost per sale on one side, alternating on the other', () => {
    // a: cost 100, sales 10 each → ratio 10, every influence 0.
    // b: cost 200, sales 10, 20, 10, 20 → ratio 800/60 = 40/3; mean sales 15;
    //    influence (200 − 40/3 · l)/15 = ±40/9; sd² = 4 · (40/9)² / 3 = 6400/243.
    const c = pairedRatioComparison([100, 100, 100, 100], [10, 10, 10, 10], [200, 200, 200, 200], [10, 20, 10, 20]);
    expect(c.ratioA).toBe(10);
    expect(c.ratioB).toBeCloseTo(40 / 3, 12);
    expect(c.difference).toBeCloseTo(10 / 3, 12);
    const half = T3 * Math.sqrt(6400 / 243 / 4);
    expect(c.ci95![0]).toBeCloseTo(10 / 3 - half, 5);
    expect(c.ci95![1]).toBeCloseTo(10 / 3 + half, 5);
  });

  it('identical sides: difference 0 and a zero-width interval', () => {
    const c = pairedRatioComparison([5, 7], [1, 2], [5, 7], [1, 2]);
    expect(c.difference).toBe(0);
    expect(c.ci95).toEqual([0, 0]);
  });
});

describe('verdict', () => {
  // A: 13 extra sales per run for 100; B: 15.5 for 170; C does nothing.
  const A = strategy('20 seed users', [10, 12, 14, 16], [100, 100, 100, 100]);
  const B = strategy('Hire 2 KOLs', [12, 15, 16, 19], [170, 170, 170, 170]);
  const C = strategy('Do nothing', [0, 0, 0, 0], [0, 0, 0, 0]);
  const verdict = verdictOf([A, B, C])!;

  it('most extra sales: B over the runner-up A, paired', () => {
    // B − A per run: 2, 3, 2, 3 → mean 2.5, sd² = 1/3, half = t · √(1/12).
    const g = compared(verdict.goals[0]);
    expect(g).toMatchObject({ goal: 'sales', status: 'clear', winner: 1, rival: 0, value: 15.5, rivalValue: 13, winShare: 1, n: 4, costDifference: 70, reason: null });
    expect(g.advantage).toBeCloseTo(2.5, 12);
    const half = T3 * Math.sqrt(1 / 12);
    expect(g.ci95![0]).toBeCloseTo(2.5 - half, 5); // 1.58
    expect(g.ci95![1]).toBeCloseTo(2.5 + half, 5); // 3.42
  });

  it('lowest cost per extra sale: A (400/52 = 7.69) over B (680/62 = 10.97); C sells nothing and is left out', () => {
    const g = compared(verdict.goals[1]);
    expect(g).toMatchObject({ goal: 'costPerSale', winner: 0, rival: 1, costDifference: -70 });
    expect(g.value).toBeCloseTo(400 / 52, 12);
    expect(g.rivalValue).toBeCloseTo(680 / 62, 12);
    expect(g.advantage).toBeCloseTo(680 / 62 - 400 / 52, 12);
    // Per run: A 10, 8.33, 7.14, 6.25 vs B 14.17, 11.33, 10.63, 8.95: cheaper in every run.
    expect(g.winShare).toBe(1);
    expect(g.status).toBe('clear');
  });

  it('best ROI: A (mean 5.5) over B; ROI of C is undefined and left out', () => {
    // B's ROI per run (50 l − 170)/170: 430/170, 580/170, 630/170, 780/170 → mean 2420/680 = 3.559.
    const g = compared(verdict.goals[2]);
    expect(g).toMatchObject({ goal: 'roi', status: 'clear', winner: 0, rival: 1, winShare: 1, n: 4 });
    expect(g.value).toBeCloseTo(5.5, 12);
    expect(g.rivalValue).toBeCloseTo(2420 / 680, 12);
  });

  it('no clear winner with too few runs: the runs that would likely settle it', () => {
    // Cost per sale 10 vs 40/3 (see the delta-method test): advantage 10/3, interval ±8.166 includes 0;
    // runs ≈ 4 · (8.166 / 3.333)² = 24.0 → 25.
    const v = verdictOf([strategy('X', [10, 10, 10, 10], [100, 100, 100, 100]), strategy('Y', [10, 20, 10, 20], [200, 200, 200, 200])])!;
    const g = compared(v.goals[1]);
    expect(g.status).toBe('unclear');
    expect(g.advantage).toBeCloseTo(10 / 3, 12);
    expect(g.ci95![0]).toBeLessThan(0);
    const half = T3 * Math.sqrt(6400 / 243 / 4);
    expect(g.reason).toEqual({ kind: 'moreRuns', runs: Math.ceil(4 * (half / (10 / 3)) ** 2) });
    expect(g.reason).toEqual({ kind: 'moreRuns', runs: 25 });
    // Per run: X 10 each vs Y 20, 10, 20, 10 → cheaper twice, tied twice = 3/4.
    expect(g.winShare).toBe(0.75);
  });

  it('no clear winner because the strategies are too close: an advantage under 2 % of the value', () => {
    // Y − X per run: 0.5, −0.5, 1, 0.5 → mean 0.375 < 2 % of 100.375; the interval (±1.0) includes 0.
    const v = verdictOf([strategy('X', [100, 101, 99, 100], [10, 10, 10, 10]), strategy('Y', [100.5, 100.5, 100, 100.5], [10, 10, 10, 10])])!;
    const g = compared(v.goals[0]);
    expect(g).toMatchObject({ status: 'unclear', winner: 1, rival: 0, reason: { kind: 'tooClose' } });
    expect(g.advantage).toBeCloseTo(0.375, 12);
    expect(g.winShare).toBe(0.75);
  });

  it('identical strategies: no clear winner, and the first keeps the lead', () => {
    const X = strategy('X', [3, 4], [20, 20]);
    const v = verdictOf([X, { ...X, name: 'copy of X' }])!;
    for (const goal of v.goals) expect(goal).toMatchObject({ status: 'unclear', winner: 0, rival: 1, reason: { kind: 'identical' }, winShare: 0.5 });
  });

  it('one run: no interval, so more runs are needed', () => {
    const v = verdictOf([strategy('X', [3], [20]), strategy('Y', [5], [20])])!;
    expect(v.goals[0]).toMatchObject({ status: 'unclear', winner: 1, ci95: null, reason: { kind: 'fewRuns' } });
  });

  it('alone and none: one strategy, or nothing sells extra', () => {
    const one = verdictOf([A])!;
    expect(one.goals[0]).toEqual({ goal: 'sales', status: 'alone', winner: 0, value: 13 });
    const idle = verdictOf([C, { ...C, name: 'also nothing' }])!;
    expect(idle.goals[1]).toEqual({ goal: 'costPerSale', status: 'none' });
    expect(idle.goals[2]).toEqual({ goal: 'roi', status: 'none' });
  });

  it('no verdict without incremental conversions (canonical models)', () => {
    expect(verdictOf([{ name: 'IC', lift: [NaN, NaN], cost: [NaN, NaN], roi: [NaN, NaN], reached: [5, 6] }])).toBeNull();
  });
});
