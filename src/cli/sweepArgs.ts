/**
 * Command-line options of `lab sweep` and `lab frontier` (parsed apart from the other commands
 * because `--param`, `--from`, `--to` and `--steps` repeat: the i-th of each belong together).
 */
import type { ParseArgsConfig } from 'node:util';
import type { SweepParamSpec } from '../sweep/sweepPlan';
import { DEFAULT_FRONTIER_LEVELS, type FrontierLevels } from '../sweep/frontierPlan';
import { UserError } from './userError';
import { parseOptions } from './parseOptions';

/** Options both commands take. */
export interface SeriesCliArgs {
  file: string;
  /** --help was given: print the help text and do nothing else. */
  help: boolean;
  strategy?: string;
  runs?: string;
  seed?: string;
  workers?: string;
  format: 'json' | 'csv';
  bom: boolean;
  out?: string;
  /** `I/N`: compute shard I of N and write a partial result (lab merge joins them). */
  shard?: string;
  /** --format was given (refused beside --shard). */
  formatGiven: boolean;
}

export interface SweepCliArgs extends SeriesCliArgs {
  params: SweepParamSpec[];
}

export interface FrontierCliArgs extends SeriesCliArgs {
  budget: number;
  levels: FrontierLevels;
  maxReward?: number;
}

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  strategy: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string' },
  bom: { type: 'boolean' },
  out: { type: 'string' },
  shard: { type: 'string' },
} as const;

/** The command's options and its one scenario FILE (parseOptions.ts: one-line user errors). */
function parse(command: string, argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  const parsed = parseOptions(argv, options, command);
  const [file, ...extra] = parsed.positionals;
  if (parsed.values.help === true) return { file: '', values: parsed.values as Record<string, string | string[] | boolean | undefined>, help: true };
  if (file === undefined) throw new UserError(`${command}: missing scenario FILE (see --help)`);
  if (extra.length > 0) throw new UserError(`${command}: unexpected argument "${extra[0].slice(0, 40)}" (see --help)`);
  return { file, values: parsed.values as Record<string, string | string[] | boolean | undefined>, help: false };
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** A finite number typed on the command line. */
function parseNumberOption(option: string, text: string): number {
  if (!NUMBER.test(text) || !Number.isFinite(Number(text))) throw new UserError(`--${option}: must be a number (got "${text.slice(0, 20)}")`);
  return Number(text);
}

function parseIntegerOption(option: string, text: string): number {
  const n = parseNumberOption(option, text);
  if (!Number.isInteger(n)) throw new UserError(`--${option}: must be a whole number (got "${text.slice(0, 20)}")`);
  return n;
}

function common(command: string, file: string, values: Record<string, string | string[] | boolean | undefined>, help: boolean): SeriesCliArgs {
  const format = (values.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UserError(`${command}: --format must be json or csv (got "${format.slice(0, 20)}")`);
  if (values.bom && format !== 'csv') throw new UserError(`${command}: --bom only with --format csv`);
  return {
    file,
    help,
    strategy: values.strategy as string | undefined,
    runs: values.runs as string | undefined,
    seed: values.seed as string | undefined,
    workers: values.workers as string | undefined,
    format,
    bom: values.bom === true,
    out: values.out as string | undefined,
    shard: values.shard as string | undefined,
    formatGiven: values.format !== undefined,
  };
}

/** `sweep FILE --param PATH --from A --to B --steps K [--param PATH2 --from A2 --to B2 --steps K2] …` */
export function parseSweepArgs(argv: string[]): SweepCliArgs {
  const { file, values, help } = parse('sweep', argv, {
    ...COMMON,
    param: { type: 'string', multiple: true },
    from: { type: 'string', multiple: true },
    to: { type: 'string', multiple: true },
    steps: { type: 'string', multiple: true },
  });
  if (help) return { ...common('sweep', file, {}, true), params: [] };
  const list = (name: string) => (values[name] as string[] | undefined) ?? [];
  const paths = list('param');
  if (paths.length === 0) throw new UserError('sweep: missing --param PATH (e.g. --param strategies[0].content.quality)');
  if (paths.length > 2) throw new UserError(`sweep: at most two --param (got ${paths.length})`);
  for (const option of ['from', 'to', 'steps']) {
    if (list(option).length !== paths.length)
      throw new UserError(`sweep: give --${option} once per --param (${paths.length} --param, ${list(option).length} --${option})`);
  }
  const params = paths.map((path, i) => ({
    path,
    from: parseNumberOption('from', list('from')[i]),
    to: parseNumberOption('to', list('to')[i]),
    steps: parseIntegerOption('steps', list('steps')[i]),
  }));
  return { ...common('sweep', file, values, false), params };
}

/** `--grid 4x3x3x3` (seeds × KOLs × rewards × ads) or one number for every lever. */
function parseGrid(text: string | undefined): FrontierLevels {
  if (text === undefined) return { ...DEFAULT_FRONTIER_LEVELS };
  const parts = text.trim().split(/\s*[x×,]\s*/i);
  const bad = () => new UserError(`--grid: must be four level counts SEEDSxKOLSxREWARDSxADS such as 4x3x3x3, or one count for all (got "${text.slice(0, 20)}")`);
  if (!(parts.length === 1 || parts.length === 4) || parts.some((p) => !/^\d{1,3}$/.test(p))) throw bad();
  const n = parts.map(Number);
  const [seeds, kols, rewards, ads] = n.length === 1 ? [n[0], n[0], n[0], n[0]] : n;
  return { seeds, kols, rewards, ads };
}

/** `frontier FILE --budget B [--strategy NAME] [--grid G] [--max-reward R] …` */
export function parseFrontierArgs(argv: string[]): FrontierCliArgs {
  const { file, values, help } = parse('frontier', argv, {
    ...COMMON,
    budget: { type: 'string' },
    grid: { type: 'string' },
    'max-reward': { type: 'string' },
  });
  if (help) return { ...common('frontier', file, {}, true), budget: NaN, levels: parseGrid(undefined) };
  if (values.budget === undefined) throw new UserError('frontier: missing --budget B (the total budget, in the scenario’s currency)');
  const maxReward = values['max-reward'] === undefined ? undefined : parseNumberOption('max-reward', values['max-reward'] as string);
  return {
    ...common('frontier', file, values, false),
    budget: parseNumberOption('budget', values.budget as string),
    levels: parseGrid(values.grid as string | undefined),
    maxReward,
  };
}
