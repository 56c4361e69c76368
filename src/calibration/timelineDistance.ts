/**
 * The distance between one simulated run and the observed campaign:
 *
 *   d = √( (1/P) · Σ over observed points (t, c) of ((x_c(t) − y_c(t)) / s_c)² ),
 *   s_c = max(1, the column's largest observed value)
 *
 * — the root mean square error of the timeline as a share of the observed total of each column
 * (d = 0.1: off by 10 % of the final count on average). Dividing by the column's total makes the
 * columns count equally whatever their size (3,000 reached and 40 buyers), and keeps the
 * tolerance readable; every observed point counts once, so a file with one row a day weighs the
 * days, not the hours it skipped. Considered and not taken: Pearson residuals (÷ √y) assume
 * Poisson noise, but cascade counts are heavy-tailed, so they would let the largest column drown
 * the others; distances scaled by the prior predictive's spread (Prangle 2017) make the distance
 * depend on the prior ranges.
 *
 * The distance is computed per run, never against the mean of the runs: a particle's ABC weight is
 * the share of its R runs within the tolerance (see abcSmc.ts), which keeps the run-to-run noise
 * of a single campaign in the posterior.
 */
import { observedColumns, type ObservedTimeline } from './observedTimeline';
import type { ParticleRuns } from './particleEvaluator';

/**
 * The observed points flattened: per point its column index, step, position of that step in the
 * kept steps of a ParticleRuns, and value; and the column scales.
 */
export interface ObservedPoints {
  column: Int32Array;
  step: Int32Array;
  at: Int32Array;
  value: Float64Array;
  scale: Float64Array;
}

/** The observed points; `kept` are the steps particles keep (must include every observed step). */
export function observedPoints(observed: ObservedTimeline, kept: readonly number[]): ObservedPoints {
  const position = new Map(kept.map((t, i) => [t, i]));
  const columns = observedColumns(observed);
  const column: number[] = [];
  const step: number[] = [];
  const value: number[] = [];
  const scale = new Float64Array(columns.length);
  columns.forEach((c, k) => {
    const values = observed.columns[c]!;
    values.forEach((v, i) => {
      if (v === null) return;
      column.push(k);
      step.push(observed.step[i]);
      value.push(v);
      scale[k] = Math.max(scale[k], v);
    });
    scale[k] = Math.max(1, scale[k]);
  });
  const at = step.map((t) => {
    const i = position.get(t);
    if (i === undefined) throw new Error(`observedPoints: step ${t} is not kept`);
    return i;
  });
  return { column: Int32Array.from(column), step: Int32Array.from(step), at: Int32Array.from(at), value: Float64Array.from(value), scale };
}

/** Distance of every run of a particle to the observed points. */
export function runDistances(points: ObservedPoints, particle: ParticleRuns): Float64Array {
  const stride = particle.step.length;
  const c = particle.columns.length;
  const out = new Float64Array(particle.runs);
  const p = points.value.length;
  for (let r = 0; r < particle.runs; r++) {
    let s = 0;
    for (let i = 0; i < p; i++) {
      const k = points.column[i];
      const x = particle.timelines[(r * c + k) * stride + points.at[i]];
      const e = (x - points.value[i]) / points.scale[k];
      s += e * e;
    }
    out[r] = Math.sqrt(s / p);
  }
  return out;
}

/**
 * The run-to-run noise of a particle, on the distance's scale: the root mean square over its runs
 * of the distance between a run and the mean of its runs at the observed points. A tolerance below
 * this asks for closer matches than the simulations themselves agree with one another; with a fixed
 * set of R worlds (common random numbers) it would pick lucky worlds rather than parameters
 * (see the stopping rule in abcSmc.ts). 0 with one run per particle.
 */
export function runNoise(points: ObservedPoints, particle: ParticleRuns): number {
  const stride = particle.step.length;
  const c = particle.columns.length;
  const p = points.value.length;
  const runs = particle.runs;
  if (runs < 2) return 0;
  let s = 0;
  for (let i = 0; i < p; i++) {
    const k = points.column[i];
    let mean = 0;
    for (let r = 0; r < runs; r++) mean += particle.timelines[(r * c + k) * stride + points.at[i]];
    mean /= runs;
    for (let r = 0; r < runs; r++) {
      const e = (particle.timelines[(r * c + k) * stride + points.at[i]] - mean) / points.scale[k];
      s += e * e;
    }
  }
  // Unbiased for the spread of one run around the true mean (runs − 1).
  return Math.sqrt(s / (p * (runs - 1)));
}
