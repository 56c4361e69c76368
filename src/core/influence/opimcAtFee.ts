/**
 * OPIM-C with KOL accounts at their price (`lab best-seeds --method imm --kols at-fee`, issue #15):
 * the budget B = k × costPerSeed buys one affordable contiguous range of KOL ranks (or none) and
 * ordinary seed users with the rest (kolHiring.ts). With probability ≥ 1 − δ the chosen decision
 * D = (K, X) has σ(D) ≥ α · OPT, OPT = the best σ over every affordable decision, α the reported
 * ratio, and α ≥ 1 − 1/e − ε unless the memory cap stopped the doubling.
 *
 * The objective (the reduction): σ(K, X) = E |sharers of X in the seed users' first wave ∪ sharers
 * of K in the KOL wave|, each wave a live-edge cascade over its own coins (liveEdgeSamples.ts for
 * the first, kolWaveRR.ts for the KOL wave, whose KOL out-arcs carry visibility × the KOL's
 * engagement factor). A joint RR set of root v (uniform over all n people) is
 *   RR(v) = (RR_0(v) minus KOL accounts) ∪ (RR_K(v) ∩ KOL accounts):
 * a seed user u meets it when u's first-wave cascade reaches v, a KOL k when hiring k makes v a
 * sharer in the KOL wave. So D meets RR(v) ⟺ v is a sharer of D in that world, and
 * σ(D) = n · P(D meets RR(v)) — the estimator OPIM-C needs, for every decision at once. (A root
 * that is a KOL account: RR(k) = {k}, k is a sharer exactly when hired.)
 *
 * Proof sketch of the guarantee (OPIM-C, Tang et al. 2018, Lemma 4.2/4.3 and Theorem 4.1, with the
 * decision family in place of the k-sets):
 * 1. Selection on R1 (feeBudgetCover.ts): for each affordable K, greedy on the residual coverage
 *    X ↦ Λ1(K ∪ X) − Λ1(K) (monotone submodular) for m_K = ⌊(B − fee(K))/costPerSeed⌋ users gives
 *    Λ1(K ∪ X_K) ≥ (1 − 1/e) max_{|X| ≤ m_K} Λ1(K ∪ X); the branch with the largest Λ1 is kept, so
 *    Λ1(D) ≥ (1 − 1/e) Λ1(D°) for the optimal decision D° (a fixed decision, independent of R1).
 * 2. σ_upper: Λ1u = max over branches of the branch's prefix bound (feeBudgetCover.ts) ≥ Λ1(D°);
 *    the concentration bound of OPIM-C holds for the fixed D°, so σ_upper = (√(Λ1u + a/2) +
 *    √(a/2))² n/|R1| ≥ OPT with probability ≥ 1 − δ/(3 i_max) per round.
 * 3. σ_lower: D is a function of R1 only, R2 is independent: σ_lower(D) from Λ2(D) as today.
 *    Union over the i_max rounds and the two bounds: α = σ_lower/σ_upper holds with prob. ≥ 1 − δ.
 * 4. Worst case (θ_max): OPIM-C's argument needs a union bound over every decision greedy could
 *    return; those are (K, X) with K affordable and |X| = m_K ≤ k, at most (#ranges + 1) · C(n, k)
 *    of them (k ≤ n/2), so ln C(n, k) becomes ln C(n, k) + ln(#ranges + 1); OPT ≥ k still holds
 *    (the decision "k seed users, no KOL" is feasible and each seed user is a sharer), which is
 *    the lower bound of OPT θ_max uses. At θ_max sets, (1 − 1/e − ε) follows as in the paper.
 *
 * Sets are drawn on this thread (the worker pool, rrSetsParallel.node.ts, draws first-wave sets
 * only); set i of R1 is run firstRun + 2i and of R2 firstRun + 2i + 1, as opimc.ts.
 */
import type { DividendEconomics, DividendModelSpec, DividendStrategySpec } from '../dividend/dividendSpec';
import type { Graph } from '../graph';
import { log } from '../portableMath';
import type { StreamKey } from '../random';
import { feeBudgetCover } from './feeBudgetCover';
import { affordableKolRanges, type KolRange } from './kolHiring';
import { KolWaveSampler, kolWaveLayer } from './kolWaveRR';
import type { LiveArcRule } from './liveArcRule';
import { OpimcSearch, type OpimcOptions, type OpimcResult } from './opimc';
import { opimcOnThisThread } from './opimcRounds';
import { reverseArcInts } from './reverseLiveArcs';
import { RRSampler } from './rrSets';
import type { RRSetStore } from './rrSetStore';

/** The chosen decision beside OPIM-C's numbers. */
export interface OpimcAtFeeResult {
  result: OpimcResult;
  /** The KOL range hired (hire 0: none), with its fee. */
  hired: KolRange;
  /** The ordinary seed users bought with the rest, in greedy order. */
  seedUsers: number[];
  /** B = k × costPerSeed. */
  budget: number;
  /** What the decision spends: the range's fee + seed users × costPerSeed. */
  cost: number;
  /** Affordable decisions compared (ranges + none). */
  decisions: number;
}

export interface OpimcAtFeeInput {
  graph: Graph;
  model: DividendModelSpec;
  strategy: DividendStrategySpec;
  /** The first wave's rule (liveArcRule.ts dividendArcRule). */
  rule: LiveArcRule;
  root: StreamKey;
  steps: number;
}

/** Joint RR sets of the two waves (module comment). */
class JointSampler {
  private readonly firstWave: RRSampler;
  private readonly kolWave: KolWaveSampler;
  private readonly joint: Int32Array;
  private readonly firstKol: number;
  readonly fixedInts: number;

  constructor(input: OpimcAtFeeInput) {
    const layer = kolWaveLayer(input.graph, input.model, input.strategy, input.rule, input.steps);
    this.firstWave = new RRSampler(input.graph, input.rule, input.root);
    this.kolWave = new KolWaveSampler(layer, input.root);
    this.firstKol = layer.firstKol;
    this.joint = new Int32Array(input.graph.nodeCount);
    this.fixedInts = reverseArcInts(this.firstWave.rev) + this.firstWave.scratchInts + reverseArcInts(layer.rev) + this.kolWave.scratchInts + this.joint.length;
  }

  prepare(from: number, count: number): void {
    this.firstWave.prepare(from, count);
  }

  append(store: RRSetStore, run: number, othersAllocated: number): void {
    const size = this.firstWave.sample(run);
    const set = this.firstWave.lastSet;
    const target = size > 0 ? set[0] : this.firstWave.rootOf(run);
    let at = 0;
    for (let i = 0; i < size; i++) if (set[i] < this.firstKol) this.joint[at++] = set[i];
    at += this.kolWave.kolsReaching(run, target, this.joint, at);
    store.add(this.joint, at, othersAllocated);
  }
}

/** OPIM-C over the affordable decisions (module comment). */
export function opimcAtFee(input: OpimcAtFeeInput, options: OpimcOptions): OpimcAtFeeResult {
  const { graph, model } = input;
  const prices: DividendEconomics = model.economics;
  const ranges = affordableKolRanges(graph, prices, options.k);
  const sampler = new JointSampler(input);
  const search = new OpimcSearch(
    graph.nodeCount,
    { ...options, cover: (r1) => feeBudgetCover(r1, ranges, options.candidates), extraLogChoices: log(ranges.length) },
    // feeBudgetCover holds more than greedyCover: the gains before any branch (n) and two float64 arrays over the candidates (≤ 4n).
    sampler.fixedInts + 5 * graph.nodeCount,
  );
  const result = opimcOnThisThread(search, sampler, options.cancelled);
  const kolCount = result.seeds.findIndex((v) => v < firstKolOf(graph));
  const hiredCount = kolCount < 0 ? result.seeds.length : kolCount;
  const hired = ranges.find((r) => r.hire === hiredCount && (hiredCount === 0 || r.nodes[0] === result.seeds[0]))!;
  const seedUsers = result.seeds.slice(hiredCount);
  return {
    result,
    hired,
    seedUsers,
    budget: options.k * prices.costPerSeed,
    cost: hired.fee + seedUsers.length * prices.costPerSeed,
    decisions: ranges.length,
  };
}

/** Nodes ≥ this are KOL accounts (the last graph.kolNodes.length). */
function firstKolOf(graph: Graph): number {
  return graph.nodeCount - graph.kolNodes.length;
}
