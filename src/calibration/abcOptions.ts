/**
 * What an ABC-SMC calibration is asked (the algorithm is abcSmc.ts): the algorithm's settings with
 * their defaults and the limits on what a user may ask for, the checked problem (fitted parameters,
 * observed timeline, settings), and the caller's hooks (abort, progress, resume, per-generation
 * state). Apart from the algorithm because the CLI, the page's form and the result report read
 * these without running anything.
 */
import type { CalibrationState } from './abcState';
import type { FitPlan } from './fitParams';
import type { ObservedTimeline } from './observedTimeline';

/** Algorithm settings (all part of what the result is a function of). */
export interface AbcOptions {
  /** N: particles in every population. */
  particles: number;
  /** G: most generations, generation 0 (the prior) included. */
  generations: number;
  /** R: runs simulated per particle (run indices 0 … R−1). */
  runsPerParticle: number;
  /** α: the next tolerance is this quantile of the accepted runs' distances. */
  quantile: number;
  /** Stop when the tolerance would shrink by less than this share. */
  minShrink: number;
  /** Abandon a generation that needs more than particles / minAcceptance simulated particles. */
  minAcceptance: number;
  /** Stop before the tolerance falls below this multiple of the simulations' run-to-run noise. */
  noiseFactor: number;
  /** A parameter whose posterior sd is at least this share of its prior sd is reported unidentified. */
  unidentifiedRatio: number;
}

export const DEFAULT_ABC_OPTIONS: AbcOptions = {
  particles: 200,
  generations: 10,
  runsPerParticle: 10,
  quantile: 0.5,
  minShrink: 0.05,
  minAcceptance: 0.05,
  noiseFactor: 0.5,
  unidentifiedRatio: 0.8,
};

/** Limits on what the user may ask for (sizes are validated before anything is allocated). */
export const ABC_LIMITS = {
  particles: [10, 20_000],
  generations: [1, 100],
  runsPerParticle: [1, 1000],
} as const;

/** A calibration problem, fully checked. */
export interface CalibrationProblem {
  plan: FitPlan;
  observed: ObservedTimeline;
  options: AbcOptions;
}

export interface CalibrationProgress {
  /** Generation under way (0-based) and the most generations. */
  generation: number;
  generations: number;
  tolerance: number | null;
  accepted: number;
  particles: number;
  /** Runs simulated so far, all generations. */
  simulations: number;
}

export interface CalibrateOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CalibrationProgress) => void;
  /** Continue from this state (its fingerprint must match). */
  state?: CalibrationState | null;
  /** Called with the state after every generation (e.g. to write it to a file). */
  onGeneration?: (state: CalibrationState) => void | Promise<void>;
}
