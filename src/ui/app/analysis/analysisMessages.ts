/**
 * The Analyse area's messages in the UI language: form errors, progress and failures are kept
 * as data (keys and numbers) by the forms and the controller and worded here when shown, so a
 * language switch rewords what is on screen.
 */
import { formatCount } from '../../charts/format';
import { currentLocale, type Locale } from '../../i18n/locale';
import { problemIn } from '../../i18n/problemText';
import { messageIn } from '../../i18n/t';
import type { SweepErrorDetail } from '../../../sweep/sweepError';
import type { ProgressNote, TaskState } from './analysisController';
import type { FieldError } from './analysisForms';

/** A form error in `locale`: "Parameter from: must be a number". */
export function formErrorText(error: FieldError, locale: Locale = currentLocale()): string {
  const params: Record<string, string> = { ...error.params };
  if (error.label) params.label = messageIn(locale, error.label);
  return messageIn(locale, error.key, params);
}

/** Where a computation is, in `locale`. */
export function progressText(note: ProgressNote | null, locale: Locale = currentLocale()): string {
  if (note === null) return '';
  switch (note.kind) {
    case 'starting':
      return messageIn(locale, 'analysis.progress.starting');
    case 'gridPoint':
    case 'batch':
      return messageIn(locale, `analysis.progress.${note.kind}`, { point: note.point, points: note.points, done: note.done, total: note.total });
    case 'greedy':
      return messageIn(locale, `analysis.progress.${note.phase}`, { done: note.done, total: note.total });
    case 'rrSets':
      return messageIn(locale, 'analysis.progress.rrSets', { sets: formatCount(note.sets, locale), ratio: note.ratio.toFixed(3) });
  }
}

/** Why a computation failed, in `locale`: the app's words when the failure is known, else the error's own message. */
export function taskErrorText(task: Pick<TaskState<unknown>, 'error' | 'errorDetail'>, locale: Locale = currentLocale()): string {
  const detail: SweepErrorDetail | null = task.errorDetail;
  if (detail === null) return task.error ?? '';
  switch (detail.kind) {
    case 'gridPoint': {
      const problem = problemIn(detail.problem, locale);
      return detail.more > 0
        ? messageIn(locale, 'analysis.failed.gridPointMore', { at: detail.at, problem, more: detail.more })
        : messageIn(locale, 'analysis.failed.gridPoint', { at: detail.at, problem });
    }
    case 'combinations':
      return messageIn(locale, 'analysis.failed.combinations', { total: detail.total, max: detail.max });
    case 'candidate':
      return messageIn(locale, 'analysis.failed.candidate', { problem: problemIn(detail.problem, locale) });
  }
}
