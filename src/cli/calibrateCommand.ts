/**
 * `lab calibrate FILE --observed OBS.csv --fit PATH=LO:HI [--fit …] [--particles N]
 * [--generations G] [--runs-per-particle R] [--strategy NAME] [--seed S] [--workers K]
 * [--format json|csv] [--bom] [--out PATH] [--state FILE]`: fit the scenario's parameters to an
 * observed campaign with ABC-SMC (src/calibration/abcSmc.ts) on worker threads. Bad input — an
 * unreadable file, a mis-shaped observed CSV, a bad path or range, a state file of another
 * calibration — is one line on stderr and exit code 2.
 *
 * `--state FILE` writes the algorithm's state after every generation (atomically: a temporary file
 * renamed over it) and, when FILE exists, continues from it: an interrupted calibration resumed
 * with the same arguments gives the same numbers as an uninterrupted one.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { calibrate } from '../calibration/abcSmc';
import { ABC_LIMITS, DEFAULT_ABC_OPTIONS, type AbcOptions } from '../calibration/abcOptions';
import type { CalibrationState } from '../calibration/abcState';
import { withNodePoolEvaluator } from '../calibration/calibrationPool.node.ts';
import { CalibrationInputError, shownText } from '../calibration/calibrationError';
import { buildCalibrationResult, posteriorCsv } from '../calibration/calibrationResult';
import { calibrationStateJson, parseCalibrationState } from '../calibration/calibrationState';
import { parseFitSpec, planFit } from '../calibration/fitParams';
import { parseObservedCsv } from '../calibration/observedTimeline';
import { prettyJson } from '../runtime/prettyJson';
import type { CliIO } from './cli';
import { loadScenarioFile } from './loadScenarioFile';
import { sinkFor, writeAll } from './output';
import { labMeta } from './labMeta';
import { parseWorkers } from './workerCount';
import { describeFsError, problemsLine, UserError } from './userError';
import { parseOptions } from './parseOptions';

/** The help of this command (also appended to `lab --help` by the lead's merge, if wanted). */
const CALIBRATE_HELP = `npm run lab -- calibrate FILE --observed OBS.csv --fit PATH=LO:HI [--fit PATH2=LO2:HI2 …] [options]
  Fit parameters of the scenario to an observed campaign (ABC-SMC; see the README, "Calibrate to your own campaign").
  --observed OBS.csv        step plus any of reached, shared, converted (cumulative counts; sparse rows allowed)
  --fit PATH=LO:HI          a numeric field of the scenario and its uniform prior range (repeatable, at most 8)
  --particles N             particles per generation (default ${DEFAULT_ABC_OPTIONS.particles})
  --generations G           most generations, the prior's included (default ${DEFAULT_ABC_OPTIONS.generations})
  --runs-per-particle R     runs simulated per particle, run indices 0 … R−1 (default ${DEFAULT_ABC_OPTIONS.runsPerParticle})
  --strategy NAME           the strategy that ran (needed when the scenario has several)
  --state FILE              write the state after every generation; resume from it when it exists
  --seed S, --workers K, --format json|csv (csv: the posterior particles), --bom, --out PATH
`;

interface CalibrateArgs {
  file: string;
  observed: string;
  fits: string[];
  options: AbcOptions;
  strategy?: string;
  seed?: string;
  workers?: string;
  format: 'json' | 'csv';
  bom: boolean;
  out?: string;
  state?: string;
}

function parseCalibrateArgs(argv: string[]): CalibrateArgs | null {
  const parsed = parseOptions(argv, OPTIONS, 'calibrate');
  const v = parsed.values;
  if (v.help) return null;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new UserError('calibrate: missing scenario FILE (see --help)');
  if (extra.length > 0) throw new UserError(`calibrate: unexpected argument "${shownText(extra[0])}" (see --help)`);
  if (v.observed === undefined) throw new UserError('calibrate: missing --observed OBS.csv (the observed timeline: step plus any of reached, shared, converted)');
  const fits = v.fit ?? [];
  if (fits.length === 0) throw new UserError('calibrate: missing --fit PATH=LO:HI (e.g. --fit strategies[0].content.quality=0.05:0.4)');
  const format = v.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UserError(`calibrate: --format must be json or csv (got "${shownText(format, 20)}")`);
  if (v.bom && format !== 'csv') throw new UserError('calibrate: --bom only with --format csv');
  const int = (name: keyof typeof ABC_LIMITS, option: string, fallback: number): number => {
    const text = v[option as keyof typeof v] as string | undefined;
    if (text === undefined) return fallback;
    const [lo, hi] = ABC_LIMITS[name];
    const n = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || n < lo || n > hi) throw new UserError(`--${option}: must be a whole number between ${lo} and ${hi} (got "${shownText(text, 20)}")`);
    return n;
  };
  const options: AbcOptions = {
    ...DEFAULT_ABC_OPTIONS,
    particles: int('particles', 'particles', DEFAULT_ABC_OPTIONS.particles),
    generations: int('generations', 'generations', DEFAULT_ABC_OPTIONS.generations),
    runsPerParticle: int('runsPerParticle', 'runs-per-particle', DEFAULT_ABC_OPTIONS.runsPerParticle),
  };
  return { file, observed: v.observed, fits, options, strategy: v.strategy, seed: v.seed, workers: v.workers, format, bom: v.bom === true, out: v.out, state: v.state };
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  observed: { type: 'string' },
  fit: { type: 'string', multiple: true },
  particles: { type: 'string' },
  generations: { type: 'string' },
  'runs-per-particle': { type: 'string' },
  strategy: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string' },
  bom: { type: 'boolean' },
  out: { type: 'string' },
  state: { type: 'string' },
} as const;

/** Calibration input errors become user errors (exit 2), prefixed with what they are about. */
function userError<T>(label: string | null, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof CalibrationInputError) throw new UserError(label === null ? error.message : `${label}: ${error.message}`);
    throw error;
  }
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${what} ${shownText(path, 200)}: ${describeFsError(error)}`);
  }
}

async function readState(path: string): Promise<CalibrationState | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw new UserError(`cannot read the state file ${shownText(path, 200)}: ${describeFsError(error)}`);
  }
  return userError(null, () => parseCalibrationState(text, shownText(path, 200)));
}

async function writeState(path: string, state: CalibrationState): Promise<void> {
  const temporary = `${path}.tmp`;
  try {
    await writeFile(temporary, calibrationStateJson(state));
    await rename(temporary, path);
  } catch (error) {
    throw new UserError(`cannot write the state file ${shownText(path, 200)}: ${describeFsError(error)}`);
  }
}

/** `lab calibrate …`; throws UserError for bad input. */
export async function calibrateCommand(argv: string[], io: CliIO): Promise<void> {
  const started = performance.now();
  const args = parseCalibrateArgs(argv);
  if (args === null) return writeAll(io.stdout, [CALIBRATE_HELP]);
  const wanted = parseWorkers(args.workers);
  const loaded = await loadScenarioFile(args.file, { seed: args.seed });
  if (!loaded.ok) throw new UserError(problemsLine(args.file, loaded.errors));
  for (const warning of loaded.warnings) io.stderrLine(`warning: ${warning}`);
  const scenario = loaded.scenario;
  const observedText = await readText(args.observed, 'the observed file');
  const observed = userError(shownText(args.observed, 200), () => parseObservedCsv(observedText));
  const specs = userError(null, () => args.fits.map(parseFitSpec));
  const plan = userError(args.file, () => planFit(scenario, specs, { strategy: args.strategy, runsPerParticle: args.options.runsPerParticle }));
  const strategy = plan.base.strategies[0].name;
  if (observed.strategy !== undefined && observed.strategy !== strategy)
    io.stderrLine(`warning: the observed file names strategy "${shownText(observed.strategy)}"; fitting it as "${shownText(strategy)}"`);
  const previous = args.state === undefined ? null : await readState(args.state);
  const planned = performance.now();
  const problem = { plan, observed, options: args.options };
  const workers = Math.max(1, Math.min(wanted, args.options.particles));
  const state = await withNodePoolEvaluator(workers, (evaluate) =>
    calibrate(problem, evaluate, {
      signal: io.signal,
      state: previous,
      onProgress:
        io.progress &&
        ((p) => io.progress!(`\rgeneration ${p.generation + 1}/${p.generations}, accepted ${p.accepted}/${p.particles}, simulations ${p.simulations}`)),
      onGeneration: args.state === undefined ? undefined : (s) => writeState(args.state!, s),
    }).catch((error: unknown) => {
      if (error instanceof CalibrationInputError) throw new UserError(error.message);
      throw error;
    }),
  );
  io.progress?.('\r\x1b[K');
  const simulated = performance.now();
  const result = buildCalibrationResult({
    scenario,
    strategy,
    observed,
    params: plan.params,
    options: args.options,
    state,
    meta: {},
  });
  result.meta = labMeta({
    workers,
    resumedFromGeneration: previous === null ? null : previous.generations.length,
    timings: { planMs: planned - started, poolMs: simulated - planned, totalMs: performance.now() - started },
  });
  const sink = await sinkFor(args.out, io.stdout);
  if (args.format === 'csv') return writeAll(sink, [posteriorCsv(result, { bom: args.bom })]);
  await writeAll(sink, [`${prettyJson(result)}\n`]);
}
