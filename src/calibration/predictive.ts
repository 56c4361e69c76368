/**
 * The posterior predictive check: at every step of the horizon, the observed value (where there
 * is one) beside the band of the simulated timelines of the posterior particles — every run of
 * every particle, each run weighted by its particle's weight / R. If the observed points sit
 * inside the 5–95 % band, the fitted model can produce the campaign that was seen; points outside
 * it show what the model cannot explain with the fitted parameters.
 */
import type { ObservableColumn, ObservedTimeline } from './observedTimeline';
import type { ParticleRuns } from './particleEvaluator';
import { weightedQuantiles } from './weightedStats';

/** Entries a packed key can index (value · 2²¹ + index stays an exact double for counts below 2³²). */
const PACK = 2 ** 21;

/**
 * weightedQuantiles for counts (whole numbers ≥ 0), sorting packed keys in a typed array instead of
 * an index array with a comparator — the same order (by value, then by index), several times faster.
 */
function countQuantiles(values: Float64Array, weights: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n >= PACK) return weightedQuantiles(values, weights, qs);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = values[i] * PACK + i;
  keys.sort();
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i];
  return qs.map((q) => {
    const target = q * total;
    let cumulative = 0;
    for (let j = 0; j < n; j++) {
      const i = keys[j] % PACK;
      cumulative += weights[i];
      if (cumulative >= target * (1 - 1e-12) && weights[i] > 0) return values[i];
    }
    return values[keys[n - 1] % PACK];
  });
}

export interface PredictiveColumn {
  /** Observed value at each step (null where none was observed). */
  observed: (number | null)[];
  /** Weighted mean, 5 % and 95 % quantiles of the simulated runs at each step. */
  mean: number[];
  p05: number[];
  p95: number[];
}

export interface PredictiveSummary {
  /** Steps summarised: every observed step and up to PREDICTIVE_GRID evenly spaced steps from 0 to the last. */
  step: number[];
  columns: Partial<Record<ObservableColumn, PredictiveColumn>>;
}

/** Most evenly spaced steps the predictive check summarises besides the observed ones (a chart needs no more). */
const PREDICTIVE_GRID = 200;

/** The steps the predictive check summarises, ascending: 0, the last step, every observed step and an even grid. */
export function predictiveSteps(observed: ObservedTimeline, steps: number): number[] {
  const set = new Set<number>(observed.step.filter((t) => t <= steps));
  const every = Math.max(1, Math.ceil(steps / PREDICTIVE_GRID));
  for (let t = 0; t < steps; t += every) set.add(t);
  set.add(steps);
  return [...set].sort((a, b) => a - b);
}

/** Summarise the posterior particles' runs at the steps they kept (predictiveSteps). */
export function summarisePredictive(observed: ObservedTimeline, columns: readonly ObservableColumn[], particles: readonly ParticleRuns[], weights: readonly number[]): PredictiveSummary {
  const { runs, step } = particles[0];
  const stride = step.length;
  const c = columns.length;
  const runWeights = new Float64Array(particles.length * runs);
  particles.forEach((_, i) => runWeights.fill(weights[i] / runs, i * runs, (i + 1) * runs));
  const values = new Float64Array(particles.length * runs);
  const out: PredictiveSummary = { step: [...step], columns: {} };
  const position = new Map(step.map((t, i) => [t, i]));
  columns.forEach((column, k) => {
    const observedAt = new Array<number | null>(stride).fill(null);
    observed.step.forEach((t, i) => {
      const at = position.get(t);
      if (at !== undefined) observedAt[at] = observed.columns[column]![i];
    });
    const col: PredictiveColumn = { observed: observedAt, mean: [], p05: [], p95: [] };
    for (let t = 0; t < stride; t++) {
      let mean = 0;
      particles.forEach((p, i) => {
        for (let r = 0; r < runs; r++) {
          const v = p.timelines[(r * c + k) * stride + t];
          values[i * runs + r] = v;
          mean += v * runWeights[i * runs + r];
        }
      });
      const [p05, p95] = countQuantiles(values, runWeights, [0.05, 0.95]);
      col.mean.push(mean);
      col.p05.push(p05);
      col.p95.push(p95);
    }
    out.columns[column] = col;
  });
  return out;
}
