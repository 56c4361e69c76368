import { exp, log, pow } from '../portableMath';
import type { Stream } from '../random';

/**
 * Samplers for the degree and size distributions used by the generators. All draw from a
 * sequential Stream, so a generator's output is a pure function of its stream key — in every
 * engine, since exp/log/pow are the portable ones (Math.pow may differ by an ulp between
 * engines, enough to flip a rounded degree and so change the network).
 */

/**
 * Continuous power law p(x) ∝ x^−α truncated to [lo, hi] (0 < lo < hi), by inverse CDF.
 * Truncation makes every exponent valid (α ≤ 1 and α ≤ 2 have no untruncated normalisable
 * form / finite mean), so generators never need a special case for "wild" exponents.
 */
export function samplePowerLaw(rng: Stream, alpha: number, lo: number, hi: number): number {
  const u = rng.next();
  if (Math.abs(alpha - 1) < 1e-9) return lo * pow(hi / lo, u);
  // Generators draw many values with one (α, lo, hi): the two end powers are memoised, so a
  // draw costs one pow (values are the same as recomputing them).
  if (alpha !== cachedAlpha || lo !== cachedLo || hi !== cachedHi) {
    cachedAlpha = alpha;
    cachedLo = lo;
    cachedHi = hi;
    cachedLoPower = pow(lo, 1 - alpha);
    cachedHiPower = pow(hi, 1 - alpha);
  }
  const a = cachedLoPower;
  return pow(a + u * (cachedHiPower - a), 1 / (1 - alpha));
}

let cachedAlpha = NaN;
let cachedLo = NaN;
let cachedHi = NaN;
let cachedLoPower = NaN;
let cachedHiPower = NaN;

/** Mean of the continuous power law x^−α truncated to [lo, hi]. */
export function powerLawMean(alpha: number, lo: number, hi: number): number {
  // ∫ x·x^−α / ∫ x^−α over [lo, hi]; the α = 1 and α = 2 cases are logarithms.
  const moment = (p: number): number =>
    Math.abs(p) < 1e-9 ? log(hi / lo) : (pow(hi, p) - pow(lo, p)) / p;
  return moment(2 - alpha) / moment(1 - alpha);
}

/**
 * The lower cut-off lo such that the power law x^−α on [lo, hi] has the given mean
 * (mean must lie in (0, hi)). The mean grows monotonically with lo, so bisection is safe.
 */
export function powerLawLowerCutoffForMean(alpha: number, mean: number, hi: number): number {
  let below = 1e-9;
  let above = mean;
  for (let i = 0; i < 100; i++) {
    const mid = 0.5 * (below + above);
    if (powerLawMean(alpha, mid, hi) < mean) below = mid;
    else above = mid;
  }
  return 0.5 * (below + above);
}

/** Round x up with probability equal to its fractional part, so the mean is preserved exactly in expectation. */
export function stochasticRound(rng: Stream, x: number): number {
  const f = Math.floor(x);
  return rng.next() < x - f ? f + 1 : f;
}

/**
 * Cumulative distribution table of the discrete power law P(k) ∝ k^−α for k = lo … hi;
 * `sampleFromTable` draws from it by binary search (exact, O(log(hi − lo)) per draw).
 */
export function discretePowerLawTable(alpha: number, lo: number, hi: number): Float64Array {
  const cdf = new Float64Array(hi - lo + 1);
  let total = 0;
  for (let k = lo; k <= hi; k++) {
    total += pow(k, -alpha);
    cdf[k - lo] = total;
  }
  for (let i = 0; i < cdf.length; i++) cdf[i] /= total;
  cdf[cdf.length - 1] = 1;
  return cdf;
}

/** Draw an index i with probability cdf[i] − cdf[i−1]. */
export function sampleFromTable(rng: Stream, cdf: Float64Array): number {
  const u = rng.next();
  let left = 0;
  let right = cdf.length - 1;
  while (left < right) {
    const mid = (left + right) >>> 1;
    if (cdf[mid] > u) right = mid;
    else left = mid + 1;
  }
  return left;
}

/** Knuth's multiplication method works while e^−λ is representable; larger means are summed in chunks. */
const POISSON_CHUNK = 500;
// e^−chunk for the last chunk seen (generators draw one Poisson per node with one mean).
let lastChunk = NaN;
let lastChunkLimit = NaN;

/**
 * Poisson(λ) by Knuth's multiplication method, O(λ) uniforms per draw. Generators draw one
 * per node and then create about λ ties per node anyway, so this never dominates.
 */
export function samplePoisson(rng: Stream, mean: number): number {
  let count = 0;
  let remaining = mean;
  while (remaining > 0) {
    const chunk = Math.min(remaining, POISSON_CHUNK);
    remaining -= chunk;
    if (chunk !== lastChunk) {
      lastChunk = chunk;
      lastChunkLimit = exp(-chunk);
    }
    const limit = lastChunkLimit;
    let product = rng.next();
    while (product > limit) {
      count++;
      product *= rng.next();
    }
  }
  return count;
}
