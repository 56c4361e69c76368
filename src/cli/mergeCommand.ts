/**
 * `lab merge PART… [--format json|csv] [--per-step] [--bom] [--out PATH]`: rebuilds the full
 * result of a sharded computation (shardCommand.ts) from all N partial results with the same code
 * as the unsharded command, so the output is byte-identical to it outside `meta`. It lives apart
 * from the shards because it reads and checks parts rather than simulating: everything a user can
 * get wrong (a missing or repeated shard, parts of different scenarios, a file that is no part)
 * is a one-line UserError.
 */
import { readFile } from 'node:fs/promises';
import type { Scenario } from '../core/scenario';
import { ResultCollector, type SimulationData } from '../runtime/collect';
import { assembleFrontier } from '../runtime/frontierResult';
import { buildResult, resultToJson, runsCsv, stepsCsvChunks } from '../runtime/resultFormat';
import type { NetworkSummary, RunBlock } from '../runtime/runBlock';
import { frontierCsv, seriesResultToJson, sweepCsv } from '../runtime/sweepFormat';
import { assembleSweep, pointStrategies, sweepMetricsOf, SWEEP_METRICS, type SweepMetric, type SweepPointResult, type VariantMetrics } from '../runtime/sweepResult';
import { planFrontier } from '../sweep/frontierPlan';
import { SweepInputError } from '../sweep/sweepError';
import { planSweep } from '../sweep/sweepPlan';
import { decodeFloat64, decodeInt32 } from '../shard/numberCodec';
import { asPartial, checkParts, type EncodedRunBlock, type NamedPartial } from '../shard/partialResult';
import { HELP_TEXT } from './args';
import type { CliIO } from './cli';
import { describeFsError, UserError } from './userError';
import { parseOptions } from './parseOptions';
import { sinkFor, writeAll } from './output';
import { labMeta } from './labMeta';
import type { FrontierShardOptions, SweepShardOptions } from './shardCommand';

interface MergeArgs {
  help: boolean;
  parts: string[];
  format: 'json' | 'csv';
  perStep: boolean;
  bom: boolean;
  out?: string;
}

function parseMergeArgs(argv: string[]): MergeArgs {
  const parsed = parseOptions(
    argv,
    { format: { type: 'string' }, 'per-step': { type: 'boolean' }, bom: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    'merge',
  );
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
  const sink = await sinkFor(args.out, io.stdout);

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
