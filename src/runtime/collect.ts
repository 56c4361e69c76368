/**
 * Assembling job results into per-strategy arrays indexed by run. Blocks may arrive in any
 * order from any worker; each is copied to the place its run indices own, so the assembled
 * data — and everything computed from it — does not depend on scheduling.
 */
import type { Scenario } from '../core/scenario';
import { pickRepresentativeRun, type RepresentativeRun } from './representativeRun';
import { runColumnsOf } from './runColumns';
import { METRIC_COUNT, TOTALS_PER_RUN, type NetworkSummary, type RunBlock, type TraceBlock } from './runBlock';

/** All runs of one strategy. */
export interface StrategyRuns {
  name: string;
  /** totals[run · TOTALS_PER_RUN + k]: RUN_TOTALS[k] of that run. */
  totals: Int32Array;
  /** timelines[(run · METRIC_COUNT + m) · (steps + 1) + t]: METRICS[m] at step t of that run. */
  timelines: Int32Array;
  /** metrics[run · metricNames.length + k]: per-run metric k (SimulationData.metricNames); NaN = undefined. */
  metrics: Float64Array;
}

/** Everything simulated for a scenario, before aggregation. */
export interface SimulationData {
  runs: number;
  steps: number;
  /** Names of the per-run metrics, in the order of each strategy's `metrics`. */
  metricNames: readonly string[];
  strategies: StrategyRuns[];
  /** Summary of run 0's network. */
  network: NetworkSummary;
  /** The run index the animation replays (closest to the baseline's median conversions). */
  representativeRun: RepresentativeRun;
  /** Per-node traces of every strategy on the representative run; null when not asked for. */
  traces: TraceBlock | null;
  /** Milliseconds summed over workers (CPU time, not wall time): for `meta` only. */
  networkMs: number;
  simulateMs: number;
}

/** Column k of a strategy's per-run metrics, as an array indexed by run. */
export function metricColumn(data: Pick<SimulationData, 'runs' | 'metricNames'>, strategy: Pick<StrategyRuns, 'metrics'>, name: string): Float64Array {
  const k = data.metricNames.indexOf(name);
  if (k < 0) throw new Error(`metricColumn: no metric ${name}`);
  const width = data.metricNames.length;
  const column = new Float64Array(data.runs);
  for (let r = 0; r < data.runs; r++) column[r] = strategy.metrics[r * width + k];
  return column;
}

export class ResultCollector {
  private readonly strategies: StrategyRuns[];
  private readonly stride: number;
  private readonly metricNames: readonly string[];
  private readonly filled: Uint8Array;
  private network: NetworkSummary | null = null;
  private networkMs = 0;
  private simulateMs = 0;
  /** Runs received so far (each counted once, whatever the strategy count). */
  runsDone = 0;

  constructor(private readonly scenario: Scenario) {
    this.stride = scenario.steps + 1;
    this.metricNames = runColumnsOf(scenario);
    this.filled = new Uint8Array(scenario.runs);
    this.strategies = scenario.strategies.map((s) => ({
      name: s.name,
      totals: new Int32Array(scenario.runs * TOTALS_PER_RUN),
      timelines: new Int32Array(scenario.runs * METRIC_COUNT * this.stride),
      metrics: new Float64Array(scenario.runs * this.metricNames.length),
    }));
  }

  /** Copy a block into place. */
  add(block: RunBlock): void {
    const n = block.runs.length;
    const timelineRun = METRIC_COUNT * this.stride;
    const width = this.metricNames.length;
    if (
      block.steps !== this.scenario.steps ||
      block.strategyCount !== this.strategies.length ||
      block.metricNames.length !== width ||
      block.metricNames.some((name, k) => name !== this.metricNames[k])
    )
      throw new Error('ResultCollector: block does not belong to this scenario');
    this.strategies.forEach((strategy, s) => {
      block.runs.forEach((run, r) => {
        const row = s * n + r;
        strategy.totals.set(block.totals.subarray(row * TOTALS_PER_RUN, (row + 1) * TOTALS_PER_RUN), run * TOTALS_PER_RUN);
        strategy.timelines.set(block.timelines.subarray(row * timelineRun, (row + 1) * timelineRun), run * timelineRun);
        strategy.metrics.set(block.metrics.subarray(row * width, (row + 1) * width), run * width);
      });
    });
    for (const run of block.runs) {
      if (!this.filled[run]) this.runsDone++;
      this.filled[run] = 1;
    }
    if (block.network !== null) this.network = block.network;
    this.networkMs += block.networkMs;
    this.simulateMs += block.simulateMs;
  }

  /** The assembled data (traces not yet added); throws if a run is missing (a scheduling bug, never user error). */
  finish(): SimulationData {
    if (this.runsDone !== this.scenario.runs || this.network === null)
      throw new Error(`ResultCollector: ${this.scenario.runs - this.runsDone} runs missing`);
    const base = { runs: this.scenario.runs, metricNames: this.metricNames };
    return {
      runs: this.scenario.runs,
      steps: this.scenario.steps,
      metricNames: this.metricNames,
      strategies: this.strategies,
      network: this.network,
      representativeRun: pickRepresentativeRun(metricColumn(base, this.strategies[0], 'converted')),
      traces: null,
      networkMs: this.networkMs,
      simulateMs: this.simulateMs,
    };
  }
}
