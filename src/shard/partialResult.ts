/**
 * The partial result a shard writes (`lab run|sweep|frontier FILE --shard I/N`) and the checks the
 * merge makes before trusting a set of them. A part holds the scenario and the command's options
 * (enough to re-plan the sweep or frontier), which units it covers, the raw per-run data of those
 * units (so the merge rebuilds the full result with the same code as an unsharded command), and a
 * fingerprint of scenario + command + options + shard count: parts whose fingerprints differ were
 * not cut from the same computation and are refused.
 */
import { createHash } from 'node:crypto';
import type { Scenario } from '../core/scenario';
import type { EncodedNumber } from './numberCodec';
import { shardRange, type ShardSpec } from './shardSpec';

/** Version of the partial format; a merge refuses parts of another version. */
export const PARTIAL_FORMAT = 1;

export type ShardedCommand = 'run' | 'sweep' | 'frontier';

/** What a command's units are. */
export const UNIT_OF: Record<ShardedCommand, string> = { run: 'runs', sweep: 'grid points', frontier: 'batches' };

/** One block of runs (a RunBlock with its typed arrays as JSON arrays). */
export interface EncodedRunBlock {
  runs: number[];
  strategyCount: number;
  steps: number;
  metricNames: string[];
  totals: number[];
  timelines: number[];
  metrics: EncodedNumber[];
  network: unknown;
  networkMs: number;
  simulateMs: number;
}

/** The summarised metrics of one simulated variant (a sweep point or a frontier batch), per run. */
export interface EncodedVariant {
  /** Position of the variant in the plan. */
  index: number;
  runs: number;
  /** The metric columns kept (sweep metrics), in the order of each strategy's `metrics`. */
  metricNames: string[];
  /** Per strategy: metrics[run · metricNames.length + k]. */
  strategies: { name: string; metrics: EncodedNumber[] }[];
}

export interface PartialResult {
  kind: 'partial';
  format: number;
  command: ShardedCommand;
  shard: ShardSpec;
  /** Units [first, end) of `total` this shard computed. */
  covers: { unit: string; first: number; end: number; total: number };
  /** sha256 of scenario, command, options and shard count (fingerprintOf). */
  fingerprint: string;
  scenario: Scenario;
  /** The command's options that shape the result (sweep: params, strategy; frontier: budget, strategy, levels, maxReward). */
  options: Record<string, unknown>;
  /** run: blocks of runs; sweep and frontier: variants. */
  blocks?: EncodedRunBlock[];
  variants?: EncodedVariant[];
  meta: Record<string, unknown>;
}

/** JSON with object keys sorted at every level (a stable text to hash). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export function fingerprintOf(command: ShardedCommand, scenario: unknown, options: unknown, shardCount: number): string {
  const text = canonicalJson({ format: PARTIAL_FORMAT, command, scenario, options, shardCount });
  return createHash('sha256').update(text).digest('hex');
}

/** A named part as read from disk. */
export interface NamedPartial {
  path: string;
  part: PartialResult;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check the shape of one parsed file; returns an error sentence (naming the path) or the part. */
export function asPartial(path: string, value: unknown): PartialResult | string {
  const not = `${path}: not a partial result (expected JSON with "kind": "partial", written by lab run|sweep|frontier --shard I/N)`;
  if (!isObject(value) || value.kind !== 'partial') return not;
  if (value.format !== PARTIAL_FORMAT) return `${path}: partial result of format ${String(value.format).slice(0, 10)}, this lab merges format ${PARTIAL_FORMAT} (re-run the shards with this version)`;
  const { command, shard, covers, scenario, options, fingerprint } = value;
  if (command !== 'run' && command !== 'sweep' && command !== 'frontier') return not;
  if (!isObject(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count)) return not;
  if (!isObject(covers) || !isObject(scenario) || !isObject(options) || typeof fingerprint !== 'string') return not;
  const spec = { index: shard.index as number, count: shard.count as number };
  const { first, end } = shardRange(covers.total as number, spec);
  if (spec.index < 0 || spec.index >= spec.count || covers.first !== first || covers.end !== end)
    return `${path}: damaged partial result (shard ${spec.index}/${spec.count} does not cover ${String(covers.unit)} ${String(covers.first)}–${String(covers.end)})`;
  if (fingerprintOf(command, scenario, options, spec.count) !== fingerprint) return `${path}: damaged partial result (its fingerprint does not match its scenario and options)`;
  if (command === 'run' ? !Array.isArray(value.blocks) : !Array.isArray(value.variants)) return `${path}: damaged partial result (no ${command === 'run' ? 'blocks' : 'variants'})`;
  return value as unknown as PartialResult;
}

/**
 * Check that the parts are exactly the shards 0 … N−1 of one computation; returns them in shard
 * order, or an error sentence (one line) saying what is wrong.
 */
export function checkParts(parts: readonly NamedPartial[]): NamedPartial[] | string {
  if (parts.length === 0) return 'merge: give the partial results to merge (lab merge PART…)';
  const ref = parts[0];
  const bySlot = new Map<number, NamedPartial>();
  for (const p of parts) {
    if (p.part.command !== ref.part.command)
      return `${p.path}: a part of "${p.part.command}" but ${ref.path} is a part of "${ref.part.command}": parts of different commands cannot be merged`;
    if (p.part.shard.count !== ref.part.shard.count)
      return `${p.path}: shard ${p.part.shard.index}/${p.part.shard.count} but ${ref.path} is shard ${ref.part.shard.index}/${ref.part.shard.count}: parts cut into different numbers of shards cannot be merged`;
    if (p.part.fingerprint !== ref.part.fingerprint)
      return `${p.path}: a different scenario or options than ${ref.path} (fingerprint ${p.part.fingerprint.slice(0, 12)} vs ${ref.part.fingerprint.slice(0, 12)}): parts of different computations cannot be merged`;
    const seen = bySlot.get(p.part.shard.index);
    if (seen !== undefined) return `shard ${p.part.shard.index}/${p.part.shard.count} given twice: ${seen.path} and ${p.path}`;
    bySlot.set(p.part.shard.index, p);
  }
  const count = ref.part.shard.count;
  const missing: number[] = [];
  for (let i = 0; i < count; i++) if (!bySlot.has(i)) missing.push(i);
  if (missing.length > 0) {
    const list = missing.slice(0, 10).map((i) => `${i}/${count}`).join(', ') + (missing.length > 10 ? `, … (${missing.length} in all)` : '');
    return `missing shard${missing.length > 1 ? 's' : ''} ${list}: a merge needs all ${count} shards (numbered 0 to ${count - 1})`;
  }
  return Array.from({ length: count }, (_, i) => bySlot.get(i)!);
}
