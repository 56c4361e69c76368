/**
 * The state of a node at step t of a replay — a pure function of the trace, so play, pause,
 * scrub and speed cost nothing and every frame is reproducible.
 *
 * One node can have several events; the colour shows the one that matters most for the story:
 * converted (a sale stays a sale, even if the buyer later mutes the campaign) > muted (lost) >
 * shared > reached > unaware.
 */
import type { DividendTrace } from '../../core/dividend/dividendOutcome';
import type { NodeState } from '../theme';

export const STATE_UNAWARE = 0;
export const STATE_REACHED = 1;
export const STATE_SHARED = 2;
export const STATE_CONVERTED = 3;
export const STATE_MUTED = 4;

/** Names by code (also the drawing order: later states are drawn on top). */
export const NODE_STATES: readonly NodeState[] = ['unaware', 'reached', 'shared', 'converted', 'muted'];
export const STATE_COUNT = NODE_STATES.length;

/** The state code of `node` at step `step` (an event at step s counts from frame s on). */
export function nodeStateAt(trace: DividendTrace, node: number, step: number): number {
  const c = trace.convertedStep[node];
  if (c >= 0 && c <= step) return STATE_CONVERTED;
  const m = trace.mutedStep[node];
  if (m >= 0 && m <= step) return STATE_MUTED;
  const s = trace.sharedStep[node];
  if (s >= 0 && s <= step) return STATE_SHARED;
  const r = trace.reachedStep[node];
  if (r >= 0 && r <= step) return STATE_REACHED;
  return STATE_UNAWARE;
}

/** Every node's state code at `step`, written into `out` (length nodeCount). O(n), no allocation. */
export function frameStates(trace: DividendTrace, step: number, out: Uint8Array): Uint8Array {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = nodeStateAt(trace, i, step);
  return out;
}
