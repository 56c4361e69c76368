/**
 * The representative run: one run index shared by every strategy, replayed side by side by the
 * animation. It is the run whose baseline (first strategy) conversions are closest to the
 * baseline's median conversions — a typical world for the baseline, not a lucky or unlucky one
 * — with ties going to the lowest run index so the choice is a pure function of the results.
 */
import { quantileSorted, sortedCopy } from '../core/stats/quantiles';

export interface RepresentativeRun {
  run: number;
  /** The baseline's conversions on that run. */
  baselineConverted: number;
  /** The baseline's median conversions over all runs (type-7 quantile, so possibly a half). */
  baselineMedianConverted: number;
}

/** Pick the representative run from the baseline's conversions per run (index = run). */
export function pickRepresentativeRun(baselineConverted: ArrayLike<number>): RepresentativeRun {
  const n = baselineConverted.length;
  if (n === 0) throw new RangeError('pickRepresentativeRun: no runs');
  const median = quantileSorted(sortedCopy(baselineConverted), 0.5);
  let best = 0;
  for (let r = 1; r < n; r++) {
    // Strictly closer only: the lowest index wins ties.
    if (Math.abs(baselineConverted[r] - median) < Math.abs(baselineConverted[best] - median)) best = r;
  }
  return { run: best, baselineConverted: baselineConverted[best], baselineMedianConverted: median };
}
