/**
 * `lab best-seeds --method imm --kols at-fee`: the shared runtime function (src/runtime/
 * opimcAtFeeBestSeeds.ts, which the page's worker calls too) with the CLI's progress line, Ctrl-C
 * and one-line errors. The sets are drawn on this thread.
 */
import type { DividendScenario } from '../../core/scenario';
import { RRCapError } from '../../core/influence/rrSets';
import type { GreedyProgress } from '../../core/influence/lazyGreedy';
import { bestSeedsAtFee, type AtFeeBestSeedsResult } from '../../runtime/opimcAtFeeBestSeeds';
import type { NetworkCache } from '../../runtime/networkCache';
import type { CliIO } from '../cli';
import { UserError } from '../userError';
import { withDefaultSigint, type BestSeedsArgs } from './bestSeedsCommand';

export { AT_FEE_ESTIMATES, AT_FEE_HEURISTICS, IMM_AT_FEE_NOTE, atFeeJson } from '../../runtime/opimcAtFeeBestSeeds';

/** OPIM-C at fee for the chosen strategy and its evaluation; errors become one-line UserErrors naming the field. */
export function immSeedsAtFee(
  args: Pick<BestSeedsArgs, 'k' | 'samples' | 'candidates' | 'epsilon' | 'delta'>,
  scenario: DividendScenario,
  strategy: number,
  cache: NetworkCache,
  io: CliIO,
  evaluation?: (p: GreedyProgress) => void,
): AtFeeBestSeedsResult {
  const show = io.progress;
  try {
    return withDefaultSigint(io, () =>
      bestSeedsAtFee(
        scenario,
        { strategy, k: args.k, samples: args.samples, candidates: args.candidates, method: 'imm', epsilon: args.epsilon, delta: args.delta, kols: 'at-fee' },
        {
          cancelled: () => io.signal?.aborted === true,
          onRounds: show && ((p) => show(`\rRR sets ${p.sets}, proven ratio ${p.ratio.toFixed(3)}\x1b[K`)),
          onProgress: evaluation,
        },
        cache,
      ),
    );
  } catch (error) {
    if (error instanceof RRCapError) throw new UserError(`best-seeds: --method imm: ${error.message}; raise --epsilon`);
    if (error instanceof RangeError) throw new UserError(`best-seeds: --kols at-fee: ${error.message}`);
    throw error;
  }
}
