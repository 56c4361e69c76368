/**
 * The rules of a best-seeds request, in one place for the page and the CLI (issue #14: the page
 * allowed k ≤ 50 and accepted `network.resample`, the CLI allowed k up to every account, KOLs
 * included, and refused it). Both now ask `checkBestSeedsRequest` and word its problems their own
 * way (the page in the UI language under the field, the CLI as one English line, exit 2):
 * - the dividend model (the other models have no seeding levers to keep);
 * - one shared network (`network.resample` false): a seed set names accounts of one world;
 * - an existing strategy;
 * - k from 1 to the seed users this network has: its ordinary accounts (`network.nodes`), or the
 *   `candidates` considered when fewer — KOL accounts are never seed users (they are hired, at
 *   their fee), so they are not counted;
 * - live-edge samples from 1 to MAX_GREEDY_SAMPLES; candidates (CLI) from 1 to the ordinary accounts;
 * - with method 'imm' (OPIM-C): ε and δ strictly between 0 and 1 (δ absent or null: 1/n) —
 *   checkOpimcParameters, which the CLI also asks at parse time (its cascade path has no request).
 * - KOL accounts at their fee (`kols: 'at-fee'`, issue #15): only with method 'imm' (OPIM-C) and
 *   the dividend model (KOL fees and the kols lever), and only with costPerSeed > 0 (the budget is
 *   k × costPerSeed) — checkKolsMode, which the CLI also asks at parse time and on its cascade
 *   path. A KOL account that can be reached (an in-arc) depends on the drawn graph: it arrives as
 *   the run's error (kolWaveRR.ts), on the page under the form.
 * Numbers arrive parsed; whether the text was a number at all is the caller's to say.
 */
import { MAX_GREEDY_SAMPLES } from '../core/influence/lazyGreedy';
import { OPIMC_DEFAULTS } from '../core/influence/opimc';
import type { Scenario } from '../core/scenario';

export interface BestSeedsRequest {
  /** Index of the strategy whose levers every row keeps. */
  strategy: number;
  /** Seed budget, 1 … bestSeedsLimits(scenario).maxK. */
  k: number;
  /** Live-edge samples, 1 … MAX_GREEDY_SAMPLES. */
  samples: number;
  /** Consider only the M largest audiences (null or absent: every ordinary account). */
  candidates?: number | null;
  /** celf (default): CELF greedy on `samples` live-edge samples; imm: OPIM-C with a guarantee (`samples` then only feed the live-edge estimates). */
  method?: 'celf' | 'imm';
  /** imm: ε of the target 1 − 1/e − ε (absent: OPIMC_DEFAULTS.epsilon). */
  epsilon?: number;
  /** imm: failure probability δ (absent or null: 1/n). */
  delta?: number | null;
  /** How KOL accounts enter: never as seeds (excluded, default) or as one hired range at their fee (at-fee, imm only). */
  kols?: KolsMode;
}

/** How KOL accounts enter a best-seeds search (the CLI's --kols, the page's choice). */
export type KolsMode = 'excluded' | 'at-fee';

/** A whole-number field out of its range. */
export interface RangeProblem {
  field: 'k' | 'samples' | 'candidates';
  kind: 'range';
  min: number;
  max: number;
  got: number;
  /** For k: the limit is the candidates considered, not the network's accounts. */
  limitedBy?: 'nodes' | 'candidates';
}

/** Why a request cannot run, as data. */
export type BestSeedsProblem =
  | { field: 'model'; kind: 'needsDividend'; got: string }
  | { field: 'network.resample'; kind: 'resample' }
  | { field: 'strategy'; kind: 'noStrategy'; count: number; got: number }
  | RangeProblem
  | FractionProblem
  | KolsProblem;

/** Why KOL accounts cannot enter at their fee. */
export type KolsProblem =
  | { field: 'kols'; kind: 'atFeeNeedsImm' }
  | { field: 'kols'; kind: 'atFeeNeedsDividend'; got: string }
  | { field: 'economics.costPerSeed'; kind: 'atFeeNeedsPrice'; got: number };

/**
 * The at-fee refusals that need no graph, for the page and the CLI alike: `method` and `kols` as
 * asked; `scenario` (optional: the CLI asks at parse time without one) for the model and the price.
 */
export function checkKolsMode(request: Pick<BestSeedsRequest, 'method' | 'kols'>, scenario?: Scenario): KolsProblem[] {
  if (request.kols !== 'at-fee') return [];
  const problems: KolsProblem[] = [];
  if (request.method !== 'imm') problems.push({ field: 'kols', kind: 'atFeeNeedsImm' });
  if (scenario === undefined) return problems;
  if (scenario.model.kind !== 'dividend') problems.push({ field: 'kols', kind: 'atFeeNeedsDividend', got: scenario.model.kind });
  else if (!(scenario.model.economics.costPerSeed > 0)) problems.push({ field: 'economics.costPerSeed', kind: 'atFeeNeedsPrice', got: scenario.model.economics.costPerSeed });
  return problems;
}

/** ε or δ of OPIM-C outside (0, 1). */
export interface FractionProblem {
  field: 'epsilon' | 'delta';
  kind: 'fraction';
  got: number;
}

/** OPIM-C's ε and δ (δ null: 1/n), each strictly between 0 and 1; the same check for the page and the CLI. */
export function checkOpimcParameters(epsilon: number, delta: number | null): FractionProblem[] {
  const problems: FractionProblem[] = [];
  if (!(epsilon > 0 && epsilon < 1)) problems.push({ field: 'epsilon', kind: 'fraction', got: epsilon });
  if (delta !== null && !(delta > 0 && delta < 1)) problems.push({ field: 'delta', kind: 'fraction', got: delta });
  return problems;
}

/** The most seed users k may ask for in `scenario`, and the samples limit. */
export function bestSeedsLimits(scenario: Scenario, candidates: number | null = null): { maxK: number; maxSamples: number; limitedBy: 'nodes' | 'candidates' } {
  const nodes = scenario.network.nodes;
  const byCandidates = candidates !== null && candidates < nodes;
  return { maxK: byCandidates ? candidates : nodes, maxSamples: MAX_GREEDY_SAMPLES, limitedBy: byCandidates ? 'candidates' : 'nodes' };
}

const whole = (x: number, min: number, max: number) => Number.isInteger(x) && x >= min && x <= max;

/** Every problem of `request` for `scenario` (validated), in the order a form shows them; [] when it can run. */
export function checkBestSeedsRequest(scenario: Scenario, request: BestSeedsRequest): BestSeedsProblem[] {
  const problems: BestSeedsProblem[] = [];
  if (scenario.model.kind !== 'dividend') problems.push({ field: 'model', kind: 'needsDividend', got: scenario.model.kind });
  if (scenario.network.resample) problems.push({ field: 'network.resample', kind: 'resample' });
  if (!whole(request.strategy, 0, scenario.strategies.length - 1))
    problems.push({ field: 'strategy', kind: 'noStrategy', count: scenario.strategies.length, got: request.strategy });
  const candidates = request.candidates ?? null;
  const nodes = scenario.network.nodes;
  const candidatesOk = candidates === null || whole(candidates, 1, nodes);
  const { maxK, maxSamples, limitedBy } = bestSeedsLimits(scenario, candidatesOk ? candidates : null);
  if (!whole(request.k, 1, maxK)) problems.push({ field: 'k', kind: 'range', min: 1, max: maxK, got: request.k, limitedBy });
  // With OPIM-C the samples only give the live-edge estimates beside the evaluation (compareSeeding.ts).
  if (!whole(request.samples, 1, maxSamples)) problems.push({ field: 'samples', kind: 'range', min: 1, max: maxSamples, got: request.samples });
  if (request.method === 'imm') problems.push(...checkOpimcParameters(request.epsilon ?? OPIMC_DEFAULTS.epsilon, request.delta ?? null));
  if (!candidatesOk) problems.push({ field: 'candidates', kind: 'range', min: 1, max: nodes, got: candidates });
  if (scenario.model.kind === 'dividend') problems.push(...checkKolsMode(request, scenario));
  return problems;
}

/** One English line for a problem (the CLI's message, and the job's RangeError). */
export function bestSeedsProblemLine(problem: BestSeedsProblem): string {
  switch (problem.kind) {
    case 'needsDividend':
      return `best-seeds needs the dividend model (model.kind "dividend"), not "${problem.got}"`;
    case 'resample':
      return 'network.resample: best-seeds needs one shared network (a seed set names accounts of one world); set it to false';
    case 'noStrategy':
      return `strategy: no strategy number ${problem.got + 1} (the scenario has ${problem.count})`;
    case 'atFeeNeedsImm':
      return '--kols at-fee needs --method imm (CELF on live-edge samples keeps KOL accounts out; the choice at their fee, with its guarantee, is OPIM-C’s)';
    case 'atFeeNeedsDividend':
      return `--kols at-fee needs the dividend model (KOL fees and the kols lever); a "${problem.got}" model has neither`;
    case 'atFeeNeedsPrice':
      return `--kols at-fee: economics.costPerSeed: must be positive when KOLs enter at their fee (the budget is k × costPerSeed); got ${problem.got}`;
    case 'fraction':
      return `--${problem.field} must be a number strictly between 0 and 1; got ${problem.got}`;
    case 'range': {
      const what =
        problem.field === 'k'
          ? problem.limitedBy === 'candidates'
            ? ' (the candidates considered)'
            : ' (the seed users this network has: its ordinary accounts; KOL accounts are hired, never seed users)'
          : problem.field === 'candidates'
            ? ' (the network’s ordinary accounts)'
            : '';
      return `--${problem.field} must be a whole number between ${problem.min} and ${problem.max}${what}; got ${problem.got}`;
    }
  }
}
