/**
 * OPIM-C (src/core/influence/opimc.ts) with its reverse-reachable sets drawn by workers, for every
 * kind of worker: Node's worker threads (rrSetsParallel.node.ts) and the page's Web Workers
 * (opimcPage.ts, workers/simulation.worker.ts). A worker is only a `RRChunkDrawer` here — "draw the
 * sets of indices from … to−1" answered with a promise — so the chunking, the index-order append and
 * the round driver (opimcRounds) exist once.
 *
 * Each doubling round is cut into chunks of RR_CHUNK set indices (both collections), handed out to
 * whichever drawer is free, and appended to the collections in index order as soon as every
 * earlier chunk has arrived. Set i is always the same run index (opimc.ts rrRun) and a sampler is a
 * pure function of its inputs, so the seeds, bounds and counts are identical for any number of
 * drawers — and to opimcSeeds on one thread (tested).
 */
import { InfluenceCancelledError } from '../core/influence/liveEdgeSamples';
import type { OpimcResult, OpimcSearch } from '../core/influence/opimc';
import { opimcRounds } from '../core/influence/opimcRounds';
import type { RRChunk } from '../core/influence/rrChunk';
import type { LiveArcRule } from '../core/influence/rrSets';

/** Set indices per chunk (R1 and R2 each): large enough that messaging is negligible, small enough to balance. */
export const RR_CHUNK = 2048;

/**
 * Something that draws chunks of RR sets. drawUpTo waits for each entry of its list before asking
 * it again; a drawer that can take two requests at once is listed twice (opimcPeers.ts).
 */
export interface RRChunkDrawer {
  draw(from: number, to: number): Promise<RRChunk>;
}

/** Scratch integers one drawer's sampler holds (marks, queue, bucket queue) — counted per drawer against the cap. */
export function scratchPerDrawer(n: number, rule: LiveArcRule): number {
  return (rule.base === null ? 2 : 3) * n + 4096;
}

/**
 * Run `search` to its end with the sets drawn by `drawers` (≥ 1). A drawer's rejection, or
 * `cancelled`, rejects; the caller ends its workers (a chunk in flight is then never appended).
 */
export async function opimcOnDrawers(search: OpimcSearch, drawers: readonly RRChunkDrawer[], cancelled?: () => boolean): Promise<OpimcResult> {
  if (drawers.length === 0) throw new RangeError('opimcOnDrawers: no drawer');
  const { r1, r2 } = search;
  const append = (chunk: RRChunk) => {
    r1.addChunk(chunk.flat1, chunk.sizes1, search.held() - r1.allocated);
    r2.addChunk(chunk.flat2, chunk.sizes2, search.held() - r2.allocated);
  };
  const rounds = opimcRounds(search);
  for (let step = rounds.next(); ; ) {
    if (step.done === true) return step.value;
    try {
      await drawUpTo(drawers, step.value.from, step.value.want, append, cancelled);
    } catch (error) {
      step = rounds.throw(error);
      continue;
    }
    step = rounds.next();
  }
}

/**
 * Draw set indices from … want−1 in chunks over the drawers; `append` receives the chunks in index
 * order. The first failure (a drawer, `append` at the memory cap, `cancelled`) rejects and stops
 * handing out chunks.
 */
export async function drawUpTo(drawers: readonly RRChunkDrawer[], from: number, want: number, append: (chunk: RRChunk) => void, cancelled?: () => boolean): Promise<void> {
  let next = from;
  let appended = from;
  let failed = false;
  const waiting = new Map<number, RRChunk>();
  const serve = async (drawer: RRChunkDrawer) => {
    while (!failed && next < want) {
      if (cancelled?.()) throw new InfluenceCancelledError();
      const start = next;
      next = Math.min(want, start + RR_CHUNK);
      const chunk = await drawer.draw(start, next);
      if (failed) return;
      waiting.set(chunk.from, chunk);
      for (let c = waiting.get(appended); c !== undefined; c = waiting.get(appended)) {
        waiting.delete(appended);
        append(c);
        appended = c.to;
      }
    }
  };
  await Promise.all(
    drawers.map((drawer) =>
      serve(drawer).catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
}
