/**
 * Which part of a run, sweep or frontier a shard computes. Shard I of N (0-based, as Kubernetes
 * completion indices) covers a contiguous block of the units (run indices, grid points or frontier
 * batches): a pure function of I, N and the unit count, never of timing or machine, so any set of
 * machines computes the same blocks and the merge places them by index.
 */

export interface ShardSpec {
  /** 0-based shard index, 0 ≤ index < count. */
  index: number;
  /** Number of shards. */
  count: number;
}

/** Most shards of one computation (a bound for typos, not for machines). */
const MAX_SHARDS = 100_000;

/** Parse `I/N`; returns an error sentence instead of throwing, so callers phrase it as a user error. */
export function parseShard(text: string): ShardSpec | string {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (match === null) return `--shard: must be I/N with 0 ≤ I < N, e.g. 0/4 (got "${text.slice(0, 20)}")`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) return `--shard: N must be between 1 and ${MAX_SHARDS} (got ${count})`;
  if (index >= count) return `--shard: I must be between 0 and N − 1 = ${count - 1} (got ${index}; shards are numbered from 0)`;
  return { index, count };
}

/** Units [first, end) of shard `index` of `count` over `total` units: equal blocks, the first ones one longer. */
export function shardRange(total: number, shard: ShardSpec): { first: number; end: number } {
  const base = Math.floor(total / shard.count);
  const extra = total % shard.count;
  const first = shard.index * base + Math.min(shard.index, extra);
  return { first, end: first + base + (shard.index < extra ? 1 : 0) };
}
