/**
 * A paired comparison of two ratios of means — e.g. cost per incremental sale, Σcost ÷ Σsales
 * over the runs — where run i of both strategies is the same world (common random numbers).
 *
 * A ratio of means is the right summary of cost per sale: a run that sells nothing extra has no
 * cost per sale of its own, and the mean of per-run ratios is dominated by runs that sell one.
 * Its interval comes from the delta method: each run's influence on the ratio R = C̄ / L̄ is
 * zᵢ = (cᵢ − R·lᵢ) / L̄ (these average exactly 0), so the difference of two ratios has the per-run
 * influence dᵢ = z_bᵢ − z_aᵢ and the paired t-interval (b − a) ± t₀.₉₇₅,ₙ₋₁ · sd(d) / √n.
 */
import { studentTQuantile } from './studentT';

export interface PairedRatioComparison {
  /** Σnumerator ÷ Σdenominator of the baseline side (a) and of the other side (b). */
  ratioA: number;
  ratioB: number;
  /** ratioB − ratioA. */
  difference: number;
  /** 95 % delta-method interval of the difference; null with fewer than 2 runs. */
  ci95: [number, number] | null;
  /** Number of paired runs. */
  n: number;
}

/**
 * Compare b's ratio Σnum_b / Σden_b with a's over the same runs. Both denominators must have a
 * positive sum (the caller leaves out strategies that sell nothing extra on average).
 */
export function pairedRatioComparison(
  numA: ArrayLike<number>,
  denA: ArrayLike<number>,
  numB: ArrayLike<number>,
  denB: ArrayLike<number>,
): PairedRatioComparison {
  const n = numA.length;
  if (denA.length !== n || numB.length !== n || denB.length !== n) throw new RangeError('pairedRatioComparison: the four columns must have one value per run');
  if (n === 0) return { ratioA: NaN, ratioB: NaN, difference: NaN, ci95: null, n };
  let sumNumA = 0;
  let sumDenA = 0;
  let sumNumB = 0;
  let sumDenB = 0;
  for (let i = 0; i < n; i++) {
    sumNumA += numA[i];
    sumDenA += denA[i];
    sumNumB += numB[i];
    sumDenB += denB[i];
  }
  const ratioA = sumNumA / sumDenA;
  const ratioB = sumNumB / sumDenB;
  const difference = ratioB - ratioA;
  if (n < 2) return { ratioA, ratioB, difference, ci95: null, n };
  const meanDenA = sumDenA / n;
  const meanDenB = sumDenB / n;
  // The influences average 0 by construction, so the sum of squares is taken about 0.
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (numB[i] - ratioB * denB[i]) / meanDenB - (numA[i] - ratioA * denA[i]) / meanDenA;
    ss += d * d;
  }
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(ss / (n - 1) / n);
  return { ratioA, ratioB, difference, ci95: [difference - half, difference + half], n };
}
