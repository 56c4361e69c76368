/**
 * Organic demand: the people who buy during the simulated period with no campaign at all, and
 * when. Every run reports its lift over this baseline (Libai, Muller & Peres 2013: much of what a
 * seeding programme "sells" would have been bought anyway, only later — acceleration, not
 * expansion).
 *
 * Each person is an organic buyer with probability `organicDemand`, at a uniform step of the
 * horizon, drawn from one stream per (seed, run) by geometric skipping (O(n · demand)). The
 * strategy never enters, so every strategy of a run — and the do-nothing world — has the same
 * organic buyers (common random numbers): a do-nothing strategy's lift is exactly 0.
 */
import { purposeStream, type StreamKey } from '../random';

export interface OrganicBuyers {
  /** Organic buyers, ordered by the step at which they buy (then by index). */
  readonly nodes: Int32Array;
  /** The step of each (parallel to nodes). */
  readonly steps: Int32Array;
}

const NONE: OrganicBuyers = { nodes: new Int32Array(0), steps: new Int32Array(0) };

/** The organic buyers of run `run` among `nodeCount` people over steps 0 … steps. */
export function organicBuyers(nodeCount: number, demand: number, steps: number, root: StreamKey, run: number): OrganicBuyers {
  if (demand <= 0 || nodeCount === 0) return NONE;
  const rng = purposeStream(root, run, 'div:organic');
  const found: number[] = [];
  const when: number[] = [];
  for (let j = rng.geometric(demand); j < nodeCount; j += 1 + rng.geometric(demand)) {
    found.push(j);
    when.push(rng.int(steps + 1));
  }
  // Counting sort by step keeps index order within a step.
  const count = new Int32Array(steps + 2);
  for (const s of when) count[s + 1]++;
  for (let s = 0; s <= steps; s++) count[s + 1] += count[s];
  const nodes = new Int32Array(found.length);
  const at = new Int32Array(found.length);
  for (let k = 0; k < found.length; k++) {
    const slot = count[when[k]]++;
    nodes[slot] = found[k];
    at[slot] = when[k];
  }
  return { nodes, steps: at };
}
