/**
 * Which scenario fields hold whole numbers (counts, steps, node indices). A sweep over such a
 * field rounds its grid values to integers (and drops the duplicates rounding makes), so
 * `strategies[0].seeding.count` from 0 to 10 in 4 steps gives 0, 3, 7, 10 rather than 3.33.
 *
 * The table mirrors the validator's integer fields; test/sweep/integerFields.test.ts checks
 * every entry against validateScenario (an integer field rejects 1.5) so the two cannot drift.
 */
import { DIVIDEND_MODEL_RANGES, DIVIDEND_STRATEGY_RANGES } from '../core/dividend/dividendRanges';
import type { ConcretePath } from './paramPath';

/** Integer fields whatever the network kind, with list indices written `[]`. */
const ALWAYS_INTEGER: readonly string[] = [
  'runs',
  'steps',
  'network.nodes',
  'network.edgesPerNode',
  'network.communities',
  'network.minDegree',
  'network.maxDegree',
  'network.kols.count',
  'strategies[].seeding.count',
  'strategies[].seeding.nodes[]',
  // The dividend contract marks its own integer fields (steps, counts); `.length` is a list's size, not a field.
  ...Object.entries(DIVIDEND_STRATEGY_RANGES)
    .filter(([key, range]) => range.integer && !key.endsWith('.length'))
    .map(([key]) => `strategies[].${key}`),
  ...Object.entries(DIVIDEND_MODEL_RANGES)
    .filter(([, range]) => range.integer)
    .map(([key]) => `model.${key}`),
];

const INTEGER_PATTERNS = new Set(ALWAYS_INTEGER);

/** `['strategies', 0, 'content', 'waves', 2]` → `strategies[].content.waves[]`. */
export function fieldPattern(path: ConcretePath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? '[]' : (out === '' ? '' : '.') + part;
  return out;
}

/** True when the field at `path` of `scenario` only takes whole numbers. */
export function isIntegerField(scenario: { network: { kind: string } }, path: ConcretePath): boolean {
  const pattern = fieldPattern(path);
  // Watts–Strogatz needs an even whole mean degree (a ring lattice); other kinds take any number.
  if (pattern === 'network.meanDegree') return scenario.network.kind === 'watts-strogatz';
  return INTEGER_PATTERNS.has(pattern);
}

/** Every integer field pattern (for the consistency test and the README). */
export function integerFieldPatterns(): string[] {
  return [...ALWAYS_INTEGER, 'network.meanDegree (watts-strogatz)'];
}
