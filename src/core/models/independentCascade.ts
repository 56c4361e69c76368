/**
 * Independent Cascade (Kempe, Kleinberg & Tardos 2003).
 *
 * Discrete time. Seeds are active at step 0. At step t every node activated at step t−1
 * tries each of its out-arcs once; the arc a = u→v succeeds with probability p·w(a)
 * (w = arc weight, 1 when the graph is unweighted) and then v becomes active at step t.
 * Reached = seeds ∪ every node that received at least one attempt.
 *
 * Common random numbers: the coin of arc a in run r is `draw(purposeKey(root, r, 'ic:arc'), a)`,
 * a pure function of (seed, run, arc). The live-edge graph (arcs whose coin succeeds) is
 * therefore the same for every strategy compared on run r; only the seeds differ.
 */
import type { Graph } from '../graph';
import { arcCoinBits } from '../hash';
import { childKey, purposeKey, Stream, type StreamKey } from '../random';
import type { RunOutcome } from '../runOutcome';
import { newTimeline } from '../runOutcome';
import type { IndependentCascadeSpec } from './modelSpec';
import { activateSeeds, finishRun, recordStep } from './canonicalRun';
import { acquireScratch, STATE_ACTIVE, STATE_REACHED } from './modelScratch';

const TWO_POW_32 = 4294967296;
// Read once (see hash.ts): under a per-file module loader every read of an import is checked.
const arcCoin = arcCoinBits;

/** Run one Independent Cascade. See the module comment for the semantics. */
export function runIndependentCascade(
  graph: Graph,
  spec: IndependentCascadeSpec,
  seeds: Int32Array,
  steps: number,
  root: StreamKey,
  run: number,
): RunOutcome {
  if (graph.fullyMixed) return runFullyMixed(graph.nodeCount, spec.probability, seeds, steps, root, run);

  const { state, queue } = acquireScratch(graph.nodeCount, false);
  const { offsets, targets, weights } = graph;
  const timeline = newTimeline(steps);
  let active = activateSeeds(seeds, state, queue);
  let reached = active;
  recordStep(timeline, 0, reached, active);

  // The coin of arc a is arcCoin(ka, kb, a) = drawBits(key, a), and draw < p·w ⇔ bits < (p·2^32)·w
  // exactly, since scaling by a power of two is exact. State codes rely on ACTIVE = 1, REACHED = 2.
  const key = purposeKey(root, run, 'ic:arc');
  const ka = key.a;
  const kb = key.b;
  const p = spec.probability;
  const cut = p * TWO_POW_32;

  // Imported constants are live module bindings that V8 re-checks on every access (4× slower
  // inner loop, measured): copy them to locals.
  const ACTIVE = STATE_ACTIVE;
  const REACHED = STATE_REACHED;
  let lo = 0; // frontier = queue[lo, hi): nodes activated at the previous step
  let hi = active;
  let lastChange = 0;
  let t = 1;
  for (; t <= steps; t++) {
    if (lo === hi) break; // nobody left to try: nothing can change any more
    const reachedBefore = reached;
    const activeBefore = active;
    // Branch-free on purpose: whether v is already active and whether the coin wins are both
    // unpredictable, and two mispredicted branches per arc cost more than the hash (1.6×
    // throughput, measured). `win` is 1 iff the coin succeeds on a node not yet active; the
    // queue has one spare entry for the tentative write. Two copies of the loop so the
    // unweighted one does not test for weights per arc (15%, measured).
    if (weights === null) {
      for (let i = lo; i < hi; i++) {
        const u = queue[i];
        const end = offsets[u + 1];
        for (let a = offsets[u]; a < end; a++) {
          const v = targets[a];
          const s = state[v]; // 0 untouched, REACHED, or ACTIVE | REACHED
          const win = +(arcCoin(ka, kb, a) < cut) & ~s & ACTIVE;
          reached += +(s === 0);
          state[v] = s | REACHED | win;
          queue[active] = v;
          active += win;
        }
      }
    } else {
      for (let i = lo; i < hi; i++) {
        const u = queue[i];
        const end = offsets[u + 1];
        for (let a = offsets[u]; a < end; a++) {
          const v = targets[a];
          const s = state[v];
          const win = +(arcCoin(ka, kb, a) < cut * weights[a]) & ~s & ACTIVE;
          reached += +(s === 0);
          state[v] = s | REACHED | win;
          queue[active] = v;
          active += win;
        }
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
 * Fully mixed population: each newly active node u makes one attempt on each of the other
 * n−1 nodes with probability p. The successes are visited by geometric skipping over the
 * n−1 candidates with a stream per (run, node), so a node costs O(n·p), not O(n), and the
 * outcome of u's attempts is again independent of the strategy. Every attempt is an
 * exposure, so as soon as one node posts, all n nodes are reached.
 */
function runFullyMixed(
  n: number,
  p: number,
  seeds: Int32Array,
  steps: number,
  root: StreamKey,
  run: number,
): RunOutcome {
  const { state, queue } = acquireScratch(n, false);
  const timeline = newTimeline(steps);
  let active = activateSeeds(seeds, state, queue);
  let reached = active;
  recordStep(timeline, 0, reached, active);

  const key = purposeKey(root, run, 'ic:mixed');
  const ACTIVE = STATE_ACTIVE;
  const others = n - 1;
  let lo = 0;
  let hi = active;
  let lastChange = 0;
  let t = 1;
  for (; t <= steps; t++) {
    if (lo === hi) break;
    const reachedBefore = reached;
    const activeBefore = active;
    reached = n;
    if (p > 0) {
      for (let i = lo; i < hi; i++) {
        const u = queue[i];
        const rng = new Stream(childKey(key, u));
        // Position k in [0, n−1) stands for the k-th node other than u.
        for (let k = rng.geometric(p); k < others; k += 1 + rng.geometric(p)) {
          const v = k < u ? k : k + 1;
          if (state[v] & ACTIVE) continue;
          state[v] = ACTIVE | STATE_REACHED;
          queue[active++] = v;
        }
      }
    }
    lo = hi;
    hi = active;
    recordStep(timeline, t, reached, active);
    if (reached !== reachedBefore || active !== activeBefore) lastChange = t;
  }
  return finishRun(timeline, steps, t, reached, active, lastChange);
}
