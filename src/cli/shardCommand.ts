/**
 * Sharded computations: `lab run|sweep|frontier FILE --shard I/N` computes shard I of N and writes
 * a partial result; `lab merge PART… [--format json|csv] [--per-step] [--bom] [--out PATH]`
 * rebuilds the full result from all N parts with the same code as the unsharded command, so the
 * output is byte-identical to it outside `meta`. Everything a user can get wrong (a missing or
 * repeated shard, parts of different scenarios, a file that is no part) is a one-line UserError.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Scenario } from '../core/scenario';
import { ResultCollector, type SimulationData } from '../runtime/collect';
import { assembleFrontier } from '../runtime/frontierResult';
import { buildResult, resultToJson, runsCsv, stepsCsvChunks } from '../runtime/resultFormat';
import type { NetworkSummary, RunBlock } from '../runtime/runBlock';
import { simulateSeries } from '../runtime/scenarioSeries';
import { simulateRunRange } from '../runtime/shardRuns.node.ts';
import { frontierCsv, seriesResultToJson, sweepCsv } from '../runtime/sweepFormat';
import { withNodePoolSimulator } from '../runtime/sweepPool.node.ts';
import { assembleSweep, pointStrategies, sweepMetricsOf, SWEEP_METRICS, type SweepMetric, type SweepPointResult, type VariantMetrics } from '../runtime/sweepResult';
import { planFrontier, type FrontierPlan } from '../sweep/frontierPlan';
import { SweepInputError } from '../sweep/sweepError';
import { planSweep, type SweepParamSpec, type SweepPlan } from '../sweep/sweepPlan';
import { decodeFloat64, decodeInt32, encodeNumbers } from '../shard/numberCodec';
import {
  asPartial,
  checkParts,
  fingerprintOf,
  PARTIAL_FORMAT,
  UNIT_OF,
  type EncodedRunBlock,
  type EncodedVariant,
  type NamedPartial,
  type PartialResult,
  type ShardedCommand,
} from '../shard/partialResult';
import { parseShard, shardRange, type ShardSpec } from '../shard/shardSpec';
import { HELP_TEXT } from './args';
import type { CliIO } from './cli';
import { describeFsError, UserError } from './userError';
import { fileSink, writeAll, type OutputSink } from './output';

/** Parse `--shard I/N` (a UserError when malformed). */
export function shardOption(text: string): ShardSpec {
  const shard = parseShard(text);
  if (typeof shard === 'string') throw new UserError(shard);
  return shard;
}

/** The options that only make sense for a finished result, refused beside --shard. */
export function refuseWithShard(given: Record<string, boolean>): void {
  const wrong = Object.keys(given).find((k) => given[k]);
  if (wrong !== undefined) throw new UserError(`--${wrong}: not with --shard (a shard writes a partial result as JSON; give --${wrong} to lab merge)`);
}

/** What varies between invocations. */
function labMeta(extra: Record<string, unknown>): Record<string, unknown> {
  let version = 'unknown';
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') version = pkg.version;
  } catch {
    // keep "unknown"
  }
  return { generator: 'dividend-lab', version, createdAt: new Date().toISOString(), node: process.version, ...extra };
}

async function sinkFor(out: string | undefined, io: CliIO): Promise<OutputSink> {
  return out === undefined ? io.stdout : fileSink(out);
}

/** The units [first, end) of a shard, refusing more shards than units (an empty shard is a mistake). */
function rangeOf(command: ShardedCommand, total: number, shard: ShardSpec) {
  if (shard.count > total) throw new UserError(`--shard: ${shard.count} shards but this ${command} has only ${total} ${UNIT_OF[command]}; use at most ${total}`);
  return { unit: UNIT_OF[command], ...shardRange(total, shard), total };
}

function partialOf(command: ShardedCommand, scenario: Scenario, options: Record<string, unknown>, shard: ShardSpec, covers: PartialResult['covers']): PartialResult {
  // The options as JSON will read them back (undefined fields dropped), so the fingerprint checks out after a round trip.
  const plain = JSON.parse(JSON.stringify(options)) as Record<string, unknown>;
  const plainScenario = JSON.parse(JSON.stringify(scenario)) as Scenario;
  return { kind: 'partial', format: PARTIAL_FORMAT, command, shard, covers, fingerprint: fingerprintOf(command, plainScenario, plain, shard.count), scenario: plainScenario, options: plain, meta: {} };
}

async function writePartial(part: PartialResult, out: string | undefined, io: CliIO): Promise<void> {
  let text: string;
  try {
    text = `${JSON.stringify(part)}\n`;
  } catch (error) {
    // V8 caps a string near 512 MB: the per-step timelines of a very large block do not fit.
    if (error instanceof RangeError) throw new UserError(`--shard: shard ${part.shard.index}/${part.shard.count} is too large for one partial result (${part.covers.end - part.covers.first} ${part.covers.unit}); cut the computation into more shards`);
    throw error;
  }
  await writeAll(await sinkFor(out, io), [text]);
}

function encodeBlock(block: RunBlock): EncodedRunBlock {
  return {
    runs: [...block.runs],
    strategyCount: block.strategyCount,
    steps: block.steps,
    metricNames: [...block.metricNames],
    totals: Array.from(block.totals),
    timelines: Array.from(block.timelines),
    metrics: encodeNumbers(block.metrics),
    network: block.network,
    networkMs: block.networkMs,
    simulateMs: block.simulateMs,
  };
}

/** `lab run FILE --shard I/N`: simulate the shard's block of runs, every strategy. */
export async function runShard(scenario: Scenario, shard: ShardSpec, workers: number, out: string | undefined, io: CliIO): Promise<void> {
  const started = performance.now();
  const covers = rangeOf('run', scenario.runs, shard);
  const blocks = await simulateRunRange(scenario, covers.first, covers.end, {
    workers,
    signal: io.signal,
    onProgress: io.progress && ((done, total) => io.progress!(`\rruns ${done}/${total} (shard ${shard.index}/${shard.count})`)),
  });
  io.progress?.('\r\x1b[K');
  const part = partialOf('run', scenario, {}, shard, covers);
  part.blocks = blocks.map(encodeBlock);
  part.meta = labMeta({ workers, timings: { totalMs: performance.now() - started } });
  await writePartial(part, out, io);
}

/** Keep a variant's per-run columns of the given metrics. */
function encodeVariant(index: number, data: SimulationData, metrics: readonly SweepMetric[]): EncodedVariant {
  const width = data.metricNames.length;
  const columns = metrics.map((m) => data.metricNames.indexOf(m));
  return {
    index,
    runs: data.runs,
    metricNames: [...metrics],
    strategies: data.strategies.map((s) => {
      const kept = new Float64Array(data.runs * metrics.length);
      for (let r = 0; r < data.runs; r++) columns.forEach((k, j) => (kept[r * metrics.length + j] = k < 0 ? NaN : s.metrics[r * width + k]));
      return { name: s.name, metrics: encodeNumbers(kept) };
    }),
  };
}

/** Sweep: which options shape the result (re-planned at the merge). */
export interface SweepShardOptions {
  params: SweepParamSpec[];
  strategy?: string;
}

/** Frontier: which options shape the result. */
export interface FrontierShardOptions {
  budget: number;
  strategy?: string;
  levels: { seeds: number; kols: number; rewards: number; ads: number };
  maxReward?: number;
}

async function seriesShard(
  command: 'sweep' | 'frontier',
  scenario: Scenario,
  options: Record<string, unknown>,
  variants: readonly Scenario[],
  metrics: readonly SweepMetric[],
  shard: ShardSpec,
  workers: number,
  out: string | undefined,
  io: CliIO,
): Promise<void> {
  const started = performance.now();
  const covers = rangeOf(command, variants.length, shard);
  const mine = variants.slice(covers.first, covers.end);
  const encoded = await withNodePoolSimulator(workers, (simulate) =>
    simulateSeries(mine, simulate, (data, i) => encodeVariant(covers.first + i, data, metrics), {
      signal: io.signal,
      onProgress: io.progress && ((p) => io.progress!(`\r${command} shard ${shard.index}/${shard.count}: ${Math.min(p.variantsDone + 1, p.variantsTotal)}/${p.variantsTotal}`)),
    }),
  );
  io.progress?.('\r\x1b[K');
  const part = partialOf(command, scenario, options, shard, covers);
  part.variants = encoded;
  part.meta = labMeta({ workers, timings: { totalMs: performance.now() - started } });
  await writePartial(part, out, io);
}

/** `lab sweep FILE … --shard I/N`: the shard's block of grid points. */
export function sweepShard(scenario: Scenario, options: SweepShardOptions, plan: SweepPlan, shard: ShardSpec, workers: number, out: string | undefined, io: CliIO) {
  const variants = plan.points.map((p) => p.scenario);
  return seriesShard('sweep', scenario, { ...options }, variants, sweepMetricsOf(plan.base), shard, workers, out, io);
}

/** `lab frontier FILE … --shard I/N`: the shard's block of candidate batches. */
export function frontierShard(scenario: Scenario, options: FrontierShardOptions, plan: FrontierPlan, shard: ShardSpec, workers: number, out: string | undefined, io: CliIO) {
  return seriesShard('frontier', scenario, { ...options }, plan.batches, SWEEP_METRICS, shard, workers, out, io);
}

// ---------------------------------------------------------------------------------------------
// merge

interface MergeArgs {
  help: boolean;
  parts: string[];
  format: 'json' | 'csv';
  perStep: boolean;
  bom: boolean;
  out?: string;
}

function parseMergeArgs(argv: string[]): MergeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, 'per-step': { type: 'boolean' }, bom: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]*)/.exec(message)?.[1];
    throw new UserError(option ? `merge: unknown option or missing value: ${option.slice(0, 40)} (see --help)` : `merge: ${message.split('\n')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { help: true, parts: [], format: 'json', perStep: false, bom: false };
  const format = values.format ?? (values['per-step'] ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv') throw new UserError(`merge: --format must be json or csv (got "${format.slice(0, 20)}")`);
  if (values['per-step'] && format !== 'csv') throw new UserError('merge: --per-step only with --format csv');
  if (values.bom && format !== 'csv') throw new UserError('merge: --bom only with --format csv');
  if (positionals.length === 0) throw new UserError('merge: give the partial results to merge (lab merge PART…)');
  return { help: false, parts: positionals, format, perStep: values['per-step'] === true, bom: values.bom === true, out: values.out };
}

async function readPart(path: string): Promise<NamedPartial> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UserError(`${path}: not a partial result (not JSON)`);
  }
  const part = asPartial(path, value);
  if (typeof part === 'string') throw new UserError(part);
  return { path, part };
}

const damaged = (path: string, what: string) => new UserError(`${path}: damaged partial result (${what})`);

function decodeBlock(path: string, b: EncodedRunBlock): RunBlock {
  const totals = decodeInt32(b.totals);
  const timelines = decodeInt32(b.timelines);
  const metrics = decodeFloat64(b.metrics);
  if (totals === null || timelines === null || metrics === null || !Array.isArray(b.runs) || !Array.isArray(b.metricNames)) throw damaged(path, 'a block of runs does not read');
  return {
    runs: b.runs,
    strategyCount: b.strategyCount,
    steps: b.steps,
    metricNames: b.metricNames,
    totals,
    timelines,
    metrics,
    network: (b.network ?? null) as NetworkSummary | null,
    networkMs: Number(b.networkMs) || 0,
    simulateMs: Number(b.simulateMs) || 0,
  };
}

function mergeRuns(parts: NamedPartial[]): { scenario: Scenario; data: SimulationData } {
  const scenario = parts[0].part.scenario;
  const collector = new ResultCollector(scenario);
  for (const { path, part } of parts) {
    if (part.covers.total !== scenario.runs) throw damaged(path, `it counts ${part.covers.total} runs, its scenario ${scenario.runs}`);
    for (const encoded of part.blocks ?? []) {
      const block = decodeBlock(path, encoded);
      if (block.runs.some((r) => !Number.isInteger(r) || r < part.covers.first || r >= part.covers.end)) throw damaged(path, `a run outside ${part.covers.first}–${part.covers.end - 1}`);
      try {
        collector.add(block);
      } catch {
        throw damaged(path, 'a block of runs does not fit the scenario');
      }
    }
  }
  if (collector.runsDone !== scenario.runs) throw new UserError(`merge: the parts hold ${collector.runsDone} of the scenario's ${scenario.runs} runs (a damaged part?)`);
  return { scenario, data: collector.finish() };
}

function decodeVariants(parts: NamedPartial[], total: number, metrics: readonly SweepMetric[]) {
  const out: { index: number; data: VariantMetrics }[] = [];
  for (const { path, part } of parts) {
    if (part.covers.total !== total) throw damaged(path, `it counts ${part.covers.total} ${part.covers.unit}, the re-planned ${part.command} has ${total}`);
    for (let i = part.covers.first; i < part.covers.end; i++) {
      const v = part.variants?.[i - part.covers.first];
      if (v === undefined || v.index !== i || !Array.isArray(v.strategies) || v.metricNames.join() !== metrics.join()) throw damaged(path, `${part.covers.unit} ${i} missing or out of place`);
      const strategies = v.strategies.map((s) => {
        const decoded = decodeFloat64(s.metrics);
        if (decoded === null || decoded.length !== v.runs * metrics.length) throw damaged(path, `${part.covers.unit} ${i} does not read`);
        return { name: s.name, metrics: decoded };
      });
      out.push({ index: i, data: { runs: v.runs, metricNames: metrics, strategies } });
    }
  }
  if (out.length !== total) throw new UserError(`merge: the parts hold ${out.length} of ${total} ${parts[0].part.covers.unit}`);
  return out;
}

function replan<T>(path: string, plan: () => T): T {
  try {
    return plan();
  } catch (error) {
    if (error instanceof SweepInputError) throw damaged(path, error.message);
    throw error;
  }
}

/** `lab merge PART… [--format json|csv] [--per-step] [--bom] [--out PATH]`. */
export async function mergeCommand(argv: string[], io: CliIO): Promise<void> {
  const started = performance.now();
  const args = parseMergeArgs(argv);
  if (args.help) return writeAll(io.stdout, [HELP_TEXT]);
  const read = await Promise.all(args.parts.map(readPart));
  const parts = checkParts(read);
  if (typeof parts === 'string') throw new UserError(parts);
  const { command, shard, options } = parts[0].part;
  const path = parts[0].path;
  if (args.perStep && command !== 'run') throw new UserError(`merge: --per-step only for parts of lab run (these are of ${command})`);
  const meta = (extra: Record<string, unknown>) => labMeta({ merged: { shards: shard.count, parts: parts.map((p) => p.path) }, ...extra, timings: { mergeMs: performance.now() - started } });
  const sink = await sinkFor(args.out, io);

  if (command === 'run') {
    const { scenario, data } = mergeRuns(parts);
    if (args.format === 'csv') return writeAll(sink, args.perStep ? stepsCsvChunks(scenario, data, { bom: args.bom }) : [runsCsv(scenario, data, { bom: args.bom })]);
    return writeAll(sink, [resultToJson(buildResult(scenario, data, meta({ networkMs: data.networkMs, simulateMs: data.simulateMs })))]);
  }
  const scenario = parts[0].part.scenario;
  if (command === 'sweep') {
    const o = options as unknown as SweepShardOptions;
    const plan = replan(path, () => planSweep(scenario, o.params, { strategy: o.strategy }));
    const metrics = sweepMetricsOf(plan.base);
    const points: SweepPointResult[] = decodeVariants(parts, plan.points.length, metrics).map(({ index, data }) => ({
      index,
      values: plan.points[index].values,
      strategies: pointStrategies(data, metrics),
    }));
    const result = assembleSweep(plan, metrics, points);
    if (args.format === 'csv') return writeAll(sink, [sweepCsv(result, { bom: args.bom })]);
    result.meta = meta({});
    return writeAll(sink, [seriesResultToJson(result)]);
  }
  const o = options as unknown as FrontierShardOptions;
  const plan = replan(path, () => planFrontier(scenario, { budget: o.budget, strategy: o.strategy, levels: o.levels, maxRewardPerShare: o.maxReward }));
  const batches = decodeVariants(parts, plan.batches.length, SWEEP_METRICS).map(({ data }) => pointStrategies(data, SWEEP_METRICS));
  let result;
  try {
    result = assembleFrontier(plan, batches);
  } catch {
    throw damaged(path, 'its batches do not match the re-planned frontier');
  }
  if (args.format === 'csv') return writeAll(sink, [frontierCsv(result, { bom: args.bom })]);
  result.meta = meta({});
  return writeAll(sink, [seriesResultToJson(result)]);
}
