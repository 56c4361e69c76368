/**
 * Linear Threshold model with per-node thresholds (Granovetter 1978; Watts 2002).
 *
 * Each node v has a threshold θ_v drawn uniformly from [φ − spread, φ + spread] and clipped
 * to [0, 1] (spread 0 → every θ_v = φ, Watts' uniform-threshold setting). Seeds are active
 * at step 0. Updates are synchronous: v activates at step t when
 *   (active in-neighbours as of t−1, weighted by arc weight if the graph has weights)
 *   / (in-degree, or total in-weight)  ≥  θ_v
 * and v has at least one active in-neighbour (Watts' rule: a node with θ = 0 still needs
 * a neighbour to move; nodes without in-neighbours only ever activate as seeds).
 * Reached = seeds ∪ nodes that had at least one active in-neighbour (as of the step before).
 *
 * Common random numbers: θ_v = f(draw(purposeKey(root, run, 'lt:threshold'), v)), so every
 * strategy compared on run r faces the same thresholds.
 */
import type { Graph } from '../graph';
import { draw, purposeKey, type StreamKey } from '../random';
import type { RunOutcome } from '../runOutcome';
import { newTimeline } from '../runOutcome';
import type { LinearThresholdSpec } from './modelSpec';
import { activateSeeds, finishRun, recordStep, totalInWeight } from './canonicalRun';
import { acquireScratch, STATE_ACTIVE, STATE_LISTED, STATE_REACHED } from './modelScratch';

/** θ = clip(φ + spread·(2u − 1), 0, 1) for a uniform u. */
function threshold(phi: number, spread: number, u: number): number {
  const x = phi + spread * (2 * u - 1);
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Run one Linear Threshold cascade. See the module comment for the semantics. */
export function runLinearThreshold(
  graph: Graph,
  spec: LinearThresholdSpec,
  seeds: Int32Array,
  steps: number,
  root: StreamKey,
  run: number,
): RunOutcome {
  if (graph.fullyMixed) return runFullyMixed(graph.nodeCount, spec, seeds, steps, root, run);

  const { state, queue, candidates, influence } = acquireScratch(graph.nodeCount, true);
  const { offsets, targets, weights } = graph;
  const inTotal = totalInWeight(graph);
  const key = purposeKey(root, run, 'lt:threshold');
  const phi = spec.threshold;
  const spread = spec.thresholdSpread;
  const timeline = newTimeline(steps);
  let active = activateSeeds(seeds, state, queue);
  let reached = active;
  recordStep(timeline, 0, reached, active);

  // Imported constants are live module bindings that V8 re-checks on every access: use locals.
  const ACTIVE = STATE_ACTIVE;
  const REACHED = STATE_REACHED;
  const LISTED = STATE_LISTED;
  let lo = 0; // frontier = queue[lo, hi): nodes activated at the previous step
  let hi = active;
  let lastChange = 0;
  let t = 1;
  for (; t <= steps; t++) {
    // Only a new activation can raise anyone's active share, so an empty frontier is final.
    if (lo === hi) break;
    const reachedBefore = reached;
    const activeBefore = active;
    // 1. The frontier's influence reaches its out-neighbours; list each touched node once.
    let listed = 0;
    for (let i = lo; i < hi; i++) {
      const u = queue[i];
      const end = offsets[u + 1];
      for (let a = offsets[u]; a < end; a++) {
        const v = targets[a];
        const s = state[v];
        if (s & ACTIVE) continue;
        influence[v] += weights === null ? 1 : weights[a];
        if (!(s & LISTED)) {
          if (!(s & REACHED)) reached++;
          state[v] = s | LISTED | REACHED;
          candidates[listed++] = v;
        }
      }
    }
    // 2. Synchronous decisions: influence now reflects exactly the nodes active as of t−1,
    //    and only nodes whose influence just grew can newly cross their threshold.
    for (let i = 0; i < listed; i++) {
      const v = candidates[i];
      const theta = spread === 0 ? phi : threshold(phi, spread, draw(key, v));
      if (influence[v] / inTotal[v] >= theta) {
        state[v] = ACTIVE | REACHED;
        queue[active++] = v;
      } else {
        state[v] &= ~LISTED;
      }
    }
    lo = hi;
    hi = active;
    recordStep(timeline, t, reached, active);
    if (reached !== reachedBefore || active !== activeBefore) lastChange = t;
  }
  return finishRun(timeline, steps, t, reached, active, lastChange);
}

/**
 * Fully mixed population: every inactive node sees the same share A/(n−1) (A = active
 * nodes). Then the nodes active after step t are the seeds plus the non-seeds with
 * θ ≤ A(t−1)/(n−1), so sorting the non-seed thresholds once gives every step by a pointer walk.
 * Reached = all n nodes from the first step on (everyone sees every active node).
 */
function runFullyMixed(
  n: number,
  spec: LinearThresholdSpec,
  seeds: Int32Array,
  steps: number,
  root: StreamKey,
  run: number,
): RunOutcome {
  const { state, queue } = acquireScratch(n, false);
  const timeline = newTimeline(steps);
  const seedCount = activateSeeds(seeds, state, queue);
  let active = seedCount;
  let reached = active;
  recordStep(timeline, 0, reached, active);

  const key = purposeKey(root, run, 'lt:threshold');
  const sorted = new Float64Array(n - seedCount);
  for (let v = 0, j = 0; v < n; v++) {
    if (state[v] & STATE_ACTIVE) continue;
    sorted[j++] = spec.thresholdSpread === 0 ? spec.threshold : threshold(spec.threshold, spec.thresholdSpread, draw(key, v));
  }
  sorted.sort();

  let crossed = 0; // non-seeds whose threshold has been met
  let lastChange = 0;
  let t = 1;
  for (; t <= steps; t++) {
    if (active === 0 || n < 2) break; // no active node, or nobody to influence
    const share = active / (n - 1);
    while (crossed < sorted.length && sorted[crossed] <= share) crossed++;
    const nextActive = seedCount + crossed;
    if (nextActive === active && reached === n) break; // fixed point
    active = nextActive;
    reached = n;
    recordStep(timeline, t, reached, active);
    lastChange = t;
  }
  return finishRun(timeline, steps, t, reached, active, lastChange);
}
