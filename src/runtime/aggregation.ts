/**
 * Aggregating results off the main thread. While a simulation runs, a copy of every block goes
 * to an aggregation worker (workers/aggregate.worker.ts) that assembles the runs and turns the
 * complete prefix of runs into a result (summaries, bands, comparisons: tens of ms for a few
 * hundred runs), so the page only receives finished results and never blocks for long.
 *
 * `createAggregator` is the worker's body; it runs the same in a test without a worker.
 */
import type { Scenario } from '../core/scenario';
import { ResultCollector } from './collect';
import type { SimulationData } from './collect';
import { buildResult, stepsCsvChunks, type CsvOptions, type ResultMeta, type SimulationResult } from './resultFormat';
import type { RunBlock } from './runBlock';
import { StreamingResults } from './streamingResults';

export interface AggregatorApi {
  /** Start collecting the runs of `scenario` (drops whatever was collected before). */
  begin(scenario: Scenario): void;
  add(block: RunBlock): void;
  /** The result of the runs 0 … k−1 received so far (all of them once complete); null before run 0. */
  snapshot(): SimulationResult | null;
  /** The complete result, with `meta`; throws if a run is missing. */
  finish(meta: ResultMeta): SimulationResult;
  /**
   * The per-step CSV of the run last finished, built here so that 20 million rows never occupy
   * the page's thread (a Blob crosses threads as a handle); null when no run is finished since
   * the last `begin`.
   */
  stepsCsv(options: CsvOptions): Blob | null;
}

/** The caller's side: every call asynchronous. */
export type AggregatorRemote = { [K in keyof AggregatorApi]: (...args: Parameters<AggregatorApi[K]>) => Promise<ReturnType<AggregatorApi[K]>> };

export function createAggregator(): AggregatorApi {
  let scenario: Scenario | null = null;
  let stream: StreamingResults | null = null;
  let full: ResultCollector | null = null;
  let finished: { scenario: Scenario; data: SimulationData } | null = null;
  const started = () => {
    if (scenario === null || stream === null || full === null) throw new Error('aggregator: begin was not called');
    return { scenario, stream, full };
  };
  return {
    begin(next) {
      scenario = next;
      finished = null;
      stream = new StreamingResults(next);
      full = new ResultCollector(next);
    },
    add(block) {
      const s = started();
      s.stream.add(block);
      s.full.add(block);
    },
    snapshot() {
      const snap = started().stream.snapshot();
      return snap ? buildResult(snap.scenario, snap.data) : null;
    },
    finish(meta) {
      const s = started();
      const data = s.full.finish();
      finished = { scenario: s.scenario, data };
      return buildResult(s.scenario, data, meta);
    },
    stepsCsv(options) {
      if (finished === null) return null;
      const parts: Blob[] = [];
      for (const chunk of stepsCsvChunks(finished.scenario, finished.data, options)) parts.push(new Blob([chunk]));
      return new Blob(parts, { type: 'text/csv;charset=utf-8' });
    },
  };
}

/** A copy of a block whose buffers can be transferred (the original still goes to the pool's collector). */
export function copyBlock(block: RunBlock): RunBlock {
  return { ...block, runs: [...block.runs], totals: block.totals.slice(), timelines: block.timelines.slice(), metrics: block.metrics.slice() };
}
