/**
 * A chunk of RR sets as one thread draws it for another (src/runtime/rrSetsParallel.node.ts):
 * set indices from … to−1 of both OPIM-C collections (R1 set i is run firstRun + 2i, R2 set i run
 * firstRun + 2i + 1, opimc.ts rrRun), each collection's sets laid end to end with their sizes.
 * The receiver appends chunks in index order (RRSetStore.addChunk), so the collections are the
 * ones a single thread draws, whichever thread drew each chunk.
 */
import { rrRun } from './opimc';
import { PREPARE_BATCH, type RRSampler } from './rrSets';

export interface RRChunk {
  from: number;
  to: number;
  flat1: Int32Array;
  sizes1: Int32Array;
  flat2: Int32Array;
  sizes2: Int32Array;
}

/** Draw chunk [from, to) with `sampler`. */
export function drawRRChunk(sampler: RRSampler, firstRun: number, from: number, to: number): RRChunk {
  const count = Math.max(0, to - from);
  const sizes1 = new Int32Array(count);
  const sizes2 = new Int32Array(count);
  const flat = [new Int32Array(4 * count + 16), new Int32Array(4 * count + 16)];
  const used = [0, 0];
  for (let i = 0; i < count; i++) {
    // Runs rrRun(firstRun, from + i) and + 1 are consecutive: prepare the next PREPARE_BATCH runs at once.
    if (i % (PREPARE_BATCH / 2) === 0) sampler.prepare(rrRun(firstRun, from + i), Math.min(PREPARE_BATCH, 2 * (count - i)));
    for (let c = 0; c < 2; c++) {
      const size = sampler.sample(rrRun(firstRun, from + i) + c);
      if (used[c] + size > flat[c].length) {
        const grown = new Int32Array(Math.max(2 * flat[c].length, used[c] + size));
        grown.set(flat[c].subarray(0, used[c]));
        flat[c] = grown;
      }
      sampler.copyLastSet(flat[c], used[c]);
      used[c] += size;
      (c === 0 ? sizes1 : sizes2)[i] = size;
    }
  }
  return { from, to, flat1: flat[0].slice(0, used[0]), sizes1, flat2: flat[1].slice(0, used[1]), sizes2 };
}
