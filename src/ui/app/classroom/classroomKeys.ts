/**
 * The classroom's keyboard path, as a controller of the page: "L" (anywhere but in a text field)
 * and the skip link open the lesson list with the focus in it — or, while a lesson is on screen,
 * the skip link puts the focus in the lesson — so a teacher starts a lesson in three key presses
 * from page load (Tab, Enter, Enter; or L, Enter) instead of tabbing through the side panel.
 * In a lesson, → / PageDown and ← / PageUp step through the lesson panel, which decides what a
 * move means (ask before skipping the prediction, the list after the last step), and space plays
 * or pauses the replay — except while typing in a field or when the replay itself has the focus
 * (it has its own keys). Closing the list hands the focus back to the Lessons button; starting a
 * lesson from the list moves the focus to the lesson's title.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DlLesson } from '../components/dlLesson';
import type { DlLessonPicker } from '../components/dlLessonPicker';

/** What the controller needs of the page. */
export interface ClassroomHost extends ReactiveControllerHost, HTMLElement {
  lesson: unknown;
  lessonPicker: boolean;
  /** Space: play or pause the replay (or re-run). */
  togglePlay(): void;
  /** Put the focus on the Lessons button. */
  focusLessonsButton(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Keys that type text rather than command the page. */
function isEditing(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable)
  );
}

export class ClassroomKeys implements ReactiveController {
  constructor(private readonly host: ClassroomHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('dl-skip-lessons', this.onSkip);
    this.host.addEventListener('dl-intro-lessons', this.onIntroLessons);
    this.host.addEventListener('dl-lesson-picker-close', this.onPickerClosed);
    this.host.addEventListener('dl-lesson-open', this.onLessonOpened);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('dl-skip-lessons', this.onSkip);
    this.host.removeEventListener('dl-intro-lessons', this.onIntroLessons);
    this.host.removeEventListener('dl-lesson-picker-close', this.onPickerClosed);
    this.host.removeEventListener('dl-lesson-open', this.onLessonOpened);
  }

  /** The lesson on screen, once its element is defined (lessons load on demand: until then it has no methods). */
  private panel(): DlLesson | null {
    return this.host.renderRoot.querySelector<DlLesson>('dl-lesson:defined');
  }

  /** → (+1) or ← (−1) in the lesson on screen; nothing while the list is shown. */
  step(delta: 1 | -1): void {
    const panel = this.panel();
    if (!panel) return;
    if (delta > 0) panel.next();
    else panel.previous();
  }

  /** Open the lesson list (or, when it is open, put the focus back in it). */
  openList(): void {
    if (this.host.lessonPicker) {
      this.host.renderRoot.querySelector<DlLessonPicker>('dl-lesson-picker:defined')?.focusStart();
      return;
    }
    this.host.lessonPicker = true; // the list takes the focus when it first renders
  }

  /** The skip link: into the lesson on screen, else into the lesson list. */
  goToLessons(): void {
    const panel = this.host.lessonPicker ? null : this.panel();
    if (panel) panel.focusPanel();
    else this.openList();
  }

  private readonly onSkip = (): void => this.goToLessons();
  private readonly onIntroLessons = (): void => this.openList();

  /**
   * A lesson started from the list: the focus moves to its title, so Tab continues through the
   * lesson's own controls. (A lesson opened by a link leaves the focus alone: the skip link or a
   * click puts it there.)
   */
  private readonly onLessonOpened = (): void => {
    void this.host.updateComplete.then(async () => {
      await customElements.whenDefined('dl-lesson');
      const panel = this.panel();
      await panel?.updateComplete;
      panel?.focusPanel();
    });
  };

  private readonly onPickerClosed = (): void => {
    void this.host.updateComplete.then(() => this.host.focusLessonsButton());
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const path = e.composedPath();
    if (isEditing(path[0])) return;
    if (e.key === 'l' || e.key === 'L') {
      e.preventDefault();
      this.openList();
      return;
    }
    if (!this.host.lesson || path.some((el) => el instanceof HTMLElement && el.tagName === 'DL-NETWORK-VIEW')) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') {
      e.preventDefault();
      this.step(1);
    } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
      e.preventDefault();
      this.step(-1);
    } else if (e.key === ' ' || e.code === 'Space') {
      e.preventDefault();
      this.host.togglePlay();
    }
  };
}
