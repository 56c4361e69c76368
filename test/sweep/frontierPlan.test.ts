import { describe, expect, it } from 'vitest';
import type { DividendScenario } from '../../src/core/scenario';
import { allocationName, kolFeeTable, planFrontier } from '../../src/sweep/frontierPlan';
import { DIVIDEND_INPUT, dividendScenario, icScenario, valid } from './fixtures';

describe('planFrontier', () => {
  // 300 people, KOLs followed by round(0.1·300/r) = 30, 15, 10; default prices: seed 20, KOL 500 + 0.05/follower, impression 0.02, conversion 50.
  const plan = planFrontier(dividendScenario(), { budget: 1200, strategy: 'kol' });

  it('KOL fees from the follower counts the network will have', () => {
    expect(kolFeeTable(dividendScenario() as DividendScenario, (dividendScenario() as DividendScenario).model.economics)).toEqual([0, 501.5, 1002.25, 1502.75]);
  });

  it('levels: 4 seed levels up to what the budget buys, KOLs the budget pays, rewards up to value/10, ads evenly in expected spend', () => {
    expect(plan.levels.seeds).toEqual([0, 20, 40, 60]);
    expect(plan.levels.kols).toEqual([0, 1, 2]);
    expect(plan.levels.rewardPerShare).toEqual([0, 2.5, 5]);
    expect(plan.levels.adShare).toEqual([0, 0.5, 1]);
    // Ads from step 0 to the end (20): a window of 21 steps; half the people reached by ads alone.
    expect(plan.levels.adReach[1]).toBeCloseTo(1 - 0.5 ** (1 / 21), 6);
    expect(plan.levels.adReach[2]).toBe(1);
  });

  it('skips combinations whose seed users and KOL fees alone exceed the budget', () => {
    // Over budget: 60 seeds + any KOL (2·9), 40 seeds + any KOL (2·9), 20 seeds + 2 KOLs (9).
    expect(plan.skipped).toBe(45);
    expect(plan.candidates).toHaveLength(108 - 45);
    for (const c of plan.candidates) {
      expect(c.fixedCost).toBeCloseTo(c.allocation.seeds * 20 + [0, 501.5, 1002.25][c.allocation.kols], 9);
      expect(c.fixedCost).toBeLessThanOrEqual(1200);
    }
  });

  it('each candidate is the chosen strategy with its four levers set, everything else kept', () => {
    const c = plan.candidates.find((x) => x.allocation.seeds === 20 && x.allocation.kols === 1 && x.allocation.rewardPerShare === 2.5 && x.allocation.adShare === 0.5)!;
    const base = (dividendScenario() as DividendScenario).strategies[1];
    expect(c.strategy).toEqual({
      ...base,
      name: '20 seeds · 1 KOL · reward 2.5 · ads 50%',
      seeding: { ...base.seeding, method: 'degree', count: 20 },
      kols: { hire: 1, step: 0 },
      incentives: { rewardPerShare: 2.5 },
      ads: { reach: plan.levels.adReach[1], from: 0, to: null },
    });
    expect(new Set(plan.candidates.map((x) => x.strategy.name)).size).toBe(plan.candidates.length);
  });

  it('packs candidates 8 per validated scenario, in order', () => {
    expect(plan.batches).toHaveLength(8);
    expect(plan.batches.flatMap((b) => b.strategies.map((s) => s.name))).toEqual(plan.candidates.map((c) => c.strategy.name));
    for (const b of plan.batches) {
      expect(b.strategies.length).toBeLessThanOrEqual(8);
      expect(b.seed).toBe('sweep');
      expect(b.network).toEqual(plan.scenario.network);
    }
  });

  it('custom grid, no KOLs in the network, reward ceiling', () => {
    const noKols = valid({ ...DIVIDEND_INPUT, network: { ...DIVIDEND_INPUT.network, kols: null }, strategies: [DIVIDEND_INPUT.strategies[0]] });
    const p = planFrontier(noKols, { budget: 100, levels: { seeds: 2, kols: 3, rewards: 2, ads: 1 }, maxRewardPerShare: 1 });
    expect(p.levels).toMatchObject({ seeds: [0, 5], kols: [0], rewardPerShare: [0, 1], adShare: [0] });
    expect(p.candidates.map((c) => allocationName(c.allocation))).toEqual([
      '0 seeds · 0 KOLs · reward 0 · ads 0%',
      '0 seeds · 0 KOLs · reward 1 · ads 0%',
      '5 seeds · 0 KOLs · reward 0 · ads 0%',
      '5 seeds · 0 KOLs · reward 1 · ads 0%',
    ]);
  });

  it('refuses what it cannot plan, saying why', () => {
    expect(() => planFrontier(icScenario(), { budget: 100 })).toThrow(/needs a dividend scenario/);
    expect(() => planFrontier(dividendScenario(), { budget: 0 })).toThrow('--budget: must be a number greater than 0');
    expect(() => planFrontier(dividendScenario(), { budget: 10, strategy: 'x' })).toThrow(/no strategy named "x"/);
    expect(() => planFrontier(dividendScenario(), { budget: 10, levels: { seeds: 0, kols: 1, rewards: 1, ads: 1 } })).toThrow(/--grid: seeds levels/);
    const manual = valid({ ...DIVIDEND_INPUT, strategies: [{ name: 'm', seeding: { method: 'manual', nodes: [1] } }] });
    expect(() => planFrontier(manual, { budget: 100 })).toThrow(/strategies\[0\]\.seeding\.method: the frontier varies the seed count/);
  });
});
