/**
 * The lesson being taught (state held for the page: a change re-renders the host; with no lifecycle of its own it is not registered with addController): which lesson and step is open, the lesson list,
 * the class's predictions. Opening a step puts that step's scenario on the page (keeping the
 * class's own edits while the step's scenario stays the same) and its place in the address
 * (`#lesson=id&step=n`, so a reload or a shared link returns there); leaving puts the scenario
 * back in the address. The lessons themselves are a chunk loaded on demand (lessonsOnDemand.ts):
 * a lesson is only ever opened from a parsed hash or from the list, both of which load it first.
 */
import type { ReactiveControllerHost } from 'lit';
import { checkScenario } from '../../../scenario/validateScenario';
import type { SimulationResult } from '../../../runtime/resultFormat';
import { currentLocale } from '../../i18n/locale';
import { local, t } from '../../i18n/t';
import { draftText, type Draft } from '../draft';
import { PRESETS } from '../presets';
import type { Lesson } from '../lessons/lessonTypes';
import { lessonById, lessonDraft, lessonHash, resultsVisible } from '../lessons/lessonsOnDemand';
import { scenarioKey } from './runScheduler';

/** The highlight when no lesson step names any controls. */
const NO_HIGHLIGHT: readonly string[] = Object.freeze([]);

/** Where the class is in a lesson. */
export interface LessonState {
  lesson: Lesson;
  step: number;
}

/** What the lesson needs of the page. */
export interface LessonPage {
  /** A lesson is about to replace the page (`inLesson`: one already does). */
  beforeOpen(inLesson: boolean): void;
  /** Put a step's scenario on the page (not into the address: the lesson's place is there). */
  show(draft: Draft): void;
  warn(text: string): void;
  /** The lesson was left: the address gets the page's scenario back. */
  left(): void;
  /** The kept result of the scenario with this key (runScheduler.ts). */
  finished(key: string): SimulationResult | null;
}

export class LessonController {
  current: LessonState | null = null;
  /** The lesson list is open. */
  picker = false;
  /** The class's prediction per lesson id (choice index). */
  guesses: Record<string, number> = {};
  /** Scenario key of each lesson step's scenario (validation is not free). */
  private readonly stepKeys = new Map<string, string | null>();
  private namesCache: { key: string; names: string[] } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly page: LessonPage,
  ) {}

  /** Open lesson `id` at `step` (0-based): its scenario for that step, the address, the panel. */
  open(id: string, step = 0): void {
    const lesson = lessonById(id);
    const preset = lesson && PRESETS.find((p) => p.id === lesson.preset);
    if (!lesson || !preset) {
      this.page.warn(t('msg.badLesson', { value: id.slice(0, 60) }));
      return;
    }
    const at = Math.min(lesson.steps.length - 1, Math.max(0, step));
    this.page.beforeOpen(this.current !== null);
    const previous = this.current;
    this.current = { lesson, step: at };
    this.picker = false;
    // Keep the class's own edits while the step's scenario stays the same.
    const draft = lessonDraft(lesson, preset.draft, at);
    const same = previous?.lesson.id === id && draftText(lessonDraft(lesson, preset.draft, previous.step)) === draftText(draft);
    if (!same) this.page.show(draft);
    const hash = lessonHash({ id, step: at });
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    this.host.requestUpdate();
  }

  /** Whether the open lesson is at this place already. */
  isAt(id: string, step: number): boolean {
    return this.current?.lesson.id === id && this.current.step === step;
  }

  /** The lesson panel's "Leave": the page stays, the lesson closes. */
  leave(): void {
    this.close();
    this.page.left();
  }

  /** Something else replaced the lesson's scenario (a preset, a saved scenario, yours). */
  close(): void {
    this.current = null;
    this.host.requestUpdate();
  }

  goTo(step: number): void {
    if (this.current) this.open(this.current.lesson.id, step);
  }

  showList(open: boolean): void {
    this.picker = open;
    this.host.requestUpdate();
  }

  guess(choice: number): void {
    if (!this.current) return;
    this.guesses = { ...this.guesses, [this.current.lesson.id]: choice };
    this.host.requestUpdate();
  }

  /** The fields the open step points at. */
  highlight(): readonly string[] {
    // One empty array, not a new one per call: the page passes it to every strategy card and the
    // scenario panel, and a fresh array would re-render them all on each progress update of a run.
    return this.current ? (this.current.lesson.steps[this.current.step]?.highlight ?? NO_HIGHLIGHT) : NO_HIGHLIGHT;
  }

  /** The open step hides the results (the class predicts first). */
  hidesResults(): boolean {
    return this.current !== null && !resultsVisible(this.current.lesson, this.current.step);
  }

  /** The open step runs the simulation (and is shown beside the results). */
  isRunStep(): boolean {
    return this.current !== null && this.current.lesson.steps[this.current.step]?.kind === 'run';
  }

  /** The finished result of a step's scenario, when it has been simulated. */
  readonly resultAt = (step: number): SimulationResult | null => {
    const state = this.current;
    if (!state) return null;
    const cacheKey = `${state.lesson.id}:${step}`;
    let key = this.stepKeys.get(cacheKey);
    if (key === undefined) {
      const preset = PRESETS.find((p) => p.id === state.lesson.preset);
      const validation = preset ? checkScenario(lessonDraft(state.lesson, preset.draft, step)) : null;
      key = validation?.ok ? scenarioKey(validation.scenario) : null;
      this.stepKeys.set(cacheKey, key);
    }
    return key === null ? null : this.page.finished(key);
  };

  /** The lesson's strategy names in the current language (charts and the lesson panel show these); null outside a lesson. */
  names(): string[] | null {
    if (!this.current) return null;
    // The same array while lesson and language stay (the charts redraw when it changes).
    const key = `${this.current.lesson.id}|${currentLocale()}`;
    if (this.namesCache?.key !== key) this.namesCache = { key, names: this.current.lesson.strategyNames.map((n) => local(n)) };
    return this.namesCache.names;
  }
}
