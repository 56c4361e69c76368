/**
 * The traits a run has drawn, kept for the next strategy simulated on the same run.
 *
 * A worker simulates every strategy of a run back to back (runtime/simulateRuns.ts), and an
 * agent's traits are a pure function of (scenario seed, run, trait distributions, agent): the
 * second and later strategies of a run look up the traits the first one drew instead of hashing
 * and interpolating them again. A look-up gives the very same doubles, so results do not change;
 * drawing traits is a fifth of a small-cascade run (the app's default scenario), and most of it
 * is saved for every strategy after the first.
 *
 * Entries are stamped with the run they belong to, so moving to another run costs nothing (no
 * clearing); one module-level memo per thread, like the scratch arrays (runs are synchronous).
 */
import type { AgentTraits } from './agentTraits';

/** Stamps restart (with a clear) before they would overflow an Int32. */
const MAX_STAMP = 0x3fffffff;

export class TraitMemo {
  private values: Float64Array;
  private stamps: Int32Array;
  private stamp = 0;
  private identity = '';
  private traits: AgentTraits | null = null;

  constructor(readonly nodeCount: number) {
    this.values = new Float64Array(3 * nodeCount);
    this.stamps = new Int32Array(nodeCount);
  }

  /** Serve `traits` (a run's population) from now on: keeps the entries if it is the same population as before. */
  open(traits: AgentTraits): void {
    this.traits = traits;
    if (traits.identity === this.identity) return;
    this.identity = traits.identity;
    if (++this.stamp > MAX_STAMP) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** The three traits of `agent` into traits.drawn, exactly as traits.drawAll(agent). */
  draw(agent: number): void {
    const traits = this.traits!;
    const drawn = traits.drawn;
    const values = this.values;
    const at = 3 * agent;
    if (this.stamps[agent] === this.stamp) {
      drawn[0] = values[at];
      drawn[1] = values[at + 1];
      drawn[2] = values[at + 2];
      return;
    }
    traits.drawAll(agent);
    values[at] = drawn[0];
    values[at + 1] = drawn[1];
    values[at + 2] = drawn[2];
    this.stamps[agent] = this.stamp;
  }
}

let memo: TraitMemo | null = null;

/** The thread's memo, serving `traits` over `nodeCount` agents. */
export function traitMemoFor(traits: AgentTraits, nodeCount: number): TraitMemo {
  if (memo === null || memo.nodeCount !== nodeCount) memo = new TraitMemo(nodeCount);
  memo.open(traits);
  return memo;
}
