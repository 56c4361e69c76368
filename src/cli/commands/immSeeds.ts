/**
 * `lab best-seeds --method imm`: OPIM-C's seeds for a live-arc rule (the dividend model's sharing or
 * Independent Cascade), on this thread with --workers 1, else with the reverse-reachable sets drawn
 * by worker threads (src/runtime/rrSetsParallel.node.ts; the same result for any count), and what
 * the JSON says about the run.
 */
import type { Graph } from '../../core/graph';
import { opimcSeeds } from '../../core/influence/opimcRounds';
import { RRCapError, type LiveArcRule } from '../../core/influence/rrSets';
import type { StreamKey } from '../../core/random';
import { opimcCandidates, opimcOptions, type OpimcRun } from '../../runtime/opimcBestSeeds';
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
): Promise<OpimcRun> {
  const t0 = performance.now();
  const show = io.progress;
  // The candidates and options the page's OPIM-C uses too (opimcBestSeeds.ts).
  const options = {
    ...opimcOptions(args, opimcCandidates(graph, root, args.candidates)),
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

export { IMM_CASCADE_NOTE, IMM_NOTE, immJson } from '../../runtime/opimcBestSeeds';
