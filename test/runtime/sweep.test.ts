/**
 * Sweeps in the runtime: common random numbers make the curve smooth (and, in the
 * independent-cascade-equivalent settings, exactly monotone run by run), the worker pool gives
 * the in-thread numbers with 1 and 2 workers, progress and cancel work, and the network is
 * generated once and reused across grid points.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { metricColumn, type SimulationData } from '../../src/runtime/collect';
import { inlineSimulator, simulateSeries, type ScenarioSimulator, type SeriesProgress } from '../../src/runtime/scenarioSeries';
import { seriesResultToJson } from '../../src/runtime/sweepFormat';
import { withNodePoolSimulator } from '../../src/runtime/sweepPool.node.ts';
import { runSweep } from '../../src/runtime/sweepResult';
import { planSweep } from '../../src/sweep/sweepPlan';
import { dividendScenario, valid } from '../sweep/fixtures';

/**
 * The dividend model with its extra levers off where they could break monotonicity: no novelty
 * decay, no fatigue (promotional 0), equal engagement, neutral platform (trust and visibility 1),
 * no advocacy, responses after exactly one hour, no fading memory and repeats counting fully
 * (an earlier first exposure can then never leave a smaller dose). Then a share happens iff an
 * arc's fixed coin is below quality × const, so a higher quality keeps every share of a lower one
 * (the live-edge coupling of independent cascade), and every dose with it. A plateau of 0.5
 * makes conversions plentiful enough to measure.
 */
const icLike = valid({
  version: 2,
  name: 'crn',
  seed: 'crn',
  runs: 40,
  steps: 40,
  network: { kind: 'communities', nodes: 1500, communities: 10, meanDegree: 8, mixing: 0.2 },
  model: {
    kind: 'dividend',
    platform: 'neutral',
    engagementSpread: 0,
    advocacy: 0,
    response: { medianHours: 1, spread: 0 },
    conversion: { plateau: 0.5, halfDose: 1, repeatWeight: 1, memoryHalfLife: null },
  },
  strategies: [{ name: 's', seeding: { method: 'random', count: 5 }, content: { quality: 0.1, promotional: 0, halfLife: null } }],
});

const convertedColumn = (d: SimulationData) => Array.from(metricColumn(d, d.strategies[0], 'converted'));
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const variance = (a: number[]) => {
  const m = mean(a);
  return a.reduce((x, y) => x + (y - m) ** 2, 0) / (a.length - 1);
};
/** Total variation beyond the net change: 0 for a monotone curve, larger the more it zigzags. */
const zigzag = (a: number[]) => a.slice(1).reduce((t, v, i) => t + Math.abs(v - a[i]), 0) - Math.abs(a[a.length - 1] - a[0]);

describe('common random numbers across grid points', () => {
  it('conversions vs quality: monotone in every run and in the mean, and much smoother than with a new seed per point', async () => {
    const plan = planSweep(icLike, [{ path: 'strategies[0].content.quality', from: 0.02, to: 0.3, steps: 15 }]);
    const crn = await simulateSeries(plan.points.map((p) => p.scenario), inlineSimulator(), convertedColumn);
    // Runs: 40 per point; the reference curve uses one seed per grid point (new world, new draws).
    const resampled = await simulateSeries(plan.points.map((p, i) => ({ ...p.scenario, seed: `crn-${i}` })), inlineSimulator(), convertedColumn);
    for (let i = 0; i + 1 < crn.length; i++) {
      for (let r = 0; r < 40; r++) expect(crn[i + 1][r], `run ${r}, grid point ${i + 1}`).toBeGreaterThanOrEqual(crn[i][r]);
    }
    const crnMeans = crn.map(mean);
    const resampledMeans = resampled.map(mean);
    expect(zigzag(crnMeans)).toBe(0);
    // A new world per point makes the mean curve go down somewhere (4.15 with these seeds: the
    // curve is steep where the cascade tips and noisy where it saturates near 640 buyers).
    expect(zigzag(resampledMeans)).toBeGreaterThan(0);
    // Neighbouring points differ far less from run to run: Σ var(conv[i+1] − conv[i]) is 0.30× (measured) of the resampled one.
    const diffVariance = (cols: number[][]) => cols.slice(1).reduce((t, c, i) => t + variance(c.map((v, r) => v - cols[i][r])), 0);
    expect(diffVariance(crn) / diffVariance(resampled)).toBeLessThan(0.5);
  });

  it('the sweep result: tipping point where mean R crosses 1, steepest step where conversions jump', async () => {
    const plan = planSweep(icLike, [{ path: 'strategies[0].content.quality', from: 0.02, to: 0.3, steps: 15 }]);
    const result = await runSweep(plan, inlineSimulator());
    const R = result.points.map((p) => p.strategies[0].summary.R!.mean!);
    const converted = result.points.map((p) => p.strategies[0].summary.converted!.mean!);
    for (let i = 0; i + 1 < R.length; i++) expect(R[i + 1]).toBeGreaterThan(R[i]);
    const [curve] = result.curves!;
    const k = R.findIndex((r) => r >= 1);
    expect(curve.tippingPoint!).toBeGreaterThan(result.params[0].values[k - 1]);
    expect(curve.tippingPoint!).toBeLessThanOrEqual(result.params[0].values[k]);
    // The jump in conversions comes just after R crosses 1 (a cascade needs R > 1 to take off).
    expect(curve.steepest!).toBeGreaterThan(curve.tippingPoint!);
    expect(curve.steepest! - curve.tippingPoint!).toBeLessThan(0.06);
    const slopes = converted.slice(1).map((c, i) => (c - converted[i]) / 0.02);
    expect(curve.steepestSlope).toBeCloseTo(Math.max(...slopes), 6);
    expect(result.heatmaps).toBeNull();
    expect(result.metrics).toEqual(['reached', 'shared', 'converted', 'incrementalConverted', 'roi', 'R', 'cost']);
  });
});

describe('sweeps on the worker pool', () => {
  const plan = planSweep(dividendScenario(), [
    { path: 'strategies[*].content.quality', from: 0.1, to: 0.4, steps: 3 },
    { path: 'strategies[0].seeding.count', from: 0, to: 20, steps: 2 },
  ]);

  it('1 and 2 workers give exactly the in-thread numbers, with steady progress', async () => {
    const reference = seriesResultToJson(await runSweep(plan, inlineSimulator()));
    const progress: SeriesProgress[] = [];
    const streamed: number[] = [];
    const two = await withNodePoolSimulator(2, (simulate) => runSweep(plan, simulate, { onProgress: (p) => progress.push(p), onPoint: (p) => streamed.push(p.index) }));
    expect(streamed).toEqual([0, 1, 2, 3, 4, 5]);
    const one = await withNodePoolSimulator(1, (simulate) => runSweep(plan, simulate));
    expect(seriesResultToJson(two)).toBe(reference);
    expect(seriesResultToJson(one)).toBe(reference);
    // 6 points × 2 strategies × 6 runs.
    expect(progress.at(-1)).toEqual({ variantsDone: 6, variantsTotal: 6, done: 72, total: 72 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    const parsed = JSON.parse(reference);
    expect(parsed.heatmaps[0].converted).toHaveLength(3);
    expect(parsed.heatmaps[0].converted[0]).toHaveLength(2);
    expect(parsed.heatmaps[1].converted[2][1]).toBe(parsed.points[5].strategies[1].summary.converted.mean);
  });

  it('cancels: the abort reason rejects the sweep before it is done, and no progress arrives afterwards', async () => {
    const big = planSweep(icLike, [{ path: 'strategies[0].content.quality', from: 0.2, to: 0.3, steps: 50 }]);
    const controller = new AbortController();
    const progress: SeriesProgress[] = [];
    const run = withNodePoolSimulator(2, (simulate) =>
      runSweep(big, simulate, {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p);
          if (p.done > 0) controller.abort(new Error('stop the sweep'));
        },
      }),
    );
    await expect(run).rejects.toThrow('stop the sweep');
    const reported = progress.length;
    expect(progress.at(-1)!.done).toBeLessThan(progress.at(-1)!.total);
    // A window in which a worker left running would still report (an observation, not a budget).
    await new Promise((r) => setTimeout(r, 200));
    expect(progress).toHaveLength(reported);
  });

  it('an aborted signal stops the in-thread simulator too', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runSweep(plan, inlineSimulator(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('network reuse across grid points', () => {
  /** Records how long each variant spent generating networks (0 = the cached world was reused). */
  const recording = (inner: ScenarioSimulator, log: number[]): ScenarioSimulator => async (s: Scenario, o) => {
    const data = await inner(s, o);
    log.push(data.networkMs);
    return data;
  };

  it('generated once when the network is not swept, once per point when it is', async () => {
    const same: number[] = [];
    await runSweep(planSweep(dividendScenario(), [{ path: 'strategies[0].content.quality', from: 0.1, to: 0.3, steps: 3 }]), recording(inlineSimulator(), same));
    expect(same[0]).toBeGreaterThan(0);
    expect(same.slice(1)).toEqual([0, 0]);

    const pooled: number[] = [];
    await withNodePoolSimulator(1, (simulate) =>
      runSweep(planSweep(dividendScenario(), [{ path: 'model.economics.costPerSeed', from: 0, to: 40, steps: 3 }]), recording(simulate, pooled)),
    );
    expect(pooled[0]).toBeGreaterThan(0);
    expect(pooled.slice(1)).toEqual([0, 0]);

    const changing: number[] = [];
    await runSweep(planSweep(dividendScenario(), [{ path: 'network.mixing', from: 0.1, to: 0.3, steps: 3 }]), recording(inlineSimulator(), changing));
    for (const ms of changing) expect(ms).toBeGreaterThan(0);
  });
});
