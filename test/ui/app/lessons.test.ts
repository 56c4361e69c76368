/**
 * The lesson definitions are sound: every lesson's preset exists and every step's scenario
 * (the preset plus the changes so far) validates; every highlighted path is a control the page
 * shows for that scenario; display names match the preset's strategies; every text exists in
 * both languages; the prediction choices partition the number line; the measure reads run
 * steps and real strategies. Plus the pure logic: scenario per step, hidden results, the
 * measure, matching a prediction, and the lesson's place in the URL.
 */
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../../src/runtime/resultFormat';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { getPath, type Draft } from '../../../src/ui/app/draft';
import { LESSONS, lessonById } from '../../../src/ui/app/lessons/index';
import {
  firstRunStep,
  lessonDraft,
  lessonHash,
  matchingChoice,
  measuredStep,
  measureValue,
  parseLessonHash,
  placedFieldAt,
  resultsVisible,
  sameScenarioSteps,
} from '../../../src/ui/app/lessons/lessonPlan';
import type { LocalText } from '../../../src/ui/app/lessons/lessonTypes';
import { PRESETS } from '../../../src/ui/app/presets';

const CJK = /[\u4e00-\u9fff]/;
const presetOf = (id: string): Draft => {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.draft;
};

/** Every two-language text of a lesson, with where it is. */
function textsOf(lesson: (typeof LESSONS)[number]): [string, LocalText][] {
  return [
    ['title', lesson.title],
    ['summary', lesson.summary],
    ['measure', lesson.measure.text],
    ...lesson.strategyNames.map((n, i): [string, LocalText] => [`strategyNames[${i}]`, n]),
    ...lesson.choices.map((c, i): [string, LocalText] => [`choices[${i}]`, c.text]),
    ...lesson.steps.flatMap((s, i): [string, LocalText][] => [
      [`steps[${i}]`, s.text],
      ...(s.world ? [[`steps[${i}].world`, s.world] as [string, LocalText]] : []),
      ...(s.change ?? []).map((c, k): [string, LocalText] => [`steps[${i}].change[${k}]`, c.what]),
    ]),
  ];
}

describe('lesson definitions', () => {
  it('cover the issue’s topics with unique ids, in teaching order', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'tipping-point',
      'weak-ties',
      'centola-clusters',
      'opinion-leaders-vs-connectors',
      'kol-vs-seed-users',
      'influencer-tiers',
      'ads-kill-the-group',
      '1000-true-fans',
      'key-people',
      'platform-choice',
    ]);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      it('has a question, a prediction, a run and a takeaway, predicting before the measured run', () => {
        const kinds = lesson.steps.map((s) => s.kind);
        expect(kinds[0]).toBe('question');
        expect(kinds.at(-1)).toBe('takeaway');
        expect(kinds.filter((k) => k === 'predict')).toHaveLength(1);
        const predict = kinds.indexOf('predict');
        for (const ref of [lesson.measure.of, lesson.measure.over].filter((r) => r !== undefined)) {
          const step = measuredStep(lesson, ref);
          expect(lesson.steps[step].kind, `measured step ${step}`).toBe('run');
          expect(ref.strategy).toBeLessThan(lesson.strategyNames.length);
        }
        expect(measuredStep(lesson, lesson.measure.of)).toBeGreaterThan(predict);
      });

      it('every step’s scenario validates, and every highlighted path is a control on the page', () => {
        const preset = presetOf(lesson.preset);
        lesson.steps.forEach((step, i) => {
          const draft = lessonDraft(lesson, preset, i);
          const validation = validateScenario(draft);
          expect(validation.ok, `step ${i}: ${validation.ok ? '' : validation.errors.join('; ')}`).toBe(true);
          for (const path of step.highlight ?? []) {
            expect(placedFieldAt(draft, path), `step ${i}: ${path}`).toBeDefined();
            // A slider the class watches shows a number, not an object the control cannot show.
            expect(['number', 'string', 'undefined', 'boolean']).toContain(typeof getPath(draft, path));
          }
          for (const change of step.change ?? []) expect(getPath(draft, change.path)).toEqual(change.value);
        });
      });

      it('names every strategy of its preset, in both languages', () => {
        const strategies = presetOf(lesson.preset).strategies as unknown[];
        expect(lesson.strategyNames).toHaveLength(strategies.length);
        for (const [where, text] of textsOf(lesson)) {
          expect(text.en.trim(), `${where}.en`).not.toBe('');
          expect(text.zh, `${where}.zh`).toMatch(CJK);
          expect(text.zh, `${where}.zh`).not.toBe(text.en);
        }
        expect(lesson.measure.text.en).toContain('{value}');
        expect(lesson.measure.text.zh).toContain('{value}');
      });

      it('offers choices that split the number line without gaps or overlaps', () => {
        const sorted = [...lesson.choices].sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
        expect(sorted[0].min).toBeUndefined();
        expect(sorted.at(-1)!.max).toBeUndefined();
        for (let i = 1; i < sorted.length; i++) expect(sorted[i].min).toBe(sorted[i - 1].max);
      });
    });
  }
});

/** A result whose strategies have the given means of `metric`. */
function fakeResult(metric: string, means: number[]): SimulationResult {
  return { strategies: means.map((mean, i) => ({ name: `s${i}`, summary: { [metric]: { mean } } })) } as unknown as SimulationResult;
}

describe('lesson logic', () => {
  const weakTies = lessonById('weak-ties')!;
  const tipping = lessonById('tipping-point')!;

  it('applies the changes of the steps so far, and only those', () => {
    const preset = presetOf(weakTies.preset);
    expect(getPath(lessonDraft(weakTies, preset, 1), 'network.mixing')).toBe(0);
    expect(getPath(lessonDraft(weakTies, preset, 3), 'network.mixing')).toBe(0.1);
    expect(getPath(lessonDraft(weakTies, preset, 4), 'network.mixing')).toBe(0.1);
    expect(getPath(preset, 'network.mixing')).toBe(0); // the preset itself is untouched
    expect(sameScenarioSteps(weakTies, 1)).toEqual([0, 1, 2]);
    expect(sameScenarioSteps(weakTies, 4)).toEqual([3, 4]);
  });

  it('hides the results before the first run and on the prediction step', () => {
    expect(firstRunStep(tipping)).toBe(2);
    expect([0, 1, 2, 3].map((s) => resultsVisible(tipping, s))).toEqual([false, false, true, true]);
    expect([0, 1, 2, 3, 4].map((s) => resultsVisible(weakTies, s))).toEqual([false, true, false, true, true]);
  });

  it('measures from the results of the steps it reads, and says which step is missing', () => {
    const closed = fakeResult('reached', [1800]);
    const bridged = fakeResult('reached', [2700]);
    expect(measureValue(weakTies, (s) => (s === 1 ? closed : s === 3 ? bridged : null))).toEqual({ value: 1.5 });
    expect(measureValue(weakTies, (s) => (s === 3 ? bridged : null))).toEqual({ missingStep: 1 });
    expect(measureValue(tipping, () => fakeResult('incrementalConverted', [7, 35]))).toEqual({ value: 5 });
    expect(measureValue(lessonById('key-people')!, () => fakeResult('concentration', [0.73, 0.8]))).toEqual({ value: 0.73 });
  });

  it('matches a value to the prediction whose range holds it ([min, max))', () => {
    expect(matchingChoice(tipping.choices, 5.2)).toBe(2);
    expect(matchingChoice(tipping.choices, 3)).toBe(2);
    expect(matchingChoice(tipping.choices, 2.99)).toBe(1);
    expect(matchingChoice(tipping.choices, 0.2)).toBe(0);
    expect(matchingChoice(tipping.choices, NaN)).toBe(-1);
  });

  it('reads and writes its place in the URL, refusing unknown lessons and clamping steps', () => {
    expect(lessonHash({ id: 'weak-ties', step: 2 })).toBe('#lesson=weak-ties&step=3');
    expect(parseLessonHash('#lesson=weak-ties&step=3')).toEqual({ place: { id: 'weak-ties', step: 2 }, unknownId: null });
    expect(parseLessonHash('#lesson=weak-ties&step=99').place!.step).toBe(weakTies.steps.length - 1);
    expect(parseLessonHash('#lesson=weak-ties&step=-4').place!.step).toBe(0);
    expect(parseLessonHash('#lesson=weak-ties&step=abc').place!.step).toBe(0);
    expect(parseLessonHash('#lesson=weak-ties').place!.step).toBe(0);
    expect(parseLessonHash('#lesson=nope&step=1')).toEqual({ place: null, unknownId: 'nope' });
    expect(parseLessonHash('#s=abc')).toEqual({ place: null, unknownId: null });
    expect(parseLessonHash('')).toEqual({ place: null, unknownId: null });
  });
});
