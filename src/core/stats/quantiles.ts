/**
 * Quantiles of a sample: linear interpolation between order statistics (Hyndman & Fan type 7,
 * the default of R, NumPy and d3.quantile), so bands match what an analyst recomputes.
 */

/** The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending; NaN for an empty sample. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (q <= 0 || n === 1) return sorted[0];
  if (q >= 1) return sorted[n - 1];
  const h = (n - 1) * q;
  const i = Math.floor(h);
  const lo = sorted[i];
  return lo + (sorted[i + 1] - lo) * (h - i);
}

/** Ascending copy of a sample as a Float64Array (numeric order, unlike Array#sort's default). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The q-quantile of an unsorted sample (copies and sorts it). */
export function quantile(values: ArrayLike<number>, q: number): number {
  return quantileSorted(sortedCopy(values), q);
}

/** Several quantiles of one sample, sorting it once. */
export function quantiles(values: ArrayLike<number>, qs: readonly number[]): number[] {
  const sorted = sortedCopy(values);
  return qs.map((q) => quantileSorted(sorted, q));
}
