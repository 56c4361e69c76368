/**
 * Greedy maximum coverage over RR sets when KOL accounts enter at their price (opimcAtFee.ts):
 * one branch per affordable KOL range (kolHiring.ts) — that range "already seeded", then greedy
 * for the seed users the rest of the budget buys — and the branch covering the most sets wins.
 *
 * Why branches and not one greedy over KOLs and users together: a KOL costs many seed users and
 * the lever hires a contiguous range of ranks, so the feasible sets are not a cardinality
 * constraint and plain greedy has no guarantee there. Within a branch K the residual function
 * X ↦ Λ(K ∪ X) − Λ(K) is a coverage function (monotone, submodular), so greedy's X_K has
 * Λ(K ∪ X_K) − Λ(K) ≥ (1 − 1/e)(Λ(K ∪ X*_K) − Λ(K)), hence Λ(K ∪ X_K) ≥ (1 − 1/e) Λ(K ∪ X*_K);
 * the best branch is then ≥ (1 − 1/e) × the best decision over all branches.
 *
 * Upper bound (what OPIM-C's σ_upper needs: a number ≥ the coverage of the best feasible decision
 * on these sets): for branch K, the prefix bound of maxCoverage.ts with K pre-seeded — min over
 * greedy prefixes S_i of Λ(K ∪ S_i) + the m largest marginal coverages w.r.t. K ∪ S_i (m = the
 * branch's seed users), ≥ max_{|X| ≤ m} Λ(K ∪ X) by submodularity; with m = 0 it is Λ(K) itself.
 * The bound of all decisions is the largest branch bound.
 *
 * The inverted index (node → sets) is built once and shared by the branches; each branch costs a
 * copy of the gains, a heap over the candidates and its greedy. Branches that cannot matter are
 * skipped: Λ(K) + the m largest coverages of single candidates (before K) bounds every decision of
 * branch K, so a branch whose cheap bound is below the best coverage found (or equal, and later in
 * the list) can neither win nor raise the largest bound (which is ≥ that best coverage). Branches are
 * tried in decreasing cheap bound; the result is the one of trying them all in list order.
 */
import { LazyHeap, type GreedyCover } from './maxCoverage';
import type { RRSetStore } from './rrSetStore';

/** A branch: hire `kols`, then choose `seedUsers` of the candidates. */
export interface FeeBranch {
  nodes: Int32Array;
  seedUsers: number;
}

export interface FeeBudgetCover extends GreedyCover {
  /** Index of the chosen branch; seeds = its KOL nodes, then its seed users (gains in the same order). */
  branch: number;
  /** Sets covered by the chosen decision. */
  coverage: number;
}

/** Prefixes at which the bound is taken: every BOUND_EVERY-th and the last (as maxCoverage.ts). */
const BOUND_EVERY = 10;
const LOW = 4294967295;
const HIGH = 4294967296;

/** Best decision over `branches` on `store` (module comment); ties go to the earlier branch. */
export function feeBudgetCover(store: RRSetStore, branches: readonly FeeBranch[], candidates: Int32Array): FeeBudgetCover {
  if (branches.length === 0) throw new RangeError('kols: no affordable decision');
  const { nodes, offsets, count, singles } = store;
  const n = store.nodeCount;
  const used = offsets[count];
  const baseGain = new Int32Array(n);
  for (let e = 0; e < used; e++) baseGain[nodes[e]]++;
  const indexOff = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) indexOff[v + 1] = indexOff[v] + baseGain[v];
  const fill = indexOff.slice(0, n);
  const index = new Int32Array(used);
  for (let s = 0; s < count; s++) for (let e = offsets[s]; e < offsets[s + 1]; e++) index[fill[nodes[e]]++] = s;
  for (let v = 0; v < n; v++) baseGain[v] += singles[v];

  const gain = new Int32Array(n);
  const covered = new Uint8Array(count);
  const heap = new LazyHeap(candidates.length);
  let top = new Float64Array(1);
  /** Cover every set v is in; returns v's marginal coverage. */
  const take = (v: number): number => {
    const g = gain[v];
    for (let e = indexOff[v]; e < indexOff[v + 1]; e++) {
      const s = index[e];
      if (covered[s]) continue;
      covered[s] = 1;
      for (let f = offsets[s]; f < offsets[s + 1]; f++) gain[nodes[f]]--;
    }
    gain[v] -= singles[v];
    return g;
  };
  const sumOfTopGains = (m: number): number => {
    top.fill(0);
    for (let c = 0; c < candidates.length; c++) {
      const g = gain[candidates[c]];
      if (g > top[m - 1]) {
        let i = m - 1;
        while (i > 0 && top[i - 1] < g) {
          top[i] = top[i - 1];
          i--;
        }
        top[i] = g;
      }
    }
    let sum = 0;
    for (let i = 0; i < m; i++) sum += top[i];
    return sum;
  };

  // Cheap bounds: Λ(K) (K's distinct sets, marked in `covered` and unmarked again) + the m largest single-candidate coverages.
  const candidateGains = Float64Array.from(candidates, (v) => baseGain[v]).sort().reverse();
  const topSum = new Float64Array(candidateGains.length + 1);
  for (let i = 0; i < candidateGains.length; i++) topSum[i + 1] = topSum[i] + candidateGains[i];
  const cheap = branches.map((branch) => {
    let covers = 0;
    for (const k of branch.nodes) {
      covers += singles[k];
      for (let e = indexOff[k]; e < indexOff[k + 1]; e++)
        if (covered[index[e]] === 0) {
          covered[index[e]] = 1;
          covers++;
        }
    }
    for (const k of branch.nodes) for (let e = indexOff[k]; e < indexOff[k + 1]; e++) covered[index[e]] = 0;
    return covers + topSum[Math.min(branch.seedUsers, candidates.length)];
  });
  const order = branches.map((_, b) => b).sort((x, y) => cheap[y] - cheap[x] || x - y);

  let best: FeeBudgetCover | null = null;
  let upper = 0;
  for (const b of order) {
    if (best !== null && (cheap[b] < best.coverage || (cheap[b] === best.coverage && b > best.branch))) continue;
    const branch = branches[b];
    const m = Math.min(branch.seedUsers, candidates.length);
    gain.set(baseGain);
    covered.fill(0);
    const seeds: number[] = [];
    const gains: number[] = [];
    let coverage = 0;
    for (const k of branch.nodes) {
      const g = take(k);
      seeds.push(k);
      gains.push(g);
      coverage += g;
    }
    let branchUpper = coverage;
    if (m > 0) {
      if (top.length < m) top = new Float64Array(m);
      heap.size = 0;
      for (let c = 0; c < candidates.length; c++) {
        const v = candidates[c];
        if (gain[v] > 0) heap.push(gain[v] * HIGH + (LOW - v));
      }
      branchUpper = Infinity;
      const chosen = new Set<number>();
      for (let round = 0; round <= m; round++) {
        if (round % BOUND_EVERY === 0 || round === m) branchUpper = Math.min(branchUpper, coverage + sumOfTopGains(m));
        if (round === m) break;
        let bestNode = -1;
        while (heap.size > 0) {
          const key = heap.pop();
          const g = Math.floor(key / HIGH);
          const v = LOW - (key - g * HIGH);
          if (gain[v] === g) {
            bestNode = v;
            break;
          }
          if (gain[v] > 0) heap.push(gain[v] * HIGH + (LOW - v));
        }
        if (bestNode < 0) {
          // Nothing left to cover: the smallest unchosen candidates (gain 0), as plain greedy would.
          for (let c = 0; c < candidates.length && chosen.size < m; c++)
            if (!chosen.has(candidates[c])) {
              chosen.add(candidates[c]);
              seeds.push(candidates[c]);
              gains.push(0);
            }
          break;
        }
        chosen.add(bestNode);
        seeds.push(bestNode);
        const g = take(bestNode);
        gains.push(g);
        coverage += g;
      }
    }
    upper = Math.max(upper, branchUpper);
    if (best === null || coverage > best.coverage || (coverage === best.coverage && b < best.branch)) best = { seeds, gains, upperCoverage: 0, branch: b, coverage };
  }
  return { ...best!, upperCoverage: upper };
}
