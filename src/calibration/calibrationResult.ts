/**
 * The calibration result: JSON `{kind: "calibration", scenario, observed, fit, parameters,
 * correlations, posterior, predictive, diagnostics, meta}` and the CSV of the posterior particles
 * (one row per particle: weight and one column per fitted path). Everything that varies between
 * invocations is under `meta`; the rest is a pure function of the inputs and the seed.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Scenario } from '../core/scenario';
import type { AbcOptions } from './abcOptions';
import type { CalibrationState, GenerationRecord, StopReason } from './abcState';
import type { FitParameter } from './fitParams';
import type { ObservableColumn, ObservedTimeline } from './observedTimeline';
import type { PredictiveColumn } from './predictive';
import { correlationFromCovariance, effectiveSampleSize, weightedCovariance, weightedMean, weightedQuantiles } from './weightedStats';

export interface ParameterSummary {
  path: string;
  /** Concrete fields set (several for `strategies[*]…`). */
  fields: string[];
  prior: [number, number];
  integer: boolean;
  mean: number;
  sd: number;
  p05: number;
  p50: number;
  p95: number;
  /** Posterior sd / prior sd: near 1 = the data said nothing about it; near 0 = pinned down. */
  spreadRatio: number;
}

export interface CalibrationResult {
  kind: 'calibration';
  scenario: Scenario;
  /** The strategy whose campaign was observed. */
  strategy: string;
  observed: ObservedTimeline;
  fit: AbcOptions & { seed: string; distance: string };
  parameters: ParameterSummary[];
  /** Weighted Pearson correlations of the posterior, in the order of `paths` (null: a parameter did not vary). */
  correlations: { paths: string[]; matrix: (number | null)[][] };
  posterior: { weight: number; values: number[] }[];
  predictive: { step: number[] } & Partial<Record<ObservableColumn, PredictiveColumn>>;
  diagnostics: {
    generations: GenerationRecord[];
    stoppedBecause: StopReason;
    /** Runs simulated in all. */
    simulations: number;
    /** Effective sample size of the posterior. */
    ess: number;
    /** Paths whose posterior is about as wide as the prior (spreadRatio ≥ unidentifiedRatio). */
    unidentified: string[];
    /** The tolerance the last population met (null: the prior sample only). */
    finalTolerance: number | null;
  };
  meta: Record<string, unknown>;
}

/** Standard deviation of the uniform prior of a parameter (discrete uniform for whole numbers). */
function priorSd(p: FitParameter): number {
  if (p.integer) {
    const n = Math.round(p.hi) - Math.round(p.lo) + 1;
    return Math.sqrt((n * n - 1) / 12);
  }
  return (p.hi - p.lo) / Math.sqrt(12);
}

const DISTANCE_NAME = 'rms of (simulated − observed) / max(1, observed column total), per run';

export function buildCalibrationResult(input: {
  scenario: Scenario;
  strategy: string;
  observed: ObservedTimeline;
  params: readonly FitParameter[];
  options: AbcOptions;
  state: CalibrationState;
  meta: Record<string, unknown>;
}): CalibrationResult {
  const { state, params, options } = input;
  if (state.stoppedBecause === null) throw new Error('buildCalibrationResult: the calibration has not finished');
  const pop = state.population;
  const weights = pop.map((p) => p.weight);
  const rows = pop.map((p) => p.values);
  const cov = weightedCovariance(rows, weights);
  const parameters: ParameterSummary[] = params.map((p, a) => {
    const column = rows.map((r) => r[a]);
    const [p05, p50, p95] = weightedQuantiles(column, weights, [0.05, 0.5, 0.95]);
    const sd = Math.sqrt(cov[a][a]);
    return {
      path: p.path,
      fields: p.fields,
      prior: [p.lo, p.hi],
      integer: p.integer,
      mean: weightedMean(column, weights),
      sd,
      p05,
      p50,
      p95,
      spreadRatio: sd / priorSd(p),
    };
  });
  const completed = state.generations.filter((g) => g.completed);
  return {
    kind: 'calibration',
    scenario: input.scenario,
    strategy: input.strategy,
    observed: input.observed,
    fit: { ...options, seed: input.scenario.seed, distance: DISTANCE_NAME },
    parameters,
    correlations: { paths: params.map((p) => p.path), matrix: correlationFromCovariance(cov) },
    posterior: pop.map((p) => ({ weight: p.weight, values: p.values })),
    predictive: { step: state.predictive.step, ...state.predictive.columns },
    diagnostics: {
      generations: state.generations,
      stoppedBecause: state.stoppedBecause,
      simulations: state.generations.reduce((n, g) => n + g.simulations, 0),
      ess: effectiveSampleSize(weights),
      unidentified: parameters.filter((p) => p.spreadRatio >= options.unidentifiedRatio).map((p) => p.path),
      finalTolerance: completed[completed.length - 1]?.tolerance ?? null,
    },
    meta: input.meta,
  };
}

/** The posterior particles as CSV: `weight,<path>,…`, one row per particle. */
export function posteriorCsv(result: CalibrationResult, options: { bom?: boolean } = {}): string {
  const header = ['weight', ...result.parameters.map((p) => escapeText(p.path))];
  const body = result.posterior.map((p) => [String(p.weight), ...p.values.map(String)]);
  return `${options.bom ? '\uFEFF' : ''}${csvFormatRows([header, ...body])}\n`;
}

/** A text cell a spreadsheet would evaluate gets a leading apostrophe (OWASP CSV injection). */
function escapeText(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}
