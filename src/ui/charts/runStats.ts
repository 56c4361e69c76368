/**
 * Summaries the charts compute from per-run columns when the result does not carry them
 * (e.g. the box of a distribution, or ROI quantiles that skip runs where ROI is undefined).
 * Quantiles are the project's one type-7 definition (core/stats/quantiles), so a chart's box
 * matches the result's own p05/p50/p95.
 */

import { quantileSorted } from '../../core/stats/quantiles';
import type { MetricSummary, RunRow, StrategyResult } from './chartData';

/** Finite values of one run field; null/NaN (undefined ROI, missing cost) are left out. */
export function finiteColumn(runs: readonly RunRow[] | undefined, field: string): number[] {
  const out: number[] = [];
  if (!runs) return out;
  for (const r of runs) {
    const v = (r as unknown as Record<string, unknown>)[field];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** A box-and-whisker summary: box = quartiles, whiskers = 5–95 %. */
export interface BoxStats {
  n: number;
  mean: number;
  min: number;
  p05: number;
  q1: number;
  median: number;
  q3: number;
  p95: number;
  max: number;
}

/** Box statistics of the finite values (all NaN with n = 0 when there are none). */
export function boxStats(values: readonly number[]): BoxStats {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n,
    mean: n ? sum / n : NaN,
    min: n ? sorted[0] : NaN,
    p05: quantileSorted(sorted, 0.05),
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    max: n ? sorted[n - 1] : NaN,
  };
}

/**
 * The summary of `metric` for a strategy: the result's own summary when present, otherwise
 * computed from its runs; undefined when neither has a finite value.
 */
export function metricSummary(strategy: StrategyResult, metric: string): MetricSummary | undefined {
  const given = strategy.summary?.[metric];
  if (given && Number.isFinite(given.mean)) return given;
  const values = finiteColumn(strategy.runs, metric);
  if (values.length === 0) return undefined;
  const box = boxStats(values);
  let ss = 0;
  for (const v of values) ss += (v - box.mean) ** 2;
  const sd = values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0;
  return { mean: box.mean, sd, p05: box.p05, p50: box.median, p95: box.p95 };
}

/**
 * Deterministic jitter in [−0.5, 0.5) for point `i`: a strip plot must look the same on every
 * redraw and in every export, so no Math.random.
 */
export function jitter(i: number): number {
  let h = (i + 1) * 0x9e3779b1;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296 - 0.5;
}
