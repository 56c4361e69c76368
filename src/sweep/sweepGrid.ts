/**
 * The values a swept parameter takes: `steps` evenly spaced points from `from` to `to` (both
 * included), rounded to whole numbers for integer fields (duplicates dropped, so a seed count
 * from 0 to 5 in 21 steps gives 0, 1, …, 5 — six points, not 21).
 */
import { SweepInputError } from './sweepError';

/** Most grid points per parameter. */
export const MAX_SWEEP_STEPS = 201;
/** Most grid points of a whole sweep (a 2-D sweep multiplies its two step counts). */
export const MAX_SWEEP_POINTS = 2000;

/** Significant digits kept of a grid value, so 0.1 + 0.2 is written 0.3 in results and columns. */
const GRID_DIGITS = 12;

/** Evenly spaced values from `from` to `to`; the ends are exact. `label` names the parameter in errors. */
export function gridValues(from: number, to: number, steps: number, integer: boolean, label = 'parameter'): number[] {
  if (!Number.isFinite(from)) throw new SweepInputError(`${label}: --from must be a number`);
  if (!Number.isFinite(to)) throw new SweepInputError(`${label}: --to must be a number`);
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_STEPS)
    throw new SweepInputError(`${label}: --steps must be an integer between 1 and ${MAX_SWEEP_STEPS} (the number of grid points)`);
  const values: number[] = [];
  for (let i = 0; i < steps; i++) {
    const v = i === 0 ? from : i === steps - 1 ? to : Number((from + ((to - from) * i) / (steps - 1)).toPrecision(GRID_DIGITS));
    values.push(integer ? Math.round(v) : v);
  }
  return integer ? values.filter((v, i) => i === 0 || v !== values[i - 1]) : values;
}
