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
import type { Scenario } from '../../src/core/scenario';
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
  it('tipping point: R below 1 vs above 1, and several times the conversions above', async () => {
    // 100 runs: R 0.87 vs 1.13, conversions 77 vs 398.
    const lesson = await run('lesson-tipping-point.json', 30);
    expect(mean(lesson, 0, 'R')).toBeLessThan(0.95);
    expect(mean(lesson, 1, 'R')).toBeGreaterThan(1.05);
    expect(mean(lesson, 1, 'converted')).toBeGreaterThan(3 * mean(lesson, 0, 'converted'));
    const paired = lesson.result.strategies[1].comparison!.converted;
    expect(paired.ci95![0]).toBeGreaterThan(0);
  });

  it('weak ties: bridges carry the post to more people and communities; closed groups convert a larger share', async () => {
    // 100 runs: reached 1,864 vs 2,853; conversions per reached 0.48 vs 0.27.
    const closed = await run('lesson-weak-ties-closed.json', 30, true);
    const bridged = await run('lesson-weak-ties-bridged.json', 30, true);
    expect(closed.scenario.strategies).toEqual(bridged.scenario.strategies); // same campaign, same seed users
    expect(mean(bridged, 0, 'reached')).toBeGreaterThan(1.3 * mean(closed, 0, 'reached'));
    expect(communitiesReached(closed, 0)).toBeLessThanOrEqual(10); // at most the seeds' own communities
    expect(communitiesReached(bridged, 0)).toBeGreaterThan(2 * communitiesReached(closed, 0));
    expect(closed.result.strategies[0].decomposition!.interaction!).toBeGreaterThan(1.3 * bridged.result.strategies[0].decomposition!.interaction!);
  });

  it('KOL vs seed users vs both: equal budgets, and the mix converts the most', async () => {
    // 100 runs: 414 (seed users), 429 (KOLs), 545 (both).
    const lesson = await run('lesson-kol-vs-seed-users.json', 40);
    for (let s = 0; s < 3; s++) expect(lesson.result.strategies[s].summary.cost).toMatchObject({ mean: 1200, sd: 0 });
    const both = mean(lesson, 2, 'converted');
    expect(both).toBeGreaterThan(1.1 * mean(lesson, 0, 'converted'));
    expect(both).toBeGreaterThan(1.1 * mean(lesson, 1, 'converted'));
    expect(lesson.result.strategies[2].comparison!.converted.ci95![0]).toBeGreaterThan(0);
    // The KOL's own post rarely tips anyone: its conversions come through the sharing it starts.
    expect(lesson.result.strategies[1].attribution!.kol).toBeLessThan(0.05 * mean(lesson, 1, 'converted'));
  });

  it('ads kill the group: the hard push reaches more people but makes far more churn and fewer sales', async () => {
    // 100 runs: churned 1.4 vs 1,204; conversions 434 vs 69.
    const lesson = await run('lesson-ads-kill-the-group.json', 30);
    expect(mean(lesson, 1, 'reached')).toBeGreaterThan(mean(lesson, 0, 'reached'));
    expect(mean(lesson, 1, 'churned')).toBeGreaterThan(100 * Math.max(1, mean(lesson, 0, 'churned')));
    expect(mean(lesson, 1, 'converted')).toBeLessThan(0.5 * mean(lesson, 0, 'converted'));
    expect(mean(lesson, 1, 'cost')).toBeGreaterThan(mean(lesson, 0, 'cost'));
    expect(lesson.result.strategies[1].comparison!.converted.shareBetter).toBeLessThan(0.1);
  });

  it('1000 true fans: the small loyal core converts far more per unit of cost than a large cold audience', async () => {
    // 100 runs: cost per conversion 0.39 vs 1.65; ROI 137 vs 29.
    const lesson = await run('lesson-1000-true-fans.json', 30);
    expect(mean(lesson, 0, 'cost')).toBeLessThan(mean(lesson, 1, 'cost'));
    expect(mean(lesson, 0, 'costPerConversion')).toBeLessThan(0.5 * mean(lesson, 1, 'costPerConversion'));
    expect(mean(lesson, 0, 'roi')).toBeGreaterThan(2 * mean(lesson, 1, 'roi'));
    expect(lesson.result.strategies[1].comparison!.roi!.ci95![1]).toBeLessThan(0);
  });

  it('key people: the top 20% of sharers refer at least 60% of referred conversions', async () => {
    // 100 runs: concentration 0.73 (random seeds) and 0.80 (best-connected seeds).
    const lesson = await run('lesson-key-people.json', 20);
    for (const strategy of lesson.result.strategies) {
      expect(strategy.concentration!).toBeGreaterThanOrEqual(0.6);
      expect(strategy.summary.concentration.p05).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('platform: the broadcast feed stays shallow; private circles go deep and sell far more, for every strategy', async () => {
    // 100 runs: conversions 3 / 8 / 14 on the feed vs 1,389 / 3,344 / 4,699 in private circles.
    const feed = await run('lesson-platform-broadcast-feed.json', 20);
    const circles = await run('lesson-platform-private-circles.json', 20);
    expect(feed.scenario.strategies).toEqual(circles.scenario.strategies);
    expect(feed.scenario.network).toEqual(circles.scenario.network);
    for (let s = 0; s < 3; s++) {
      expect(mean(circles, s, 'converted')).toBeGreaterThan(10 * mean(feed, s, 'converted'));
      expect(mean(circles, s, 'depth')).toBeGreaterThan(mean(feed, s, 'depth'));
      expect(circles.result.strategies[s].decomposition!.relationship!).toBeGreaterThan(feed.result.strategies[s].decomposition!.relationship!);
    }
  });
});
