/**
 * Bass diffusion (Bass 1969) as an agent-based model on a network.
 *
 * Seeds have adopted at step 0. At each step t ≥ 1 every non-adopter v adopts with
 * probability  p + q · (adopted share of v's in-neighbours as of step t−1)
 * (share weighted by arc weight if the graph has weights; nodes without in-neighbours
 * have share 0, so only p acts on them). On a fully mixed population the share is the
 * adopted fraction of the whole population, A(t−1)/n, which gives the Bass curve F(t).
 *
 * Reached counts word-of-mouth exposure, not advertising: adopters ∪ nodes with at least
 * one in-neighbour that had adopted by the step before (on a fully mixed population:
 * all n nodes from the step after the first adoption). External influence p alone does
 * not mark a node reached unless it adopts.
 *
 * Common random numbers: v's coin at step t is `draw(purposeKey(root, run, 'bass:adopt'), v, t)`.
 * A run stops early only when everybody has adopted, or when no hazard can become positive
 * any more (p = 0 and no adopter can influence anyone, or p = q = 0).
 */
import type { Graph } from '../graph';
import { purposeKey, type StreamKey } from '../random';
import type { RunOutcome } from '../runOutcome';
import { newTimeline } from '../runOutcome';
import type { BassSpec } from './modelSpec';
import { activateSeeds, finishRun, recordStep, totalInWeight } from './canonicalRun';
import { acquireScratch, STATE_ACTIVE, STATE_LISTED, STATE_REACHED } from './modelScratch';
import { coinBits, subMix } from '../hash';

const TWO_POW_32 = 4294967296;
// drawBits(key, v, t) with the key as two words and the step's sub term hoisted (hash.ts), read
// once into module-local consts: it runs for every candidate of every step.
const adoptionBits = coinBits;
const stepMix = subMix;

/** Run one Bass diffusion. See the module comment for the semantics. */
export function runBass(
  graph: Graph,
  spec: BassSpec,
  seeds: Int32Array,
  steps: number,
  root: StreamKey,
  run: number,
): RunOutcome {
  const n = graph.nodeCount;
  const { state, queue, candidates, influence } = acquireScratch(n, !graph.fullyMixed);
  const timeline = newTimeline(steps);
  let active = activateSeeds(seeds, state, queue);
  let reached = active;
  recordStep(timeline, 0, reached, active);

  const p = spec.innovation;
  const q = spec.imitation;
  // Candidates are the non-adopters that may adopt: everyone when p > 0 or the population
  // is fully mixed; otherwise only nodes with an adopted in-neighbour (listed as they appear).
  let listed = 0;
  if (p > 0 || graph.fullyMixed) {
    for (let v = 0; v < n; v++) {
      if (state[v] & STATE_ACTIVE) continue;
      state[v] |= STATE_LISTED;
      candidates[listed++] = v;
    }
  }

  const key = purposeKey(root, run, 'bass:adopt');
  const ka = key.a;
  const kb = key.b;
  const { offsets, targets, weights, fullyMixed } = graph;
  const inTotal = totalInWeight(graph);
  // Imported constants are live module bindings that V8 re-checks on every access
  // (several times slower inner loops, measured): use locals.
  const ACTIVE = STATE_ACTIVE;
  const REACHED = STATE_REACHED;
  const LISTED = STATE_LISTED;
  let lo = 0; // frontier = queue[lo, hi): adopters of the previous step
  let hi = active;
  let lastChange = 0;
  let t = 1;
  for (; t <= steps; t++) {
    const reachedBefore = reached;
    const activeBefore = active;
    let mixedHazard = 0;
    if (fullyMixed) {
      mixedHazard = p + (q * active) / n;
      const exposureDue = active > 0 && reached < n;
      if (!exposureDue && (listed === 0 || mixedHazard <= 0)) break;
    } else {
      const canAdopt = listed > 0 && (p > 0 || q > 0);
      if (lo === hi && !canAdopt) break;
      // Adopters of t−1 expose their audience; their share counts from now on.
      for (let i = lo; i < hi; i++) {
        const u = queue[i];
        const end = offsets[u + 1];
        for (let a = offsets[u]; a < end; a++) {
          const v = targets[a];
          const s = state[v];
          if (s & ACTIVE) continue;
          influence[v] += weights === null ? 1 : weights[a];
          if (!(s & REACHED)) reached++;
          if (!(s & LISTED)) candidates[listed++] = v;
          state[v] = s | REACHED | LISTED;
        }
      }
    }
    // Synchronous decisions: adoptions of step t only count from step t+1 on.
    // The coin is drawBits(key, v, t); bits < hazard·2^32 ⇔ draw < hazard exactly.
    const mixedStep = stepMix(t);
    let kept = 0;
    for (let i = 0; i < listed; i++) {
      const v = candidates[i];
      const hazard = fullyMixed ? mixedHazard : inTotal[v] > 0 ? p + (q * influence[v]) / inTotal[v] : p;
      const bits = adoptionBits(ka, kb, mixedStep, v);
      if (bits < hazard * TWO_POW_32) {
        if (!(state[v] & REACHED)) reached++;
        state[v] = ACTIVE | REACHED;
        queue[active++] = v;
      } else {
        candidates[kept++] = v;
      }
    }
    listed = kept;
    // Fully mixed: everyone sees the adopters of t−1; before any adoption nobody is exposed.
    if (fullyMixed) reached = activeBefore > 0 ? n : active;
    lo = hi;
    hi = active;
    recordStep(timeline, t, reached, active);
    if (reached !== reachedBefore || active !== activeBefore) lastChange = t;
  }
  return finishRun(timeline, steps, t, reached, active, lastChange);
}

