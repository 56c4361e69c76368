/**
 * The values a run index draws for a scenario's uncertain parameters. A pure function of
 * (seed, run, entry): entry k's stream is keyed by (root, run, "uncertainty", its paths), never
 * by a strategy, a job or a worker, so every strategy of run r faces the same values (common
 * random numbers), and 1 or 8 workers, the CLI and the browser draw identical numbers. Adding or
 * removing one entry leaves the draws of the others unchanged (each has its own stream).
 *
 * Truncated normals use exact rejection samplers whose acceptance never falls below about a
 * third, whatever the bounds (Robert 1995, "Simulation of truncated normal variables",
 * Statistics and Computing 5:121–125): a uniform proposal on a narrow range, the untruncated
 * normal on a wide range around the mean, and a shifted exponential proposal in a tail. Only the
 * portable exp/log are used, so the bits are the same in every engine.
 */
import { exp, log, log1p } from '../portableMath';
import { childKey, purposeKey, Stream, type StreamKey } from '../random';
import { entryPaths, type SingleDistribution, type UncertaintyEntry } from './uncertaintySpec';

/** √(2π): below this width a range around the mean is sampled with a uniform proposal. */
const WIDE = 2.5066282746310002;

/** The stream of entry `entry` on run `run`. */
function uncertaintyStream(root: StreamKey, run: number, entry: UncertaintyEntry): Stream {
  return new Stream(childKey(purposeKey(root, run, 'uncertainty'), entryPaths(entry).join('|')));
}

/** Standard normal truncated to [a, b] with 0 ≤ a < b (b may be Infinity). */
function tail(s: Stream, a: number, b: number): number {
  if ((b - a) * (b + a) <= 2) {
    // Uniform proposal: acceptance exp((a² − z²)/2) ≥ e^−1 on such a range.
    for (;;) {
      const z = a + (b - a) * s.next();
      if (s.next() < exp((a * a - z * z) / 2)) return z;
    }
  }
  // Robert's exponential proposal with the optimal rate; P(z ≤ b) ≥ 0.6 on such a range.
  const alpha = (a + Math.sqrt(a * a + 4)) / 2;
  for (;;) {
    const z = a - log1p(-s.next()) / alpha;
    if (z > b) continue;
    if (s.next() < exp(-((z - alpha) * (z - alpha)) / 2)) return z;
  }
}

/** Standard normal truncated to [a, b], a < b (either may be infinite). */
export function truncatedStandardNormal(s: Stream, a: number, b: number): number {
  if (a >= 0) return tail(s, a, b);
  if (b <= 0) return -tail(s, -b, -a);
  if (b - a < WIDE) {
    for (;;) {
      const z = a + (b - a) * s.next();
      if (s.next() < exp(-(z * z) / 2)) return z;
    }
  }
  for (;;) {
    const z = s.normal();
    if (z >= a && z <= b) return z;
  }
}

function clamp(x: number, low: number, high: number): number {
  return x < low ? low : x > high ? high : x;
}

/**
 * One draw of a single distribution. `integer` fields draw on [low − ½, high + ½) for the uniform
 * (every whole number equally likely) and are rounded by the caller.
 */
export function drawSingle(s: Stream, d: SingleDistribution, integer = false): number {
  switch (d.kind) {
    case 'uniform': {
      const [lo, hi] = integer ? [d.low - 0.5, d.high + 0.5] : [d.low, d.high];
      return lo + (hi - lo) * s.next();
    }
    case 'normal':
      return clamp(d.mean + d.sd * truncatedStandardNormal(s, (d.low - d.mean) / d.sd, (d.high - d.mean) / d.sd), d.low, d.high);
    case 'lognormal': {
      const mu = log(d.median);
      const a = d.low > 0 ? (log(d.low) - mu) / d.sigma : -Infinity;
      const b = (log(d.high) - mu) / d.sigma;
      return clamp(exp(mu + d.sigma * truncatedStandardNormal(s, a, b)), d.low, d.high);
    }
  }
}

/** Running sums of a posterior's weights (the last is the total), for pickParticle. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (out[i] = total += w));
  return out;
}

/** The index of the particle a uniform u in [0, 1) picks, in proportion to the weights (binary search). */
export function pickParticle(cumulative: Float64Array, u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  // The first i with cumulative[i] > target: particles of weight 0 are never picked.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Draws prepared once per scenario: the entries and their posteriors' running weights. */
export interface PreparedDraws {
  entries: readonly UncertaintyEntry[];
  /** Per path of uncertainPaths(entries): whether its field takes whole numbers. */
  integer: readonly boolean[];
  /** Per entry: running weights of a posterior, null otherwise. */
  cumulative: (Float64Array | null)[];
}

export function prepareDraws(entries: readonly UncertaintyEntry[], integer: readonly boolean[]): PreparedDraws {
  return {
    entries,
    integer,
    cumulative: entries.map((e) => (e.distribution.kind === 'posterior' ? cumulativeWeights(e.distribution.particles.map((p) => p.weight)) : null)),
  };
}

/**
 * The values run `run` draws, one per path of uncertainPaths(entries), in that order (not yet
 * rounded for whole-number fields).
 */
export function drawUncertainValues(prepared: PreparedDraws, root: StreamKey, run: number): number[] {
  const values: number[] = [];
  prepared.entries.forEach((entry, k) => {
    const s = uncertaintyStream(root, run, entry);
    const d = entry.distribution;
    if (d.kind === 'posterior') values.push(...d.particles[pickParticle(prepared.cumulative[k]!, s.next())].values);
    else values.push(drawSingle(s, d, prepared.integer[values.length]));
  });
  return values;
}
