/**
 * The perturbation kernel of ABC-SMC: a multivariate normal centred on an ancestor particle with
 * covariance twice the weighted covariance of the previous population (Beaumont, Cornuet, Marin &
 * Robert 2009, Biometrika: this choice minimises the Kullback–Leibler divergence between the
 * proposal and the next target and corrects the bias of Toni et al.'s fixed kernel; Filippi et al.
 * 2013 discuss it as the standard "component-wise / multivariate normal" choice). It adapts to the
 * scale and correlation of the posterior as it narrows, so no tuning constant is asked of the user.
 *
 * Densities are unnormalised (the constant is the same for every particle and cancels when
 * weights are normalised) and computed in log space with the portable exp/log, so weights are the
 * same bits in every engine.
 */
import { exp, log } from '../core/portableMath';
import type { Stream } from '../core/random';

export interface Kernel {
  /** Lower-triangular Cholesky factor L of the covariance (L·Lᵀ = 2·Σ). */
  chol: number[][];
}

/**
 * The kernel for a population. `floor` gives per dimension the smallest standard deviation kept
 * (a small share of the prior's width), so a population that collapsed in one dimension still
 * gives a positive-definite covariance.
 */
export function kernelFor(cov: readonly (readonly number[])[], floor: readonly number[]): Kernel {
  const d = cov.length;
  const m = cov.map((row, a) => row.map((c, b) => 2 * c + (a === b ? floor[a] * floor[a] : 0)));
  const chol = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      let s = m[a][b];
      for (let k = 0; k < b; k++) s -= chol[a][k] * chol[b][k];
      if (a === b) chol[a][a] = Math.sqrt(Math.max(s, floor[a] * floor[a] * 1e-6));
      else chol[a][b] = s / chol[b][b];
    }
  }
  return { chol };
}

/** θ = centre + L·z with z standard normal draws from `stream`. */
export function perturb(kernel: Kernel, centre: readonly number[], stream: Stream): number[] {
  const d = centre.length;
  const z = Array.from({ length: d }, () => stream.normal());
  return centre.map((c, a) => {
    let s = c;
    for (let b = 0; b <= a; b++) s += kernel.chol[a][b] * z[b];
    return s;
  });
}

/** −½·(x − μ)ᵀ(L·Lᵀ)⁻¹(x − μ): the log of the unnormalised kernel density. */
function logKernel(kernel: Kernel, x: readonly number[], centre: readonly number[]): number {
  const d = x.length;
  const y = new Array<number>(d);
  let q = 0;
  for (let a = 0; a < d; a++) {
    let s = x[a] - centre[a];
    for (let b = 0; b < a; b++) s -= kernel.chol[a][b] * y[b];
    y[a] = s / kernel.chol[a][a];
    q += y[a] * y[a];
  }
  return -0.5 * q;
}

/** log Σ_j w_j·K(x | θ_j), by log-sum-exp (weights normalised or not). */
export function logMixtureDensity(kernel: Kernel, x: readonly number[], centres: readonly (readonly number[])[], weights: readonly number[]): number {
  const terms = centres.map((c) => logKernel(kernel, x, c));
  let max = -Infinity;
  for (const t of terms) if (t > max) max = t;
  let s = 0;
  terms.forEach((t, j) => {
    s += weights[j] * exp(t - max);
  });
  return max + log(s);
}

/** Pick an index with probability proportional to `cumulative` increments (cumulative sums, last = total). */
export function pickWeighted(cumulative: readonly number[], u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
