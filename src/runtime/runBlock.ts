/**
 * What a worker sends back for a block of runs: every strategy's outcomes on those runs as
 * flat typed arrays, so the whole block crosses the worker boundary by transferring a few
 * buffers instead of structured-cloning thousands of small objects. Also the trace block of the
 * representative run (per-node step arrays for the animation).
 */
import type { DividendTrace } from '../core/dividend/dividendOutcome';

/** Per-run totals, in this order, TOTALS_PER_RUN numbers per (strategy, run). */
export const RUN_TOTALS = ['reached', 'shared', 'converted', 'churned', 'steps'] as const;
export type RunTotal = (typeof RUN_TOTALS)[number];
export const TOTALS_PER_RUN = RUN_TOTALS.length;

/** Timeline metrics, in the order they are stored; the same names as core's TIMELINE_METRICS. */
export const METRICS = ['reached', 'shared', 'converted', 'churned'] as const;
export type Metric = (typeof METRICS)[number];
export const METRIC_COUNT = METRICS.length;

/** Cheap facts about a generated network (full statistics come from `lab network`). */
export interface NetworkSummary {
  /** All nodes, KOL accounts included. */
  nodes: number;
  /** Directed arcs (a friendship counts twice; 0 for a fully mixed population). */
  arcs: number;
  /** arcs / nodes. */
  meanDegree: number;
  /** Largest audience of one account (out-degree). */
  maxOutDegree: number;
  /** Most accounts seen by one node (in-degree). */
  maxInDegree: number;
  /** KOL accounts among the nodes. */
  kols: number;
  /** Planted communities (0 when the kind has none). */
  communities: number;
  fullyMixed: boolean;
}

export interface RunBlock {
  /** Run indices in this block, in the order of the arrays below. */
  runs: number[];
  strategyCount: number;
  steps: number;
  /** totals[((s · runs.length) + r) · TOTALS_PER_RUN + k]: RUN_TOTALS[k] of strategy s on runs[r]. */
  totals: Int32Array;
  /** timelines[(((s · runs.length) + r) · METRIC_COUNT + m) · (steps + 1) + t]: METRICS[m] at step t. */
  timelines: Int32Array;
  /** Names of the per-run metrics (runColumnsOf(scenario)): the base five, or every dividend metric. */
  metricNames: readonly string[];
  /** metrics[((s · runs.length) + r) · metricNames.length + k]: metric k of strategy s on runs[r]; NaN = undefined (null in results). */
  metrics: Float64Array;
  /** Summary of run 0's network when this block contains run 0, else null. */
  network: NetworkSummary | null;
  /** Milliseconds generating networks (0 when cached) and simulating, for `meta` only. */
  networkMs: number;
  simulateMs: number;
}

/** Buffers to transfer (not copy) when posting a block. */
export function blockTransferables(block: RunBlock): ArrayBuffer[] {
  return [block.totals.buffer as ArrayBuffer, block.timelines.buffer as ArrayBuffer, block.metrics.buffer as ArrayBuffer];
}

/**
 * Every strategy re-simulated on one run index with per-node traces: what the animation replays
 * side by side on the same world. A strategy's entry is null when its model keeps no trace
 * (the canonical models).
 */
export interface TraceBlock {
  run: number;
  /** One entry per strategy, in scenario order. */
  strategies: (DividendTrace | null)[];
  /** Milliseconds spent (network included), for `meta` only. */
  ms: number;
}

/** Buffers of a trace block, to transfer. */
export function traceTransferables(block: TraceBlock): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const t of block.strategies) {
    if (t === null) continue;
    for (const a of [t.reachedStep, t.sharedStep, t.convertedStep, t.mutedStep, t.reachedBy]) buffers.push(a.buffer as ArrayBuffer);
  }
  return buffers;
}
