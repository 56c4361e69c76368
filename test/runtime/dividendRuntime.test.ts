/**
 * The runtime with the dividend model: per-run metrics, determinism across job splits and
 * workers (traces included), the representative run, the paired comparison (and how much
 * tighter it is than an unpaired one), attribution, decomposition, and the JSON/CSV formats.
 */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DIVIDEND_METRICS } from '../../src/core/dividend/dividendOutcome';
import { DIVIDEND_MODEL_DEFAULTS } from '../../src/core/dividend/dividendSpec';
import { unpairedComparison } from '../../src/core/stats/pairedComparison';
import type { Scenario } from '../../src/core/scenario';
import { metricColumn, ResultCollector, type SimulationData } from '../../src/runtime/collect';
import { NetworkCache } from '../../src/runtime/networkCache';
import { simulateOnNodePool } from '../../src/runtime/pool.node.ts';
import { pickRepresentativeRun } from '../../src/runtime/representativeRun';
import { buildResult, resultToJson, runsCsv, runsCsvHeader } from '../../src/runtime/resultFormat';
import { DIVIDEND_RUN_COLUMNS, RUN_COLUMN_DOCS } from '../../src/runtime/runColumns';
import { simulateInline } from '../../src/runtime/simulateInline';
import { simulateRuns, simulateTraces } from '../../src/runtime/simulateRuns';
import { compareOnMetric } from '../../src/runtime/strategyComparison';
import { validateScenario } from '../../src/scenario/validateScenario';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 2, name: 'dividend runtime test', seed: 'div-rt', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

/** 1,500 people, every lever in use somewhere, a strategy that spends nothing (ROI undefined). */
const scenario = valid({
  runs: 16,
  steps: 36,
  network: { kind: 'communities', nodes: 1500, communities: 12, meanDegree: 8, mixing: 0.1, kols: { count: 3, reach: 0.15 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 10 }, content: { quality: 0.25 } },
    {
      name: 'everything',
      seeding: { method: 'core-fans', count: 8 },
      content: { quality: 0.25, relevance: [1, 0.5], waves: [0, 12] },
      kols: { hire: 1, step: 2 },
      secondWave: { step: 8, count: 5 },
      incentives: { rewardPerShare: 0.5 },
      brandReplies: 0.3,
      ads: { reach: 0.005, from: 0, to: 10 },
    },
    { name: 'nothing', seeding: { method: 'random', count: 0 } },
  ],
});

const columns = DIVIDEND_RUN_COLUMNS.map((c) => c.column);
const numbersOf = (d: SimulationData) => d.strategies.map((s) => [Array.from(s.totals), Array.from(s.timelines), Array.from(s.metrics)]);

describe('dividend runs in the runtime', () => {
  const data = simulateInline(scenario);

  it('reports every dividend metric per run, attribution under convertedBy… names', () => {
    expect(data.metricNames).toEqual(columns);
    // The base columns first, the lift and its parts beside the total.
    expect(columns.slice(0, 7)).toEqual(['reached', 'shared', 'converted', 'incrementalConverted', 'organicBuyers', 'accelerated', 'lostOrganic']);
    expect(columns).toEqual(expect.arrayContaining(['churned', 'steps']));
    expect(columns).toEqual(expect.arrayContaining(['convertedBySeed', 'convertedByKol', 'convertedByOrganic', 'convertedByAds', 'roi', 'R', 'concentration']));
    expect(columns).toHaveLength(Object.keys(DIVIDEND_METRICS).length);
    for (const c of columns) expect(RUN_COLUMN_DOCS[c], c).toMatch(/\w/);
    for (const s of data.strategies) {
      const converted = metricColumn(data, s, 'converted');
      const incremental = metricColumn(data, s, 'incrementalConverted');
      const organic = metricColumn(data, s, 'organicBuyers');
      const lost = metricColumn(data, s, 'lostOrganic');
      const bySource = ['convertedBySeed', 'convertedByKol', 'convertedByOrganic', 'convertedByAds'].map((m) => metricColumn(data, s, m));
      for (let r = 0; r < data.runs; r++) {
        expect(converted[r]).toBe(s.totals[r * 5 + 2]);
        expect(incremental[r]).toBe(converted[r] - organic[r]);
        // Attribution counts the buyers the campaign caused: all but the organic buyers who still bought.
        expect(bySource.reduce((sum, col) => sum + col[r], 0)).toBe(converted[r] - (organic[r] - lost[r]));
      }
      // Every strategy of a run meets the same organic buyers (common random numbers).
      expect(Array.from(organic)).toEqual(Array.from(metricColumn(data, data.strategies[0], 'organicBuyers')));
    }
  });

  it('undefined values stay undefined: ROI of a strategy that spends nothing', () => {
    const nothing = data.strategies[2];
    expect(Array.from(metricColumn(data, nothing, 'cost'))).toEqual(Array(16).fill(0));
    expect(metricColumn(data, nothing, 'roi').every(Number.isNaN)).toBe(true);
    expect(Array.from(metricColumn(data, nothing, 'incrementalConverted'))).toEqual(Array(16).fill(0)); // the do-nothing world itself
    const everything = data.strategies[1];
    // The rank-1 KOL of 1,500 people with reach 0.15 has round(0.15 × 1500) = 225 followers: fee = base + 225 × per follower.
    const { kolBaseFee, kolFeePerFollower } = DIVIDEND_MODEL_DEFAULTS.economics;
    for (const v of metricColumn(data, everything, 'costKols')) expect(v).toBeCloseTo(kolBaseFee + 225 * kolFeePerFollower, 9);
    expect(metricColumn(data, everything, 'impressions').some((v) => v > 0)).toBe(true);
    expect(metricColumn(data, everything, 'brandReplies').some((v) => v > 0)).toBe(true);
  });

  it('identical numbers whatever the job split and order (common random numbers per run)', () => {
    const collector = new ResultCollector(scenario);
    for (const runs of [[9, 10, 11, 12, 13, 14, 15], [3], [0, 1, 2], [4, 5, 6, 7, 8]]) collector.add(simulateRuns(scenario, runs, new NetworkCache()));
    expect(numbersOf(collector.finish())).toEqual(numbersOf(data));
  });

  it('the representative run is the one closest to the baseline median conversions, replayed with traces for every strategy', () => {
    const converted = metricColumn(data, data.strategies[0], 'converted');
    const rep = data.representativeRun;
    expect(rep).toEqual(pickRepresentativeRun(converted));
    expect(rep.baselineConverted).toBe(converted[rep.run]);
    for (const c of converted) expect(Math.abs(c - rep.baselineMedianConverted)).toBeGreaterThanOrEqual(Math.abs(rep.baselineConverted - rep.baselineMedianConverted));

    const traces = data.traces!;
    expect(traces.run).toBe(rep.run);
    expect(traces.strategies).toHaveLength(3);
    traces.strategies.forEach((trace, s) => {
      const at = (m: string) => metricColumn(data, data.strategies[s], m)[rep.run];
      const n = trace!.reachedStep.length;
      expect(n).toBe(1503);
      const count = (a: Int32Array) => a.reduce((k, v) => k + (v >= 0 ? 1 : 0), 0);
      // The trace replays exactly the run that was summarised.
      expect(count(trace!.reachedStep)).toBe(at('reached'));
      expect(count(trace!.sharedStep)).toBe(at('shared'));
      expect(count(trace!.convertedStep)).toBe(at('converted'));
      expect(count(trace!.mutedStep)).toBe(at('churned'));
      for (let i = 0; i < n; i++) {
        if (trace!.reachedStep[i] < 0) expect(trace!.reachedBy[i]).toBe(-1);
        else if (trace!.reachedBy[i] >= 0) expect(trace!.reachedStep[trace!.reachedBy[i]]).toBeLessThanOrEqual(trace!.reachedStep[i]);
      }
    });
    expect(simulateTraces(scenario, rep.run, new NetworkCache()).strategies).toEqual(traces.strategies);
  });

  it('the pool gives the same numbers and traces as the inline reference', async () => {
    const pooled = await simulateOnNodePool(scenario, { workers: 2 });
    expect(numbersOf(pooled)).toEqual(numbersOf(data));
    expect(pooled.representativeRun).toEqual(data.representativeRun);
    expect(pooled.traces!.strategies).toEqual(data.traces!.strategies);
    const untraced = await simulateOnNodePool(scenario, { workers: 1, traces: false });
    expect(numbersOf(untraced)).toEqual(numbersOf(data));
    expect(untraced.traces).toBeNull();
  });
});

describe('representative run', () => {
  it('closest to the median, lowest index on ties', () => {
    expect(pickRepresentativeRun([5, 1, 3, 9, 3])).toEqual({ run: 2, baselineConverted: 3, baselineMedianConverted: 3 });
    expect(pickRepresentativeRun([4, 1, 2, 3])).toEqual({ run: 2, baselineConverted: 2, baselineMedianConverted: 2.5 });
    expect(pickRepresentativeRun([7])).toEqual({ run: 0, baselineConverted: 7, baselineMedianConverted: 7 });
  });
});

describe('paired comparison with the baseline', () => {
  it('pairs with an undefined side are left out, and counted', () => {
    const d = {
      runs: 4,
      metricNames: ['roi'],
      strategies: [
        { name: 'a', metrics: Float64Array.from([1, NaN, 3, 4]) },
        { name: 'b', metrics: Float64Array.from([2, 5, NaN, 6]) },
      ],
    } as unknown as SimulationData;
    const c = compareOnMetric(d, d.strategies[0], d.strategies[1], 'roi');
    expect(c).toMatchObject({ metric: 'roi', n: 2, excludedRuns: 2, meanDifference: 1.5, shareBetter: 1 });
    expect(c.ci95![0]).toBeCloseTo(1.5 - 12.706204736 * 0.5, 6); // t(0.975, 1) × sd(1, 2)/√2
  });

  it('is much tighter than comparing unpaired means, because runs share the world', () => {
    // Two close versions of the same post on the same world: paired differences cancel the
    // world's luck (where the seeds land, who is eager), unpaired ones do not.
    const close = valid({
      runs: 40,
      steps: 48,
      network: { kind: 'communities', nodes: 2000, communities: 16, meanDegree: 10, mixing: 0.1 },
      // Group chats: most posts are seen (visibility 0.9), so a post of quality 0.2 spreads.
      model: { kind: 'dividend', platform: 'group-chats' },
      strategies: [
        { name: 'quality 0.20', seeding: { method: 'random', count: 10 }, content: { quality: 0.2 } },
        { name: 'quality 0.21', seeding: { method: 'random', count: 10 }, content: { quality: 0.21 } },
      ],
    });
    const d = simulateInline(close, undefined, { traces: false });
    const c = buildResult(close, d).strategies[1].comparison!.converted;
    const width = (ci: [number, number] | null) => ci![1] - ci![0];
    const unpaired = unpairedComparison(metricColumn(d, d.strategies[0], 'incrementalConverted'), metricColumn(d, d.strategies[1], 'incrementalConverted'));
    expect(c.ci95Unpaired).toEqual(unpaired.ci95);
    expect(c.meanDifference).toBeGreaterThan(0);
    expect(c.ci95![0]).toBeGreaterThan(0); // paired: the better post is detectably better
    expect(unpaired.ci95![0]).toBeLessThan(0); // unpaired: the same runs cannot tell
    expect(width(c.ci95)).toBeLessThan(width(unpaired.ci95) / 3); // measured: 1.47 vs 6.53 (of 16.7 caused per run)
  });
});

describe('dividend result formats', () => {
  const small = valid({ ...scenario, runs: 4 });
  const data = simulateInline(small);

  it('JSON: every column per run, summaries with n, comparison, attribution, decomposition, representative run', () => {
    const result = buildResult(small, data);
    expect(Object.keys(result)).toEqual(['scenario', 'network', 'strategies', 'representativeRun', 'meta']);
    const [seeds, everything, nothing] = result.strategies;
    expect(Object.keys(seeds.runs[0])).toEqual(['run', ...columns]);
    expect(Object.keys(seeds.summary)).toEqual(columns);
    expect(seeds.summary.converted.n).toBe(4);
    expect(nothing.summary.roi).toEqual({ mean: NaN, sd: NaN, p05: NaN, p50: NaN, p95: NaN, n: 0 });
    expect(nothing.runs.every((r) => r.roi === null)).toBe(true);
    expect(seeds.comparison).toBeNull();
    // Strategies are compared on the lift (incremental conversions), and ROI is on it too.
    expect(everything.comparison).toMatchObject({ baseline: 'seeds', converted: { metric: 'incrementalConverted', n: 4 }, roi: { metric: 'roi', n: 4 } });
    expect(nothing.comparison!.roi).toMatchObject({ n: 0, excludedRuns: 4, ci95: null });
    const a = everything.attribution!;
    expect(a.seed + a.kol + a.organic + a.ads).toBeCloseTo(everything.summary.incrementalConverted.mean + everything.summary.lostOrganic.mean, 9);
    expect(everything.decomposition).toEqual({
      information: everything.summary.information.mean,
      relationship: everything.summary.relationship.mean,
      interaction: everything.summary.interaction.mean,
    });
    expect(everything.concentration).toBe(everything.summary.concentration.mean);
    expect(result.representativeRun.traces).toBeUndefined(); // the default JSON stays small
    const parsed = JSON.parse(resultToJson(result));
    expect(parsed.strategies[2].summary.roi).toEqual({ mean: null, sd: null, p05: null, p50: null, p95: null, n: 0 });
  });

  it('JSON with traces: one plain-array trace per strategy', () => {
    const result = buildResult(small, data, {}, { traces: true });
    const traces = result.representativeRun.traces!;
    expect(traces.map((t) => t!.strategy)).toEqual(['seeds', 'everything', 'nothing']);
    expect(traces[0]!.reachedBy).toEqual(Array.from(data.traces!.strategies[0]!.reachedBy));
    const text = resultToJson(result);
    expect(JSON.parse(text).representativeRun.traces[1].convertedStep).toHaveLength(1503);
  });

  it('CSV: one column per metric, undefined values as empty cells', () => {
    const rows = csvParseRows(runsCsv(small, data).trimEnd());
    expect(rows[0]).toEqual(runsCsvHeader(columns));
    expect(rows[0]).toEqual(['strategy', 'run', ...columns, 'seed']);
    expect(rows).toHaveLength(1 + 3 * 4);
    const roi = rows[0].indexOf('roi');
    expect(rows.slice(9).map((r) => r[roi])).toEqual(['', '', '', '']);
    expect(rows.slice(1, 5).every((r) => Number.isFinite(Number(r[roi])) && r[roi] !== '')).toBe(true);
  });
});
