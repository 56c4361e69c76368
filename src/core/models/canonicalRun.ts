/**
 * Bookkeeping shared by the canonical models (independent cascade, linear threshold, Bass):
 * activating the seeds, writing one timeline entry per step and assembling the RunOutcome.
 *
 * In these models an active node counts as both shared and converted, seeds are active
 * and reached at step 0, and nobody churns.
 */
import type { Graph } from '../graph';
import { fillTimelineFrom, type RunOutcome, type Timeline } from '../runOutcome';
import { STATE_ACTIVE, STATE_REACHED } from './modelScratch';

/**
 * Mark the seeds active and reached and append them to `queue`.
 * Returns how many distinct seeds were activated (a repeated seed counts once).
 */
export function activateSeeds(seeds: Int32Array, state: Uint8Array, queue: Int32Array): number {
  let count = 0;
  for (let i = 0; i < seeds.length; i++) {
    const s = seeds[i];
    if (state[s] & STATE_ACTIVE) continue;
    state[s] = STATE_ACTIVE | STATE_REACHED;
    queue[count++] = s;
  }
  return count;
}

/** Write the cumulative counts of step `t`. */
export function recordStep(timeline: Timeline, t: number, reached: number, active: number): void {
  timeline.reached[t] = reached;
  timeline.shared[t] = active;
  timeline.converted[t] = active;
}

/**
 * Finish a run: if it stopped before the horizon (`stoppedAt` ≤ steps), carry the last
 * values to the end of the timeline. `lastChange` is the last step at which anything changed.
 */
export function finishRun(
  timeline: Timeline,
  steps: number,
  stoppedAt: number,
  reached: number,
  active: number,
  lastChange: number,
): RunOutcome {
  if (stoppedAt <= steps) fillTimelineFrom(timeline, stoppedAt);
  return { reached, shared: active, converted: active, churned: 0, steps: lastChange, timeline };
}

const inWeightCache = new WeakMap<Graph, Float64Array>();

/**
 * Total in-weight per node: the denominator of "share of in-neighbours active".
 * Unweighted graphs use the in-degree directly; weighted graphs sum arc weights once per
 * graph (cached, since a network is shared by every run of a scenario).
 */
export function totalInWeight(graph: Graph): Int32Array | Float64Array {
  const weights = graph.weights;
  if (weights === null) return graph.inDegree;
  let total = inWeightCache.get(graph);
  if (total === undefined) {
    total = new Float64Array(graph.nodeCount);
    const targets = graph.targets;
    for (let a = 0; a < targets.length; a++) total[targets[a]] += weights[a];
    inWeightCache.set(graph, total);
  }
  return total;
}
