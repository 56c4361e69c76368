/**
 * The decisions a money budget allows when KOL accounts enter at their price (`--kols at-fee`,
 * issue #15): the budget B = k × costPerSeed buys (a) one contiguous range of KOL ranks — exactly
 * what a strategy's `kols` lever can express (hire accounts fromRank … fromRank + hire − 1,
 * postingSchedule.ts hiredKols), or none — with total fee ≤ B, and (b) ordinary seed users with
 * the rest, ⌊(B − fees) / costPerSeed⌋ of them. A KOL costs its fee, kolBaseFee +
 * kolFeePerFollower × followers (seedProfiles.ts), never a seed user's price.
 *
 * The list is what opimcAtFee.ts branches over and what its union bound counts (one term per
 * range, plus "none"), so it is kept exact: every affordable range, in a fixed order (none first,
 * then by fromRank, then by hire).
 */
import type { DividendEconomics } from '../dividend/dividendSpec';
import type { Graph } from '../graph';

/** One affordable decision about KOLs and what it leaves for seed users. */
export interface KolRange {
  /** Rank of the first hired account (1 = the largest); 0 when none is hired. */
  fromRank: number;
  /** Accounts hired (0: none). */
  hire: number;
  /** Their nodes, in rank order. */
  nodes: Int32Array;
  /** Their fees together. */
  fee: number;
  /** Ordinary seed users the rest of the budget buys. */
  seedUsers: number;
}

/** More ranges than this are refused: each is one greedy per OPIM-C round. */
export const MAX_KOL_RANGES = 20_000;

/** Money is compared with this relative slack, so that a fee of exactly the budget (in floating point) is affordable. */
const MONEY_SLACK = 1e-9;

/** The fee of the KOL account `node`: kolBaseFee + kolFeePerFollower × followers (its out-arcs). */
export function kolFeeOf(graph: Graph, node: number, prices: DividendEconomics): number {
  return prices.kolBaseFee + prices.kolFeePerFollower * (graph.offsets[node + 1] - graph.offsets[node]);
}

/** Seed users that `money` buys at costPerSeed each (whole accounts, floating-point slack allowed). */
export function seedUsersFor(money: number, costPerSeed: number): number {
  return Math.max(0, Math.floor(money / costPerSeed + MONEY_SLACK));
}

/**
 * Every affordable decision for a budget of `k` seed users' worth of money (B = k × costPerSeed):
 * none (k seed users) first, then each contiguous range with total fee ≤ B. Throws a RangeError
 * naming the field for prices that make no budget (costPerSeed ≤ 0) or for too many ranges.
 */
export function affordableKolRanges(graph: Graph, prices: DividendEconomics, k: number): KolRange[] {
  if (!(prices.costPerSeed > 0)) throw new RangeError(`economics.costPerSeed: must be positive when KOLs enter at their fee (the budget is k × costPerSeed); got ${prices.costPerSeed}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k: the budget must be at least one seed user (k ≥ 1); got ${k}`);
  const budget = k * prices.costPerSeed;
  const slack = budget * MONEY_SLACK;
  const kols = graph.kolNodes;
  const fees = Array.from(kols, (v) => kolFeeOf(graph, v, prices));
  const ranges: KolRange[] = [{ fromRank: 0, hire: 0, nodes: new Int32Array(0), fee: 0, seedUsers: k }];
  for (let start = 0; start < kols.length; start++) {
    let fee = 0;
    for (let end = start; end < kols.length; end++) {
      fee += fees[end];
      // Fees are positive or zero: once over the budget, longer ranges from `start` are too.
      if (fee > budget + slack) break;
      if (ranges.length > MAX_KOL_RANGES)
        throw new RangeError(`kols: more than ${MAX_KOL_RANGES} affordable KOL ranges for this budget; use a smaller --k or fewer KOL accounts`);
      ranges.push({ fromRank: start + 1, hire: end - start + 1, nodes: kols.slice(start, end + 1), fee, seedUsers: seedUsersFor(budget - fee, prices.costPerSeed) });
    }
  }
  return ranges;
}
