/**
 * What the calibration panel points out beside the table (README, "Reading the result"): pairs of
 * parameters that are strongly correlated in the posterior (the campaign pins down their
 * combination rather than each one), and identified parameters whose posterior reaches an end of
 * the prior range (the value may lie beyond it: widen the range).
 */
import type { CalibrationResult } from '../../../calibration/calibrationResult';

/** |r| from which a pair is pointed out. */
const NOTABLE_CORRELATION = 0.3;
/** A 5 % or 95 % quantile this close to an end (share of the range's width) "reaches" it. */
const EDGE_SHARE = 0.02;

export interface CorrelatedPair {
  a: string;
  b: string;
  r: number;
}

/** Pairs with |r| ≥ NOTABLE_CORRELATION, strongest first. */
export function correlatedPairs(result: Pick<CalibrationResult, 'correlations'>): CorrelatedPair[] {
  const { paths, matrix } = result.correlations;
  const out: CorrelatedPair[] = [];
  for (let i = 0; i < paths.length; i++)
    for (let j = i + 1; j < paths.length; j++) {
      const r = matrix[i][j];
      if (r !== null && Math.abs(r) >= NOTABLE_CORRELATION) out.push({ a: paths[i], b: paths[j], r });
    }
  return out.sort((x, y) => Math.abs(y.r) - Math.abs(x.r));
}

export interface RangeEdge {
  path: string;
  end: 'lo' | 'hi';
  value: number;
}

/** Identified parameters whose 5 % (95 %) quantile sits at the low (high) end of the prior range. */
export function rangeEdges(result: Pick<CalibrationResult, 'parameters' | 'diagnostics'>): RangeEdge[] {
  const out: RangeEdge[] = [];
  for (const p of result.parameters) {
    if (result.diagnostics.unidentified.includes(p.path)) continue;
    const [lo, hi] = p.prior;
    const near = EDGE_SHARE * (hi - lo);
    if (p.p05 - lo <= near) out.push({ path: p.path, end: 'lo', value: lo });
    if (hi - p.p95 <= near) out.push({ path: p.path, end: 'hi', value: hi });
  }
  return out;
}
