/**
 * What the result says about strategies beyond their own summaries:
 * - the paired comparison of every strategy with the baseline (the first strategy) on
 *   conversions and ROI. Run i of every strategy shares the world (network, agents, coins), so
 *   the per-run difference has far less variance than either strategy alone; the unpaired
 *   (Welch) interval is given beside it to show how much the pairing buys. For the dividend
 *   model the conversions compared are the incremental ones (incrementalConverted: the lift over
 *   the same run without a campaign) and ROI is on them too. On a run every strategy meets the
 *   same organic buyers, so the paired differences equal those of the totals; the means differ;
 * - attribution: mean conversions per run by source (seed users, KOLs, organic, ads) and the
 *   concentration of referred conversions on the top 20% of sharers;
 * - the dividend decomposition: the mean of each run's information, relationship and
 *   interaction factors.
 * All are means over runs where the value is defined (NaN = undefined is left out).
 */
import { pairedComparison, unpairedComparison, type PairedComparison } from '../core/stats/pairedComparison';
import { definedValues } from './aggregate';
import { metricColumn, type SimulationData, type StrategyRuns } from './collect';

/** A paired comparison on one metric, with the unpaired interval for contrast. */
export interface MetricComparison extends PairedComparison {
  metric: string;
  /** 95% Welch interval of the difference of means, ignoring the pairing (same runs). */
  ci95Unpaired: [number, number] | null;
  /** Runs left out because the metric is undefined for either strategy (e.g. ROI of a run that cost nothing). */
  excludedRuns: number;
}

/** A strategy against the baseline (strategy − baseline). */
export interface BaselineComparison {
  baseline: string;
  /** Conversions: `incrementalConverted` when the model reports it (dividend), else `converted` (see `metric`). */
  converted: MetricComparison;
  /** Null when the model reports no ROI (canonical models). */
  roi: MetricComparison | null;
}

/** Mean campaign-caused (incremental) conversions per run by source: who tipped the buyers (last touch). */
export interface AttributionMeans {
  seed: number;
  kol: number;
  organic: number;
  ads: number;
}

/** Mean per-run factors of "social dividend = information × relationship chain × interaction". */
export interface DecompositionMeans {
  /** Mean share probability per exposure. */
  information: number | null;
  /** Mean seen exposures (audience actually reached) per post. */
  relationship: number | null;
  /** Mean incremental conversions per reached agent. */
  interaction: number | null;
}

/** Paired comparison of `other` with `baseline` on one metric; pairs with an undefined side are left out. */
export function compareOnMetric(data: SimulationData, baseline: StrategyRuns, other: StrategyRuns, metric: string): MetricComparison {
  const a = metricColumn(data, baseline, metric);
  const b = metricColumn(data, other, metric);
  const keptA: number[] = [];
  const keptB: number[] = [];
  for (let r = 0; r < data.runs; r++) {
    if (Number.isNaN(a[r]) || Number.isNaN(b[r])) continue;
    keptA.push(a[r]);
    keptB.push(b[r]);
  }
  const paired = pairedComparison(keptA, keptB);
  const unpaired = unpairedComparison(keptA, keptB);
  return { metric, ...paired, ci95Unpaired: unpaired.ci95, excludedRuns: data.runs - keptA.length };
}

/** Every strategy against the first; null for the first itself. */
export function compareWithBaseline(data: SimulationData): (BaselineComparison | null)[] {
  const [baseline] = data.strategies;
  const hasRoi = data.metricNames.includes('roi');
  const conversions = conversionMetric(data);
  return data.strategies.map((strategy, s) =>
    s === 0
      ? null
      : {
          baseline: baseline.name,
          converted: compareOnMetric(data, baseline, strategy, conversions),
          roi: hasRoi ? compareOnMetric(data, baseline, strategy, 'roi') : null,
        },
  );
}

/** The conversions a comparison ranks on: the lift when the model reports it, else the totals (canonical models). */
export function conversionMetric(data: Pick<SimulationData, 'metricNames'>): 'incrementalConverted' | 'converted' {
  return data.metricNames.includes('incrementalConverted') ? 'incrementalConverted' : 'converted';
}

/** Mean of the defined values of a metric column; null when none is defined or the metric does not exist. */
export function meanOfMetric(data: SimulationData, strategy: StrategyRuns, metric: string): number | null {
  if (!data.metricNames.includes(metric)) return null;
  const values = definedValues(metricColumn(data, strategy, metric));
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Attribution means of a dividend strategy; null for models without attribution. */
export function attributionOf(data: SimulationData, strategy: StrategyRuns): AttributionMeans | null {
  if (!data.metricNames.includes('convertedBySeed')) return null;
  const mean = (m: string) => meanOfMetric(data, strategy, m) ?? 0;
  return { seed: mean('convertedBySeed'), kol: mean('convertedByKol'), organic: mean('convertedByOrganic'), ads: mean('convertedByAds') };
}

/** Decomposition means of a dividend strategy; null for models without the factors. */
export function decompositionOf(data: SimulationData, strategy: StrategyRuns): DecompositionMeans | null {
  if (!data.metricNames.includes('information')) return null;
  return {
    information: meanOfMetric(data, strategy, 'information'),
    relationship: meanOfMetric(data, strategy, 'relationship'),
    interaction: meanOfMetric(data, strategy, 'interaction'),
  };
}
