/**
 * What a scenario does not know: its `uncertainty` list (scenario field, optional). Each entry
 * names one number of the scenario (a path as in sweeps, `model.conversion.plateau`,
 * `strategies[*].content.quality`) and the distribution of its plausible values, or — a
 * calibration's posterior — several paths drawn jointly from weighted particles, so the
 * correlations the calibration found are kept. Each run index draws its own values (the same
 * for every strategy of that run), so every band and interval of the result includes what is
 * not known. Validated in src/scenario/uncertaintyChecks.ts; defaults (the truncation bounds of
 * normal and lognormal) are filled there, so a result's scenario re-runs as is.
 */

/** Every value in [low, high] equally plausible ("somewhere in this range, nothing more"). */
export interface UniformDistribution {
  kind: 'uniform';
  low: number;
  high: number;
}

/** A normal of this mean and sd, truncated to [low, high] (default: the field's whole range). */
export interface NormalDistribution {
  kind: 'normal';
  mean: number;
  sd: number;
  low: number;
  high: number;
}

/**
 * A lognormal: log(value) is normal with mean log(median) and sd `sigma` (sigma 0.5: a factor
 * e^0.5 ≈ 1.65 either side covers the middle 68 %), truncated to [low, high] (default: the
 * field's range).
 */
export interface LognormalDistribution {
  kind: 'lognormal';
  median: number;
  sigma: number;
  low: number;
  high: number;
}

/** One weighted joint draw of a posterior: one value per path, in `paths` order. */
export interface PosteriorParticle {
  weight: number;
  values: number[];
}

/** A calibration's posterior (`lab calibrate` JSON: parameters[].path and posterior). */
export interface PosteriorDistribution {
  kind: 'posterior';
  paths: string[];
  particles: PosteriorParticle[];
}

export type SingleDistribution = UniformDistribution | NormalDistribution | LognormalDistribution;

/** One uncertain number of the scenario. */
export interface UncertainParameter {
  path: string;
  distribution: SingleDistribution;
}

/** Several numbers drawn together from a posterior (no `path`: the posterior names its paths). */
export interface UncertainPosterior {
  distribution: PosteriorDistribution;
}

export type UncertaintyEntry = UncertainParameter | UncertainPosterior;

/** The paths an entry draws, in the order of its values. */
export function entryPaths(entry: UncertaintyEntry): string[] {
  return entry.distribution.kind === 'posterior' ? entry.distribution.paths : [(entry as UncertainParameter).path];
}

/** Every drawn path of a scenario's uncertainty, in order (the CSV columns, the sensitivity rows). */
export function uncertainPaths(entries: readonly UncertaintyEntry[]): string[] {
  return entries.flatMap(entryPaths);
}
