/**
 * Moving in a lesson: → past the last step opens the lesson list, ← on the first goes nowhere,
 * and a move that passes the prediction step before the class has predicted asks first —
 * including a jump from the question straight to the takeaway — while moves that do not pass
 * it (back, or onwards after the prediction) never ask.
 */
import { describe, expect, it } from 'vitest';
import { lessonMove } from '../../../src/ui/app/classroom/lessonNavigation';
import type { Lesson } from '../../../src/ui/app/lessons/lessonTypes';

const text = { en: 'x', zh: '某' };
/** Steps: 0 question, 1 predict, 2 run, 3 takeaway. */
const LESSON: Lesson = {
  id: 'fixture',
  preset: 'none',
  title: text,
  summary: text,
  strategyNames: [text],
  measure: { metric: 'converted', of: { strategy: 0 }, format: 'count', text },
  choices: [{ text, max: 1 }, { text, min: 1 }],
  steps: [
    { kind: 'question', text },
    { kind: 'predict', text },
    { kind: 'run', text },
    { kind: 'takeaway', text },
  ],
};
const NO_PREDICTION: Lesson = { ...LESSON, steps: [{ kind: 'question', text }, { kind: 'run', text }] };

describe('lessonMove', () => {
  it('goes one step on and back', () => {
    expect(lessonMove(LESSON, 0, 1, false)).toEqual({ kind: 'step', step: 1 });
    expect(lessonMove(LESSON, 3, 2, false)).toEqual({ kind: 'step', step: 2 });
    expect(lessonMove(LESSON, 2, 3, false)).toEqual({ kind: 'step', step: 3 });
  });

  it('opens the lesson list on → from the last step, goes nowhere on ← from the first', () => {
    expect(lessonMove(LESSON, 3, 4, true)).toEqual({ kind: 'list' });
    expect(lessonMove(LESSON, 3, 4, false)).toEqual({ kind: 'list' });
    expect(lessonMove(LESSON, 0, -1, false)).toEqual({ kind: 'none' });
    expect(lessonMove(LESSON, 2, 2, false)).toEqual({ kind: 'none' });
  });

  it('asks before passing the prediction step without a prediction', () => {
    expect(lessonMove(LESSON, 1, 2, false)).toEqual({ kind: 'confirm', step: 2 });
    expect(lessonMove(LESSON, 0, 3, false)).toEqual({ kind: 'confirm', step: 3 });
    expect(lessonMove(LESSON, 0, 2, false)).toEqual({ kind: 'confirm', step: 2 });
  });

  it('does not ask with a prediction, once confirmed, or when the move does not pass the prediction', () => {
    expect(lessonMove(LESSON, 1, 2, true)).toEqual({ kind: 'step', step: 2 });
    expect(lessonMove(LESSON, 1, 2, false, true)).toEqual({ kind: 'step', step: 2 });
    expect(lessonMove(LESSON, 0, 1, false)).toEqual({ kind: 'step', step: 1 });
    expect(lessonMove(LESSON, 2, 1, false)).toEqual({ kind: 'step', step: 1 });
    expect(lessonMove(NO_PREDICTION, 0, 1, false)).toEqual({ kind: 'step', step: 1 });
  });

  it('clamps a jump beyond the end from an earlier step to the last step', () => {
    expect(lessonMove(LESSON, 2, 9, false)).toEqual({ kind: 'step', step: 3 });
  });
});
