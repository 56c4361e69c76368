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
 * Undefined values (NaN: e.g. ROI of a run that cost nothing) are left out; `n` counts the rest.
 */
import { quantileSorted } from '../core/stats/quantiles';
import type { StrategyRuns } from './collect';
import { METRIC_COUNT, METRICS, type Metric } from './runBlock';

export interface SummaryStats {
  mean: number;
  sd: number;
  p05: number;
  p50: number;
  p95: number;
  /** Runs where the metric is defined (all of them except e.g. ROI without cost); NaN statistics when 0. */
  n: number;
}

/** Summary of each per-run metric of one strategy, by metric name. */
export type StrategySummary = Record<string, SummaryStats>;

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

/** The defined (non-NaN) values of a sample, in order. */
export function definedValues(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[n++] = values[i];
  return out.subarray(0, n);
}

/** Mean, sample standard deviation and 5/50/95 % quantiles of the defined values of a sample. */
export function summarize(sample: ArrayLike<number>): SummaryStats {
  const values = definedValues(sample);
  const n = values.length;
  const mean = meanOf(values);
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) * (values[i] - mean);
  const sorted = Float64Array.from(values).sort();
  return {
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : n === 1 ? 0 : NaN,
    p05: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    n,
  };
}

/** Summary of every per-run metric of one strategy (`metricNames` in the order of data.metrics). */
export function summarizeStrategy(data: StrategyRuns, runs: number, metricNames: readonly string[]): StrategySummary {
  const width = metricNames.length;
  const column = new Float64Array(runs);
  const summary: StrategySummary = {};
  metricNames.forEach((name, k) => {
    for (let r = 0; r < runs; r++) column[r] = data.metrics[r * width + k];
    summary[name] = summarize(column);
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
