/**
 * The lessons for the app shell, loaded on demand: the lesson texts and plans (~50 kB) are a chunk
 * of their own, fetched when a lesson link is opened, the lesson list or a lesson is shown, or once
 * the page is idle (lazyElements.ts). The functions have the names and signatures of lessonPlan.ts
 * and lessons/index.ts; all but parseLessonHash need the chunk, which is always loaded before a
 * lesson can be open (a lesson is only ever opened from a parsed hash or from the lesson list).
 */
import type * as LessonPlan from './lessonPlan';
import type * as LessonIndex from './index';

type Loaded = typeof LessonPlan & Pick<typeof LessonIndex, 'lessonById'>;

let loaded: Loaded | null = null;
let loading: Promise<Loaded> | null = null;

/** Load the lessons chunk (once). */
export function loadLessons(): Promise<Loaded> {
  loading ??= Promise.all([import('./lessonPlan'), import('./index')]).then(([plan, index]) => (loaded = { ...plan, lessonById: index.lessonById }));
  return loading;
}

function lessons(): Loaded {
  if (loaded === null) throw new Error('the lessons are used before they were loaded (loadLessons)');
  return loaded;
}

/** lessonPlan.parseLessonHash, after loading the lessons when the hash names one. */
export async function parseLessonHash(hash: string): Promise<ReturnType<Loaded['parseLessonHash']>> {
  // Without a `lesson` parameter the answer needs no lesson: do not fetch the chunk for it.
  if (!namesALesson(hash)) return { place: null, unknownId: null };
  return (await loadLessons()).parseLessonHash(hash);
}

/** Whether the hash has a `lesson` parameter, read as lessonPlan.parseLessonHash reads it. */
function namesALesson(hash: string): boolean {
  try {
    return new URLSearchParams(hash.replace(/^#/, '')).has('lesson');
  } catch {
    return false;
  }
}

export const lessonById: Loaded['lessonById'] = (id) => lessons().lessonById(id);
export const lessonDraft: Loaded['lessonDraft'] = (lesson, preset, step) => lessons().lessonDraft(lesson, preset, step);
export const lessonHash: Loaded['lessonHash'] = (place) => lessons().lessonHash(place);
export const resultsVisible: Loaded['resultsVisible'] = (lesson, step) => lessons().resultsVisible(lesson, step);
export const firstRunStep: Loaded['firstRunStep'] = (lesson) => lessons().firstRunStep(lesson);
