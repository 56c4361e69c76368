/**
 * The budget frontier leaves out, BEFORE simulating, every allocation whose seed users and KOL
 * fees alone exceed the budget (issue #12: "stops exploring allocations that cannot be within
 * budget"), and no frontier point costs more than the budget. The fixture's prices make every
 * number countable by hand:
 * 200 people, KOLs of reach 0.2 → followers round(40 / rank) = 40, 20, 13; fees 100 + 1 × followers
 * = 140, 120, 113, so hiring 0, 1, 2, 3 costs 0, 140, 260, 373 (3 is over a budget of 300).
 * Seed users at 10 each: levels 0, 15, 30 (30 = 300 / 10). KOL levels 0, 1, 2.
 * Fixed costs: seeds 0 → 0, 140, 260; seeds 15 → 150, 290, 410 ✗; seeds 30 → 300, 440 ✗, 560 ✗.
 * So 9 combinations, 3 skipped, 6 simulated. With no rewards and no ads the cost of a run is
 * exactly its fixed cost, so all 6 are within budget.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { runFrontier } from '../../src/runtime/frontierResult';
import { inlineSimulator, type ScenarioSimulator } from '../../src/runtime/scenarioSeries';
import { validateScenario } from '../../src/scenario/validateScenario';
import { planFrontier } from '../../src/sweep/frontierPlan';
import { sortFrontierPoints } from '../../src/ui/app/analysis/dlFrontierTable';
import { tippingNotes } from '../../src/ui/app/analysis/tippingNotes';

function scenario(): Scenario {
  const r = validateScenario({
    version: 2,
    name: 'pruning',
    seed: 'pruning',
    runs: 3,
    steps: 24,
    network: { kind: 'communities', nodes: 200, communities: 4, meanDegree: 6, mixing: 0.2, kols: { count: 3, reach: 0.2 } },
    model: { kind: 'dividend', economics: { costPerSeed: 10, kolBaseFee: 100, kolFeePerFollower: 1, costPerImpression: 0.01, valuePerConversion: 50 } },
    strategies: [{ name: 'base', seeding: { method: 'random', count: 5 }, content: { quality: 0.3 } }],
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const levels = { seeds: 3, kols: 3, rewards: 1, ads: 1 };

describe('budget frontier pruning', () => {
  it('leaves out the 3 combinations whose seed users and KOL fees alone exceed 300', () => {
    const plan = planFrontier(scenario(), { budget: 300, levels });
    expect(plan.levels.seeds).toEqual([0, 15, 30]);
    expect(plan.levels.kols).toEqual([0, 1, 2]);
    expect(plan.skipped).toBe(3);
    expect(plan.candidates.map((c) => [c.allocation.seeds, c.allocation.kols, c.fixedCost])).toEqual([
      [0, 0, 0],
      [0, 1, 140],
      [0, 2, 260],
      [15, 0, 150],
      [15, 1, 290],
      [30, 0, 300],
    ]);
  });

  it('simulates only the 6 candidates (not the 9 combinations) and no frontier point costs more than the budget', async () => {
    let simulated = 0;
    const inline = inlineSimulator();
    const counting: ScenarioSimulator = (s, o) => {
      simulated += s.strategies.length;
      return inline(s, o);
    };
    const result = await runFrontier(planFrontier(scenario(), { budget: 300, levels }), counting);
    expect(simulated).toBe(6);
    expect(result.points).toHaveLength(6);
    for (const p of result.points) {
      // No rewards, no ads: every run costs exactly the fixed cost.
      expect(p.summary.cost?.mean).toBeCloseTo(p.fixedCost, 9);
      expect(p.withinBudget).toBe(true);
    }
    expect(result.frontier.length).toBeGreaterThan(0);
    for (const i of result.frontier) expect(result.points[i].summary.cost!.mean!).toBeLessThanOrEqual(300);
  });

  it('a smaller budget prunes more before simulating', () => {
    const small = planFrontier(scenario(), { budget: 150, levels });
    // Seeds 0, 8, 15 (150 / 10 = 15; 7.5 rounds to 8); KOLs 0, 1 (140 ≤ 150 < 260): fixed 0, 140, 80, 220 ✗, 150, 290 ✗.
    expect(small.candidates.length + small.skipped).toBe(6);
    expect(small.skipped).toBe(2);
    for (const c of small.candidates) expect(c.fixedCost).toBeLessThanOrEqual(150);
  });

  it('the page table sorts by any column, both ways, undefined values last', async () => {
    const result = await runFrontier(planFrontier(scenario(), { budget: 300, levels }), inlineSimulator());
    const byCost = sortFrontierPoints(result.points, 'cost', true).map((p) => p.fixedCost);
    expect(byCost).toEqual([0, 140, 150, 260, 290, 300]);
    expect(sortFrontierPoints(result.points, 'fixedCost', false).map((p) => p.fixedCost)).toEqual([300, 290, 260, 150, 140, 0]);
    // An allocation that sells nothing extra (the empty one, at least) has no cost per sale: those sort last.
    const perSale = sortFrontierPoints(result.points, 'costPerSale', true);
    const sells = perSale.map((p) => (p.summary.incrementalConverted?.mean ?? 0) > 0);
    expect(sells).toEqual([...sells].sort((a, b) => Number(b) - Number(a)));
    expect(sells[sells.length - 1]).toBe(false);
  });
});

describe('R = 1 and steepest notes', () => {
  const params = [{ path: 'x', values: [0, 0.1, 0.2, 0.3, 0.4] }];
  it('explains the two markers only when they are more than one grid step apart', () => {
    const curves = [
      { strategy: 'near', tippingPoint: 0.12, steepest: 0.15 },
      { strategy: 'far', tippingPoint: 0.1, steepest: 0.35 },
      { strategy: 'none', tippingPoint: null, steepest: 0.25 },
    ];
    expect(tippingNotes({ params, curves })).toEqual([{ name: 'far', tippingPoint: 0.1, steepest: 0.35 }]);
  });
});
