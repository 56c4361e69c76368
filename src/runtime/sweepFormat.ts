/**
 * Sweep and frontier results as files: pretty JSON (the whole result) and CSV with one row per
 * (grid point, strategy) or per frontier candidate. Parameter columns are named by their path
 * (`strategies[*].content.quality`); each summarised metric gives four columns `<metric>_mean`,
 * `_p05`, `_p50`, `_p95`; undefined numbers are empty cells; no cell holds a list. Text cells are
 * escaped against spreadsheet formulas (OWASP), numbers stay numeric.
 */
import { csvFormatRows } from 'd3-dsv';
import type { FrontierResult } from './frontierResult';
import { prettyJson } from './prettyJson';
import { escapeCsvText, type CsvOptions } from './resultFormat';
import type { SweepMetric, SweepResult, SweepSummary } from './sweepResult';

/** Statistics written per metric, in column order. */
const CSV_STATS = ['mean', 'p05', 'p50', 'p95'] as const;

/** Pretty JSON of a sweep or frontier result, with a final newline. */
export function seriesResultToJson(result: SweepResult | FrontierResult): string {
  return `${prettyJson(result)}\n`;
}

function metricHeader(metrics: readonly SweepMetric[]): string[] {
  return metrics.flatMap((m) => CSV_STATS.map((s) => `${m}_${s}`));
}

function metricCells(summary: Partial<Record<SweepMetric, SweepSummary>>, metrics: readonly SweepMetric[]): string[] {
  return metrics.flatMap((m) => CSV_STATS.map((s) => cell(summary[m]?.[s] ?? null)));
}

const cell = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : String(v));

function finish(rows: string[][], options: CsvOptions): string {
  return (options.bom ? '\uFEFF' : '') + csvFormatRows(rows) + '\n';
}

/** One row per (grid point, strategy): point, one column per parameter path, strategy, metrics, runs, seed. */
export function sweepCsv(result: SweepResult, options: CsvOptions = {}): string {
  const seed = escapeCsvText(result.scenario.seed);
  const header = ['point', ...result.params.map((p) => escapeCsvText(p.path)), 'strategy', ...metricHeader(result.metrics), 'runs', 'seed'];
  const rows: string[][] = [header];
  for (const point of result.points) {
    // A swept `runs` changes the run count per point.
    const runs = String(result.params.some((p) => p.path === 'runs') ? point.values[result.params.findIndex((p) => p.path === 'runs')] : result.scenario.runs);
    for (const s of point.strategies) {
      rows.push([String(point.index), ...point.values.map(String), escapeCsvText(s.name), ...metricCells(s.summary, result.metrics), runs, seed]);
    }
  }
  return finish(rows, options);
}

/** Columns of the frontier CSV before the metric columns. */
const FRONTIER_CSV_LEADING = ['point', 'seeds', 'kols', 'rewardPerShare', 'adReach', 'adShare', 'fixedCost', 'withinBudget', 'onFrontier', 'strategy'] as const;

/** One row per candidate allocation. */
export function frontierCsv(result: FrontierResult, options: CsvOptions = {}): string {
  const seed = escapeCsvText(result.scenario.seed);
  const metrics = Object.keys(result.points[0]?.summary ?? {}) as SweepMetric[];
  const rows: string[][] = [[...FRONTIER_CSV_LEADING, ...metricHeader(metrics), 'budget', 'runs', 'seed']];
  for (const p of result.points) {
    const a = p.allocation;
    rows.push([
      String(p.index),
      String(a.seeds),
      String(a.kols),
      String(a.rewardPerShare),
      String(a.adReach),
      String(a.adShare),
      String(p.fixedCost),
      String(p.withinBudget),
      String(p.onFrontier),
      escapeCsvText(p.strategy.name),
      ...metricCells(p.summary, metrics),
      String(result.budget),
      String(result.scenario.runs),
      seed,
    ]);
  }
  return finish(rows, options);
}
