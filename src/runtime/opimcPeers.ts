/**
 * OPIM-C on the page's warm pool (pool.browser.ts): the first worker holds the search (the two
 * collections and the greedy selection) and draws chunks itself; every other worker of the pool
 * ("peer") draws chunks too, over a MessagePort the page hands both ends of. The chunking, the
 * index-order append and the rounds are opimcOnDrawers.ts's — the code the CLI's threads run — so
 * the seeds, bounds and counts do not depend on the number of workers.
 *
 * The page has no SharedArrayBuffer (no cross-origin isolation), so each peer gets its own copy of
 * the reverse arc layout and of the rule's arrays, made once by the first worker and transferred
 * (never structured-cloned: at a million people the layout is ~100 MB); the chunks come back
 * transferred too. Uses MessagePort and MessageChannel only, so it runs in Node as well (tests).
 */
import type { Graph } from '../core/graph';
import type { OpimcOptions, OpimcResult } from '../core/influence/opimc';
import { drawRRChunk, type RRChunk } from '../core/influence/rrChunk';
import { reverseLiveArcs, type ReverseLiveArcs } from '../core/influence/reverseLiveArcs';
import { RRSampler, type LiveArcRule } from '../core/influence/rrSets';
import type { StreamKey } from '../core/random';
import { opimcSearchFor } from './opimcBestSeeds';
import { opimcOnDrawers, type RRChunkDrawer } from './opimcOnDrawers';

/** What the first worker says to a peer. */
type ToPeer = { type: 'init'; rev: ReverseLiveArcs; rule: LiveArcRule; root: StreamKey; firstRun: number } | { type: 'chunk'; from: number; to: number } | { type: 'end' };

/** A copy of `a` whose buffer may be transferred (the original stays with the sender). */
function own<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(a: T): T {
  return a.slice() as T;
}

/** The init message for one peer with fresh copies of every array, and the buffers to transfer. */
function initMessage(rev: ReverseLiveArcs, rule: LiveArcRule, root: StreamKey, firstRun: number): [ToPeer, ArrayBuffer[]] {
  const copy: ReverseLiveArcs = {
    nodeCount: rev.nodeCount,
    arcCount: rev.arcCount,
    aloneShare: rev.aloneShare,
    offsets: own(rev.offsets),
    packed: own(rev.packed),
    deadAfter: own(rev.deadAfter),
    nodeInfo: own(rev.nodeInfo),
  };
  const ruleCopy: LiveArcRule = {
    ...rule,
    visibility: own(rule.visibility),
    shareByTie: own(rule.shareByTie),
    engaged: rule.engaged && own(rule.engaged),
    base: rule.base && own(rule.base),
  };
  const arrays = [copy.offsets, copy.packed, copy.deadAfter, copy.nodeInfo, ruleCopy.visibility, ruleCopy.shareByTie, ruleCopy.engaged, ruleCopy.base];
  const buffers = arrays.filter((a) => a !== null).map((a) => a.buffer as ArrayBuffer);
  return [{ type: 'init', rev: copy, rule: ruleCopy, root, firstRun }, buffers];
}

/** The buffers of a chunk (drawRRChunk allocates plain, unshared ones). */
function chunkBuffers(chunk: RRChunk): ArrayBuffer[] {
  return [chunk.flat1, chunk.sizes1, chunk.flat2, chunk.sizes2].map((a) => a.buffer as ArrayBuffer);
}

/**
 * A peer as a drawer (first-worker side). A peer answers in the order asked, so its answers resolve
 * the requests first come, first served; the first worker hands each peer two requests at a time
 * (opimcWithPeers), so a peer has its next chunk to draw while its answer waits for the first
 * worker to finish a chunk of its own.
 */
function peerDrawer(port: MessagePort): RRChunkDrawer {
  const pending: ((chunk: RRChunk) => void)[] = [];
  port.onmessage = (event: MessageEvent<RRChunk>) => pending.shift()?.(event.data);
  return {
    draw: (from, to) =>
      new Promise<RRChunk>((resolve) => {
        pending.push(resolve);
        port.postMessage({ type: 'chunk', from, to } satisfies ToPeer);
      }),
  };
}

/**
 * This worker as a drawer: a chunk drawn here, after a turn of the event loop (a message to
 * itself, not a timer: nested timers are clamped to 4 ms), so the peers' chunks that arrived
 * meanwhile are appended and the peers get their next request without waiting for ours.
 */
function localDrawer(sampler: RRSampler, firstRun: number, tick: MessageChannel): RRChunkDrawer {
  const waiting: (() => void)[] = [];
  tick.port1.onmessage = () => waiting.shift()?.();
  return {
    draw: async (from, to) => {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        tick.port2.postMessage(null);
      });
      return drawRRChunk(sampler, firstRun, from, to);
    },
  };
}

/**
 * OPIM-C for `rule` with the sets drawn here and on the peers behind `ports` (each: a port whose
 * other end a peer serves with serveRRChunks). The ports are told to end and closed when done.
 */
export async function opimcWithPeers(graph: Graph, rule: LiveArcRule, root: StreamKey, options: OpimcOptions, ports: readonly MessagePort[]): Promise<OpimcResult> {
  const rev = reverseLiveArcs(graph, rule);
  const search = opimcSearchFor(rev, rule, options, 1 + ports.length);
  const tick = new MessageChannel();
  const drawers: RRChunkDrawer[] = [localDrawer(new RRSampler(rev, rule, root), search.firstRun, tick)];
  try {
    for (const port of ports) {
      const [init, buffers] = initMessage(rev, rule, root, search.firstRun);
      port.postMessage(init, buffers);
      const peer = peerDrawer(port);
      // Twice: two requests in flight per peer (see peerDrawer).
      drawers.push(peer, peer);
    }
    return await opimcOnDrawers(search, drawers, options.cancelled);
  } finally {
    tick.port1.close();
    for (const port of ports) {
      port.postMessage({ type: 'end' } satisfies ToPeer);
      port.close();
    }
  }
}

/** A peer's side: draw the chunks asked for on `port` until told to end (then the layout is let go). */
export function serveRRChunks(port: MessagePort): Promise<void> {
  return new Promise((resolve) => {
    let sampler: RRSampler | null = null;
    let firstRun = 0;
    port.onmessage = (event: MessageEvent<ToPeer>) => {
      const message = event.data;
      if (message.type === 'init') {
        sampler = new RRSampler(message.rev, message.rule, message.root);
        firstRun = message.firstRun;
      } else if (message.type === 'chunk') {
        if (sampler === null) throw new Error('RR-set peer: a chunk before init');
        const chunk = drawRRChunk(sampler, firstRun, message.from, message.to);
        port.postMessage(chunk, chunkBuffers(chunk));
      } else {
        sampler = null;
        port.onmessage = null;
        port.close();
        resolve();
      }
    };
  });
}
