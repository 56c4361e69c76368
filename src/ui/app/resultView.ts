/**
 * From a simulation result (the same JSON the CLI writes) to what the charts draw: strategies
 * with their colours, paired comparisons against the baseline, attribution and the dividend
 * factors. Fields the result does not carry (a canonical model has no costs or attribution)
 * come out as null, and the page shows that view's empty state.
 */
import { pairedComparison } from '../../core/stats/pairedComparison';
import type { NetworkStats as CoreNetworkStats } from '../../core/metrics/networkStats';
import type { SimulationResult } from '../../runtime/resultFormat';
import type { AttributionRow } from '../charts/attribution';
import type { NetworkStats, PairedComparison, RunRow, StrategyKey, StrategyResult } from '../charts/chartData';
import type { DecompositionRow } from '../charts/decomposition';
import type { DegreeDistributionData } from '../charts/degreeDistribution';
import type { PairedComparisonData } from '../charts/pairedComparison';
import { strategyColor } from '../theme';

/** Everything the comparison views draw. */
export interface ResultView {
  strategies: StrategyResult[];
  keys: StrategyKey[];
  /** Runs behind the numbers (fewer than the scenario's while streaming). */
  runs: number;
  /** Whether runs carry costs (the dividend model); otherwise the cost/ROI view is empty. */
  hasMoney: boolean;
  /** Whether runs carry incremental conversions (the dividend model): the comparisons default to them. */
  hasLift: boolean;
  /** Organic buyers per run (mean): who buys without any campaign, the baseline; NaN when unknown. */
  organicBaseline: number;
  attribution: AttributionRow[] | null;
  decomposition: DecompositionRow[] | null;
}

type Row = Record<string, unknown>;

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Mean of a run field over the runs where it is a finite number; NaN with none. */
export function meanField(runs: readonly Row[], field: string): number {
  let sum = 0;
  let n = 0;
  for (const r of runs) {
    const v = r[field];
    if (finite(v)) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : NaN;
}

/**
 * The chart view of a result; `colors` holds a palette index per strategy, `names` optional
 * display names per strategy (a lesson's names in the current language; the data keeps its own).
 */
export function resultView(result: SimulationResult, colors: readonly number[], names?: readonly string[] | null): ResultView {
  const strategies: StrategyResult[] = result.strategies.map((s, i) => ({
    name: names?.[i] ?? s.name,
    color: strategyColor(colors[i] ?? i),
    timeline: s.timeline,
    summary: s.summary as unknown as StrategyResult['summary'],
    runs: s.runs as unknown as RunRow[],
  }));
  const keys = strategies.map(({ name, color }) => ({ name, color }));
  const rows = result.strategies.map((s) => s.runs as unknown as Row[]);
  const hasMoney = rows.some((runs) => runs.some((r) => finite(r.cost)));
  const hasLift = rows.some((runs) => runs.some((r) => finite(r.incrementalConverted)));
  // The same people buy organically on every strategy of a run: the mean over all runs is theirs.
  const organicBaseline = meanField(rows.flat(), 'organicBuyers');
  return {
    strategies,
    keys,
    runs: rows[0]?.length ?? 0,
    hasMoney,
    hasLift,
    organicBaseline,
    attribution: attributionRows(result, keys, rows, organicBaseline),
    decomposition: decompositionRows(result, keys, rows),
  };
}

/**
 * Mean campaign-caused conversions per run by source, from the strategy's own `attribution` or
 * its runs' attribution columns; `baseline` (organic buyers, not attributed) rides along for the note.
 */
function attributionRows(result: SimulationResult, keys: StrategyKey[], rows: Row[][], baseline: number): AttributionRow[] | null {
  const out = result.strategies.map((s, i) => {
    const given = (s as unknown as Row).attribution as Row | undefined;
    const pick = (name: string, column: string) => {
      const v = given?.[name];
      if (finite(v)) return v;
      if (given && typeof v === 'object' && v !== null && finite((v as Row).mean)) return (v as Row).mean as number;
      return meanField(rows[i], column);
    };
    return {
      ...keys[i],
      attribution: {
        seed: pick('seed', 'convertedBySeed'),
        kol: pick('kol', 'convertedByKol'),
        organic: pick('organic', 'convertedByOrganic'),
        ads: pick('ads', 'convertedByAds'),
      },
      ...(finite(baseline) ? { baseline } : {}),
    };
  });
  return out.every((r) => Object.values(r.attribution).every((v) => !finite(v))) ? null : out;
}

/** Mean factors per strategy, from `factors` or the runs' information/relationship/interaction columns. */
function decompositionRows(result: SimulationResult, keys: StrategyKey[], rows: Row[][]): DecompositionRow[] | null {
  const out = result.strategies.map((s, i) => {
    const own = s as unknown as Row;
    const given = (own.decomposition ?? own.factors) as Row | undefined;
    const pick = (name: string) => {
      const v = given?.[name];
      if (finite(v)) return v;
      if (given && typeof v === 'object' && v !== null && finite((v as Row).mean)) return (v as Row).mean as number;
      return meanField(rows[i], name);
    };
    return { ...keys[i], factors: { information: pick('information'), relationship: pick('relationship'), interaction: pick('interaction') } };
  });
  return out.every((r) => Object.values(r.factors).every((v) => !finite(v))) ? null : out;
}

/**
 * Each strategy against the first (the baseline) on `metric`, paired by run index (common
 * random numbers). Runs where either value is undefined (e.g. ROI without cost) are left out.
 */
export function pairedData(view: ResultView, metric: string): PairedComparisonData {
  const base = view.strategies[0]?.runs ?? [];
  const comparisons: PairedComparison[] = view.strategies.slice(1).map((s) => {
    const a: number[] = [];
    const b: number[] = [];
    (s.runs ?? []).forEach((run, i) => {
      const x = (base[i] as unknown as Row | undefined)?.[metric];
      const y = (run as unknown as Row)[metric];
      if (finite(x) && finite(y)) {
        a.push(x);
        b.push(y);
      }
    });
    const c = pairedComparison(a, b);
    return { name: s.name, metric, meanDifference: c.meanDifference, ci95: c.ci95, shareBetter: c.shareBetter, n: c.n };
  });
  return { strategies: view.keys, comparisons };
}

/** The degree-distribution chart's data from the worker's network statistics. */
export function degreeData(stats: CoreNetworkStats): DegreeDistributionData {
  const chartStats: NetworkStats = {
    nodes: stats.nodes,
    edges: stats.edges,
    arcs: stats.arcs,
    meanDegree: stats.meanDegree,
    clustering: stats.clustering,
    largestComponent: stats.largestComponent,
    components: stats.components,
    averagePathLength: stats.averagePathLength,
  };
  return { histogram: stats.degreeHistogram, stats: chartStats };
}
