/**
 * One row per strategy of a dividend result, the numbers a strategist decides on: extra
 * (incremental) sales per run, total cost per run, cost per extra sale, ROI and the share of the
 * people reached who buy because of the campaign. Pure: per-run rows in, numbers out.
 *
 * - Cost per extra sale is Σcost ÷ Σextra sales over the runs (a ratio of means): a run that
 *   sells nothing extra has no cost per sale of its own, and the mean of per-run ratios would be
 *   ruled by the runs that sell one. Null when the strategy sells nothing extra on average.
 * - ROI is the mean of the runs' ROI (runs that cost nothing have none and are left out), as in
 *   the comparison chart and the result's summary.
 * - The share of reached people who buy because of the campaign is mean extra sales ÷ mean
 *   people reached (the interaction factor of the evidence suite's `conversion-rate`).
 */
import { quantileSorted } from '../../../core/stats/quantiles';

/** A per-run record as the result holds it (null/undefined = not defined on that run). */
export type RunRecord = Readonly<Record<string, unknown>>;

/** The per-run columns a verdict compares (NaN where a run has no value). */
export interface StrategyColumns {
  name: string;
  /** Incremental conversions per run. */
  lift: number[];
  /** Money spent per run. */
  cost: number[];
  /** ROI per run; NaN on runs that cost nothing. */
  roi: number[];
  /** People reached per run. */
  reached: number[];
}

/** What the summary table shows for one strategy. */
export interface StrategySummary {
  name: string;
  runs: number;
  /** Mean incremental conversions per run. */
  lift: number;
  /** 5 % and 95 % quantiles (type 7) of the incremental conversions per run. */
  liftP05: number;
  liftP95: number;
  /** Mean cost per run. */
  cost: number;
  /** Σcost ÷ Σincremental conversions; null when the mean lift is not positive. */
  costPerSale: number | null;
  /** Mean ROI over the runs where it is defined; null when no run defines it. */
  roi: number | null;
  /** Mean people reached per run. */
  reached: number;
  /** Mean lift ÷ mean reached; null when nobody is reached. */
  liftShareOfReached: number | null;
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
}

/** The columns of one strategy from its run records. */
export function strategyColumns(name: string, runs: readonly RunRecord[]): StrategyColumns {
  return {
    name,
    lift: runs.map((r) => num(r.incrementalConverted)),
    cost: runs.map((r) => num(r.cost)),
    roi: runs.map((r) => num(r.roi)),
    reached: runs.map((r) => num(r.reached)),
  };
}

/** Mean of the finite values; NaN when there are none. */
export function meanOf(values: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const v of values)
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  return n > 0 ? sum / n : NaN;
}

/** Type-7 quantile of the finite values (the project's one definition: the result's p05/p95). */
function quantile(values: readonly number[], p: number): number {
  return quantileSorted(values.filter(Number.isFinite).sort((a, b) => a - b), p);
}

/** Σcost ÷ Σlift over the runs; null unless the lift sums to more than 0. */
export function costPerSaleOf(columns: Pick<StrategyColumns, 'lift' | 'cost'>): number | null {
  let cost = 0;
  let lift = 0;
  for (let i = 0; i < columns.lift.length; i++) {
    if (!Number.isFinite(columns.lift[i]) || !Number.isFinite(columns.cost[i])) continue;
    cost += columns.cost[i];
    lift += columns.lift[i];
  }
  return lift > 0 ? cost / lift : null;
}

/** The summary row of one strategy. */
export function summarise(columns: StrategyColumns): StrategySummary {
  const lift = meanOf(columns.lift);
  const reached = meanOf(columns.reached);
  const roi = meanOf(columns.roi);
  return {
    name: columns.name,
    runs: columns.lift.length,
    lift,
    liftP05: quantile(columns.lift, 0.05),
    liftP95: quantile(columns.lift, 0.95),
    cost: meanOf(columns.cost),
    costPerSale: costPerSaleOf(columns),
    roi: Number.isFinite(roi) ? roi : null,
    reached,
    liftShareOfReached: reached > 0 ? lift / reached : null,
  };
}
