/**
 * What the page's simulation publishes: its phase, progress, result and network statistics, the
 * idle state a page starts from, and the words for what went wrong (an error's message for a
 * person, also used by the Analyse area's jobs; the notice of a replaced worker). Apart from the
 * controller because the page's elements read this state without needing the worker machinery.
 */
import type { NetworkStats } from '../../core/metrics/networkStats';
import type { Scenario } from '../../core/scenario';
import type { SimulationData } from '../../runtime/collect';
import type { SimulationResult } from '../../runtime/resultFormat';
import { isOutOfMemory } from '../../runtime/outOfMemory';
import { WorkerCrashedError } from '../../runtime/workerDeath';

/** idle: nothing yet; stopped: cancelled by the user or by an invalid edit (the last result stays). */
export type Phase = 'idle' | 'running' | 'done' | 'error' | 'stopped';

export interface SimulationState {
  phase: Phase;
  /** The scenario being (or last) simulated. */
  scenario: Scenario | null;
  runsDone: number;
  runsTotal: number;
  /** Partial while running (the first runs that have all arrived), complete when done. */
  result: SimulationResult | null;
  /**
   * The scenario `result` was simulated for: the previous one while a new run has not yet sent
   * its first runs (the page dims such out-of-date results).
   */
  resultFor: Scenario | null;
  /** Raw per-run data of the complete result (for the CSV exports); null until done. */
  data: SimulationData | null;
  networkStats: NetworkStats | null;
  /** What went wrong (phase error), in words. */
  error: string | null;
  /** Non-fatal news, e.g. a worker that was replaced. */
  notice: string | null;
  /** Milliseconds the last simulation took (wall clock). */
  elapsedMs: number | null;
}

/** The notice when a worker died and its runs were redone (the page shows it translated). */
export const WORKER_REPLACED_NOTICE = 'A simulation worker stopped unexpectedly; it was replaced and its runs were simulated again.';

export const IDLE_STATE: SimulationState = {
  phase: 'idle',
  scenario: null,
  runsDone: 0,
  runsTotal: 0,
  result: null,
  resultFor: null,
  data: null,
  networkStats: null,
  error: null,
  notice: null,
  elapsedMs: null,
};

/** A message for a person: the error's own message (model errors name the field), never a stack. */
export function describeError(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  // Out of memory is said as it is, with what helps (outOfMemory.ts), never cut short.
  if (isOutOfMemory(error)) return message.charAt(0).toUpperCase() + message.slice(1);
  // Workers that keep dying on a scenario have most likely run out of memory: say what helps.
  if (error instanceof WorkerCrashedError)
    message = `${message.slice(0, 200)}. The simulation workers kept stopping, most likely for lack of memory: try fewer people, a smaller mean degree, fewer runs or fewer steps.`;
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
