/**
 * `lab best-seeds --method imm`: OPIM-C's seeds for a live-arc rule (the dividend model's sharing or
 * Independent Cascade), on this thread with --workers 1, else with the reverse-reachable sets drawn
 * by worker threads (src/runtime/rrSetsParallel.node.ts; the same result for any count), and what
 * the JSON says about the run.
 */
import type { Graph } from '../../core/graph';
import { GREEDY_DEFAULTS, candidateNodes } from '../../core/influence/lazyGreedy';
import { opimcSeeds, type OpimcResult } from '../../core/influence/opimc';
import { RRCapError, type LiveArcRule } from '../../core/influence/rrSets';
import type { StreamKey } from '../../core/random';
import { opimcSeedsOnThreads } from '../../runtime/rrSetsParallel.node.ts';
import type { CliIO } from '../cli';
import { UserError } from '../userError';
import { withDefaultSigint, type BestSeedsArgs } from './bestSeedsCommand';

/** OPIM-C's seeds for `--method imm`: on this thread with --workers 1, else sets drawn by worker threads (same result). */
export async function immSeeds(
  args: Pick<BestSeedsArgs, 'k' | 'candidates' | 'epsilon' | 'delta' | 'workers'>,
  graph: Graph,
  rule: LiveArcRule,
  root: StreamKey,
  io: CliIO,
): Promise<{ result: OpimcResult; ms: number }> {
  const t0 = performance.now();
  const show = io.progress;
  // The candidates compareSeedingToGreedy gives chooseSeeds (the same call).
  const candidates = candidateNodes(graph, root, args.candidates ?? GREEDY_DEFAULTS.candidates);
  const options = {
    k: args.k,
    candidates,
    epsilon: args.epsilon,
    delta: args.delta,
    cancelled: () => io.signal?.aborted === true,
    onProgress: show && ((sets: number, ratio: number) => show(`\rRR sets ${sets}, proven ratio ${ratio.toFixed(3)}\x1b[K`)),
  };
  try {
    const result = args.workers <= 1 ? withDefaultSigint(io, () => opimcSeeds(graph, rule, root, options)) : await opimcSeedsOnThreads(graph, rule, root, options, args.workers);
    return { result, ms: performance.now() - t0 };
  } catch (error) {
    if (error instanceof RRCapError) throw new UserError(`best-seeds: --method imm: ${error.message}; raise --epsilon or use --method celf`);
    throw error;
  }
}

/** What the JSON says about the reverse-reachable-set run (method imm). */
export const IMM_CASCADE_NOTE =
  'OPIM-C (Tang, Tang, Xiao & Yuan 2018) on reverse-reachable sets of Independent Cascade (an arc is live with probability p × weight): with probability ≥ 1 − delta, the seed set’s expected activated people (estimatedShared, on validation sets) are ≥ guaranteed × those of the best k ordinary accounts; guaranteed = max(ratio, 1 − 1/e − epsilon) unless capped by memory (then ratio)';

export const IMM_NOTE =
  'OPIM-C (Tang, Tang, Xiao & Yuan 2018) on reverse-reachable sets of the first wave’s sharing (the live-edge reduction, novelty deadlines included): with probability ≥ 1 − delta, the seed set’s expected sharers (estimatedShared, on validation sets) are ≥ guaranteed × those of the best k ordinary accounts; guaranteed = max(ratio, 1 − 1/e − epsilon) unless capped by memory (then ratio)';

export function immJson(rr: { result: OpimcResult; ms: number }, note = IMM_NOTE): Record<string, unknown> {
  const r = rr.result;
  return {
    method: 'OPIM-C',
    note,
    epsilon: r.epsilon,
    delta: r.delta,
    target: r.target,
    guaranteed: r.guaranteed,
    ratio: r.ratio,
    sets: r.sets,
    meanSetSize: r.meanSetSize,
    rounds: r.rounds,
    maxRounds: r.maxRounds,
    lowerBoundOpt: r.lowerBoundOpt,
    upperBoundOpt: r.upperBoundOpt,
    estimatedShared: r.expectedShared,
    capped: r.capped,
    peakMiB: (r.peakInts * 4) / 2 ** 20,
    ms: rr.ms,
  };
}

