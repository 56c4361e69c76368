/**
 * worker_threads entry point that draws chunks of reverse-reachable sets for OPIM-C
 * (src/runtime/rrSetsParallel.node.ts). It receives the reverse arc layout once, on
 * SharedArrayBuffers (one copy for every thread), with the live-arc rule and the scenario's root
 * key, then answers chunk requests with the sets, transferring their buffers back.
 */
import { parentPort } from 'node:worker_threads';
import { drawRRChunk } from '../src/core/influence/rrChunk';
import { RRSampler, type LiveArcRule } from '../src/core/influence/rrSets';
import type { ReverseLiveArcs } from '../src/core/influence/reverseLiveArcs';
import type { StreamKey } from '../src/core/random';
import { makeFirstTransfer } from '../src/runtime/firstTransfer';

// Before any hot loop is optimised (firstTransfer.ts).
makeFirstTransfer();

if (parentPort === null) throw new Error('rrSets.node.ts must run in a worker thread');
const port = parentPort;

export type RRWorkerMessage =
  | { type: 'init'; rev: ReverseLiveArcs; rule: LiveArcRule; root: StreamKey; firstRun: number }
  | { type: 'chunk'; from: number; to: number };

let sampler: RRSampler | null = null;
let firstRun = 0;

port.on('message', (message: RRWorkerMessage) => {
  if (message.type === 'init') {
    sampler = new RRSampler(message.rev, message.rule, message.root);
    firstRun = message.firstRun;
    port.postMessage({ type: 'ready', scratchInts: sampler.scratchInts });
    return;
  }
  if (sampler === null) throw new Error('rrSets worker: chunk before init');
  const chunk = drawRRChunk(sampler, firstRun, message.from, message.to);
  // drawRRChunk allocates plain ArrayBuffers (never shared): safe to transfer.
  const buffers = [chunk.flat1, chunk.sizes1, chunk.flat2, chunk.sizes2].map((a) => a.buffer as ArrayBuffer);
  port.postMessage({ type: 'chunk', chunk }, buffers);
});
