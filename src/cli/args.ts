/** Command-line parsing for `lab`: strict (unknown options are user errors), one-line messages. */
import { UserError } from './userError';
import { parseOptions } from './parseOptions';

const COMMANDS = ['run', 'network', 'validate', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  file: string | null;
  runs?: string;
  seed?: string;
  workers?: string;
  format?: string;
  perStep: boolean;
  bom: boolean;
  /** Put the representative run's per-node traces in the JSON result. */
  traces: boolean;
  out?: string;
  /** A calibration result whose posterior becomes the scenario's uncertainty. */
  uncertaintyFrom?: string;
  /** `I/N`: compute shard I of N and write a partial result (lab merge joins them). */
  shard?: string;
  help: boolean;
}

/** Options each command accepts (anything else is reported). */
const ALLOWED: Record<Command, readonly string[]> = {
  run: ['runs', 'seed', 'workers', 'format', 'per-step', 'bom', 'traces', 'out', 'uncertainty-from', 'shard'],
  network: ['seed', 'out'],
  validate: [],
  help: [],
};

export function parseCliArgs(argv: string[]): CliArgs {
  const parsed = parseOptions(argv, {
    runs: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    format: { type: 'string' },
    'per-step': { type: 'boolean' },
    bom: { type: 'boolean' },
    traces: { type: 'boolean' },
    out: { type: 'string' },
    'uncertainty-from': { type: 'string' },
    shard: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const { values, positionals } = parsed;
  const help = values.help === true;
  const [commandWord, file, ...extra] = positionals;
  if (commandWord === undefined) {
    if (help) return { command: 'help', file: null, perStep: false, bom: false, traces: false, help };
    throw new UserError('missing command: run, sweep, frontier, best-seeds, network or validate (see --help)');
  }
  if (!(COMMANDS as readonly string[]).includes(commandWord))
    throw new UserError(`unknown command "${commandWord.slice(0, 40)}": use run, sweep, frontier, best-seeds, network or validate (see --help)`);
  const command = commandWord as Command;
  if (command !== 'help' && !help) {
    if (file === undefined) throw new UserError(`${command}: missing scenario FILE (see --help)`);
    if (extra.length > 0) throw new UserError(`${command}: unexpected argument "${extra[0].slice(0, 40)}" (see --help)`);
    for (const option of Object.keys(values)) {
      if (option !== 'help' && !ALLOWED[command].includes(option))
        throw new UserError(`${command}: option --${option} does not apply to this command (see --help)`);
    }
  }
  return {
    command,
    file: file ?? null,
    runs: values.runs,
    seed: values.seed,
    workers: values.workers,
    format: values.format,
    perStep: values['per-step'] === true,
    bom: values.bom === true,
    traces: values.traces === true,
    out: values.out,
    uncertaintyFrom: values['uncertainty-from'],
    shard: values.shard,
    help,
  };
}

export const HELP_TEXT = `Dividend Lab — simulate content spreading through a synthetic social network.

Usage:
  npm run lab -- run FILE [options]     simulate every strategy × run, print the result
  npm run lab -- network FILE [--out PATH] [--seed S]
                                        statistics of run 0's network as JSON
  npm run lab -- sweep FILE --param PATH --from A --to B --steps K [--param PATH2 --from A2 --to B2 --steps K2] [options]
                                        sweep one or two numeric fields over a grid (same seed and runs at every point)
  npm run lab -- frontier FILE --budget B [--strategy NAME] [--grid SxKxRxA] [--max-reward R] [options]
                                        conversions against cost of allocations of a budget, with the Pareto frontier
  npm run lab -- best-seeds FILE --k K [--samples R] [--strategy NAME] [--candidates M] [options]
                                        greedy seed set of K seed users beside the seeding heuristics
                                        (npm run lab -- best-seeds --help for details)
  npm run lab -- calibrate FILE --observed OBS.csv --fit PATH=LO:HI [--fit …] [options]
                                        fit parameters to an observed campaign (ABC-SMC; calibrate --help)
  npm run lab -- run|sweep|frontier FILE … --shard I/N
                                        compute shard I of N (0 ≤ I < N: a block of runs, grid points or
                                        frontier batches) and write a partial result as JSON
  npm run lab -- merge PART… [--format json|csv] [--per-step] [--bom] [--out PATH]
                                        join all N partial results: the same output as the unsharded command
  npm run lab -- validate FILE          print "ok", or every problem of the file
  npm run lab -- --help

Options of run:
  --runs N          Monte Carlo runs per strategy (overrides the file; 1–10000)
  --seed S          random seed text (overrides the file; same seed → same numbers)
  --workers K       worker threads (default: all cores)
  --format F        json (default) or csv (one row per strategy and run)
  --per-step        csv with one row per strategy, run and step
  --bom             start CSV with a UTF-8 byte order mark (for Excel)
  --traces          json: add the representative run's per-node traces (dividend model;
                    reached/shared/converted/muted step and who reached each node first)
  --out PATH        write to PATH instead of standard output
  --uncertainty-from CALIBRATION.json
                    draw each run's world from a calibration's posterior (replaces the file's
                    uncertainty); the result gains robustness: win shares, sensitivity, verdict

Sharding (run, sweep, frontier): --shard I/N computes shard I of N (0 ≤ I < N; a contiguous block of
  runs, grid points or frontier batches) and writes a partial result (JSON) instead of the result; every
  other option must be the same on all shards. merge PART… joins all N parts (any order) into exactly the
  unsharded output; --format, --per-step, --bom and --out go to merge. Missing, repeated or foreign parts: exit 2.

Options of sweep and frontier: --strategy NAME (simulate only this strategy; frontier: the one whose
  money is reallocated, default the first), --runs N, --seed S, --workers K, --format json|csv, --bom, --out PATH.
  sweep: PATH names a number of the scenario, e.g. strategies[0].content.quality, strategies[*].seeding.count,
  model.economics.costPerSeed, runs; --steps is the number of grid points (ends included); whole-number
  fields (counts, steps) are rounded. frontier: --grid gives the levels of seed users × KOLs × reward per
  share × ads (default 4x3x3x3); --max-reward the top reward level (default valuePerConversion / 10).

Exit codes: 0 success, 2 bad input (one-line message on stderr), 1 internal error.
`;
