/**
 * Running a planned sweep and assembling its result: per grid point and strategy the summary
 * (mean, sd, 5/50/95 % quantiles, defined runs n) of reached, shared, converted, incremental
 * conversions, ROI, R and cost;
 * for a 1-D sweep per strategy the tipping point (mean R crosses 1) and the steepest step of mean
 * conversions; for a 2-D sweep per strategy the matrices of mean conversions and mean ROI.
 *
 * Everything except `meta` is a pure function of the plan (scenario, seed, grid), so the CLI and
 * the browser give byte-identical JSON outside `meta`, with any number of workers.
 */
import type { Scenario } from '../core/scenario';
import { levelCrossing, steepestStep } from '../sweep/sweepAnalysis';
import type { SweepParam, SweepPlan } from '../sweep/sweepPlan';
import { summarize } from './aggregate';
import { metricColumn, type SimulationData, type StrategyRuns } from './collect';
import type { ResultMeta } from './resultFormat';
import { simulateSeries, type ScenarioSimulator, type SeriesOptions } from './scenarioSeries';

/**
 * Metrics summarised per grid point, when the model reports them (canonical models: the first
 * three). incrementalConverted (dividend: the lift over the same run without a campaign) is what
 * ROI and the budget frontier rank on; converted is the total beside it.
 */
export const SWEEP_METRICS = ['reached', 'shared', 'converted', 'incrementalConverted', 'roi', 'R', 'cost'] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number];

/** Summary of one metric over runs; null statistics when no run defines it (ROI of a free strategy). */
export interface SweepSummary {
  mean: number | null;
  sd: number | null;
  p05: number | null;
  p50: number | null;
  p95: number | null;
  /** Runs where the metric is defined. */
  n: number;
}

/** One strategy at one grid point. */
export interface SweepPointStrategy {
  name: string;
  summary: Partial<Record<SweepMetric, SweepSummary>>;
}

export interface SweepPointResult {
  index: number;
  /** Parameter values of the point, one per parameter (in `params` order). */
  values: number[];
  strategies: SweepPointStrategy[];
}

/** What a 1-D curve says, per strategy. */
export interface SweepCurveMarks {
  strategy: string;
  /** Parameter value where mean R crosses 1 (linear interpolation); null if it never does or the model has no R. */
  tippingPoint: number | null;
  /** Midpoint of the grid interval where mean conversions change fastest; null for a flat curve. */
  steepest: number | null;
  /** Mean conversions per unit of the parameter over that interval. */
  steepestSlope: number | null;
}

/** A 2-D sweep's matrices for one strategy: `converted[i][j]` at params[0].values[i], params[1].values[j]. */
export interface SweepHeatmap {
  strategy: string;
  /** Mean conversions. */
  converted: (number | null)[][];
  /** Mean ROI; null where undefined or for models without ROI. */
  roi: (number | null)[][];
}

export interface SweepResult {
  kind: 'sweep';
  /** The base scenario (defaults filled, overrides and strategy filter applied): every point varies it. */
  scenario: Scenario;
  /** The swept parameters: path, range, grid values, fields set, whether rounded to integers. */
  params: SweepParam[];
  /** Metrics summarised at each point. */
  metrics: SweepMetric[];
  /** Grid points in order; for 2-D, parameter 0 varies slowest (index = i · steps₁ + j). */
  points: SweepPointResult[];
  /** 1-D sweeps: tipping point and steepest step per strategy; null for 2-D. */
  curves: SweepCurveMarks[] | null;
  /** 2-D sweeps: matrices per strategy; null for 1-D. */
  heatmaps: SweepHeatmap[] | null;
  meta: ResultMeta;
}

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

/** Per-run metric columns of a simulated variant: all of SimulationData, or what a shard kept of it. */
export type VariantMetrics = Pick<SimulationData, 'runs' | 'metricNames'> & { strategies: readonly Pick<StrategyRuns, 'name' | 'metrics'>[] };

/** Summaries of the sweep metrics of every strategy of one simulated variant. */
export function pointStrategies(data: VariantMetrics, metrics: readonly SweepMetric[]): SweepPointStrategy[] {
  return data.strategies.map((strategy) => {
    const summary: Partial<Record<SweepMetric, SweepSummary>> = {};
    for (const metric of metrics) {
      const s = summarize(metricColumn(data, strategy, metric));
      summary[metric] = { mean: orNull(s.mean), sd: orNull(s.sd), p05: orNull(s.p05), p50: orNull(s.p50), p95: orNull(s.p95), n: s.n };
    }
    return { name: strategy.name, summary };
  });
}

/** The sweep metrics a scenario's model reports. */
export function sweepMetricsOf(scenario: Scenario): SweepMetric[] {
  return scenario.model.kind === 'dividend' ? [...SWEEP_METRICS] : ['reached', 'shared', 'converted'];
}

export interface SweepRunOptions extends SeriesOptions {
  /** Each grid point's summaries as soon as it is simulated (to draw the curve while it grows). */
  onPoint?: (point: SweepPointResult) => void;
}

/** Simulate every grid point of `plan` with `simulate` and assemble the result (meta left empty). */
export async function runSweep(plan: SweepPlan, simulate: ScenarioSimulator, options: SweepRunOptions = {}): Promise<SweepResult> {
  const metrics = sweepMetricsOf(plan.base);
  const points = await simulateSeries(
    plan.points.map((p) => p.scenario),
    simulate,
    (data, i): SweepPointResult => {
      const point = { index: i, values: plan.points[i].values, strategies: pointStrategies(data, metrics) };
      options.onPoint?.(point);
      return point;
    },
    options,
  );
  return assembleSweep(plan, metrics, points);
}

/** The result from per-point summaries (exported for tests and for streaming partial results). */
export function assembleSweep(plan: SweepPlan, metrics: SweepMetric[], points: SweepPointResult[]): SweepResult {
  const names = plan.base.strategies.map((s) => s.name);
  const mean = (p: SweepPointResult, s: number, m: SweepMetric) => p.strategies[s].summary[m]?.mean ?? null;
  let curves: SweepCurveMarks[] | null = null;
  let heatmaps: SweepHeatmap[] | null = null;
  if (plan.params.length === 1) {
    const xs = points.map((p) => p.values[0]);
    curves = names.map((strategy, s) => {
      const steep = steepestStep(xs, points.map((p) => mean(p, s, 'converted')));
      return {
        strategy,
        tippingPoint: metrics.includes('R') ? levelCrossing(xs, points.map((p) => mean(p, s, 'R')), 1) : null,
        steepest: steep?.at ?? null,
        steepestSlope: steep?.slope ?? null,
      };
    });
  } else {
    const [rows, cols] = plan.params.map((p) => p.values.length);
    const matrix = (s: number, m: SweepMetric) =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => mean(points[i * cols + j], s, m)));
    // A model without ROI has no summary for it: its matrix is all null.
    heatmaps = names.map((strategy, s) => ({ strategy, converted: matrix(s, 'converted'), roi: matrix(s, 'roi') }));
  }
  return { kind: 'sweep', scenario: plan.base, params: plan.params, metrics, points, curves, heatmaps, meta: {} };
}
