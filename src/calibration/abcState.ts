/**
 * What an ABC-SMC calibration (abcSmc.ts) produces and resumes from: the particles of a population,
 * the record of each generation, why it stopped, and the state after each generation — plain JSON,
 * so the CLI can write it to a file and a later run continue from it (calibrationState.ts reads it
 * back). Apart from the algorithm because the result report and the page read it without running.
 */
import type { PredictiveSummary } from './predictive';

/** One particle of a population. */
export interface Particle {
  /** Latent values (continuous; whole-number fields are rounded to simulate). */
  latent: number[];
  /** The values simulated, one per fitted parameter. */
  values: number[];
  /** Normalised weight (the population's weights sum to 1). */
  weight: number;
  /** Distance of each of its runs to the observed timeline. */
  distances: number[];
}

/** What one generation did. */
export interface GenerationRecord {
  /** Tolerance ε of the generation (null = ∞, generation 0). */
  tolerance: number | null;
  /** Accepted particles / proposals looked at until the N-th acceptance. */
  acceptanceRate: number;
  /** Particles simulated (batches may simulate a few more than were looked at). */
  particles: number;
  /** Runs simulated (particles × runs per particle). */
  simulations: number;
  /** Kish effective sample size of the weights (null for an abandoned generation). */
  ess: number | null;
  /** False when the generation was abandoned (acceptance below minAcceptance). */
  completed: boolean;
  /** Weighted median run-to-run noise of the population's particles, on the distance's scale (null when abandoned). */
  noise: number | null;
}

export type StopReason = 'generations' | 'tolerance' | 'noise' | 'acceptance';

/** Everything needed to continue (or report) a calibration; plain JSON. */
export interface CalibrationState {
  kind: 'calibration-state';
  version: 1;
  /** Fingerprint of the inputs the state belongs to. */
  fingerprint: string;
  generations: GenerationRecord[];
  /** The latest complete population. */
  population: Particle[];
  /** Posterior predictive of the latest population. */
  predictive: PredictiveSummary;
  /** Tolerance of the next generation. */
  nextTolerance: number;
  /** Null while more generations are to run. */
  stoppedBecause: StopReason | null;
}
