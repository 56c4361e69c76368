import type { Stream } from '../random';
import { samplePowerLaw } from './distributions';

/** Smallest community we plant: fewer than 5 people is not a community. */
const MIN_COMMUNITY_SIZE = 5;

/**
 * The minimum community size for a network: at least MIN_COMMUNITY_SIZE and meanDegree + 1
 * (so a node can have its strong ties inside), but never so large that `communities`
 * communities cannot all be planted (then ⌊nodes / communities⌋, at least 1).
 */
export function minimumCommunitySize(nodes: number, communities: number, meanDegree: number): number {
  const wanted = Math.max(MIN_COMMUNITY_SIZE, Math.ceil(meanDegree) + 1);
  return Math.max(1, Math.min(wanted, Math.floor(nodes / communities)));
}

/**
 * Heavy-tailed community sizes that sum exactly to `nodes`, largest first.
 *
 * Each community gets the minimum size plus a share of the remaining nodes proportional to a
 * power-law weight w ∝ w^−sizeExponent on [1, nodes], so sizes above the minimum have a
 * power-law tail with that exponent (smaller exponent → a few giant communities).
 * Rounding uses largest remainders, so the sum is exact.
 */
export function plantCommunitySizes(
  nodes: number,
  communities: number,
  minSize: number,
  sizeExponent: number,
  rng: Stream,
): Int32Array {
  const count = Math.max(1, Math.min(communities, nodes));
  const spare = nodes - count * minSize;
  const weights = new Float64Array(count);
  let weightSum = 0;
  for (let c = 0; c < count; c++) {
    weights[c] = samplePowerLaw(rng, sizeExponent, 1, Math.max(2, nodes));
    weightSum += weights[c];
  }
  const sizes = new Int32Array(count);
  const remainder = new Float64Array(count);
  let assigned = 0;
  for (let c = 0; c < count; c++) {
    const share = (spare * weights[c]) / weightSum;
    const whole = Math.floor(share);
    sizes[c] = minSize + whole;
    remainder[c] = share - whole;
    assigned += sizes[c];
  }
  // Hand the few nodes lost to flooring to the largest fractional parts (ties: lower index).
  const order = Array.from({ length: count }, (_, c) => c).sort((x, y) => remainder[y] - remainder[x] || x - y);
  for (let i = 0; assigned < nodes; i++, assigned++) sizes[order[i % count]]++;
  return sizes.sort().reverse();
}
