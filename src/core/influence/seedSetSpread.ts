/**
 * The live-edge estimate of any seed set: per sample, the sharers (the seeds and every node
 * their first wave recruits within the horizon, liveEdgeSamples.ts) and the reached (sharers plus
 * every audience member who saw one of their posts: the model's visibility coin of the arc,
 * shared or not). Used to put the heuristics on the same samples as the greedy set, and to check
 * the reduction against runDividend on configurations where it is exact.
 */
import type { DividendModelSpec } from '../dividend/dividendSpec';
import { resolveTies, tieArrays } from '../dividend/platformPresets';
import type { Graph } from '../graph';
import { draw, purposeKey, type StreamKey } from '../random';
import { SEED_WAVE, type LiveEdgeSamples } from './liveEdgeSamples';

/** Per-sample counts of one seed set (or of one seed set per sample). */
export interface SampleSpread {
  /** Sharers per sample (index s = run firstRun + s). */
  shared: Int32Array;
  /** Reached agents per sample. */
  reached: Int32Array;
}

/** Mean of an array of counts (0 for an empty array). */
export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length > 0 ? sum / values.length : 0;
}

const UNREACHED = -1;

/**
 * Sharers and reached of `seedsOf(run)` in every sample (seedsOf is called with the sample's run
 * index, so per-run seedings such as random or core fans use that run's seeds).
 */
export function seedSetSpread(
  graph: Graph,
  model: DividendModelSpec,
  live: LiveEdgeSamples,
  root: StreamKey,
  seedsOf: (run: number) => ArrayLike<number>,
): SampleSpread {
  const n = live.nodeCount;
  const R = live.sampleCount;
  const { offsets, targets, deadlines } = live;
  // Without deadlines the horizon is ignored (plain reachability), as in the greedy.
  const horizon = deadlines === null ? Infinity : live.horizon;
  const vis = tieArrays(resolveTies(model)).visibility;
  const shared = new Int32Array(R);
  const reached = new Int32Array(R);
  const level = new Int32Array(n);
  const seenOnly = new Uint8Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < R; s++) {
    const run = live.firstRun + s;
    const row = s * (n + 1);
    level.fill(UNREACHED);
    seenOnly.fill(0);
    let tail = 0;
    const seeds = seedsOf(run);
    if (horizon >= 0) {
      for (let i = 0; i < seeds.length; i++) {
        const v = seeds[i];
        if (level[v] !== UNREACHED) continue;
        level[v] = 0;
        queue[tail++] = v;
      }
    }
    // Level by level (a FIFO queue from level-0 sources), so each node gets its lowest level.
    for (let head = 0; head < tail; head++) {
      const u = queue[head];
      const d = level[u];
      if (d >= horizon) continue;
      const end = offsets[row + u + 1];
      for (let a = offsets[row + u]; a < end; a++) {
        if (deadlines !== null && deadlines[a] < d) continue;
        const w = targets[a];
        if (level[w] !== UNREACHED) continue;
        level[w] = d + 1;
        queue[tail++] = w;
      }
    }
    shared[s] = tail;
    // Audience members who saw a sharer's post: the model's visibility coin, whatever the share coin.
    const visKey = purposeKey(root, run, 'div:visible');
    let seen = 0;
    for (let q = 0; q < tail; q++) {
      const i = queue[q];
      const end = graph.offsets[i + 1];
      for (let a = graph.offsets[i]; a < end; a++) {
        const j = graph.targets[a];
        if (level[j] !== UNREACHED || seenOnly[j]) continue;
        const k = graph.tieKinds[a];
        const chance = graph.weights === null ? vis[k] : vis[k] * graph.weights[a];
        if (chance < 1 && draw(visKey, a, SEED_WAVE) >= chance) continue;
        seenOnly[j] = 1;
        seen++;
      }
    }
    reached[s] = tail + seen;
  }
  return { shared, reached };
}
