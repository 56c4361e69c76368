/**
 * Where a request to move in a lesson leads: to a step, back to the lesson list (→ on the last
 * step), or to a question first — "move on without the class's prediction?" — when the move
 * would pass the prediction step before the class has predicted (results would then show with
 * nothing to compare them to). Pure, so every case is a unit test.
 */
import type { Lesson } from '../lessons/lessonTypes';
import { predictStep } from '../lessons/lessonPlan';

export type LessonMove =
  /** Go to this step (0-based). */
  | { kind: 'step'; step: number }
  /** Past the last step: open the lesson list. */
  | { kind: 'list' }
  /** Ask first: the move to `step` skips the prediction. */
  | { kind: 'confirm'; step: number }
  /** Nowhere to go (← on the first step). */
  | { kind: 'none' };

/**
 * The move from step `from` to step `to` (`to` may be out of range: → on the last step, ← on
 * the first). `predicted`: the class has a prediction (a picked answer or a recorded vote).
 * `confirmed`: the teacher already agreed to go on without one.
 */
export function lessonMove(lesson: Lesson, from: number, to: number, predicted: boolean, confirmed = false): LessonMove {
  const last = lesson.steps.length - 1;
  if (to > last) return from >= last ? { kind: 'list' } : { kind: 'step', step: last };
  if (to < 0) return { kind: 'none' };
  if (to === from) return { kind: 'none' };
  const predict = predictStep(lesson);
  const skipsPrediction = predict >= 0 && from <= predict && to > predict;
  if (skipsPrediction && !predicted && !confirmed) return { kind: 'confirm', step: to };
  return { kind: 'step', step: to };
}
