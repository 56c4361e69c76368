/**
 * OPIM-C (Tang, Tang, Xiao & Yuan, SIGMOD 2018): seeds with a stated guarantee from reverse-reachable
 * sets. With probability at least 1 − δ the returned set S has σ(S) ≥ α · OPT, where α is the
 * *reported* instance-specific ratio, and α ≥ 1 − 1/e − ε whenever the run was not stopped by the
 * memory cap (it then ran to θ_max, the worst-case number of sets).
 *
 * Why OPIM-C and not IMM (Tang, Shi & Xiao 2015): IMM sizes its sample from a lower bound of OPT
 * found by a doubling search and then draws the worst-case θ = λ* / LB sets; in the low-virality
 * regime of the dividend model (OPT/n ≈ 10⁻⁴) that is ~10⁸–10⁹ sets. OPIM-C draws two independent
 * collections R1 (selection) and R2 (validation), doubles them, and stops as soon as the proven
 * ratio σ_lower(S on R2) / σ_upper(OPT from R1) reaches 1 − 1/e − ε — usually orders of magnitude
 * earlier — and its guarantee needs no fix (IMM's reuse of its search sets needed one: Chen 2018).
 *
 * Bounds (Algorithm 2 of the paper; a = ln(3·i_max/δ)):
 *   θ_max = 2n((1−1/e)√ln(6/δ) + √((1−1/e)(ln C(n,k) + ln(6/δ))))² / (ε²k),  θ_0 = θ_max·ε²k/n,
 *   σ_lower(S)  = ((√(Λ2(S) + 2a/9) − √(a/2))² − a/18) · n/|R2|,
 *   σ_upper(OPT) = (√(Λ1u + a/2) + √(a/2))² · n/|R1|,
 * Λ2(S) = sets of R2 that S meets; Λ1u = min over greedy prefixes S_i of Λ1(S_i) + the k largest
 * marginal coverages w.r.t. S_i (an upper bound of OPT's coverage on R1, by submodularity).
 * n counts every node (the root may be a KOL account); candidates exclude KOL accounts, so OPT
 * is the best set of k ordinary accounts.
 *
 * The search (OpimcSearch) only decides how many sets each round needs and evaluates them; who
 * draws the sets is the caller's, and opimcRounds (opimcRounds.ts) is the one round driver:
 * opimcSeeds draws them on this thread, one after another, and src/runtime/opimcOnDrawers.ts has
 * workers draw chunks of them (Node threads: rrSetsParallel.node.ts; the page's Web Workers:
 * opimcPage.ts). Set i of R1 is always run firstRun + 2i and of R2 run firstRun + 2i + 1, so the
 * result does not depend on who drew it.
 */
import { log } from '../portableMath';
import { coveredSets, greedyCover, type GreedyCover } from './maxCoverage';
import { MAX_RR_INTS, RRCapError, RRSetStore } from './rrSetStore';

export const OPIMC_DEFAULTS = {
  /** ε: the guarantee is 1 − 1/e − ε ≈ 0.532 at 0.1. */
  epsilon: 0.1,
  /** δ: failure probability; null = 1/n (the convention of IMM and OPIM-C). */
  delta: null as number | null,
  /** Run index of the first RR set (R1 uses firstRun + 2i, R2 firstRun + 2i + 1). */
  firstRun: 1_000_000,
  /** Integer cap of all RR-set storage (sets, inverted index, reverse arcs, scratch). */
  maxInts: MAX_RR_INTS,
};

const ONE_MINUS_INV_E = 1 - 0.36787944117144233;

export interface OpimcOptions {
  k: number;
  epsilon?: number;
  delta?: number | null;
  firstRun?: number;
  maxInts?: number;
  /** Candidate seeds (ordinary accounts). */
  candidates: Int32Array;
  /** After each evaluated round: sets drawn (R1 + R2), the proven ratio, rounds used and allowed. */
  onProgress?: (sets: number, ratio: number, round: number, maxRounds: number) => void;
  cancelled?: () => boolean;
  /**
   * Selection on R1 instead of greedyCover over k candidates (KOLs at their fee: feeBudgetCover.ts
   * via opimcAtFee.ts); its upperCoverage must bound the coverage of every feasible decision.
   */
  cover?: (r1: RRSetStore) => GreedyCover;
  /** ln of the number of feasible decision families beyond the k-sets, added to ln C(n, k) in θ_max's union bound. */
  extraLogChoices?: number;
}

export interface OpimcResult {
  seeds: number[];
  /** Estimated marginal sharers of each seed on R1 (n × newly covered / |R1|). */
  marginalGains: number[];
  /** Unbiased estimate of σ(S) on the validation sets R2 (n × Λ2 / |R2|). */
  expectedShared: number;
  /** Lower bound of σ(S) with the stated confidence. */
  lowerBound: number;
  /** Upper bound of OPT with the stated confidence (the bound the ratio is taken against). */
  upperBoundOpt: number;
  /** Lower bound of OPT implied: max(lowerBound, …) — σ(S) ≤ OPT, so lowerBound also bounds OPT below. */
  lowerBoundOpt: number;
  /** Proven ratio α = lowerBound / upperBoundOpt: σ(S) ≥ α·OPT with probability ≥ 1 − δ. */
  ratio: number;
  /** The target 1 − 1/e − ε. */
  target: number;
  /**
   * The stated guarantee: max(ratio, target) — at the last doubling round θ_max sets were drawn,
   * which proves the target by OPIM-C's worst-case argument — or ratio alone when capped.
   */
  guaranteed: number;
  epsilon: number;
  delta: number;
  /** RR sets drawn (R1 + R2). */
  sets: number;
  /** Mean RR-set size (nodes). */
  meanSetSize: number;
  /** Doubling rounds used / allowed. */
  rounds: number;
  maxRounds: number;
  thetaMax: number;
  /** True when the memory cap stopped the doubling before the target ratio was proven. */
  capped: boolean;
  /** Peak integers held. */
  peakInts: number;
}

/** ln C(n, k) with portable logs. */
export function logBinomial(n: number, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) s += log((n - i) / (i + 1));
  return s;
}

/** Run index of R1's set i (R2: + 1). */
export function rrRun(firstRun: number, i: number): number {
  return firstRun + 2 * i;
}

/**
 * OPIM-C's doubling rounds over two collections the caller fills: nextTarget() says how many sets
 * each collection needs, evaluate() runs greedy on R1 and validates on R2; done when the target
 * ratio is proven or the last round was evaluated. `stopCapped()` ends it at the memory cap.
 */
export class OpimcSearch {
  readonly r1: RRSetStore;
  readonly r2: RRSetStore;
  readonly firstRun: number;
  readonly maxInts: number;
  private readonly k: number;
  private readonly epsilon: number;
  private readonly delta: number;
  private readonly target: number;
  private readonly thetaMax: number;
  private readonly theta0: number;
  private readonly maxRounds: number;
  private readonly a: number;
  private round = 0;
  private best: OpimcResult | null = null;
  private done = false;
  private capped = false;
  private peakInts: number;

  constructor(
    readonly n: number,
    private readonly options: OpimcOptions,
    /** Integers held outside the collections (reverse arcs, samplers' scratch), counted against the cap. */
    private readonly fixedInts: number,
  ) {
    const candidates = options.candidates;
    this.k = Math.min(options.k, candidates.length);
    this.epsilon = options.epsilon ?? OPIMC_DEFAULTS.epsilon;
    this.delta = options.delta ?? 1 / n;
    if (!(this.epsilon > 0 && this.epsilon < 1)) throw new RangeError('epsilon: must be in (0, 1)');
    if (!(this.delta > 0 && this.delta < 1)) throw new RangeError('delta: must be in (0, 1)');
    this.maxInts = options.maxInts ?? OPIMC_DEFAULTS.maxInts;
    this.firstRun = options.firstRun ?? OPIMC_DEFAULTS.firstRun;
    this.target = ONE_MINUS_INV_E - this.epsilon;
    const k = Math.max(1, this.k);
    const lnCnk = logBinomial(n, k) + (options.extraLogChoices ?? 0);
    const l6 = log(6 / this.delta);
    const root2 = ONE_MINUS_INV_E * Math.sqrt(l6) + Math.sqrt(ONE_MINUS_INV_E * (lnCnk + l6));
    this.thetaMax = (2 * n * root2 * root2) / (this.epsilon * this.epsilon * k);
    this.theta0 = Math.max(1, Math.ceil((this.thetaMax * this.epsilon * this.epsilon * k) / n));
    this.maxRounds = Math.max(1, Math.ceil(log(this.thetaMax / this.theta0) / log(2)));
    this.a = log((3 * this.maxRounds) / this.delta);
    // Greedy scratch (gains, index offsets, fill) is counted with the fixed part.
    this.fixedInts = fixedInts + 3 * n;
    if (this.fixedInts + 2 * n > this.maxInts) throw new RRCapError(this.maxInts);
    this.r1 = new RRSetStore(n, this.maxInts);
    this.r2 = new RRSetStore(n, this.maxInts);
    this.peakInts = this.held();
  }

  /** Integers held now, plus `extra`. */
  held(extra = 0): number {
    return this.fixedInts + this.r1.allocated + this.r2.allocated + extra;
  }

  /** Sets each collection must hold before the next evaluate(), or null when the search is over. */
  nextTarget(): number | null {
    if (this.done || this.round >= this.maxRounds) return null;
    return this.theta0 * 2 ** this.round;
  }

  /** The cap stopped the sampling of the current round: keep the last evaluated round (refuse if none). */
  stopCapped(error: RRCapError): void {
    if (this.best === null) throw error;
    this.capped = true;
    this.done = true;
  }

  /** Evaluate the round once both collections hold nextTarget() sets. */
  evaluate(): void {
    const { r1, r2, n, a, k } = this;
    this.round++;
    // The inverted index of R1 needs as many integers as R1's flat nodes, plus offsets.
    const indexInts = r1.used + n + 1;
    if (this.held(indexInts) > this.maxInts) {
      this.round--;
      this.stopCapped(new RRCapError(this.maxInts));
      return;
    }
    this.peakInts = Math.max(this.peakInts, this.held(indexInts));
    const pick = this.options.cover ? this.options.cover(r1) : greedyCover(r1, k, this.options.candidates);
    const lambda2 = coveredSets(r2, pick.seeds);
    const lower = Math.max(0, ((Math.sqrt(lambda2 + (2 * a) / 9) - Math.sqrt(a / 2)) ** 2 - a / 18) * (n / r2.total));
    const upper = (Math.sqrt(pick.upperCoverage + a / 2) + Math.sqrt(a / 2)) ** 2 * (n / r1.total);
    const ratio = upper > 0 ? lower / upper : 0;
    const round = this.round;
    this.best = {
      seeds: pick.seeds,
      marginalGains: pick.gains.map((g) => (g * n) / r1.total),
      expectedShared: (lambda2 * n) / r2.total,
      lowerBound: lower,
      upperBoundOpt: upper,
      lowerBoundOpt: lower,
      ratio,
      target: this.target,
      guaranteed: ratio >= this.target || round === this.maxRounds ? Math.max(ratio, this.target) : ratio,
      epsilon: this.epsilon,
      delta: this.delta,
      sets: r1.total + r2.total,
      meanSetSize: (r1.people + r2.people) / (r1.total + r2.total),
      rounds: round,
      maxRounds: this.maxRounds,
      thetaMax: this.thetaMax,
      capped: false,
      peakInts: this.peakInts,
    };
    this.options.onProgress?.(this.best.sets, ratio, round, this.maxRounds);
    if (ratio >= this.target) this.done = true;
  }

  result(): OpimcResult {
    if (this.best === null) throw new RRCapError(this.maxInts);
    return { ...this.best, capped: this.capped, peakInts: this.peakInts };
  }
}
