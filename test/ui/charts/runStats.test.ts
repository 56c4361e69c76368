import { describe, expect, it } from 'vitest';
import type { RunRow, StrategyResult } from '../../../src/ui/charts/chartData';
import { boxStats, finiteColumn, jitter, metricSummary } from '../../../src/ui/charts/runStats';

const run = (i: number, converted: number, roi: number | null): RunRow => ({ run: i, reached: 10 * converted, shared: 0, converted, churned: 0, steps: 5, roi });

describe('run statistics', () => {
  it('uses type-7 quantiles for the box whiskers', () => {
    const b = boxStats([4, 3, 2, 1]);
    expect(b.p05).toBeCloseTo(1.15, 10);
    expect(b.median).toBe(2.5);
    expect(b.p95).toBeCloseTo(3.85, 10);
  });

  it('skips null and NaN values (undefined ROI)', () => {
    const runs = [run(0, 4, 0.5), run(1, 0, null), run(2, 8, NaN), run(3, 6, 1.5)];
    expect(finiteColumn(runs, 'roi')).toEqual([0.5, 1.5]);
    expect(finiteColumn(undefined, 'roi')).toEqual([]);
  });

  it('summarises a box', () => {
    const b = boxStats([5, 1, 3, NaN, 2, 4]);
    expect(b).toMatchObject({ n: 5, mean: 3, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(boxStats([]).n).toBe(0);
    expect(boxStats([]).median).toBeNaN();
  });

  it('prefers the given summary and otherwise computes one from runs', () => {
    const given: StrategyResult = { name: 'A', color: '#000000', summary: { converted: { mean: 9, sd: 1, p05: 8, p50: 9, p95: 10 } } };
    expect(metricSummary(given, 'converted')?.mean).toBe(9);
    const computed: StrategyResult = { name: 'B', color: '#000000', runs: [run(0, 2, null), run(1, 4, null)] };
    expect(metricSummary(computed, 'converted')).toMatchObject({ mean: 3, p50: 3 });
    expect(metricSummary(computed, 'converted')?.sd).toBeCloseTo(Math.SQRT2, 10);
    expect(metricSummary(computed, 'roi')).toBeUndefined();
  });

  it('jitters by a hash of the index within [−0.5, 0.5) and spreads points', () => {
    const values = Array.from({ length: 1000 }, (_, i) => jitter(i));
    expect(values.every((v) => v >= -0.5 && v < 0.5)).toBe(true);
    // MurmurHash3's 32-bit finaliser of (i + 1) × 0x9e3779b1, over 2³² (a Python reference implementation).
    expect(jitter(0)).toBe(301794027 / 2 ** 32 - 0.5);
    expect(jitter(42)).toBe(1197473426 / 2 ** 32 - 0.5);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    // 1,000 uniform draws: sd of the mean ≈ 0.009; 0.04 is > 4 sd.
    expect(Math.abs(mean)).toBeLessThan(0.04);
    expect(new Set(values).size).toBe(1000);
  });
});
