/**
 * `lab best-seeds --method imm --kols at-fee`: OPIM-C over every affordable decision — a KOL range
 * at its fee and seed users with the rest of the budget k × costPerSeed (src/core/influence/
 * opimcAtFee.ts) — and what the JSON says about it. The sets are drawn on this thread.
 */
import type { DividendScenario } from '../../core/scenario';
import type { Graph } from '../../core/graph';
import { GREEDY_DEFAULTS, candidateNodes } from '../../core/influence/lazyGreedy';
import { opimcAtFee, type OpimcAtFeeResult } from '../../core/influence/opimcAtFee';
import { RRCapError, type LiveArcRule } from '../../core/influence/rrSets';
import type { StreamKey } from '../../core/random';
import type { CliIO } from '../cli';
import { UserError } from '../userError';
import { withDefaultSigint, type BestSeedsArgs } from './bestSeedsCommand';

export const IMM_AT_FEE_NOTE =
  'OPIM-C (Tang, Tang, Xiao & Yuan 2018) over every affordable decision — one contiguous range of KOL ranks at its fee (kolBaseFee + kolFeePerFollower × followers) or none, and ordinary seed users with the rest of budget = k × costPerSeed — on reverse-reachable sets of the seed users’ first wave joined with the hired KOLs’ wave (its own coins and horizon, the KOL engagement factor): with probability ≥ 1 − delta, the decision’s expected sharers (estimatedShared, on validation sets) are ≥ guaranteed × those of the best affordable decision; guaranteed = max(ratio, 1 − 1/e − epsilon) unless capped by memory (then ratio)';

/** What the heuristic rows get with --kols at-fee (the same money). */
export const AT_FEE_HEURISTICS = 'heuristic rows: k seed users at costPerSeed each and no KOL hired — the whole budget on seed users';

/** What methods[].estimatedShared is with --kols at-fee. */
export const AT_FEE_ESTIMATES =
  'methods[].estimatedShared counts the seed users’ first wave only (live-edge samples); the benchmark’s estimate with its KOL wave is imm.estimatedShared; shared, reached and converted are dividend runs with each row’s KOLs';

/** OPIM-C at fee for the chosen strategy; errors become one-line UserErrors naming the field. */
export function immSeedsAtFee(
  args: Pick<BestSeedsArgs, 'k' | 'candidates' | 'epsilon' | 'delta'>,
  scenario: DividendScenario,
  strategy: number,
  graph: Graph,
  rule: LiveArcRule,
  root: StreamKey,
  io: CliIO,
): { atFee: OpimcAtFeeResult; ms: number } {
  const t0 = performance.now();
  const show = io.progress;
  const candidates = candidateNodes(graph, root, args.candidates ?? GREEDY_DEFAULTS.candidates);
  try {
    const atFee = withDefaultSigint(io, () =>
      opimcAtFee(
        { graph, model: scenario.model, strategy: scenario.strategies[strategy], rule, root, steps: scenario.steps },
        {
          k: args.k,
          candidates,
          epsilon: args.epsilon,
          delta: args.delta,
          cancelled: () => io.signal?.aborted === true,
          onProgress: show && ((sets: number, ratio: number) => show(`\rRR sets ${sets}, proven ratio ${ratio.toFixed(3)}\x1b[K`)),
        },
      ),
    );
    return { atFee, ms: performance.now() - t0 };
  } catch (error) {
    if (error instanceof RRCapError) throw new UserError(`best-seeds: --method imm: ${error.message}; raise --epsilon`);
    if (error instanceof RangeError) throw new UserError(`best-seeds: --kols at-fee: ${error.message}`);
    throw error;
  }
}

/** The `kols` block of the JSON: the decision, its prices and what the other rows got. */
export function atFeeJson(atFee: OpimcAtFeeResult, costPerSeed: number): Record<string, unknown> {
  const { hired } = atFee;
  return {
    mode: 'at-fee',
    budget: atFee.budget,
    costPerSeed,
    hired: hired.hire === 0 ? null : { fromRank: hired.fromRank, hire: hired.hire, nodes: Array.from(hired.nodes), fee: hired.fee },
    seedUsers: atFee.seedUsers,
    seedUsersCost: atFee.seedUsers.length * costPerSeed,
    cost: atFee.cost,
    decisions: atFee.decisions,
    heuristics: AT_FEE_HEURISTICS,
    heuristicsCost: atFee.budget,
    estimates: AT_FEE_ESTIMATES,
  };
}
