/**
 * One strategy's replay, prepared for drawing: its trace plus the indexes built once from it
 * (events by step, counts, cluster entries, who is a seed, who was a bridge).
 */
import { REACHED_BY_BRAND, type DividendTrace } from '../../core/dividend/dividendOutcome';
import type { NetworkPicture } from '../../layout/networkPicture';
import { clusterEntries, type ClusterEntry } from './clusterEntries';
import { buildReplayIndex, type ReplayIndex } from './replayIndex';

/** What the app hands the view per strategy. */
export interface ReplayStrategyInput {
  name: string;
  /** CSS colour of the strategy (its palette colour, see theme.ts). */
  color: string;
  /** The trace of the representative run (runDividend with {trace: true}). */
  trace: DividendTrace;
  /**
   * The strategy's seed users on that run. Optional: without it, seeds are the non-KOL nodes the
   * brand reached directly (reachedBy = REACHED_BY_BRAND) — which misses a seed that another
   * seed's post reached first in the same step.
   */
  seeds?: Int32Array | null;
}

export interface StrategyReplay {
  readonly name: string;
  readonly color: string;
  readonly trace: DividendTrace;
  readonly index: ReplayIndex;
  /** 1 for the strategy's seed users. */
  readonly isSeed: Uint8Array;
  readonly seeds: Int32Array;
  /** KOL accounts the brand made post (hired). */
  readonly hiredKols: Int32Array;
  readonly entries: ClusterEntry[];
  /** Bridge nodes: node → the groups it carried the content into first. */
  readonly bridges: Map<number, number[]>;
}

export function prepareStrategy(input: ReplayStrategyInput, picture: NetworkPicture): StrategyReplay {
  const { trace } = input;
  const n = picture.nodeCount;
  if (trace.reachedStep.length !== n)
    throw new RangeError(`trace of "${input.name}" has ${trace.reachedStep.length} nodes, the network ${n}`);
  const isKol = new Uint8Array(n);
  for (const k of picture.kolNodes) isKol[k] = 1;
  const isSeed = new Uint8Array(n);
  if (input.seeds) {
    for (const s of input.seeds) if (s >= 0 && s < n) isSeed[s] = 1;
  } else {
    for (let i = 0; i < n; i++) if (trace.reachedBy[i] === REACHED_BY_BRAND && !isKol[i]) isSeed[i] = 1;
  }
  const seeds: number[] = [];
  for (let i = 0; i < n; i++) if (isSeed[i]) seeds.push(i);
  const hiredKols = picture.kolNodes.filter((k) => trace.reachedBy[k] === REACHED_BY_BRAND);
  const entries = clusterEntries(trace, picture.group, picture.groupCount, picture.kolNodes);
  const bridges = new Map<number, number[]>();
  for (const e of entries) {
    if (!e.bridged) continue;
    const list = bridges.get(e.from);
    if (list) list.push(e.group);
    else bridges.set(e.from, [e.group]);
  }
  return {
    name: input.name,
    color: input.color,
    trace,
    index: buildReplayIndex(trace),
    isSeed,
    seeds: Int32Array.from(seeds),
    hiredKols,
    entries,
    bridges,
  };
}
