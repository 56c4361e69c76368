/**
 * The community map's numbers at frame t: members of each group by state, kept up to date
 * incrementally (moving forward touches only the nodes with an event in between; moving back
 * recounts from scratch, O(n) once), so a 1M-node replay plays at frame rate.
 */
import type { DividendTrace } from '../../core/dividend/dividendOutcome';
import { nodeStateAt, STATE_COUNT, STATE_UNAWARE } from './nodeState';
import type { ReplayIndex } from './replayIndex';

export class CommunityTally {
  /** Members of group g in state s: counts[g · STATE_COUNT + s]. */
  readonly counts: Int32Array;
  /** The frame (integer step) `counts` describes; −1 = before anything happened. */
  private step = -1;

  constructor(
    private readonly trace: DividendTrace,
    private readonly index: ReplayIndex,
    private readonly group: Int32Array,
    private readonly groupSizes: Int32Array,
  ) {
    this.counts = new Int32Array(groupSizes.length * STATE_COUNT);
    this.reset();
  }

  private reset(): void {
    this.counts.fill(0);
    for (let g = 0; g < this.groupSizes.length; g++) this.counts[g * STATE_COUNT + STATE_UNAWARE] = this.groupSizes[g];
    this.step = -1;
  }

  /** Counts at frame `step` (fractional steps round down). */
  at(step: number): Int32Array {
    const target = Math.min(Math.floor(step), this.index.lastEvent);
    if (target < this.step) this.reset();
    const { eventStart, eventNodes } = this.index;
    for (let s = Math.max(this.step + 1, 0); s <= target; s++) {
      for (let e = eventStart[s]; e < eventStart[s + 1]; e++) {
        const node = eventNodes[e];
        const before = nodeStateAt(this.trace, node, s - 1);
        const after = nodeStateAt(this.trace, node, s);
        if (before === after) continue;
        const base = this.group[node] * STATE_COUNT;
        this.counts[base + before]--;
        this.counts[base + after]++;
      }
    }
    this.step = Math.max(target, -1);
    return this.counts;
  }
}

/** Transmissions between groups (reachedBy in one group, node in another), for the map's flow lines. */
export interface GroupFlows {
  /** The pairs drawn (unordered, a < b), the busiest first. */
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
  /** Final traffic per pair (both directions). */
  readonly total: Int32Array;
  /** Every cross-group transmission of the kept pairs, by step: its step and pair index. */
  readonly steps: Int32Array;
  readonly pairs: Int32Array;
}

/**
 * The `maxPairs` busiest group pairs over the whole replay and their transmissions. Brand and
 * ad reaches are not flows (they come from outside the network).
 */
export function buildGroupFlows(trace: DividendTrace, index: ReplayIndex, group: Int32Array, groupCount: number, maxPairs: number): GroupFlows {
  const pairOf = new Map<number, number>();
  const keys: number[] = [];
  const totals: number[] = [];
  const crossStep: number[] = [];
  const crossPair: number[] = [];
  const { reachedNodes, reachedStart, lastEvent } = index;
  for (let s = 0; s <= lastEvent; s++) {
    for (let k = reachedStart[s]; k < reachedStart[s + 1]; k++) {
      const node = reachedNodes[k];
      const from = trace.reachedBy[node];
      if (from < 0) continue;
      const a = group[from];
      const b = group[node];
      if (a === b) continue;
      const key = Math.min(a, b) * groupCount + Math.max(a, b);
      let p = pairOf.get(key);
      if (p === undefined) {
        p = keys.length;
        pairOf.set(key, p);
        keys.push(key);
        totals.push(0);
      }
      totals[p]++;
      crossStep.push(s);
      crossPair.push(p);
    }
  }
  const ranked = keys.map((_, p) => p).sort((x, y) => totals[y] - totals[x] || keys[x] - keys[y]).slice(0, maxPairs);
  const rank = new Int32Array(keys.length).fill(-1);
  ranked.forEach((p, r) => (rank[p] = r));
  const steps: number[] = [];
  const pairs: number[] = [];
  for (let k = 0; k < crossStep.length; k++) {
    const r = rank[crossPair[k]];
    if (r < 0) continue;
    steps.push(crossStep[k]);
    pairs.push(r);
  }
  return {
    pairA: Int32Array.from(ranked, (p) => Math.floor(keys[p] / groupCount)),
    pairB: Int32Array.from(ranked, (p) => keys[p] % groupCount),
    total: Int32Array.from(ranked, (p) => totals[p]),
    steps: Int32Array.from(steps),
    pairs: Int32Array.from(pairs),
  };
}

/**
 * Traffic per kept pair up to frame `step` (into `traffic`) and within the last `recentSteps`
 * steps (into `recent`). O(transmissions up to step).
 */
export function flowsAt(flows: GroupFlows, step: number, recentSteps: number, traffic: Int32Array, recent: Int32Array): void {
  traffic.fill(0);
  recent.fill(0);
  for (let k = 0; k < flows.steps.length; k++) {
    const s = flows.steps[k];
    if (s > step) break;
    traffic[flows.pairs[k]]++;
    if (s > step - recentSteps) recent[flows.pairs[k]]++;
  }
}
