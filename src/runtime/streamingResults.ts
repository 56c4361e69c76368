/**
 * Partial results while a simulation runs. Jobs are contiguous blocks of run indices handed out
 * in order, so the runs 0 … k−1 fill up from the front; a snapshot is the result of exactly
 * those k runs — the same numbers a scenario with `runs: k` would give — so streamed charts
 * are honest, and only tighten as runs arrive.
 */
import type { Scenario } from '../core/scenario';
import { ResultCollector, type SimulationData } from './collect';
import type { RunBlock } from './runBlock';

export class StreamingResults {
  private readonly blocks: RunBlock[] = [];
  private readonly covered: Uint8Array;
  private prefixLength = 0;

  constructor(private readonly scenario: Scenario) {
    this.covered = new Uint8Array(scenario.runs);
  }

  add(block: RunBlock): void {
    this.blocks.push(block);
    for (const run of block.runs) this.covered[run] = 1;
    while (this.prefixLength < this.covered.length && this.covered[this.prefixLength]) this.prefixLength++;
  }

  /** Runs 0 … prefix−1 have all arrived. */
  get prefix(): number {
    return this.prefixLength;
  }

  /** The scenario cut to the complete prefix of runs, and its data; null before run 0 arrives. */
  snapshot(): { scenario: Scenario; data: SimulationData } | null {
    const k = this.prefixLength;
    if (k === 0) return null;
    const scenario = { ...this.scenario, runs: k };
    const collector = new ResultCollector(scenario);
    // A received block is wholly covered and contiguous, so it lies wholly below or above the
    // first missing run: no block straddles the prefix.
    for (const block of this.blocks) if (block.runs[0] < k) collector.add(block);
    return { scenario, data: collector.finish() };
  }
}
