/**
 * The plain data the sweep charts draw: the shape of a sweep result as the CLI prints it and the
 * runtime returns it (`lab sweep` JSON), kept structural so the charts never depend on runtime
 * types. Also how each metric is labelled and formatted on an axis.
 */

import { formatCount, formatMoney, formatMoneyTick, formatRoi, formatTick, isFiniteNumber } from './format';

/** Mean and band of one metric at one grid point; null = undefined (e.g. ROI of a free strategy). */
export interface SweepStat {
  mean: number | null;
  p05?: number | null;
  p50?: number | null;
  p95?: number | null;
  n?: number;
}

/** One grid point: the parameter values and every strategy's summaries there. */
export interface SweepChartPoint {
  values: readonly number[];
  strategies: readonly { name: string; summary: Readonly<Record<string, SweepStat | null | undefined>> }[];
}

/** A sweep result (1-D or 2-D), as `lab sweep` prints it. */
export interface SweepChartSource {
  params: readonly { path: string; values: readonly number[] }[];
  points: readonly SweepChartPoint[];
  /** 1-D only: per strategy where mean R crosses 1 and where conversions rise fastest. */
  curves?: readonly { strategy: string; tippingPoint: number | null; steepest: number | null }[] | null;
}

/** Axis titles of the metrics a sweep summarises. */
export const SWEEP_METRIC_LABELS: Record<string, string> = {
  reached: 'People reached (mean per run)',
  shared: 'People who shared (mean per run)',
  converted: 'Conversions (mean per run)',
  incrementalConverted: 'Incremental conversions (mean per run)',
  roi: 'Return on investment (mean)',
  R: 'R: sharers recruited per sharer (mean)',
  cost: 'Cost (mean per run)',
};

/** How values of `metric` are written: money, ROI, or counts. */
export function metricFormatter(metric: string, locale?: string, currency?: string): { value: (v: number) => string; tick: (v: number) => string } {
  if (metric === 'roi') return { value: (v) => formatRoi(v, locale), tick: (v) => formatRoi(v, locale) };
  if (metric === 'cost' || metric === 'revenue' || metric === 'costPerConversion')
    return { value: (v) => formatMoney(v, locale, currency), tick: (v) => formatMoneyTick(v, locale, currency) };
  if (metric === 'R') return { value: (v) => (isFiniteNumber(v) ? formatTick(v, locale) : formatCount(v, locale)), tick: (v) => formatTick(v, locale) };
  return { value: (v) => formatCount(v, locale), tick: (v) => formatTick(v, locale) };
}

/** The names of the strategies of a sweep, in result order. */
export function sweepStrategyNames(source: SweepChartSource): string[] {
  return source.points[0]?.strategies.map((s) => s.name) ?? [];
}

/** A finite number or NaN (charts skip NaN). */
export function finiteOrNaN(v: number | null | undefined): number {
  return isFiniteNumber(v) ? v : NaN;
}
