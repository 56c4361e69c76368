/**
 * Per-agent traits of the dividend model: the dose at which a person buys, their fatigue
 * tolerance, their engagement and their response delays.
 *
 * Each trait is a pure function of (scenario seed, [run,] trait, agent): one uniform 32-bit draw,
 * mapped through a quantile function. The strategy never enters, so every strategy compared on
 * run r meets the same people (common random numbers), and traits are computed lazily, only for
 * agents the campaign reaches.
 * - buying: u uniform per (seed, run, person) → the dose threshold of conversionCurve.ts;
 * - tolerance: lognormal per (seed, run, person), median fatigue tolerance;
 * - engagement: lognormal with mean 1 per (seed, person) only — a trait of the world that a brand
 *   can observe before launch (how active someone is), so core-fans seeding may rank by it
 *   without seeing a run's future draws;
 * - response delay: lognormal hours per (seed, run, person, wave), at least one step.
 * The run traits of an agent are drawBits(purposeKey(root, run, 'div:traits'), agent, TRAIT_*),
 * which share their first mixing round (computed inline; agentTraits.test.ts pins the equality).
 *
 * Speed: each trait's quantile function median·exp(σ·Φ⁻¹(u) + shift) is tabulated once per
 * (median, σ) at 4096 equal steps of u and interpolated linearly (relative error < 1e-4 for
 * σ ≤ 3, < 1e-5 for σ ≤ 1); the outer 96 bins on each side (4.7% of the draws), where the curve
 * is steep, are computed exactly. Evaluating Φ⁻¹ and exp per agent cost ~30% of a run on a
 * 10k-node network; the table costs a few per cent.
 */
import { childKey, drawBits, purposeKey, type StreamKey } from '../random';
import { exp } from '../portableMath';
import { normalQuantile } from '../stats/normalQuantile';
import { doseThreshold } from './conversionCurve';
import type { ConversionSpec, DividendModelSpec } from './dividendSpec';
import { resolveFatigueTolerance } from './platformPresets';
import { entityBits, finishCoin, subMix } from '../hash';

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
function lognormalQuantile(median: number, sigma: number, shift: number): LognormalQuantile {
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
export const TRAIT_BUY = 0;
export const TRAIT_TOLERANCE = 1;
export const TRAIT_ENGAGEMENT = 2;
const SUB_BUY = subMix(TRAIT_BUY);
const SUB_TOLERANCE = subMix(TRAIT_TOLERANCE);

// Read once into module-local consts (hash.ts): traits are drawn for every reached agent.
const entityHalf = entityBits;
const finish = finishCoin;

/** Key of the world traits (engagement): the scenario seed only, never the run. */
export function worldTraitKey(root: StreamKey): StreamKey {
  return childKey(root, 'div:world-traits');
}

/** The traits of one run's population, evaluated on demand. */
export class AgentTraits {
  readonly key: StreamKey;
  readonly worldKey: StreamKey;
  readonly delayKey: StreamKey;
  /** Output of drawAll: dose threshold, tolerance, engagement. */
  readonly drawn = new Float64Array(3);
  private readonly ka: number;
  private readonly kb: number;
  private readonly conversion: ConversionSpec;
  private readonly toleranceMedian: number;
  // null when σ = 0: no draw, everyone has exactly the median (exact fixtures rely on it).
  private readonly toleranceDist: LognormalQuantile | null;
  private readonly engagementDist: LognormalQuantile | null;
  private readonly delayMedian: number;
  private readonly delayDist: LognormalQuantile | null;

  constructor(root: StreamKey, run: number, model: DividendModelSpec) {
    this.key = purposeKey(root, run, 'div:traits');
    this.worldKey = worldTraitKey(root);
    this.delayKey = purposeKey(root, run, 'div:delay');
    this.ka = this.key.a;
    this.kb = this.key.b;
    this.conversion = model.conversion;
    this.toleranceMedian = resolveFatigueTolerance(model);
    const f = model.fatigue.spread;
    this.toleranceDist = f > 0 ? lognormalQuantile(this.toleranceMedian, f, 0) : null;
    const e = model.engagementSpread;
    this.engagementDist = e > 0 ? lognormalQuantile(1, e, (-e * e) / 2) : null;
    this.delayMedian = model.response.medianHours;
    this.delayDist = model.response.spread > 0 ? lognormalQuantile(model.response.medianHours, model.response.spread, 0) : null;
  }

  /** drawBits(this.key, agent, trait). */
  bits(agent: number, trait: number): number {
    return finish(entityHalf(this.ka, agent), subMix(trait), this.kb);
  }

  /** The person's uniform buying draw u in (0, 1). */
  buyDraw(agent: number): number {
    return uniformOf(this.bits(agent, TRAIT_BUY));
  }

  /** The dose at which the agent buys (Infinity: never through word of mouth). */
  doseThreshold(agent: number): number {
    return doseThreshold(this.buyDraw(agent), this.conversion);
  }

  /** Annoyance the agent tolerates before muting (median fatigue tolerance). */
  tolerance(agent: number): number {
    const d = this.toleranceDist;
    return d === null ? this.toleranceMedian : d.at(this.bits(agent, TRAIT_TOLERANCE));
  }

  /** Factor of the agent's share chance, lognormal with mean 1; the same in every run. */
  engagement(agent: number): number {
    const d = this.engagementDist;
    return d === null ? 1 : d.at(drawBits(this.worldKey, agent, TRAIT_ENGAGEMENT));
  }

  /** Whole hours (≥ 1) from the agent's decision to share in `wave` to the post. */
  delay(agent: number, wave: number): number {
    const d = this.delayDist;
    const hours = d === null ? this.delayMedian : d.at(drawBits(this.delayKey, agent, wave));
    const rounded = Math.round(hours);
    return rounded < 1 ? 1 : rounded;
  }

  /**
   * All three traits of `agent` into `drawn` (dose threshold, tolerance, engagement): the same
   * values as the three methods, with the run traits' first hashing round computed once.
   */
  drawAll(agent: number): void {
    const drawn = this.drawn;
    const first = entityHalf(this.ka, agent);
    const kb = this.kb;
    drawn[0] = doseThreshold(uniformOf(finish(first, SUB_BUY, kb)), this.conversion);
    const f = this.toleranceDist;
    drawn[1] = f === null ? this.toleranceMedian : f.at(finish(first, SUB_TOLERANCE, kb));
    drawn[2] = this.engagement(agent);
  }
}
