/**
 * Sharded computations: `lab run|sweep|frontier FILE --shard I/N` computes shard I of N and writes
 * a partial result, which `lab merge` (mergeCommand.ts) rebuilds into the full result. Everything
 * a user can get wrong here (a malformed --shard, more shards than units, an option that only
 * makes sense for a finished result) is a one-line UserError.
 */
import type { Scenario } from '../core/scenario';
import type { SimulationData } from '../runtime/collect';
import type { RunBlock } from '../runtime/runBlock';
import { simulateSeries } from '../runtime/scenarioSeries';
import { simulateRunRange } from '../runtime/shardRuns.node.ts';
import { withNodePoolSimulator } from '../runtime/sweepPool.node.ts';
import { sweepMetricsOf, SWEEP_METRICS, type SweepMetric } from '../runtime/sweepResult';
import type { FrontierPlan } from '../sweep/frontierPlan';
import type { SweepParamSpec, SweepPlan } from '../sweep/sweepPlan';
import { encodeNumbers } from '../shard/numberCodec';
import { fingerprintOf, PARTIAL_FORMAT, UNIT_OF, type EncodedRunBlock, type EncodedVariant, type PartialResult, type ShardedCommand } from '../shard/partialResult';
import { parseShard, shardRange, type ShardSpec } from '../shard/shardSpec';
import type { CliIO } from './cli';
import { UserError } from './userError';
import { sinkFor, writeAll } from './output';
import { labMeta } from './labMeta';

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
  await writeAll(await sinkFor(out, io.stdout), [text]);
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
