/**
 * What a 1-D sweep curve says at a glance:
 * - the tipping point: the parameter value where the mean reproduction number R crosses 1
 *   (below 1 every generation of sharers is smaller than the last and the campaign fizzles;
 *   above 1 it feeds itself), by linear interpolation between the two grid points around the
 *   first crossing; null when R never crosses 1 on the grid;
 * - the steepest step: the midpoint of the grid interval where the mean conversions change
 *   fastest per unit of the parameter (largest absolute slope, the first on ties); null with
 *   fewer than two defined points or a flat curve.
 * Undefined means (null/NaN, e.g. R at a grid point where nobody shared) are skipped: the
 * neighbours on either side are joined.
 */

/** Pairs (x, y) whose y is a finite number, in grid order. */
function definedPairs(xs: readonly number[], ys: readonly (number | null)[]): [number, number][] {
  const out: [number, number][] = [];
  xs.forEach((x, i) => {
    const y = ys[i];
    if (typeof y === 'number' && Number.isFinite(y) && Number.isFinite(x)) out.push([x, y]);
  });
  return out;
}

/**
 * The first x at which the piecewise-linear curve through (xs, ys) reaches `level` from either
 * side (a grid point exactly at the level counts); null when it never does.
 */
export function levelCrossing(xs: readonly number[], ys: readonly (number | null)[], level = 1): number | null {
  const pts = definedPairs(xs, ys);
  for (let i = 0; i < pts.length; i++) {
    const [x0, y0] = pts[i];
    if (y0 === level) return x0;
    if (i + 1 === pts.length) break;
    const [x1, y1] = pts[i + 1];
    if ((y0 - level) * (y1 - level) < 0) return x0 + ((x1 - x0) * (level - y0)) / (y1 - y0);
  }
  return null;
}

/** The steepest interval of a curve: its midpoint and its slope (Δy / Δx). */
export interface SteepestStep {
  at: number;
  slope: number;
}

/** The interval between consecutive defined points with the largest |Δy/Δx|; null when none changes. */
export function steepestStep(xs: readonly number[], ys: readonly (number | null)[]): SteepestStep | null {
  const pts = definedPairs(xs, ys);
  let best: SteepestStep | null = null;
  for (let i = 0; i + 1 < pts.length; i++) {
    const [x0, y0] = pts[i];
    const [x1, y1] = pts[i + 1];
    if (x1 === x0) continue;
    const slope = (y1 - y0) / (x1 - x0);
    if (slope !== 0 && (best === null || Math.abs(slope) > Math.abs(best.slope))) best = { at: (x0 + x1) / 2, slope };
  }
  return best;
}
