/**
 * Comparing a strategy with a baseline over Monte Carlo runs.
 *
 * Strategies run on the same run indices share the world (network, per-agent traits, coins:
 * common random numbers), so run i of both is a matched pair and the difference per run has
 * far less variance than each strategy's own result. `pairedComparison` exploits that (a
 * t-interval over the paired differences); `unpairedComparison` (Welch) ignores the pairing
 * and is given for contrast — it is what one would get from independent simulations.
 */
import { studentTQuantile } from './studentT';

/** A paired comparison of `other` against `baseline` (other − baseline). */
export interface PairedComparison {
  /** Mean over runs of (other − baseline). */
  meanDifference: number;
  /** 95% t-interval of the mean difference; null with fewer than 2 pairs. */
  ci95: [number, number] | null;
  /** Share of runs where other > baseline (ties count half). */
  shareBetter: number;
  /** Number of pairs. */
  n: number;
}

/** An unpaired (Welch) comparison of `other` against `baseline`. */
export interface UnpairedComparison {
  /** mean(other) − mean(baseline). */
  meanDifference: number;
  /** 95% Welch t-interval of the difference of means; null when either sample has fewer than 2 values. */
  ci95: [number, number] | null;
  /** Probability that a random run of other beats a random run of baseline (ties count half; Mann–Whitney). */
  shareBetter: number;
  nBaseline: number;
  nOther: number;
}

function meanAndVariance(x: ArrayLike<number>): { mean: number; variance: number } {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i] - mean) * (x[i] - mean);
  return { mean, variance: n > 1 ? ss / (n - 1) : 0 };
}

/** Paired comparison of equally long samples where index i of both comes from run i. */
export function pairedComparison(baseline: ArrayLike<number>, other: ArrayLike<number>): PairedComparison {
  const n = baseline.length;
  if (other.length !== n) throw new RangeError(`pairedComparison: ${n} baseline runs vs ${other.length} other runs`);
  const diff = new Float64Array(n);
  let better = 0;
  for (let i = 0; i < n; i++) {
    diff[i] = other[i] - baseline[i];
    better += diff[i] > 0 ? 1 : diff[i] === 0 ? 0.5 : 0;
  }
  if (n === 0) return { meanDifference: NaN, ci95: null, shareBetter: NaN, n };
  const { mean, variance } = meanAndVariance(diff);
  let ci95: [number, number] | null = null;
  if (n >= 2) {
    const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
    ci95 = [mean - half, mean + half];
  }
  return { meanDifference: mean, ci95, shareBetter: better / n, n };
}

/** Welch comparison of two independent samples (any lengths). */
export function unpairedComparison(baseline: ArrayLike<number>, other: ArrayLike<number>): UnpairedComparison {
  const n1 = baseline.length;
  const n2 = other.length;
  if (n1 === 0 || n2 === 0)
    return { meanDifference: NaN, ci95: null, shareBetter: NaN, nBaseline: n1, nOther: n2 };
  const a = meanAndVariance(baseline);
  const b = meanAndVariance(other);
  const d = b.mean - a.mean;
  let ci95: [number, number] | null = null;
  if (n1 >= 2 && n2 >= 2) {
    const v1 = a.variance / n1;
    const v2 = b.variance / n2;
    const se = Math.sqrt(v1 + v2);
    if (se === 0) ci95 = [d, d];
    else {
      // Welch–Satterthwaite degrees of freedom.
      const df = ((v1 + v2) * (v1 + v2)) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
      const half = studentTQuantile(0.975, df) * se;
      ci95 = [d - half, d + half];
    }
  }
  return { meanDifference: d, ci95, shareBetter: probabilityOfSuperiority(baseline, other), nBaseline: n1, nOther: n2 };
}

/** P(other > baseline) + ½ P(equal) over all cross pairs, in O((n1 + n2) log) by sorting. */
function probabilityOfSuperiority(baseline: ArrayLike<number>, other: ArrayLike<number>): number {
  const x = Float64Array.from(baseline).sort();
  const y = Float64Array.from(other).sort();
  let below = 0; // baseline values < current y
  let upTo = 0; // baseline values ≤ current y
  let wins = 0;
  for (let j = 0; j < y.length; j++) {
    while (below < x.length && x[below] < y[j]) below++;
    if (upTo < below) upTo = below;
    while (upTo < x.length && x[upTo] <= y[j]) upTo++;
    wins += below + 0.5 * (upTo - below);
  }
  return wins / (x.length * y.length);
}
