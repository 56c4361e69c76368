/**
 * Per-strategy indexes of a trace, built once so that each frame costs only what changed:
 * - events by step: every node listed once per distinct step at which any of its four steps
 *   falls, so that moving forward from frame a to frame b touches only nodes with an event in
 *   (a, b] (the node layer and the community tallies are updated incrementally);
 * - nodes by reached step: the recent transmissions (arcs reachedBy → node) of a frame;
 * - cumulative counts per step: the running totals shown under each panel.
 * Counting sorts throughout: O(nodes + steps).
 */
import type { DividendTrace } from '../../core/dividend/dividendOutcome';

export interface ReplayCounts {
  reached: number;
  shared: number;
  converted: number;
  muted: number;
}

export interface ReplayIndex {
  readonly nodeCount: number;
  /** Last step at which any node changed (0 when nothing ever happened). */
  readonly lastEvent: number;
  /** Nodes with an event at step s: eventNodes[eventStart[s] .. eventStart[s+1]), s in 0..lastEvent. */
  readonly eventStart: Int32Array;
  readonly eventNodes: Int32Array;
  /** Reached nodes by reached step: reachedNodes[reachedStart[s] .. reachedStart[s+1]). */
  readonly reachedStart: Int32Array;
  readonly reachedNodes: Int32Array;
  /** Cumulative counts at the end of step s (index s, 0..lastEvent). */
  readonly reached: Int32Array;
  readonly shared: Int32Array;
  readonly converted: Int32Array;
  readonly muted: Int32Array;
}

export function buildReplayIndex(trace: DividendTrace): ReplayIndex {
  const n = trace.reachedStep.length;
  const columns = [trace.reachedStep, trace.sharedStep, trace.convertedStep, trace.mutedStep];
  let lastEvent = 0;
  for (const col of columns) for (let i = 0; i < n; i++) if (col[i] > lastEvent) lastEvent = col[i];
  const steps = lastEvent + 1;

  const eventStart = new Int32Array(steps + 1);
  const reachedStart = new Int32Array(steps + 1);
  const perStep = columns.map(() => new Int32Array(steps));
  const distinct = new Int32Array(4);
  const distinctSteps = (i: number): number => {
    let k = 0;
    for (const col of columns) {
      const s = col[i];
      if (s < 0) continue;
      let seen = false;
      for (let j = 0; j < k; j++) if (distinct[j] === s) seen = true;
      if (!seen) distinct[k++] = s;
    }
    return k;
  };
  for (let i = 0; i < n; i++) {
    const k = distinctSteps(i);
    for (let j = 0; j < k; j++) eventStart[distinct[j] + 1]++;
    for (let c = 0; c < 4; c++) if (columns[c][i] >= 0) perStep[c][columns[c][i]]++;
    if (trace.reachedStep[i] >= 0) reachedStart[trace.reachedStep[i] + 1]++;
  }
  for (let s = 0; s < steps; s++) {
    eventStart[s + 1] += eventStart[s];
    reachedStart[s + 1] += reachedStart[s];
  }
  const eventNodes = new Int32Array(eventStart[steps]);
  const reachedNodes = new Int32Array(reachedStart[steps]);
  const eventCursor = eventStart.slice(0, steps);
  const reachedCursor = reachedStart.slice(0, steps);
  for (let i = 0; i < n; i++) {
    const k = distinctSteps(i);
    for (let j = 0; j < k; j++) eventNodes[eventCursor[distinct[j]]++] = i;
    if (trace.reachedStep[i] >= 0) reachedNodes[reachedCursor[trace.reachedStep[i]]++] = i;
  }
  const [reached, shared, converted, muted] = perStep.map((counts) => {
    for (let s = 1; s < steps; s++) counts[s] += counts[s - 1];
    return counts;
  });
  return { nodeCount: n, lastEvent, eventStart, eventNodes, reachedStart, reachedNodes, reached, shared, converted, muted };
}

/** Running totals at frame `step` (before step 0: all zero; after the last event: the finals). */
export function countsAt(index: ReplayIndex, step: number): ReplayCounts {
  const s = Math.min(Math.floor(step), index.lastEvent);
  if (s < 0) return { reached: 0, shared: 0, converted: 0, muted: 0 };
  return { reached: index.reached[s], shared: index.shared[s], converted: index.converted[s], muted: index.muted[s] };
}
