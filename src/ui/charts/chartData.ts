/**
 * The plain-column data the charts draw. These mirror the CLI's JSON result format
 * (`result.strategies[i]`) structurally, so the charts never depend on app state or on the
 * runtime's own types: anything with these fields can be drawn.
 */

/** The four cumulative outcome counts a run produces. */
export type OutcomeMetric = 'reached' | 'shared' | 'converted' | 'churned';

/** Mean and 5–95 % band of one metric, one entry per step. */
export interface BandSeries {
  mean: ArrayLike<number>;
  p05: ArrayLike<number>;
  p95: ArrayLike<number>;
}

/** Per-step aggregates of one strategy; every column has one entry per `step`. */
export interface TimelineColumns {
  step: ArrayLike<number>;
  reached: BandSeries;
  shared: BandSeries;
  converted: BandSeries;
  churned: BandSeries;
}

/** Summary statistics of one metric over all runs of a strategy. */
export interface MetricSummary {
  mean: number;
  sd: number;
  p05: number;
  p50: number;
  p95: number;
}

/**
 * One run's final numbers. Money fields are absent or null when undefined (e.g. ROI with zero
 * cost). Other numeric fields may be present; charts read them by name (e.g. a distribution of
 * `revenue`).
 */
export interface RunRow {
  run: number;
  reached: number;
  shared: number;
  converted: number;
  churned: number;
  steps: number;
  /** Conversions the campaign caused (dividend model): converted − the run's organic buyers. */
  incrementalConverted?: number | null;
  /** People who buy without any campaign on this run (the baseline; dividend model). */
  organicBuyers?: number | null;
  cost?: number | null;
  revenue?: number | null;
  roi?: number | null;
  costPerConversion?: number | null;
}

/** One strategy's result: what `result.strategies[i]` holds. */
export interface StrategyResult {
  name: string;
  /** CSS colour (normally `strategyColor(i)` from the theme). */
  color: string;
  timeline?: TimelineColumns;
  summary?: Record<string, MetricSummary | undefined>;
  runs?: RunRow[];
}

/** Paired comparison of one strategy against the baseline (the first strategy) on one metric. */
export interface PairedComparison {
  /** The compared (non-baseline) strategy. */
  name: string;
  metric: string;
  /** Mean over runs of (strategy − baseline) on the same run index. */
  meanDifference: number;
  /** 95 % interval of the mean difference; null with fewer than 2 runs. */
  ci95: [number, number] | null;
  /** Share of runs (0–1) in which the strategy did better than the baseline (ties count half). */
  shareBetter: number;
  /** Number of paired runs. */
  n: number;
}

/** Where a strategy's conversions came from (mean counts per run). */
export interface AttributionCounts {
  seed: number;
  kol: number;
  organic: number;
  ads: number;
}

/** The three factors of the social dividend for one strategy. */
export interface DividendFactors {
  information: number;
  relationship: number;
  interaction: number;
}

/** Network statistics as printed by `npm run lab -- network FILE`. */
export interface NetworkStats {
  nodes: number;
  edges: number;
  arcs: number;
  meanDegree: number;
  clustering: number;
  largestComponent: number;
  components: number;
  averagePathLength: number;
}

/** A strategy's identity as the legend shows it. */
export interface StrategyKey {
  name: string;
  color: string;
}
