/**
 * The cache key of a network: the same key means the same nodes and ties, so a layout
 * computed once can be reused (switching strategies must not move nodes). It mirrors
 * generateNetwork's inputs: the spec, the scenario seed and the world index (0 unless the
 * spec resamples a network per run). An edge list's text can be 100 MB, so it enters the key
 * as its length and a hash, not verbatim.
 */
import { hashLabel } from '../core/random';
import type { NetworkSpec } from '../core/networks/networkSpec';

export function networkKey(spec: NetworkSpec, seed: string, run: number): string {
  const world = spec.resample ? run : 0;
  const shape = spec.kind === 'edge-list' ? { ...spec, edges: `${spec.edges.length}:${hashLabel(spec.edges).toString(16)}` } : spec;
  return `${JSON.stringify(seed)}|${world}|${stableJson(shape)}`;
}

/** JSON with object keys sorted, so that {a, b} and {b, a} give the same key. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}
