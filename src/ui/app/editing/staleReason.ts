/**
 * Why the results on the page are not those of the scenario being edited, in words ('' when
 * they are): the page dims them and shows this label until the new run's results replace them.
 */
import type { SimulationState } from '../simulationState';
import { t } from '../../i18n/t';

export interface StaleInputs {
  sim: Pick<SimulationState, 'phase' | 'result' | 'resultFor' | 'scenario'>;
  /** The draft has problems (nothing will run until they are fixed). */
  hasProblems: boolean;
  /** A long run waits for the user's yes. */
  awaitingLongRun: boolean;
  /** A run of the edited scenario is scheduled but has not started yet. */
  runPending: boolean;
}

export function staleReason({ sim, hasProblems, awaitingLongRun, runPending }: StaleInputs): string {
  if (!sim.result) return '';
  if (hasProblems) return t('editing.staleWaiting');
  if (awaitingLongRun) return t('editing.staleLong');
  if (!runPending && sim.resultFor === sim.scenario) return '';
  return sim.phase === 'stopped' || sim.phase === 'error' ? t('editing.staleStopped') : t('editing.staleRunning');
}
