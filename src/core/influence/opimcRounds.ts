/**
 * Driving OPIM-C's doubling rounds (the search itself, its bounds and its result are opimc.ts):
 * opimcRounds is the one round driver every way of drawing the sets shares, and
 * opimcOnThisThread / opimcSeeds draw them here, one after another. src/runtime/opimcOnDrawers.ts
 * has workers draw chunks of them instead. Kept apart from the search because the search only
 * decides how many sets each round needs and evaluates them; who draws them is the driver's.
 */
import type { Graph } from '../graph';
import type { StreamKey } from '../random';
import { InfluenceCancelledError } from './liveEdgeSamples';
import { rrRun, OpimcSearch, type OpimcOptions, type OpimcResult } from './opimc';
import { reverseArcInts } from './reverseLiveArcs';
import { PREPARE_BATCH, RRSampler, type LiveArcRule } from './rrSets';
import { RRCapError, type RRSetStore } from './rrSetStore';

/** One doubling round's share of the drawing: set indices from … want − 1 of both collections. */
export interface OpimcRound {
  from: number;
  want: number;
}

/**
 * The round driver every way of drawing shares (this thread below, worker threads in
 * src/runtime/opimcOnDrawers.ts): it yields each round's set indices for the caller to append to
 * search.r1 / search.r2 in index order, and evaluates the round when resumed. An RRCapError the
 * drawing threw, passed in with rounds.throw(), ends the search at the last evaluated round; any
 * other error ends it with that error.
 */
export function* opimcRounds(search: OpimcSearch): Generator<OpimcRound, OpimcResult, void> {
  for (let want = search.nextTarget(); want !== null; want = search.nextTarget()) {
    try {
      yield { from: search.r1.total, want };
    } catch (error) {
      if (!(error instanceof RRCapError)) throw error;
      search.stopCapped(error);
      break;
    }
    search.evaluate();
  }
  return search.result();
}

/** What draws the sets of both collections on this thread: RRSampler, or a sampler of joint sets. */
export interface SetSampler {
  prepare(firstRun: number, count: number): void;
  append(store: RRSetStore, run: number, othersAllocated: number): void;
}

/** OPIM-C's rounds with every set drawn on this thread by `sampler`. */
export function opimcOnThisThread(search: OpimcSearch, sampler: SetSampler, cancelled?: () => boolean): OpimcResult {
  const { r1, r2, firstRun } = search;
  const rounds = opimcRounds(search);
  for (let step = rounds.next(); ; ) {
    if (step.done === true) return step.value;
    const { from, want } = step.value;
    try {
      for (let i = from; i < want; i++) {
        if ((i & 4095) === 0 && cancelled?.()) throw new InfluenceCancelledError();
        // Runs rrRun(firstRun, i) and + 1 are consecutive: prepare the next PREPARE_BATCH runs at once (rrSets.ts).
        if ((i - from) % (PREPARE_BATCH / 2) === 0) sampler.prepare(rrRun(firstRun, i), Math.min(PREPARE_BATCH, 2 * (want - i)));
        sampler.append(r1, rrRun(firstRun, i), search.held() - r1.allocated);
        sampler.append(r2, rrRun(firstRun, i) + 1, search.held() - r2.allocated);
      }
    } catch (error) {
      step = rounds.throw(error);
      continue;
    }
    step = rounds.next();
  }
}

/** OPIM-C seeds for a live-arc rule (see opimc.ts), every set drawn on this thread. */
export function opimcSeeds(graph: Graph, rule: LiveArcRule, root: StreamKey, options: OpimcOptions): OpimcResult {
  const sampler = new RRSampler(graph, rule, root);
  const search = new OpimcSearch(graph.nodeCount, options, reverseArcInts(sampler.rev) + sampler.scratchInts);
  return opimcOnThisThread(search, sampler, options.cancelled);
}
