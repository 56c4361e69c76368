/**
 * Per-agent traits of the dividend model: conversion threshold, fatigue tolerance, engagement.
 *
 * Each trait is lognormal (people differ by factors, not by fixed amounts) and is a pure
 * function of (scenario seed, run, trait, agent): one uniform 32-bit draw per agent, mapped
 * through the lognormal quantile function. The strategy never enters, so every strategy
 * compared on run r meets the same people (common random numbers), and a trait is computed
 * lazily, only for agents the campaign reaches. The three traits of an agent are
 * drawBits(purposeKey(root, run, 'div:traits'), agent, TRAIT_*), which share their first mixing
 * round (computed here inline; agentTraits.test.ts pins the equality).
 *
 * Speed: each trait's quantile function median·exp(σ·Φ⁻¹(u) + shift) is tabulated once per
 * (median, σ) at 4096 equal steps of u and interpolated linearly (relative error < 1e-4 for
 * σ ≤ 3, < 1e-5 for σ ≤ 1); the outer 96 bins on each side (4.7% of the draws), where the curve
 * is steep, are computed exactly. Evaluating Φ⁻¹ and exp per agent cost ~30% of a run on a
 * 10k-node network; the table costs a few per cent.
 */
import { purposeKey, type StreamKey } from '../random';
import { exp } from '../portableMath';
import { normalQuantile } from '../stats/normalQuantile';
import type { DividendModelSpec } from './dividendSpec';
import { resolveFatigueTolerance } from './platformPresets';

const TWO_POW_32 = 4294967296;
const TABLE_BITS = 12;
const TABLE_SIZE = 1 << TABLE_BITS;
const FRACTION_BITS = 32 - TABLE_BITS;
const FRACTION_MASK = (1 << FRACTION_BITS) - 1;
const FRACTION_SCALE = 1 / (1 << FRACTION_BITS);
/** Bins at each end computed exactly (u < 96/4096 or u > 4000/4096: 4.7% of the draws). */
const TAIL_BINS = 96;

/** The uniform in (0, 1) that a 32-bit draw stands for (never 0 or 1, so quantiles stay finite). */
export function uniformOf(bits: number): number {
  return (bits + 0.5) / TWO_POW_32;
}

/**
 * Quantile function of a lognormal, median·exp(σ·Φ⁻¹(u) + shift): `shift` = −σ²/2 gives mean
 * `median` (engagement, mean 1); 0 gives the stated median (thresholds, tolerances).
 */
export class LognormalQuantile {
  private readonly table = new Float64Array(TABLE_SIZE + 1);

  constructor(
    readonly median: number,
    readonly sigma: number,
    readonly shift: number,
  ) {
    for (let k = TAIL_BINS; k <= TABLE_SIZE - TAIL_BINS; k++) this.table[k] = this.exact(k / TABLE_SIZE);
  }

  /** The exact quantile at u. */
  exact(u: number): number {
    return this.median * exp(this.sigma * normalQuantile(u) + this.shift);
  }

  /** The quantile at uniformOf(bits). */
  at(bits: number): number {
    const i = bits >>> FRACTION_BITS;
    if (i < TAIL_BINS || i >= TABLE_SIZE - TAIL_BINS) return this.exact(uniformOf(bits));
    const f = ((bits & FRACTION_MASK) + 0.5) * FRACTION_SCALE;
    const lo = this.table[i];
    return lo + (this.table[i + 1] - lo) * f;
  }
}

// Tables are shared by all runs of a scenario (the model is the same): a handful at most.
const tables = new Map<string, LognormalQuantile>();

/** The memoised table of (median, σ, shift). */
export function lognormalQuantile(median: number, sigma: number, shift: number): LognormalQuantile {
  const key = `${median}|${sigma}|${shift}`;
  let t = tables.get(key);
  if (t === undefined) {
    if (tables.size >= 32) tables.clear();
    t = new LognormalQuantile(median, sigma, shift);
    tables.set(key, t);
  }
  return t;
}

/** `sub` of each trait's draw. */
export const TRAIT_THRESHOLD = 0;
export const TRAIT_TOLERANCE = 1;
export const TRAIT_ENGAGEMENT = 2;
const SUB_MIX = [0, Math.imul(1, 0x9e3779b1), Math.imul(2, 0x9e3779b1)];
const SUB_TOLERANCE = Math.imul(TRAIT_TOLERANCE, 0x9e3779b1);
const SUB_ENGAGEMENT = Math.imul(TRAIT_ENGAGEMENT, 0x9e3779b1);

// mix32 of random.ts, module-local: under tsx/vitest a call through an imported binding is a
// checked live-binding load that V8 does not inline, and traits are drawn for every reached agent.
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The traits of one run's population, evaluated on demand. */
export class AgentTraits {
  readonly key: StreamKey;
  /** Output of drawAll: threshold, tolerance, engagement. */
  readonly drawn = new Float64Array(3);
  private readonly ka: number;
  private readonly kb: number;
  private readonly thresholdMedian: number;
  private readonly toleranceMedian: number;
  // null when σ = 0: no draw, everyone has exactly the median (exact fixtures rely on it).
  private readonly thresholdDist: LognormalQuantile | null;
  private readonly toleranceDist: LognormalQuantile | null;
  private readonly engagementDist: LognormalQuantile | null;

  constructor(root: StreamKey, run: number, model: DividendModelSpec) {
    this.key = purposeKey(root, run, 'div:traits');
    this.ka = this.key.a;
    this.kb = this.key.b;
    const { threshold, spread } = model.conversion;
    this.thresholdMedian = threshold;
    this.thresholdDist = spread > 0 ? lognormalQuantile(threshold, spread, 0) : null;
    this.toleranceMedian = resolveFatigueTolerance(model);
    const f = model.fatigue.spread;
    this.toleranceDist = f > 0 ? lognormalQuantile(this.toleranceMedian, f, 0) : null;
    const e = model.engagementSpread;
    this.engagementDist = e > 0 ? lognormalQuantile(1, e, (-e * e) / 2) : null;
  }

  /** drawBits(this.key, agent, trait). */
  bits(agent: number, trait: number): number {
    return mix32(((mix32((agent >>> 0) ^ this.ka) + SUB_MIX[trait]) ^ this.kb) >>> 0);
  }

  /** Accumulated trust the agent needs to convert (median conversion.threshold). */
  threshold(agent: number): number {
    const d = this.thresholdDist;
    return d === null ? this.thresholdMedian : d.at(this.bits(agent, TRAIT_THRESHOLD));
  }

  /** Annoyance the agent tolerates before muting (median fatigue tolerance). */
  tolerance(agent: number): number {
    const d = this.toleranceDist;
    return d === null ? this.toleranceMedian : d.at(this.bits(agent, TRAIT_TOLERANCE));
  }

  /**
   * All three traits of `agent` into `drawn` (threshold, tolerance, engagement): the same values
   * as the three methods, with the first hashing round computed once.
   */
  drawAll(agent: number): void {
    const drawn = this.drawn;
    const t = this.thresholdDist;
    const f = this.toleranceDist;
    const e = this.engagementDist;
    if (t === null && f === null && e === null) {
      drawn[0] = this.thresholdMedian;
      drawn[1] = this.toleranceMedian;
      drawn[2] = 1;
      return;
    }
    const first = mix32((agent >>> 0) ^ this.ka);
    const kb = this.kb;
    drawn[0] = t === null ? this.thresholdMedian : t.at(mix32(((first + TRAIT_THRESHOLD) ^ kb) >>> 0));
    drawn[1] = f === null ? this.toleranceMedian : f.at(mix32(((first + SUB_TOLERANCE) ^ kb) >>> 0));
    drawn[2] = e === null ? 1 : e.at(mix32(((first + SUB_ENGAGEMENT) ^ kb) >>> 0));
  }

  /** Factor of the agent's share chance, lognormal with mean 1 (the average agent is unchanged). */
  engagement(agent: number): number {
    const d = this.engagementDist;
    return d === null ? 1 : d.at(this.bits(agent, TRAIT_ENGAGEMENT));
  }
}
