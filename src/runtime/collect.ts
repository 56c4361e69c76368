/**
 * Assembling job results into per-strategy arrays indexed by run. Blocks may arrive in any
 * order from any worker; each is copied to the place its run indices own, so the assembled
 * data — and everything computed from it — does not depend on scheduling.
 */
import type { Scenario } from '../core/scenario';
import { METRIC_COUNT, TOTALS_PER_RUN, type NetworkSummary, type RunBlock } from './runBlock';

/** All runs of one strategy. */
export interface StrategyRuns {
  name: string;
  /** totals[run · TOTALS_PER_RUN + k]: RUN_TOTALS[k] of that run. */
  totals: Int32Array;
  /** timelines[(run · METRIC_COUNT + m) · (steps + 1) + t]: METRICS[m] at step t of that run. */
  timelines: Int32Array;
}

/** Everything simulated for a scenario, before aggregation. */
export interface SimulationData {
  runs: number;
  steps: number;
  strategies: StrategyRuns[];
  /** Summary of run 0's network. */
  network: NetworkSummary;
  /** Milliseconds summed over workers (CPU time, not wall time): for `meta` only. */
  networkMs: number;
  simulateMs: number;
}

export class ResultCollector {
  private readonly strategies: StrategyRuns[];
  private readonly stride: number;
  private readonly filled: Uint8Array;
  private network: NetworkSummary | null = null;
  private networkMs = 0;
  private simulateMs = 0;
  /** Runs received so far (each counted once, whatever the strategy count). */
  runsDone = 0;

  constructor(private readonly scenario: Scenario) {
    this.stride = scenario.steps + 1;
    this.filled = new Uint8Array(scenario.runs);
    this.strategies = scenario.strategies.map((s) => ({
      name: s.name,
      totals: new Int32Array(scenario.runs * TOTALS_PER_RUN),
      timelines: new Int32Array(scenario.runs * METRIC_COUNT * this.stride),
    }));
  }

  /** Copy a block into place. */
  add(block: RunBlock): void {
    const n = block.runs.length;
    const timelineRun = METRIC_COUNT * this.stride;
    if (block.steps !== this.scenario.steps || block.strategyCount !== this.strategies.length)
      throw new Error('ResultCollector: block does not belong to this scenario');
    this.strategies.forEach((strategy, s) => {
      block.runs.forEach((run, r) => {
        const row = s * n + r;
        strategy.totals.set(block.totals.subarray(row * TOTALS_PER_RUN, (row + 1) * TOTALS_PER_RUN), run * TOTALS_PER_RUN);
        strategy.timelines.set(block.timelines.subarray(row * timelineRun, (row + 1) * timelineRun), run * timelineRun);
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

  /** The assembled data; throws if a run is missing (a scheduling bug, never user error). */
  finish(): SimulationData {
    if (this.runsDone !== this.scenario.runs || this.network === null)
      throw new Error(`ResultCollector: ${this.scenario.runs - this.runsDone} runs missing`);
    return {
      runs: this.scenario.runs,
      steps: this.scenario.steps,
      strategies: this.strategies,
      network: this.network,
      networkMs: this.networkMs,
      simulateMs: this.simulateMs,
    };
  }
}
