/**
 * Statistics of a weighted sample (the posterior particles): mean, quantiles, covariance,
 * correlation and the effective sample size. Weights need not sum to 1.
 */

/** Σ w_i x_i / Σ w_i. */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  let sw = 0;
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    sw += weights[i];
    s += weights[i] * values[i];
  }
  return sw > 0 ? s / sw : NaN;
}

/**
 * Weighted q-quantiles, sorting once: each the smallest value whose cumulative normalised weight
 * reaches q (the inverse of the weighted empirical distribution function; with equal weights, type 1
 * of Hyndman & Fan). Ties in value are kept in input order, so the answer is a pure function of the
 * sample. NaN for an empty sample or zero total weight.
 */
export function weightedQuantiles(values: ArrayLike<number>, weights: ArrayLike<number>, qs: readonly number[]): number[] {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  if (n === 0 || !(total > 0)) return qs.map(() => NaN);
  return qs.map((q) => {
    const target = q * total;
    let cumulative = 0;
    for (const i of order) {
      cumulative += weights[i];
      // A small relative slack so that q = 0.5 of two equal weights picks the first value.
      if (cumulative >= target * (1 - 1e-12) && weights[i] > 0) return values[i];
    }
    return values[order[n - 1]];
  });
}

/** Weighted covariance matrix of `rows` (one row per particle, d columns), with Σw normalisation. */
export function weightedCovariance(rows: readonly ArrayLike<number>[], weights: ArrayLike<number>): number[][] {
  const d = rows.length > 0 ? rows[0].length : 0;
  let sw = 0;
  const mean = new Array<number>(d).fill(0);
  rows.forEach((row, i) => {
    sw += weights[i];
    for (let a = 0; a < d; a++) mean[a] += weights[i] * row[a];
  });
  for (let a = 0; a < d; a++) mean[a] /= sw;
  const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  rows.forEach((row, i) => {
    for (let a = 0; a < d; a++) {
      const da = row[a] - mean[a];
      for (let b = 0; b <= a; b++) cov[a][b] += weights[i] * da * (row[b] - mean[b]);
    }
  });
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      cov[a][b] /= sw;
      cov[b][a] = cov[a][b];
    }
  }
  return cov;
}

/** Correlation matrix from a covariance matrix (null where a variance is 0). */
export function correlationFromCovariance(cov: readonly (readonly number[])[]): (number | null)[][] {
  return cov.map((row, a) =>
    row.map((c, b) => {
      if (a === b) return cov[a][a] > 0 ? 1 : null;
      const denominator = Math.sqrt(cov[a][a] * cov[b][b]);
      return denominator > 0 ? Math.max(-1, Math.min(1, c / denominator)) : null;
    }),
  );
}

/** Kish's effective sample size (Σw)² / Σw². */
export function effectiveSampleSize(weights: ArrayLike<number>): number {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < weights.length; i++) {
    s += weights[i];
    s2 += weights[i] * weights[i];
  }
  return s2 > 0 ? (s * s) / s2 : 0;
}
