/**
 * `lab best-seeds FILE --k K [--samples R] [--strategy NAME] [--candidates M] [--runs N]
 * [--seed S] [--format json|csv] [--bom] [--out PATH]`: the greedy seed set of budget K for one
 * strategy of a dividend scenario, beside every seeding heuristic with the same budget
 * (compareSeedingToGreedy, the function the browser's Analyse area runs in its worker, so the
 * numbers are identical). Single thread: greedy is sequential, and the evaluation is 6 × runs
 * dividend runs. Bad input is a UserError: one line, exit code 2.
 */
import { GREEDY_DEFAULTS, MAX_GREEDY_SAMPLES, type GreedyProgress } from '../../core/influence/lazyGreedy';
import { OPIMC_DEFAULTS } from '../../core/influence/opimc';
import type { LiveArcRule } from '../../core/influence/rrSets';
import type { Graph } from '../../core/graph';
import { rootKey } from '../../core/random';
import type { DividendScenario } from '../../core/scenario';
import { bestSeeds } from '../../runtime/bestSeedsJob';
import { bestSeedsProblemLine, checkBestSeedsRequest, checkKolsMode, checkOpimcParameters } from '../../runtime/bestSeedsRules';
import { NetworkCache } from '../../runtime/networkCache';
import { prettyJson } from '../../runtime/prettyJson';
import { BEST_SEEDS_CAVEAT, bestSeedsCsv, bestSeedsJson } from '../../runtime/bestSeedsFormat';
import type { CliIO } from '../cli';
import { loadScenarioFile } from '../loadScenarioFile';
import { sinkFor, writeAll } from '../output';
import { labMeta } from '../labMeta';
import { problemsLine, UserError } from '../userError';
import { parseOptions } from '../parseOptions';
import { parseWorkers } from '../workerCount';
import { cascadeBestSeeds, checkCascadeScenario, type CascadeScenario } from './bestSeedsCascade';
import { immJson, immSeeds } from './immSeeds';
import { opimcChooser, requestArcRule } from '../../runtime/opimcBestSeeds';
import { immSeedsAtFee } from './immSeedsAtFee';

export const BEST_SEEDS_HELP = `Usage:
  npm run lab -- best-seeds FILE --k K [options]
                        the greedy seed set of K seed users for one strategy of a dividend
                        scenario, beside random, degree, bridges, k-core and core-fans seeding
Options:
  --k K             seed budget (1 … the network’s seed users: nodes, KOL accounts excluded;
                    at most --candidates when given; the page checks the same rules)
  --method M        celf (default: CELF greedy on --samples live-edge samples) or imm (reverse-
                    reachable sets, OPIM-C of Tang et al. 2018: with probability ≥ 1 − δ the set's
                    expected sharers are ≥ the reported ratio × the best possible, and the ratio
                    is ≥ 1 − 1/e − ε unless the memory cap stopped it)
  --epsilon E       imm: ε in (0, 1) (default ${OPIMC_DEFAULTS.epsilon}: guarantee 1 − 1/e − ε ≈ 0.532)
  --delta D         imm: failure probability δ in (0, 1) (default 1/nodes)
  --workers K       imm: threads drawing the reverse-reachable sets (default: every core);
                    the result is the same for any K
  --kols MODE       excluded (default: KOL accounts are never candidates; the strategy's own
                    KOL hiring is kept) or at-fee (imm only, dividend model: the budget
                    k × costPerSeed buys the best affordable KOL range at its fee, or none, and
                    seed users with the rest, with the same guarantee; the sets are drawn on
                    one thread; the other rows spend the budget on k seed users, no KOL)
  --samples R       live-edge samples greedy learns from (default ${GREEDY_DEFAULTS.samples}; 1–${MAX_GREEDY_SAMPLES});
                    runs runs … runs+R−1, so the evaluation on runs 0 … runs−1 is out of sample
  --strategy NAME   the strategy whose levers every method keeps (default: the first)
  --candidates M    consider only the M accounts with the largest audience (default: all)
  --runs N, --seed S  override the file's runs (evaluation) and random seed
  --format F        json (default: seeds, marginal gains, every method) or csv (one row per method)
  --bom             CSV with a UTF-8 byte order mark (Excel)
  --out PATH        write to PATH instead of standard output
Note: ${BEST_SEEDS_CAVEAT}.
KOL accounts are never proposed as seed users (they are hired through a strategy's kols, at
their fee; --kols at-fee lets OPIM-C decide that hiring). Conversions are incremental: the lift over the same run without a campaign.
`;

export interface BestSeedsArgs {
  file: string;
  help: boolean;
  k: number;
  method: 'celf' | 'imm';
  /** How KOL accounts enter: never (excluded) or as a hired range at their fee (at-fee, imm only). */
  kols: 'excluded' | 'at-fee';
  epsilon: number;
  delta: number | null;
  workers: number;
  samples: number;
  strategy?: string;
  candidates: number | null;
  runs?: string;
  seed?: string;
  format: 'json' | 'csv';
  bom: boolean;
  out?: string;
}

/** A whole number as typed; its range is the shared rules' (bestSeedsRules.ts), which know the network. */
function wholeOption(name: string, text: string): number {
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n)) throw new UserError(`best-seeds: --${name} must be a whole number (got "${text.slice(0, 20)}")`);
  return n;
}

/** Parse the command's own arguments (parseOptions.ts: one-line errors). */
export function parseBestSeedsArgs(argv: string[]): BestSeedsArgs {
  const parsed = parseOptions(
    argv,
    {
      help: { type: 'boolean', short: 'h' },
      k: { type: 'string' },
      method: { type: 'string' },
      kols: { type: 'string' },
      epsilon: { type: 'string' },
      delta: { type: 'string' },
      workers: { type: 'string' },
      samples: { type: 'string' },
      strategy: { type: 'string' },
      candidates: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string' },
      bom: { type: 'boolean' },
      out: { type: 'string' },
    },
    'best-seeds',
  );
  const { values, positionals } = parsed;
  const base = { bom: values.bom === true, out: values.out, runs: values.runs, seed: values.seed, strategy: values.strategy };
  if (values.help === true) return { ...base, file: '', help: true, k: 0, method: 'celf', kols: 'excluded', epsilon: 0, delta: null, workers: 1, samples: 0, candidates: null, format: 'json' };
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UserError('best-seeds: missing scenario FILE (see --help)');
  if (extra.length > 0) throw new UserError(`best-seeds: unexpected argument "${extra[0].slice(0, 40)}" (see --help)`);
  if (values.k === undefined) throw new UserError('best-seeds: missing --k K (the seed budget)');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UserError(`best-seeds: --format must be json or csv (got "${format.slice(0, 20)}")`);
  if (base.bom && format !== 'csv') throw new UserError('best-seeds: --bom only with --format csv');
  const method = values.method ?? 'celf';
  if (method !== 'celf' && method !== 'imm') throw new UserError(`best-seeds: --method must be celf or imm (got "${method.slice(0, 20)}")`);
  if (method !== 'imm' && (values.epsilon !== undefined || values.delta !== undefined || values.workers !== undefined))
    throw new UserError('best-seeds: --epsilon, --delta and --workers only with --method imm');
  const kols = values.kols ?? 'excluded';
  if (kols !== 'excluded' && kols !== 'at-fee') throw new UserError(`best-seeds: --kols must be excluded or at-fee (got "${kols.slice(0, 20)}")`);
  // The at-fee rules the page's form uses too (bestSeedsRules.ts checkKolsMode); the scenario's part once it is loaded.
  const [kolsProblem] = checkKolsMode({ method, kols });
  if (kolsProblem !== undefined) throw new UserError(`best-seeds: ${bestSeedsProblemLine(kolsProblem)}`);
  const fraction = (name: 'epsilon' | 'delta', text: string | undefined): number | null => {
    if (text === undefined) return null;
    const x = Number(text);
    if (!/^\s*[0-9.eE+-]+\s*$/.test(text) || !Number.isFinite(x)) throw new UserError(`best-seeds: --${name} must be a number strictly between 0 and 1 (got "${text.slice(0, 20)}")`);
    return x;
  };
  const epsilon = fraction('epsilon', values.epsilon) ?? OPIMC_DEFAULTS.epsilon;
  const delta = fraction('delta', values.delta);
  // The range is the shared rules' (bestSeedsRules.ts, as the page's form): here already, since the cascade path has no request.
  const [bad] = checkOpimcParameters(epsilon, delta);
  if (bad !== undefined) throw new UserError(`best-seeds: ${bestSeedsProblemLine(bad)}`);
  return {
    method,
    kols,
    epsilon,
    delta,
    workers: method === 'imm' ? parseWorkers(values.workers) : 1,
    ...base,
    file,
    help: false,
    // Whole numbers here; their ranges are the shared rules' (bestSeedsRules.ts), checked once the scenario is loaded.
    k: wholeOption('k', values.k),
    samples: values.samples === undefined ? GREEDY_DEFAULTS.samples : wholeOption('samples', values.samples),
    candidates: values.candidates === undefined ? null : wholeOption('candidates', values.candidates),
    format,
  };
}

/** The scenario, checked for what best-seeds needs beyond validity. */
async function loadDividendScenario(args: BestSeedsArgs, io: CliIO): Promise<{ scenario: DividendScenario; strategy: number } | { cascade: CascadeScenario }> {
  const loaded = await loadScenarioFile(args.file, { runs: args.runs, seed: args.seed });
  if (!loaded.ok) throw new UserError(problemsLine(args.file, loaded.errors));
  for (const warning of loaded.warnings) io.stderrLine(`warning: ${warning}`);
  const scenario = loaded.scenario;
  if (scenario.model.kind === 'independent-cascade' && args.method === 'imm') {
    // The at-fee rules of the page's form too (bestSeedsRules.ts): an Independent Cascade scenario has no KOL fees.
    const [kolsProblem] = checkKolsMode(args, scenario);
    if (kolsProblem !== undefined) throw new UserError(`best-seeds: ${bestSeedsProblemLine(kolsProblem)}`);
    return { cascade: checkCascadeScenario(args.file, scenario, args.k, { strategy: args.strategy }) };
  }
  let strategy = 0;
  if (args.strategy !== undefined) {
    strategy = scenario.strategies.findIndex((s) => s.name === args.strategy);
    if (strategy < 0) {
      const names = scenario.strategies.map((s) => JSON.stringify(s.name)).join(', ');
      throw new UserError(`best-seeds: --strategy: no strategy named ${JSON.stringify(args.strategy.slice(0, 100))} (the scenario has ${names})`);
    }
  }
  // The rules the page uses too (bestSeedsRules.ts): the model, one network, k, samples, candidates.
  const [problem] = checkBestSeedsRequest(scenario, { strategy, k: args.k, samples: args.samples, candidates: args.candidates, method: args.method, epsilon: args.epsilon, delta: args.delta, kols: args.kols });
  if (problem !== undefined) {
    const where = problem.field === 'model' || problem.field === 'network.resample' ? `${args.file}: ` : '';
    throw new UserError(`${where}best-seeds: ${bestSeedsProblemLine(problem)}`);
  }
  return { scenario: scenario as DividendScenario, strategy };
}

const PHASES: Record<GreedyProgress['phase'], string> = { samples: 'samples', gains: 'first gains', seeds: 'seeds', evaluate: 'evaluation runs' };

/** `lab best-seeds …` */
export async function bestSeedsCommand(argv: string[], io: CliIO): Promise<void> {
  const started = performance.now();
  const args = parseBestSeedsArgs(argv);
  if (args.help) return writeAll(io.stdout, [BEST_SEEDS_HELP]);
  const loaded = await loadDividendScenario(args, io);
  if ('cascade' in loaded) {
    return cascadeBestSeeds(args, loaded.cascade, io, started);
  }
  const { scenario, strategy } = loaded;
  const root = rootKey(scenario.seed);
  const cache = new NetworkCache();
  const graph = cache.get(scenario.network, scenario.seed, root, 0).graph;
  const networkMs = performance.now() - started;
  const show = io.progress;
  let rule: LiveArcRule | null = null;
  if (args.method === 'imm') {
    try {
      rule = requestArcRule(graph, scenario, strategy, root);
    } catch (error) {
      throw new UserError(`best-seeds: --method imm: ${(error as Error).message}`);
    }
  }
  const evaluation = show && ((p: GreedyProgress) => show(`\r${PHASES[p.phase]} ${p.done}/${p.total}\x1b[K`));
  // At fee: the runtime function the page's worker calls too (opimcAtFeeBestSeeds.ts), search and evaluation.
  const atFee = rule !== null && args.kols === 'at-fee' ? immSeedsAtFee(args, scenario, strategy, cache, io, evaluation) : null;
  const rr = atFee !== null ? atFee.imm : rule === null ? null : await immSeeds(args, graph, rule, root, io);
  const chooseSeeds = rr === null ? undefined : opimcChooser(rr.result);
  // The same function and rules as the page's worker (bestSeedsJob.ts), on the same world.
  const comparison =
    atFee ??
    withDefaultSigint(io, () =>
      bestSeeds(
        scenario,
        { strategy, k: args.k, samples: args.samples, candidates: args.candidates },
        { chooseSeeds: () => chooseSeeds, cancelled: () => io.signal?.aborted === true, onProgress: evaluation },
        cache,
      ),
    );
  show?.('\r\x1b[K');
  const sink = await sinkFor(args.out, io.stdout);
  if (args.format === 'csv') {
    await writeAll(sink, [bestSeedsCsv(scenario, strategy, comparison, args.bom)]);
    return;
  }
  const result = bestSeedsJson(scenario, strategy, comparison);
  // bestSeedsJson writes `kols` and the at-fee note from the comparison (the page's download too).
  if (rr !== null && atFee === null) result.imm = immJson(rr);
  result.meta = labMeta({ timings: { networkMs, totalMs: performance.now() - started } });
  await writeAll(sink, [`${prettyJson(result)}\n`]);
}

/**
 * Run a long synchronous computation so that Ctrl-C still stops it. Node delivers signals to JS
 * listeners only between tasks, and the process entry listens for SIGINT (to abort the worker
 * pools), so a blocked main thread would ignore Ctrl-C; without a listener the default action
 * ends the process at once (exit status 130). Only done for the real process (io.signal set).
 */
export function withDefaultSigint<T>(io: CliIO, compute: () => T): T {
  if (io.signal === undefined) return compute();
  const listeners = process.rawListeners('SIGINT') as ((...args: unknown[]) => void)[];
  process.removeAllListeners('SIGINT');
  try {
    return compute();
  } finally {
    for (const listener of listeners) process.on('SIGINT', listener);
  }
}

export { IMM_NOTE } from './immSeeds';
export { BEST_SEEDS_CAVEAT, BEST_SEEDS_CSV_HEADER, bestSeedsCsv, bestSeedsJson, CONVERSIONS_NOTE } from '../../runtime/bestSeedsFormat';
