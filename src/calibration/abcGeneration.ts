/**
 * One ABC-SMC generation (steps 2–4 of abcSmc.ts): proposals are simulated in batches and accepted
 * in index order with their importance weights until N are accepted, or the generation is
 * abandoned when acceptance falls below the floor. Apart from the driver (abcSmc.ts), which only
 * chains generations, sets tolerances and decides when to stop.
 */
import { exp, log } from '../core/portableMath';
import type { StreamKey } from '../core/random';
import { abortError } from '../runtime/scheduler';
import type { CalibrateOptions, CalibrationProblem } from './abcOptions';
import { proposer, type Proposal } from './abcProposal';
import type { CalibrationState, GenerationRecord, Particle } from './abcState';
import type { ParticleEvaluator, ParticleRequest, ParticleRuns } from './particleEvaluator';
import { logMixtureDensity } from './perturbationKernel';
import { summarisePredictive, type PredictiveSummary } from './predictive';
import { runDistances, runNoise, type ObservedPoints } from './timelineDistance';
import { effectiveSampleSize, weightedQuantiles } from './weightedStats';

/** Smallest batch of proposals simulated at once (keeps a pool busy near the end of a generation). */
const MIN_BATCH = 8;

interface GenerationInput {
  problem: CalibrationProblem;
  evaluate: ParticleEvaluator;
  request: ParticleRequest;
  points: ObservedPoints;
  root: StreamKey;
  g: number;
  previous: CalibrationState | null;
  options: CalibrateOptions;
  simulationsBefore: number;
}

export async function runGeneration(input: GenerationInput): Promise<{ record: GenerationRecord; population: Particle[] | null; predictive: PredictiveSummary | null }> {
  const { problem, evaluate, request, points, root, g, previous, options } = input;
  const { plan, options: abc } = problem;
  const n = abc.particles;
  const tolerance = previous === null ? Infinity : previous.nextTolerance;
  const propose = proposer(plan, root, g, previous);
  const cap = Math.ceil(n / abc.minAcceptance);
  const accepted: { proposal: Proposal; logWeight: number; distances: Float64Array; noise: number; runs: ParticleRuns }[] = [];
  let simulated = 0;
  // Proposals looked at until the N-th acceptance (the rest of the last batch is simulated but unused).
  let considered = 0;
  let k = 0;
  const report = () =>
    options.onProgress?.({
      generation: g,
      generations: abc.generations,
      tolerance: Number.isFinite(tolerance) ? tolerance : null,
      accepted: accepted.length,
      particles: n,
      simulations: input.simulationsBefore + simulated * abc.runsPerParticle,
    });
  report();
  // First guess of the acceptance rate: the previous generation's.
  let rateGuess = previous === null ? 1 : Math.max(abc.minAcceptance, previous.generations[previous.generations.length - 1].acceptanceRate);
  while (accepted.length < n && simulated < cap) {
    if (options.signal?.aborted) throw abortError(options.signal);
    const wanted = Math.ceil((n - accepted.length) / rateGuess);
    // At most N per batch: memory stays bounded (batch + population); the result does not depend on batch sizes.
    const size = Math.min(cap - simulated, n, Math.max(MIN_BATCH, wanted));
    const batch: Proposal[] = [];
    for (let b = 0; b < size; b++) batch.push(propose(k++));
    const results = await evaluate(
      batch.map((p) => p.scenario),
      request,
      {
        signal: options.signal,
        onParticle: () => {
          simulated++;
          report();
        },
      },
    );
    results.forEach((runs, i) => {
      if (accepted.length >= n) return;
      considered++;
      const distances = runDistances(points, runs);
      let within = 0;
      for (const d of distances) if (d <= tolerance) within++;
      if (within === 0) return;
      const proposal = batch[i];
      const logWeight =
        previous === null
          ? 0
          : log(within / distances.length) -
            logMixtureDensity(
              propose.kernel!,
              proposal.latent,
              previous.population.map((p) => p.latent),
              previous.population.map((p) => p.weight),
            );
      accepted.push({ proposal, logWeight, distances, noise: runNoise(points, runs), runs });
    });
    // Progress counted particles as they finished; every proposal so far has been simulated.
    simulated = k;
    rateGuess = Math.max(abc.minAcceptance, accepted.length / simulated);
  }
  const record: GenerationRecord = {
    tolerance: Number.isFinite(tolerance) ? tolerance : null,
    acceptanceRate: considered > 0 ? accepted.length / considered : 0,
    particles: simulated,
    simulations: simulated * abc.runsPerParticle,
    ess: null,
    completed: accepted.length >= n,
    noise: null,
  };
  if (!record.completed) return { record, population: null, predictive: null };
  let maxLog = -Infinity;
  for (const a of accepted) if (a.logWeight > maxLog) maxLog = a.logWeight;
  const raw = accepted.map((a) => expSafe(a.logWeight - maxLog));
  const total = raw.reduce((s, w) => s + w, 0);
  const population: Particle[] = accepted.map((a, i) => ({
    latent: a.proposal.latent,
    values: a.proposal.values,
    weight: raw[i] / total,
    distances: Array.from(a.distances),
  }));
  record.ess = effectiveSampleSize(population.map((p) => p.weight));
  record.noise = weightedQuantiles(
    accepted.map((a) => a.noise),
    population.map((p) => p.weight),
    [0.5],
  )[0];
  const predictive = summarisePredictive(
    problem.observed,
    request.columns,
    accepted.map((a) => a.runs),
    population.map((p) => p.weight),
  );
  return { record, population, predictive };
}

function expSafe(x: number): number {
  return x < -745 ? 0 : exp(x);
}
