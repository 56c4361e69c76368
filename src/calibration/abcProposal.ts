/**
 * The proposals of one ABC-SMC generation (step 2 of abcSmc.ts): generation 0 draws from the
 * uniform prior, later generations pick an ancestor of the previous population by weight and move
 * it by the perturbation kernel, redrawing until the candidate lies inside the prior and the
 * scenario validator accepts it. Proposal k draws from its own stream (seed, "abc:proposal", g, k),
 * so a proposal does not depend on how the proposals are batched.
 */
import { childKey, purposeKey, Stream, type StreamKey } from '../core/random';
import type { Scenario } from '../core/scenario';
import type { CalibrationState } from './abcState';
import { CalibrationInputError } from './calibrationError';
import { candidateCheck, insidePrior, latentRange, simulatedValue, type FitPlan } from './fitParams';
import { kernelFor, perturb, pickWeighted } from './perturbationKernel';
import { weightedCovariance } from './weightedStats';

/** Times a proposal is redrawn before the calibration gives up (a prior region the validator refuses). */
const MAX_REDRAWS = 10_000;
/** Smallest kernel standard deviation, as a share of the prior's width (keeps the covariance positive definite). */
const KERNEL_FLOOR = 1e-6;

/** A candidate particle: its latent and simulated values, and the checked scenario to simulate. */
export interface Proposal {
  latent: number[];
  values: number[];
  scenario: Scenario;
}

type Propose = ((k: number) => Proposal) & { kernel: ReturnType<typeof kernelFor> | null };

/** The proposal of generation g: the prior (g = 0) or the perturbed previous population. */
export function proposer(plan: FitPlan, root: StreamKey, g: number, previous: CalibrationState | null): Propose {
  const ranges = plan.params.map((p) => latentRange(p));
  const generationKey = purposeKey(root, g, 'abc:proposal');
  let kernel: ReturnType<typeof kernelFor> | null = null;
  let cumulative: number[] = [];
  if (previous !== null) {
    const pop = previous.population;
    const cov = weightedCovariance(
      pop.map((p) => p.latent),
      pop.map((p) => p.weight),
    );
    kernel = kernelFor(
      cov,
      ranges.map(([lo, hi]) => KERNEL_FLOOR * (hi - lo)),
    );
    let s = 0;
    cumulative = pop.map((p) => (s += p.weight));
  }
  const propose = ((k: number): Proposal => {
    const stream = new Stream(childKey(generationKey, k));
    let lastProblem = '';
    for (let attempt = 0; attempt < MAX_REDRAWS; attempt++) {
      let latent: number[];
      if (previous === null) latent = ranges.map(([lo, hi]) => lo + (hi - lo) * stream.next());
      else {
        const ancestor = previous.population[pickWeighted(cumulative, stream.next())];
        latent = perturb(kernel!, ancestor.latent, stream);
        if (!insidePrior(plan.params, latent)) continue;
      }
      const values = plan.params.map((p, i) => simulatedValue(p, latent[i]));
      const checked = candidateCheck(plan, values);
      if (checked.ok) return { latent, values, scenario: checked.scenario };
      lastProblem = checked.problem;
    }
    throw new CalibrationInputError(
      lastProblem
        ? { key: 'calibrationInput.noCandidateBecause', params: { draws: MAX_REDRAWS, problem: lastProblem } }
        : { key: 'calibrationInput.noCandidate', params: { draws: MAX_REDRAWS } },
    );
  }) as Propose;
  propose.kernel = kernel;
  return propose;
}
