/** The budget frontier in the runtime: candidates simulated on common random numbers, budget marks, Pareto frontier. */
import { describe, expect, it } from 'vitest';
import { runFrontier } from '../../src/runtime/frontierResult';
import { inlineSimulator } from '../../src/runtime/scenarioSeries';
import { seriesResultToJson } from '../../src/runtime/sweepFormat';
import { withNodePoolSimulator } from '../../src/runtime/sweepPool.node.ts';
import { pointStrategies, SWEEP_METRICS } from '../../src/runtime/sweepResult';
import { planFrontier } from '../../src/sweep/frontierPlan';
import { dividendScenario, valid } from '../sweep/fixtures';

describe('budget frontier', () => {
  const plan = planFrontier(dividendScenario(), { budget: 700, strategy: 'kol', levels: { seeds: 3, kols: 2, rewards: 2, ads: 3 } });

  it('marks the budget by mean cost and keeps exactly the undominated points within budget', async () => {
    const result = await runFrontier(plan, inlineSimulator());
    expect(result.points).toHaveLength(plan.candidates.length);
    const cost = (i: number) => result.points[i].summary.cost!.mean!;
    // The frontier ranks on the lift: incremental conversions (total minus the same run's organic buyers).
    const conv = (i: number) => result.points[i].summary.incrementalConverted!.mean!;
    for (const p of result.points) {
      expect(p.withinBudget).toBe(p.summary.cost!.mean! <= 700);
      // Rewards and ads only add to what seed users and KOLs cost up front.
      expect(p.summary.cost!.mean!).toBeGreaterThanOrEqual(p.fixedCost - 1e-9);
      expect(p.onFrontier).toBe(result.frontier.includes(p.index));
    }
    expect(result.points.some((p) => !p.withinBudget)).toBe(true); // ads and rewards push some over
    expect(result.frontier.length).toBeGreaterThan(1);
    result.frontier.forEach((i, k) => {
      expect(result.points[i].withinBudget).toBe(true);
      if (k > 0) {
        expect(cost(i)).toBeGreaterThan(cost(result.frontier[k - 1]));
        expect(conv(i)).toBeGreaterThan(conv(result.frontier[k - 1]));
      }
    });
    const eligible = result.points.filter((p) => p.withinBudget).map((p) => p.index);
    for (const i of eligible) {
      const dominatedBy = eligible.filter((j) => cost(j) <= cost(i) && conv(j) >= conv(i) && (cost(j) < cost(i) || conv(j) > conv(i)));
      if (result.frontier.includes(i)) expect(dominatedBy, `frontier point ${i}`).toEqual([]);
      else expect(dominatedBy.length > 0 || eligible.some((j) => j < i && cost(j) === cost(i) && conv(j) === conv(i)), `point ${i}`).toBe(true);
    }
    // Doing nothing costs nothing and causes nothing: its conversions are the organic buyers alone.
    const idle = result.points.find((p) => p.allocation.seeds === 0 && p.allocation.kols === 0 && p.allocation.adShare === 0)!;
    expect(idle.summary.cost!.mean).toBe(0);
    expect(idle.summary.incrementalConverted!.mean).toBe(0);
    expect(idle.summary.converted!.mean).toBeGreaterThanOrEqual(0);
  });

  it('packing candidates into shared scenarios changes no number; the pool gives the in-thread result', async () => {
    const reference = await runFrontier(plan, inlineSimulator());
    const pooled = await withNodePoolSimulator(2, (simulate) => runFrontier(plan, simulate));
    expect(seriesResultToJson(pooled)).toBe(seriesResultToJson(reference));
    // One candidate simulated on its own, as a strategy card would be: the same summary.
    const pick = reference.points[reference.frontier[reference.frontier.length - 1]];
    const alone = valid({ ...plan.scenario, strategies: [pick.strategy] });
    const [own] = await inlineSimulator()(alone, {}).then((d) => pointStrategies(d, [...SWEEP_METRICS]));
    expect(own.summary).toEqual(pick.summary);
  });
});
