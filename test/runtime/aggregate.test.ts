import { describe, expect, it } from 'vitest';
import { quantileSorted as quantileOfSorted } from '../../src/core/stats/quantiles';
import { strategyTimeline, summarize, summarizeStrategy } from '../../src/runtime/aggregate';
import type { StrategyRuns } from '../../src/runtime/collect';
import { BASE_RUN_COLUMNS } from '../../src/runtime/runColumns';

describe('quantile definition used by the aggregates (type 7)', () => {
  it('interpolates linearly between order statistics', () => {
    const x = [10, 20, 30, 40, 50];
    expect(quantileOfSorted(x, 0)).toBe(10);
    expect(quantileOfSorted(x, 1)).toBe(50);
    expect(quantileOfSorted(x, 0.5)).toBe(30);
    expect(quantileOfSorted(x, 0.1)).toBeCloseTo(14, 12); // h = 0.4
    expect(quantileOfSorted(x, 0.95)).toBeCloseTo(48, 12); // h = 3.8
    expect(quantileOfSorted([7], 0.3)).toBe(7);
    expect(quantileOfSorted([], 0.5)).toBeNaN();
  });
});

describe('summarize', () => {
  it('exact values on a tiny sample', () => {
    const s = summarize([4, 1, 3, 2]);
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(s.p05).toBeCloseTo(1.15, 14);
    expect(s.p50).toBe(2.5);
    expect(s.p95).toBeCloseTo(3.85, 14);
  });

  it('one run has standard deviation 0; constant samples too', () => {
    expect(summarize([5])).toEqual({ mean: 5, sd: 0, p05: 5, p50: 5, p95: 5, n: 1 });
    expect(summarize([2, 2, 2]).sd).toBe(0);
  });

  it('leaves undefined values (NaN) out and counts the defined ones', () => {
    expect(summarize([NaN, 4, NaN, 2])).toEqual({ mean: 3, sd: Math.SQRT2, p05: 2.1, p50: 3, p95: 3.9, n: 2 });
    const none = summarize([NaN, NaN]);
    expect(none.n).toBe(0);
    expect([none.mean, none.sd, none.p50]).toEqual([NaN, NaN, NaN]); // null in JSON
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

/** Two runs, steps = 2: run 0 grows 1 → 3 → 4, run 1 stays at 1. */
function tinyRuns(): StrategyRuns {
  // totals per run: reached, shared, converted, churned, steps
  const totals = Int32Array.from([6, 4, 4, 0, 2, 1, 1, 1, 0, 0]);
  // timelines per run: 4 metrics × 3 steps
  const timelines = Int32Array.from([
    2, 5, 6, /* reached */ 1, 3, 4, /* shared */ 1, 3, 4, /* converted */ 0, 0, 0, // churned
    1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0,
  ]);
  return { name: 's', totals, timelines, metrics: Float64Array.from(totals) };
}

describe('strategy aggregates', () => {
  it('summary over runs of every total', () => {
    const summary = summarizeStrategy(tinyRuns(), 2, BASE_RUN_COLUMNS);
    const { mean, sd, p05, p50, p95 } = summary.shared;
    expect([mean, p50]).toEqual([2.5, 2.5]);
    expect(sd).toBeCloseTo(Math.sqrt(4.5), 14);
    expect(p05).toBeCloseTo(1.15, 14);
    expect(p95).toBeCloseTo(3.85, 14);
    expect(summary.steps.mean).toBe(1);
    expect(summary.churned).toEqual({ mean: 0, sd: 0, p05: 0, p50: 0, p95: 0, n: 2 });
  });

  it('per-step mean and 5–95 % band', () => {
    const timeline = strategyTimeline(tinyRuns(), 2, 2);
    expect(timeline.step).toEqual([0, 1, 2]);
    expect(timeline.shared.mean).toEqual([1, 2, 2.5]);
    expect(timeline.shared.p05[0]).toBe(1);
    expect(timeline.shared.p05[1]).toBeCloseTo(1.1, 14);
    expect(timeline.shared.p05[2]).toBeCloseTo(1.15, 14);
    expect(timeline.shared.p95[2]).toBeCloseTo(3.85, 14);
    expect(timeline.reached.mean).toEqual([1.5, 3, 3.5]);
    expect(timeline.churned.p95).toEqual([0, 0, 0]);
  });
});
