/**
 * The pure logic of a lesson: the scenario at each step (the preset plus every change made so
 * far), when the results may be shown (not before the class has predicted), the lesson's
 * measure from simulation results, which prediction it matches, and the lesson's place in the
 * URL (`#lesson=<id>&step=<n>`, n counted from 1 like the "Step n of m" the class sees).
 */
import type { SimulationResult } from '../../../runtime/resultFormat';
import { setPath, type Draft } from '../draft';
import { scenarioFields, strategyFields, type PlacedField } from '../fieldSpecs';
import { lessonById, LESSONS } from './index';
import type { Lesson, MeasureRef, PredictionChoice } from './lessonTypes';

/** The preset's scenario with the changes of steps 0…`step` applied (a fresh copy). */
export function lessonDraft(lesson: Lesson, preset: Draft, step: number): Draft {
  let draft = structuredClone(preset);
  lesson.steps.slice(0, step + 1).forEach((s) => {
    for (const change of s.change ?? []) draft = setPath(draft, change.path, change.value);
  });
  return draft;
}

/** Index of the first run step (results are hidden before it). */
export function firstRunStep(lesson: Lesson): number {
  const i = lesson.steps.findIndex((s) => s.kind === 'run');
  return i < 0 ? 0 : i;
}

/**
 * Whether the comparison shows at `step`: from the first run step on, except on the predict
 * step (a lesson may run one world before asking about the next).
 */
export function resultsVisible(lesson: Lesson, step: number): boolean {
  return step >= firstRunStep(lesson) && lesson.steps[step]?.kind !== 'predict';
}

/** The step whose scenario a measure reference reads: its own, or the lesson's last run step. */
export function measuredStep(lesson: Lesson, ref: MeasureRef): number {
  if (ref.step !== undefined) return ref.step;
  let last = 0;
  lesson.steps.forEach((s, i) => {
    if (s.kind === 'run') last = i;
  });
  return last;
}

/** A strategy's mean of `metric` in a result (`concentration` included); NaN when absent. */
export function metricOf(result: SimulationResult, strategy: number, metric: string): number {
  const s = result.strategies[strategy];
  if (!s) return NaN;
  const summary = s.summary[metric];
  if (summary && Number.isFinite(summary.mean)) return summary.mean;
  const own = (s as unknown as Record<string, unknown>)[metric];
  return typeof own === 'number' && Number.isFinite(own) ? own : NaN;
}

/**
 * The lesson's measure from the results of the steps it reads (`resultAt(step)`: the finished
 * result of that step's scenario, or null). Returns the value, or the step still to run.
 */
export function measureValue(lesson: Lesson, resultAt: (step: number) => SimulationResult | null): { value: number } | { missingStep: number } {
  const { measure } = lesson;
  const read = (ref: MeasureRef): number | { missingStep: number } => {
    const step = measuredStep(lesson, ref);
    const result = resultAt(step);
    return result ? metricOf(result, ref.strategy, measure.metric) : { missingStep: step };
  };
  const a = read(measure.of);
  if (typeof a !== 'number') return a;
  if (!measure.over) return { value: a };
  const b = read(measure.over);
  if (typeof b !== 'number') return b;
  return { value: b === 0 ? (a === 0 ? 1 : Infinity) : a / b };
}

/** Index of the choice whose range holds `value` ([min, max)), or -1. */
export function matchingChoice(choices: readonly PredictionChoice[], value: number): number {
  if (Number.isNaN(value)) return -1;
  return choices.findIndex((c) => (c.min === undefined || value >= c.min) && (c.max === undefined || value < c.max));
}

/** Indices of the steps that share step `step`'s scenario (no change between them). */
export function sameScenarioSteps(lesson: Lesson, step: number): number[] {
  const changeCount = (i: number) => lesson.steps.slice(0, i + 1).filter((s) => (s.change?.length ?? 0) > 0).length;
  const mine = changeCount(step);
  return lesson.steps.map((_, i) => i).filter((i) => changeCount(i) === mine);
}

// ── Controls ───────────────────────────────────────────────────────────────────────────────

/** The control at `path` for this draft, or undefined when the page has none there. */
export function placedFieldAt(draft: Draft, path: string): PlacedField | undefined {
  const sections = scenarioFields(draft);
  const all = [...sections.network, ...sections.model, ...sections.run];
  const strategies = Array.isArray(draft.strategies) ? draft.strategies.length : 0;
  for (let i = 0; i < strategies; i++) all.push(...strategyFields(draft, i));
  return all.find((f) => f.path === path);
}

// ── URL ────────────────────────────────────────────────────────────────────────────────────

/** A lesson place read from a URL hash. */
export interface LessonPlace {
  id: string;
  /** 0-based step. */
  step: number;
}

/**
 * `#lesson=<id>&step=<n>` → the place; `{ place: null }` when the hash has no lesson, and a
 * warning (the unknown id) when the lesson does not exist. A bad step number clamps.
 */
export function parseLessonHash(hash: string): { place: LessonPlace | null; unknownId: string | null } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { place: null, unknownId: null };
  }
  const id = params.get('lesson');
  if (id === null) return { place: null, unknownId: null };
  const lesson = lessonById(id);
  if (!lesson) return { place: null, unknownId: id.slice(0, 60) };
  const n = Number(params.get('step') ?? '1');
  const step = Number.isInteger(n) ? Math.min(lesson.steps.length, Math.max(1, n)) - 1 : 0;
  return { place: { id, step }, unknownId: null };
}

/** The hash of a lesson place (with the leading #). */
export function lessonHash(place: LessonPlace): string {
  return `#lesson=${encodeURIComponent(place.id)}&step=${place.step + 1}`;
}

export { LESSONS };
