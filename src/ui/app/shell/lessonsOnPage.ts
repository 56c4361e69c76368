/**
 * Lessons on the page, both sides of the lesson controller (lessonController.ts): what a lesson
 * gets from the page — opening one keeps the user's own work as "yours" and forgets a failed
 * upload, a step's scenario is shown without entering the address (the lesson's place is there) —
 * and the lesson panel at the top of the main column: the lesson list or the open lesson, its
 * events routed back to the controller. Apart from `<dl-app>`, which only composes them.
 */
import { html, nothing } from 'lit';
import type { EditDetail } from '../components/dlField';
import type { LessonGuessDetail, LessonStepDetail } from '../components/dlLesson';
import type { LessonOpenDetail } from '../components/dlLessonPicker';
import { draftText, type Draft } from '../draft';
import type { SimulationState } from '../simulationState';
import type { LessonController, LessonPage, LessonState } from './lessonController';
import type { NoticeKind } from './noticeList';
import type { RunScheduler } from './runScheduler';
import type { UploadController } from './uploadController';
import type { UrlStateController } from './urlStateController';
import type { YourScenario } from './yourScenario';

/** What the lessons need of the page. */
export interface LessonsPage {
  readonly draft: Draft;
  readonly colors: number[];
  readonly sim: SimulationState;
  readonly lesson: LessonState | null;
  readonly lessons: LessonController;
  readonly yours: YourScenario;
  readonly uploads: UploadController;
  readonly url: UrlStateController;
  readonly runs: RunScheduler;
  setDraft(draft: Draft, colors: readonly number[], options?: { url?: boolean }): void;
  notify(kind: NoticeKind, text: string): void;
}

/** The page as the lesson controller sees it (its callbacks read the page when called, not before). */
export function lessonPage(page: LessonsPage): LessonPage {
  return {
    beforeOpen: (inLesson) => {
      page.yours.keepCurrent(page.draft, page.colors, inLesson);
      page.uploads.clear();
    },
    show: (draft) => page.setDraft(draft, [], { url: false }),
    warn: (text) => page.notify('warning', text),
    left: () => void page.url.write(draftText(page.draft)),
    finished: (key) => page.runs.finished(key),
  };
}

/** The lesson panel (or the lesson list) at the top of the main column. */
export function lessonPanel(page: LessonsPage, onEdit: (e: CustomEvent<EditDetail>) => void) {
  const lessons = page.lessons;
  if (lessons.picker)
    return html`<dl-lesson-picker .lastLesson=${page.lesson?.lesson.id ?? null}
      @dl-lesson-open=${(e: CustomEvent<LessonOpenDetail>) => lessons.open(e.detail.id, 0)}
      @dl-lesson-picker-close=${() => lessons.showList(false)}></dl-lesson-picker>`;
  if (!page.lesson) return nothing;
  const { lesson, step } = page.lesson;
  return html`<dl-lesson .lesson=${lesson} .step=${step} .draft=${page.draft} .state=${page.sim} .resultAt=${lessons.resultAt}
    .guess=${lessons.guesses[lesson.id] ?? null} .displayNames=${lessons.names() ?? []}
    @dl-edit=${onEdit}
    @dl-lesson-step=${(e: CustomEvent<LessonStepDetail>) => lessons.goTo(e.detail.step)}
    @dl-lesson-guess=${(e: CustomEvent<LessonGuessDetail>) => lessons.guess(e.detail.choice)}
    @dl-lesson-exit=${() => lessons.leave()}
    @dl-lesson-list=${() => lessons.showList(true)}></dl-lesson>`;
}
