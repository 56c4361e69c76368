/**
 * The result formats: JSON (scenario, network, per-strategy runs, summary and timeline
 * bands, meta) and CSV (one row per strategy and run, or per strategy, run and step).
 *
 * Everything outside `meta` is a pure function of the validated scenario, so two runs of the
 * same file give byte-identical output outside `meta` whatever the machine or worker count;
 * timings, dates, versions and worker counts live under `meta` only.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Scenario } from '../core/scenario';
import { strategyTimeline, summarizeStrategy, type StrategySummary, type StrategyTimeline } from './aggregate';
import type { SimulationData } from './collect';
import { prettyJson } from './prettyJson';
import { METRIC_COUNT, METRICS, RUN_TOTALS, TOTALS_PER_RUN, type NetworkSummary } from './runBlock';

/** One run of one strategy. */
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
}

export interface StrategyResult {
  name: string;
  runs: RunRow[];
  summary: StrategySummary;
  timeline: StrategyTimeline;
}

/** What varies between invocations (never compared when checking reproducibility). */
export interface ResultMeta {
  [key: string]: unknown;
}

export interface SimulationResult {
  /** The validated scenario, defaults filled: re-running it reproduces the result. */
  scenario: Scenario;
  /** Run 0's network (with `resample`, every run has its own). */
  network: NetworkSummary & { resample: boolean };
  strategies: StrategyResult[];
  meta: ResultMeta;
}

/** Assemble the JSON result from simulated data. */
export function buildResult(scenario: Scenario, data: SimulationData, meta: ResultMeta = {}): SimulationResult {
  return {
    scenario,
    network: { ...data.network, resample: scenario.network.resample },
    strategies: data.strategies.map((strategy) => ({
      name: strategy.name,
      runs: Array.from({ length: data.runs }, (_, run) => {
        const at = run * TOTALS_PER_RUN;
        const t = strategy.totals;
        return { run, reached: t[at], shared: t[at + 1], converted: t[at + 2], churned: t[at + 3], steps: t[at + 4] };
      }),
      summary: summarizeStrategy(strategy, data.runs),
      timeline: strategyTimeline(strategy, data.runs, data.steps),
    })),
    meta,
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

/** Header of the per-run CSV. */
export const RUNS_CSV_HEADER = ['strategy', 'run', ...RUN_TOTALS, 'seed'] as const;
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
  const rows: (string | number)[][] = [[...RUNS_CSV_HEADER]];
  for (const strategy of data.strategies) {
    const name = escapeCsvText(strategy.name);
    for (let run = 0; run < data.runs; run++) {
      const at = run * TOTALS_PER_RUN;
      rows.push([name, run, ...strategy.totals.subarray(at, at + TOTALS_PER_RUN), seed]);
    }
  }
  return (options.bom ? '\uFEFF' : '') + csvFormatRows(rows.map((row) => row.map(String))) + '\n';
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
