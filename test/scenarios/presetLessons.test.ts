/**
 * Each lesson preset in scenarios/ shows its concept: these tests run the preset files as they
 * are (fewer runs, same seed, so the worlds are the presets' own) and assert the qualitative
 * result the description promises. Run counts were chosen so each conclusion holds by a wide
 * margin (the margins measured at 100 runs are in the comments); all runs are seeded, so a
 * test gives the same numbers every time.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/cli/loadScenarioFile';
import { generateNetwork } from '../../src/core/networks/generateNetwork';
import { rootKey } from '../../src/core/random';
import type { DividendScenario, Scenario } from '../../src/core/scenario';
import { buildResult, type SimulationResult } from '../../src/runtime/resultFormat';
import { simulateInline } from '../../src/runtime/simulateInline';

const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

async function load(file: string, runs: number): Promise<Scenario> {
  const loaded = await loadScenarioFile(dir + file, { runs: String(runs) });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  return loaded.scenario;
}

interface Lesson {
  scenario: Scenario;
  result: SimulationResult;
}

async function run(file: string, runs: number, traces = false): Promise<Lesson> {
  const scenario = await load(file, runs);
  const data = simulateInline(scenario, undefined, { traces });
  return { scenario, result: buildResult(scenario, data, {}, { traces }) };
}

/** Mean of a per-run column of strategy s (runs where it is defined). */
const mean = (lesson: Lesson, s: number, column: string): number => lesson.result.strategies[s].summary[column].mean;

/** Communities holding at least one reached node in strategy s's trace of the representative run. */
function communitiesReached(lesson: Lesson, s: number): number {
  const { scenario, result } = lesson;
  const graph = generateNetwork(scenario.network, rootKey(scenario.seed), result.representativeRun.run);
  const trace = result.representativeRun.traces![s]!;
  const seen = new Set<number>();
  trace.reachedStep.forEach((step, node) => {
    if (step >= 0) seen.add(graph.community![node]);
  });
  return seen.size;
}

describe('lesson presets show their concept', () => {
  it('tipping point: R below 1 vs above 1, and several times the extra buyers above', async () => {
    // 100 runs: R 0.78 vs 1.36, extra buyers 7.4 vs 37.9, interaction 2.5% vs 2.9%.
    const lesson = await run('lesson-tipping-point.json', 30);
    expect(mean(lesson, 0, 'R')).toBeLessThan(0.9);
    expect(mean(lesson, 1, 'R')).toBeGreaterThan(1.1);
    expect(mean(lesson, 1, 'incrementalConverted')).toBeGreaterThan(3 * mean(lesson, 0, 'incrementalConverted'));
    const paired = lesson.result.strategies[1].comparison!.converted; // incremental conversions for the dividend model
    expect(paired.ci95![0]).toBeGreaterThan(0);
    // The takeaway: interaction (extra buyers per reached person) is about the same for both posts.
    const [low, high] = lesson.result.strategies.map((s) => s.decomposition!.interaction!);
    expect(high / low).toBeGreaterThan(0.7);
    expect(high / low).toBeLessThan(1.5);
  });

  it('weak ties: bridges carry the post to more people and communities; closed groups convert a larger share', async () => {
    // 100 runs: reached 254 vs 350; extra buyers per reached 3.7% vs 3.0%.
    const closed = await run('lesson-weak-ties-closed.json', 30, true);
    const bridged = await run('lesson-weak-ties-bridged.json', 30, true);
    expect(closed.scenario.strategies).toEqual(bridged.scenario.strategies); // same campaign, same seed users
    expect(mean(bridged, 0, 'reached')).toBeGreaterThan(1.2 * mean(closed, 0, 'reached'));
    expect(communitiesReached(closed, 0)).toBeLessThanOrEqual(3); // at most the 3 seeds' own communities
    expect(communitiesReached(bridged, 0)).toBeGreaterThan(2 * communitiesReached(closed, 0));
    expect(closed.result.strategies[0].decomposition!.interaction!).toBeGreaterThan(1.1 * bridged.result.strategies[0].decomposition!.interaction!);
  });

  it('Centola: a complex product sells more on the clustered lattice than on the same degree rewired at random', async () => {
    // Centola (2010): 54% vs 38% adoption. 100 runs: 37.7 vs 21.4 buyers of 144 (26% vs 15%);
    // reached 44 vs 75 (more people hear of it on the random network).
    const lattice = await run('lesson-centola-clusters.json', 30);
    const scenario = await load('lesson-centola-clusters.json', 30);
    expect(scenario.network).toMatchObject({ kind: 'watts-strogatz', rewire: 0 });
    const data = simulateInline({ ...scenario, network: { ...scenario.network, rewire: 1 } as Scenario['network'] });
    const random: Lesson = { scenario, result: buildResult(scenario, data) };
    expect(mean(lattice, 0, 'converted')).toBeGreaterThan(1.3 * mean(random, 0, 'converted'));
    expect(mean(random, 0, 'reached')).toBeGreaterThan(mean(lattice, 0, 'reached'));
  });

  it('KOL vs seed users: at rate-card prices the KOLs get an extra buyer far cheaper; their own post tips few', async () => {
    // Quality 0.2. 100 runs: extra buyers 5.2 / 6.8 / 11.7; cost 400 / 70 / 470; mean cost ÷ mean extra buyers 76.3 / 10.2 / 40.1.
    const lesson = await run('lesson-kol-vs-seed-users.json', 40);
    // Rate card: 20 (the gifted product) + 0.01 per follower for the 2 largest KOLs (2,000 and 1,000 followers).
    expect(lesson.result.strategies.map((s) => s.summary.cost.mean)).toEqual([400, 70, 470]);
    expect(mean(lesson, 0, 'costPerConversion')).toBeGreaterThan(4 * mean(lesson, 1, 'costPerConversion'));
    const both = mean(lesson, 2, 'incrementalConverted');
    expect(both).toBeGreaterThan(1.3 * mean(lesson, 0, 'incrementalConverted'));
    expect(both).toBeGreaterThan(1.3 * mean(lesson, 1, 'incrementalConverted'));
    // The KOLs' own posts tip under half of their extra buyers: the rest come through the sharing they start.
    expect(lesson.result.strategies[1].attribution!.kol).toBeLessThan(0.5 * mean(lesson, 1, 'incrementalConverted'));
  });

  it('influencer tiers: at about the same budget, mid-tier KOLs cost less per extra buyer than the top KOL', async () => {
    // Bakshy et al. (2011). 100 runs: cost 100 vs 89.7; extra buyers 28.7 vs 38.7; cost per extra buyer 3.72 vs 2.41.
    const lesson = await run('lesson-influencer-tiers.json', 30);
    const [top, mid] = lesson.result.strategies.map((s) => s.summary.cost.mean);
    expect(top).toBe(100); // 10,000 followers × 0.01
    expect(mid).toBeCloseTo(89.7, 1); // 8,968 followers × 0.01
    expect(mean(lesson, 0, 'costPerConversion')).toBeGreaterThan(1.2 * mean(lesson, 1, 'costPerConversion'));
    expect(mean(lesson, 1, 'incrementalConverted')).toBeGreaterThan(mean(lesson, 0, 'incrementalConverted'));
    // Bakshy et al.: the top account wins only when a fixed fee per influencer dominates. The
    // lesson's last run adds a fixed fee of 100 per KOL (cost 200 vs 889.7; 100 runs: 7.45 vs 23.9 per extra buyer).
    const scenario = lesson.scenario as DividendScenario;
    const withFee = { ...scenario, model: { ...scenario.model, economics: { ...scenario.model.economics, kolBaseFee: 100 } } };
    const fee = buildResult(withFee, simulateInline(withFee));
    expect(fee.strategies[0].summary.cost.mean).toBe(200);
    expect(fee.strategies[1].summary.cost.mean).toBeCloseTo(100 * 8 + mid, 6);
    expect(fee.strategies[1].summary.costPerConversion.mean).toBeGreaterThan(2 * fee.strategies[0].summary.costPerConversion.mean);
  });

  it('ads kill the group: the hard push reaches more people but makes far more churn, loses organic buyers and sells less', async () => {
    // 100 runs: reached 1,350 vs 6,490; churned 0.24 vs 1,970; organic buyers lost 0 vs 1.7; extra buyers 37.8 vs 9.3.
    const lesson = await run('lesson-ads-kill-the-group.json', 30);
    expect(mean(lesson, 1, 'reached')).toBeGreaterThan(mean(lesson, 0, 'reached'));
    expect(mean(lesson, 1, 'churned')).toBeGreaterThan(100 * Math.max(1, mean(lesson, 0, 'churned')));
    expect(mean(lesson, 1, 'lostOrganic')).toBeGreaterThan(mean(lesson, 0, 'lostOrganic'));
    expect(mean(lesson, 1, 'incrementalConverted')).toBeLessThan(0.5 * mean(lesson, 0, 'incrementalConverted'));
    expect(mean(lesson, 1, 'cost')).toBeGreaterThan(mean(lesson, 0, 'cost'));
    expect(lesson.result.strategies[1].comparison!.converted.shareBetter).toBeLessThan(0.1);
  });

  it('1000 true fans: the small loyal core gets an extra buyer cheaper than a large cold audience', async () => {
    // 100 runs: cost per extra buyer 49.5 vs 84.8; ROI 0.14 vs -0.40.
    const lesson = await run('lesson-1000-true-fans.json', 30);
    expect(mean(lesson, 0, 'cost')).toBeLessThan(mean(lesson, 1, 'cost'));
    expect(mean(lesson, 1, 'costPerConversion')).toBeGreaterThan(1.4 * mean(lesson, 0, 'costPerConversion'));
    expect(mean(lesson, 0, 'roi')).toBeGreaterThan(0);
    expect(mean(lesson, 1, 'roi')).toBeLessThan(0);
  });

  it('key people: the top 20% of sharers refer at least 90% of referred conversions', async () => {
    // 100 runs: concentration 1.00 for both strategies; extra buyers 16.7 vs 57.9.
    const lesson = await run('lesson-key-people.json', 20);
    for (const strategy of lesson.result.strategies) {
      expect(strategy.concentration!).toBeGreaterThanOrEqual(0.9);
      expect(strategy.summary.concentration.p05).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('platform: the broadcast feed stays shallow; private circles go deeper and sell more, for every strategy', async () => {
    // 100 runs: extra buyers 2.5 / 5.0 / 7.4 on the feed vs 9.5 / 10.4 / 20.6 in private circles.
    const feed = await run('lesson-platform-broadcast-feed.json', 20);
    const circles = await run('lesson-platform-private-circles.json', 20);
    expect(feed.scenario.strategies).toEqual(circles.scenario.strategies);
    expect(feed.scenario.network).toEqual(circles.scenario.network);
    for (let s = 0; s < 3; s++) {
      expect(mean(circles, s, 'incrementalConverted')).toBeGreaterThan(1.5 * mean(feed, s, 'incrementalConverted'));
      expect(mean(circles, s, 'depth')).toBeGreaterThan(mean(feed, s, 'depth'));
    }
    // Seed users' shares reach more people in private circles (the relationship chain).
    expect(circles.result.strategies[0].decomposition!.relationship!).toBeGreaterThan(feed.result.strategies[0].decomposition!.relationship!);
  });
});
