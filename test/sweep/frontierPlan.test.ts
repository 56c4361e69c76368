import { describe, expect, it } from 'vitest';
import type { DividendScenario } from '../../src/core/scenario';
import { allocationName, kolFeeTable, planFrontier } from '../../src/sweep/frontierPlan';
import { DIVIDEND_INPUT, dividendScenario, icScenario, valid } from './fixtures';

describe('planFrontier', () => {
  // 300 people, KOLs followed by round(0.1·300/r) = 30, 15, 10; pinned prices: seed 20, KOL 500 + 0.05/follower, impression 0.02, conversion 50.
  const plan = planFrontier(dividendScenario(), { budget: 1200, strategy: 'kol' });
  const prices = (dividendScenario() as DividendScenario).model.economics;

  it('KOL fees from the follower counts the network will have', () => {
    expect(kolFeeTable(dividendScenario() as DividendScenario, prices)).toEqual([0, 501.5, 1002.25, 1502.75]);
  });

  it('KOL fees by tier: from rank 2 the table prices ranks 2, 3 (15 and 10 followers)', () => {
    expect(kolFeeTable(dividendScenario() as DividendScenario, prices, 2)).toEqual([0, 500.75, 1001.25]);
    expect(kolFeeTable(dividendScenario() as DividendScenario, prices, 4)).toEqual([0]);
  });

  it('levels: 4 seed levels up to what the budget buys, KOLs the budget pays, rewards up to value/10, ads evenly in expected spend', () => {
    expect(plan.levels.seeds).toEqual([0, 20, 40, 60]);
    expect(plan.levels.kols).toEqual([0, 1, 2]);
    expect(plan.levels.rewardPerShare).toEqual([0, 2.5, 5]);
    // Ads from step 0 to the end (20): a window of 21 steps. Everyone (300 people + 3 KOL accounts)
    // shown an ad at every step costs 0.02 × 303 × 21 = 127.26, a share 0.10605 of the budget: the
    // top level is reach 1, the middle one half of it.
    expect(plan.levels.adShare).toEqual([0, 0.053025, 0.10605]);
    expect(plan.levels.adReach[0]).toBe(0);
    expect(plan.levels.adReach[1]).toBeCloseTo(0.5, 4);
    expect(plan.levels.adReach[2]).toBe(1);
  });

  it('no lever level spends more than the budget at the scenario prices on its own', () => {
    const people = 303;
    for (const budget of [50, 100, 127.26, 1200, 5000]) {
      const p = planFrontier(dividendScenario(), { budget, strategy: 'kol', levels: { seeds: 5, kols: 3, rewards: 2, ads: 5 } });
      const window = 21;
      p.levels.adReach.forEach((reach, i) => {
        expect(reach).toBeGreaterThanOrEqual(0);
        expect(reach).toBeLessThanOrEqual(1);
        // The most the ads can cost: every person shown an ad at every step of the window.
        expect(reach * people * window * prices.costPerImpression).toBeLessThanOrEqual(budget * (1 + 1e-12));
        expect(reach * people * window * prices.costPerImpression).toBeLessThanOrEqual(p.levels.adShare[i] * budget * (1 + 1e-12));
      });
      for (const s of p.levels.seeds) expect(s * prices.costPerSeed).toBeLessThanOrEqual(budget);
      for (const c of p.candidates) expect(c.fixedCost).toBeLessThanOrEqual(budget);
    }
    // A budget of 50 buys ads for 50 / 127.26 = 39.3% of full reach at most.
    const small = planFrontier(dividendScenario(), { budget: 50, strategy: 'kol', levels: { seeds: 2, kols: 2, rewards: 1, ads: 2 } });
    expect(small.levels.adShare).toEqual([0, 1]);
    expect(small.levels.adReach[1]).toBeCloseTo(50 / 127.26, 5);
    expect(small.levels.kols).toEqual([0]); // the cheapest KOL costs 501.5
    // One ad level is "no ads", whatever the budget.
    const noAds = planFrontier(dividendScenario(), { budget: 5000, strategy: 'kol', levels: { seeds: 1, kols: 1, rewards: 1, ads: 1 } });
    expect([noAds.levels.adShare, noAds.levels.adReach]).toEqual([[0], [0]]);
  });

  it('the KOL lever keeps the strategy’s tier: fromRank 2 hires ranks 2, 3 at their fees', () => {
    const tiered = valid({
      ...DIVIDEND_INPUT,
      strategies: [{ name: 'mid', seeding: { method: 'degree', count: 2 }, kols: { hire: 1, fromRank: 2 } }],
    });
    const p = planFrontier(tiered, { budget: 1001.25, levels: { seeds: 1, kols: 3, rewards: 1, ads: 1 } });
    expect(p.levels.kols).toEqual([0, 1, 2]);
    expect(p.candidates.map((c) => [c.allocation.kols, c.fixedCost, c.strategy.kols.fromRank])).toEqual([
      [0, 0, 2],
      [1, 500.75, 2],
      [2, 1001.25, 2],
    ]);
    // One cent less and the second mid-tier account is out of reach.
    expect(planFrontier(tiered, { budget: 1001.24, levels: { seeds: 1, kols: 3, rewards: 1, ads: 1 } }).levels.kols).toEqual([0, 1]);
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
    const c = plan.candidates.find((x) => x.allocation.seeds === 20 && x.allocation.kols === 1 && x.allocation.rewardPerShare === 2.5 && x.allocation.adShare === 0.053025)!;
    const base = (dividendScenario() as DividendScenario).strategies[1];
    expect(c.strategy).toEqual({
      ...base,
      name: '20 seeds · 1 KOL · reward 2.5 · ads 5.3%',
      seeding: { ...base.seeding, method: 'degree', count: 20 },
      kols: { hire: 1, fromRank: 1, step: 0 },
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
