/**
 * The result formats: JSON (scenario, network, per-strategy runs, summary, timeline bands,
 * comparison with the baseline, attribution, decomposition, the representative run and its
 * traces on request, meta) and CSV (one row per strategy and run, or per strategy, run and step).
 *
 * Everything outside `meta` is a pure function of the validated scenario, so two runs of the
 * same file give byte-identical output outside `meta` whatever the machine or worker count;
 * timings, dates, versions and worker counts live under `meta` only. Undefined numbers (ROI of a
 * run that cost nothing, R without sharers…) are null in JSON and empty cells in CSV.
 */
import { csvFormatRows } from 'd3-dsv';
import type { DividendTrace } from '../core/dividend/dividendOutcome';
import type { Scenario } from '../core/scenario';
import { strategyTimeline, summarizeStrategy, type StrategySummary, type StrategyTimeline } from './aggregate';
import type { SimulationData } from './collect';
import { prettyJson } from './prettyJson';
import type { RepresentativeRun } from './representativeRun';
import { METRIC_COUNT, METRICS, type NetworkSummary } from './runBlock';
import { robustnessOf, type Robustness } from './robustness';
import { BASE_RUN_COLUMNS } from './runColumns';
import { drawsByRun, planUncertainty } from './uncertainWorlds';
import {
  attributionOf,
  compareWithBaseline,
  decompositionOf,
  meanOfMetric,
  type AttributionMeans,
  type BaselineComparison,
  type DecompositionMeans,
} from './strategyComparison';

/**
 * One run of one strategy: `run` and every per-run column of the model (runColumns.ts:
 * the base five for canonical models, every dividend metric for the dividend model).
 */
export interface RunRow {
  run: number;
  /** Nodes that received at least one exposure (seeds included). */
  reached: number;
  /** Nodes that shared (canonical models: activated, seeds included). */
  shared: number;
  /** Nodes that converted (canonical models: same as shared). */
  converted: number;
  /** Nodes that muted the campaign (canonical models: 0). */
  churned: number;
  /** Last step at which anything changed. */
  steps: number;
  /** The dividend model's further columns (cost, roi, R, convertedBySeed, …); null = undefined. */
  [column: string]: number | null;
}

export interface StrategyResult {
  name: string;
  runs: RunRow[];
  /** Per column: mean, sd, p05, p50, p95 over the runs where it is defined, and their count n. */
  summary: StrategySummary;
  timeline: StrategyTimeline;
  /** Paired comparison with the baseline (the first strategy); null for the baseline itself. */
  comparison: BaselineComparison | null;
  /** Mean conversions per run by source; null for canonical models. */
  attribution: AttributionMeans | null;
  /** Mean share of referred conversions referred by the top 20% of sharers; null when never defined or for canonical models. */
  concentration: number | null;
  /** Mean information, relationship and interaction factors; null for canonical models. */
  decomposition: DecompositionMeans | null;
}

/** One strategy's trace on the representative run, as plain arrays (`--traces`). */
export interface StrategyTraceJson {
  strategy: string;
  reachedStep: number[];
  sharedStep: number[];
  convertedStep: number[];
  mutedStep: number[];
  reachedBy: number[];
}

/** The representative run (the animation's), and its traces when asked for. */
export interface RepresentativeRunResult extends RepresentativeRun {
  /** Per strategy (null for models without traces); present only when traces were asked for. */
  traces?: (StrategyTraceJson | null)[];
}

/** What varies between invocations (never compared when checking reproducibility). */
export interface ResultMeta {
  [key: string]: unknown;
}

export interface SimulationResult {
  /** The validated scenario, defaults filled: re-running it reproduces the result. */
  scenario: Scenario;
  /** Run 0's network (with `resample` or an uncertain `network.…` field, every run has its own). */
  network: NetworkSummary & { resample: boolean };
  strategies: StrategyResult[];
  representativeRun: RepresentativeRunResult;
  /** Win shares, sensitivity and verdict across the drawn worlds; only when the scenario declares uncertainty (robustness.ts). */
  robustness?: Robustness;
  meta: ResultMeta;
}

export interface BuildResultOptions {
  /** Put the representative run's per-node traces in the result (large: five numbers per node and strategy). Default false. */
  traces?: boolean;
}

/** Assemble the JSON result from simulated data. */
export function buildResult(scenario: Scenario, data: SimulationData, meta: ResultMeta = {}, options: BuildResultOptions = {}): SimulationResult {
  const comparisons = compareWithBaseline(data);
  const width = data.metricNames.length;
  const representativeRun: RepresentativeRunResult = { ...data.representativeRun };
  if (options.traces && data.traces !== null)
    representativeRun.traces = data.traces.strategies.map((t, s) => (t === null ? null : traceToJson(data.strategies[s].name, t)));
  const robustness = robustnessOf(scenario, data);
  return {
    scenario,
    network: { ...data.network, resample: scenario.network.resample },
    strategies: data.strategies.map((strategy, s) => ({
      name: strategy.name,
      runs: Array.from({ length: data.runs }, (_, run) => {
        const row: Record<string, number | null> = { run };
        data.metricNames.forEach((name, k) => {
          const v = strategy.metrics[run * width + k];
          row[name] = Number.isNaN(v) ? null : v;
        });
        return row as RunRow;
      }),
      summary: summarizeStrategy(strategy, data.runs, data.metricNames),
      timeline: strategyTimeline(strategy, data.runs, data.steps),
      comparison: comparisons[s],
      attribution: attributionOf(data, strategy),
      concentration: meanOfMetric(data, strategy, 'concentration'),
      decomposition: decompositionOf(data, strategy),
    })),
    representativeRun,
    ...(robustness === null ? {} : { robustness }),
    meta,
  };
}

function traceToJson(strategy: string, t: DividendTrace): StrategyTraceJson {
  return {
    strategy,
    reachedStep: Array.from(t.reachedStep),
    sharedStep: Array.from(t.sharedStep),
    convertedStep: Array.from(t.convertedStep),
    mutedStep: Array.from(t.mutedStep),
    reachedBy: Array.from(t.reachedBy),
  };
}

/** Pretty JSON (2 spaces; lists of numbers and single runs on one line) with a final newline. */
export function resultToJson(result: SimulationResult): string {
  return `${prettyJson(result)}\n`;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel (e.g. on Chinese Windows) reads UTF-8 correctly. */
  bom?: boolean;
}

/** Header of the per-run CSV of a canonical-model scenario (runsCsvHeader gives any scenario's). */
export const RUNS_CSV_HEADER = ['strategy', 'run', ...BASE_RUN_COLUMNS, 'seed'] as const;

/** Header of the per-run CSV: strategy, run, the model's per-run columns, seed. */
export function runsCsvHeader(metricNames: readonly string[]): string[] {
  return ['strategy', 'run', ...metricNames, 'seed'];
}
/** Header of the per-step CSV. */
export const STEPS_CSV_HEADER = ['strategy', 'run', 'step', ...METRICS, 'seed'] as const;

/**
 * A text cell safe to open in a spreadsheet: a leading = + - @ tab CR or LF would make it a
 * formula (OWASP "CSV injection"), so such text gets a leading apostrophe. Numbers are never
 * passed through here, so negative numbers stay numeric.
 */
export function escapeCsvText(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}

/** One row per (strategy, run). */
export function runsCsv(scenario: Scenario, data: SimulationData, options: CsvOptions = {}): string {
  const seed = escapeCsvText(scenario.seed);
  const width = data.metricNames.length;
  // Under uncertainty, one more column per drawn path: the value that run simulated.
  const plan = planUncertainty(scenario);
  const draws = plan === null ? null : drawsByRun(plan, data.runs);
  const rows: string[][] = [[...runsCsvHeader(data.metricNames), ...(plan?.paths ?? []).map(escapeCsvText)]];
  for (const strategy of data.strategies) {
    const name = escapeCsvText(strategy.name);
    for (let run = 0; run < data.runs; run++) {
      const row = [name, String(run)];
      for (let k = 0; k < width; k++) {
        const v = strategy.metrics[run * width + k];
        row.push(Number.isNaN(v) ? '' : String(v));
      }
      row.push(seed);
      if (draws !== null) for (const v of draws[run]) row.push(String(v));
      rows.push(row);
    }
  }
  return (options.bom ? '\uFEFF' : '') + csvFormatRows(rows) + '\n';
}

/** Rows per chunk of the per-step CSV (a full table can exceed the longest string V8 allows). */
const STEP_ROWS_PER_CHUNK = 20_000;

/** One row per (strategy, run, step), produced in chunks of text to write one after another. */
export function* stepsCsvChunks(scenario: Scenario, data: SimulationData, options: CsvOptions = {}): Generator<string> {
  const seed = escapeCsvText(scenario.seed);
  const stride = data.steps + 1;
  let rows: string[][] = [[...STEPS_CSV_HEADER]];
  let first = true;
  const flush = () => {
    const text = csvFormatRows(rows) + '\n';
    rows = [];
    const chunk = first && options.bom ? `\uFEFF${text}` : text;
    first = false;
    return chunk;
  };
  for (const strategy of data.strategies) {
    const name = escapeCsvText(strategy.name);
    for (let run = 0; run < data.runs; run++) {
      const base = run * METRIC_COUNT * stride;
      for (let t = 0; t < stride; t++) {
        const row = [name, String(run), String(t)];
        for (let m = 0; m < METRIC_COUNT; m++) row.push(String(strategy.timelines[base + m * stride + t]));
        row.push(seed);
        rows.push(row);
        if (rows.length >= STEP_ROWS_PER_CHUNK) yield flush();
      }
    }
  }
  if (rows.length > 0) yield flush();
}

/** The whole per-step CSV as one string (fine for small scenarios and tests). */
export function stepsCsv(scenario: Scenario, data: SimulationData, options: CsvOptions = {}): string {
  return [...stepsCsvChunks(scenario, data, options)].join('');
}
