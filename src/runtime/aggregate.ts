/**
 * Summaries over runs: per strategy, the mean, standard deviation and quantiles of each
 * run total, and per-step bands of each timeline metric. Everything is computed from the
 * run-indexed arrays in run order, so the numbers are bit-identical however the runs were
 * scheduled. Full doubles are kept (no rounding): rounding is the presenter's job.
 *
 * Quantiles use linear interpolation between order statistics (Hyndman & Fan type 7, the
 * default of R, NumPy and d3.quantile): q-quantile of sorted x[0..n−1] is
 * x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1)q.
 * The standard deviation is the sample one (divisor n − 1; 0 for a single run).
 */
import { quantileSorted } from '../core/stats/quantiles';
import type { StrategyRuns } from './collect';
import { METRIC_COUNT, METRICS, RUN_TOTALS, TOTALS_PER_RUN, type Metric, type RunTotal } from './runBlock';

export interface SummaryStats {
  mean: number;
  sd: number;
  p05: number;
  p50: number;
  p95: number;
}

/** Summary of each run total of one strategy. */
export type StrategySummary = Record<RunTotal, SummaryStats>;

/** Per-step band of one metric: arrays of steps + 1 values. */
export interface TimelineBand {
  mean: number[];
  p05: number[];
  p95: number[];
}

export type StrategyTimeline = { step: number[] } & Record<Metric, TimelineBand>;

/** Mean in index order (so the rounding is the same every time). */
function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length > 0 ? sum / values.length : NaN;
}

/** Mean, sample standard deviation and 5/50/95 % quantiles of a sample. */
export function summarize(values: ArrayLike<number>): SummaryStats {
  const n = values.length;
  const mean = meanOf(values);
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) * (values[i] - mean);
  const sorted = Float64Array.from(values).sort();
  return {
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    p05: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
  };
}

/** Summary of every run total of one strategy. */
export function summarizeStrategy(data: StrategyRuns, runs: number): StrategySummary {
  const column = new Float64Array(runs);
  const summary = {} as StrategySummary;
  RUN_TOTALS.forEach((total, k) => {
    for (let r = 0; r < runs; r++) column[r] = data.totals[r * TOTALS_PER_RUN + k];
    summary[total] = summarize(column);
  });
  return summary;
}

/** Per-step mean and 5–95 % band of every timeline metric of one strategy. */
export function strategyTimeline(data: StrategyRuns, runs: number, steps: number): StrategyTimeline {
  const stride = steps + 1;
  const column = new Float64Array(runs);
  const timeline = { step: Array.from({ length: stride }, (_, t) => t) } as StrategyTimeline;
  METRICS.forEach((metric, m) => {
    const band: TimelineBand = { mean: new Array(stride), p05: new Array(stride), p95: new Array(stride) };
    for (let t = 0; t < stride; t++) {
      for (let r = 0; r < runs; r++) column[r] = data.timelines[(r * METRIC_COUNT + m) * stride + t];
      band.mean[t] = meanOf(column);
      column.sort();
      band.p05[t] = quantileSorted(column, 0.05);
      band.p95[t] = quantileSorted(column, 0.95);
    }
    timeline[metric] = band;
  });
  return timeline;
}
