/**
 * Where a sweep's "R = 1" marker and its "steepest" marker disagree, the page explains both
 * (issue #12): R = 1 is a property of sharing (one share leads on average to one more), the
 * steepest change is a property of the plotted conversions; they coincide only when conversions
 * follow sharing closely. "Disagree" = more than one grid step apart. Pure.
 */
import type { SweepChartSource } from '../../charts/sweepChartData';

export interface TippingNote {
  name: string;
  tippingPoint: number;
  steepest: number;
}

/** One note per curve whose two markers lie more than one grid step apart. */
export function tippingNotes(source: Pick<SweepChartSource, 'params' | 'curves'>): TippingNote[] {
  const values = source.params[0]?.values ?? [];
  if (values.length < 2 || !source.curves) return [];
  const step = Math.abs(values[values.length - 1] - values[0]) / (values.length - 1);
  const notes: TippingNote[] = [];
  for (const c of source.curves) {
    if (c.tippingPoint === null || c.steepest === null) continue;
    if (Math.abs(c.tippingPoint - c.steepest) > step + 1e-12) notes.push({ name: c.strategy, tippingPoint: c.tippingPoint, steepest: c.steepest });
  }
  return notes;
}
