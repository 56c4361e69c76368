/**
 * Random seeding: `count` distinct nodes drawn uniformly, a fresh draw on every run.
 *
 * A partial Fisher–Yates shuffle driven by purposeStream(root, run, 'seeding:random'): the
 * i-th seed depends only on the first i draws, so on the same run a strategy with 10 random
 * seeds gets exactly the first 10 seeds of a strategy with 20 (common random numbers).
 * Only the displaced entries are stored, so the cost is O(count), not O(nodeCount).
 */
import { purposeStream, type StreamKey } from '../random';

/** `count` (≤ nodeCount) distinct random nodes for run `run`. */
export function randomSeeds(nodeCount: number, count: number, root: StreamKey, run: number): Int32Array {
  const k = Math.min(count, nodeCount);
  const seeds = new Int32Array(k);
  const rng = purposeStream(root, run, 'seeding:random');
  // displaced.get(j) = the node currently at position j of the virtual shuffled array.
  const displaced = new Map<number, number>();
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(nodeCount - i);
    const atJ = displaced.get(j) ?? j;
    const atI = displaced.get(i) ?? i;
    seeds[i] = atJ;
    displaced.set(j, atI);
    displaced.delete(i); // position i is final and never read again
  }
  return seeds;
}
