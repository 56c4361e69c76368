import { EdgeBuffer, TIE_STRONG } from '../graph';
import type { Stream } from '../random';
import { discretePowerLawTable, samplePowerLaw, sampleFromTable } from './distributions';
import { matchStubs, stubsFromDegrees } from './stubMatching';

/** Degree ranges up to this width use an exact discrete CDF table (8 bytes per degree value). */
const EXACT_TABLE_MAX_WIDTH = 1 << 22;

/**
 * Degree sequence of the configuration model: P(k) ∝ k^−γ for minDegree ≤ k ≤ maxDegree,
 * drawn exactly from the discrete power law (inverse CDF by binary search; for absurdly wide
 * ranges the continuous law on [min − ½, max + ½] rounded). If the stub total is odd, one
 * node's degree is moved by one (up, or down when it is already at maxDegree) so that every
 * stub can have a partner; all degrees stay within [minDegree, maxDegree].
 */
export function configurationDegrees(
  nodes: number,
  degreeExponent: number,
  minDegree: number,
  maxDegree: number,
  rng: Stream,
): Int32Array {
  const lo = Math.max(0, Math.floor(minDegree));
  const hi = Math.max(lo, Math.floor(maxDegree));
  const degree = new Int32Array(nodes);
  if (hi < 1) return degree;
  if (hi - lo + 1 <= EXACT_TABLE_MAX_WIDTH) {
    // k^−γ is undefined at k = 0, so a minimum degree of 0 behaves like 1.
    const tableLo = Math.max(1, lo);
    const cdf = discretePowerLawTable(degreeExponent, tableLo, hi);
    for (let i = 0; i < nodes; i++) degree[i] = tableLo + sampleFromTable(rng, cdf);
  } else {
    const a = Math.max(0.5, lo - 0.5);
    for (let i = 0; i < nodes; i++) {
      const k = Math.round(samplePowerLaw(rng, degreeExponent, a, hi + 0.5));
      degree[i] = Math.min(hi, Math.max(lo, k));
    }
  }
  let total = 0;
  for (let i = 0; i < nodes; i++) total += degree[i];
  if (total % 2 === 1 && nodes > 0) {
    const i = rng.int(nodes);
    degree[i] += degree[i] < hi ? 1 : -1;
    // When lo = hi is odd and nodes is odd, no sequence is even; the odd stub is dropped by matching.
    if (degree[i] < lo) degree[i] = lo;
  }
  return degree;
}

/**
 * Erased configuration model: stubs of the power-law degree sequence are matched uniformly
 * at random; self-loops and multi-edges are then dropped by buildGraph, which trims the
 * largest degrees slightly when maxDegree approaches √(total stubs).
 */
export function configurationEdges(
  nodes: number,
  degreeExponent: number,
  minDegree: number,
  maxDegree: number,
  rng: Stream,
  into?: EdgeBuffer,
): EdgeBuffer {
  const degree = configurationDegrees(nodes, degreeExponent, minDegree, maxDegree, rng);
  const stubs = stubsFromDegrees(degree);
  const edges = into ?? new EdgeBuffer((stubs.length >> 1) + 16);
  matchStubs(rng, stubs, 0, stubs.length, TIE_STRONG, edges);
  return edges;
}
