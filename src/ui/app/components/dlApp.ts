/**
 * `<dl-app>`: the page. Holds the scenario being edited (the draft, in the public file format)
 * and the strategies' colours; validates every edit, keeps it in the URL and in localStorage,
 * and re-simulates valid scenarios on the worker pool (a new edit cancels the stale run).
 * Toolbar: presets and template, upload/download of the scenario, share link, result exports,
 * theme. A bad link or upload never replaces the current work: it is reported next to it.
 */
import { css, html, LitElement, nothing } from 'lit';
import { checkScenario } from '../../../scenario/validateScenario';
import type { ScenarioProblem } from '../../../scenario/reasons';
import { reasonIn } from '../../i18n/problemText';
import type { Scenario } from '../../../core/scenario';
import {
  addStrategy,
  deleteStrategy,
  draftText,
  duplicateStrategy,
  moveStrategy,
  normaliseColors,
  placeProblems,
  problemsAt,
  setPath,
  strategiesOf,
  switchModelKind,
  switchNetworkKind,
  type Draft,
  type Json,
  type PlacedProblem,
} from '../draft';
import { downloadResult, downloadScenario, type ResultExport } from '../exportResults';
import { readUpload } from '../uploadReader';
import { textHoldsEdgeListRef } from '../../../scenario/edgeListRef';
import { scenarioFields, strategyFields } from '../fieldSpecs';
import { blankTemplate, firstVisitDraft, PRESETS } from '../presets';
import { presetChoices, shownScenarioText } from '../presetText';
import { IDLE_STATE, SimulationController, WORKER_REPLACED_NOTICE, type SimulationState } from '../simulationController';
import { loadSavedState, loadTheme, loadYours, saveState, saveTheme, saveYours, type ThemeChoice } from '../storage';
import { draftFromText, type ScenarioSource } from '../scenarioInput';
import { knownKindsOnly } from '../knownKinds';
import { problemIn } from '../../i18n/problemText';
import { escapeControl } from '../../../scenario/controlText';
import { MAX_LINK_SCENARIO_LENGTH, MAX_STRATEGIES } from '../../../scenario/limits';
import { estimateRun, isLongRun, type RunEstimate } from '../../../runtime/runEstimate';
import { controlStyles } from '../styles';
import { decodeHash, encodeHash, MAX_HASH_LENGTH, URL_WARNINGS } from '../urlState';
import type { EditDetail } from './dlField';
import type { StrategyOpDetail } from './dlStrategyCard';
import './dlResults';
import './dlScenarioPanel';
import './dlStrategyCard';
import '../intro/dlIntro';
import '../classroom/dlSkipLink';
import { ClassroomKeys } from '../classroom/classroomKeys';
import { LazyElements } from '../lazyElements';
import { currentLocale, initialLocale, loadLocale, LOCALE_NAMES, LOCALES, setLocale, type Locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/localeController';
import { local, messageIn, t, tPlural, type MessageKey } from '../../i18n/t';
import type { Lesson } from '../lessons/lessonTypes';
import { firstRunStep, lessonById, lessonDraft, lessonHash, loadLessons, parseLessonHash, resultsVisible } from '../lessons/lessonsOnDemand';
import type { LessonGuessDetail, LessonStepDetail } from './dlLesson';
import type { LessonOpenDetail } from './dlLessonPicker';
import type { SimulationResult } from '../../../runtime/resultFormat';
import type { AnalysisCardDetail } from '../analysis/dlAnalysis';
import type { AnalysisWorldDetail } from '../analysis/dlCalibration';
import { ANALYSIS_TEXT } from '../analysis/analysisText';
import { UndoController } from '../editing/undoController';
import { autoName, followNames } from '../editing/strategyNames';
import { cardAction } from '../editing/cardActions';
import { settleDelay, SINGLE_EDIT_DELAY_MS } from '../editing/settleDelay';
import { EDITING_TEXT } from '../editing/editingText';
import { editingLayoutStyles } from '../editing/editingLayout';
import { staleReason } from '../editing/staleReason';
import type { EditNoticeDetail, LibraryOpenDetail } from '../editing/dlEditTools';
import '../editing/dlEditTools';
import '../editing/dlEditSummary';

/** Wait after a lone edit before simulating (a burst waits longer: editing/settleDelay.ts). */
export const RUN_DEBOUNCE_MS = SINGLE_EDIT_DELAY_MS;
/** Wait after an edit before rewriting the URL. */
const URL_DEBOUNCE_MS = 300;
/** Largest scenario file read from an upload. */
export const MAX_UPLOAD_BYTES = 200_000_000;
/** Finished simulations kept for re-showing (a lesson stepping back and forth). */
const DONE_CACHE_SIZE = 6;
/** Scenarios longer than this (uploaded edge lists) are not kept in the cache. */
const MAX_CACHED_SCENARIO_CHARS = 1_000_000;

/** The message key of each URL warning (decodeHash speaks English). */
const URL_WARNING_KEYS: Record<string, MessageKey> = {
  [URL_WARNINGS.unreadable]: 'msg.linkUnreadable',
  [URL_WARNINGS.colors]: 'msg.linkColors',
  [URL_WARNINGS.tooLong]: 'msg.linkTooLong',
  [URL_WARNINGS.damaged]: 'msg.linkDamaged',
};

/** A URL warning in the current language. */
function urlWarning(warning: string): string {
  const key = URL_WARNING_KEYS[warning];
  return key ? messageIn(currentLocale(), key) : warning;
}

/**
 * A text's width in Latin characters: CJK characters and full-width punctuation take about two,
 * so a Chinese description is long enough for the two-line clamp at about half the characters.
 */
function lineWidth(text: string): number {
  return text.length + (text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/g)?.length ?? 0);
}

/** The cache key of a validated scenario (same key, same numbers). */
function scenarioKey(scenario: Scenario): string | null {
  // An edge list this long makes the key too long anyway: say so before serialising it.
  if (scenario.network.kind === 'edge-list' && scenario.network.edges.length > MAX_CACHED_SCENARIO_CHARS) return null;
  const text = JSON.stringify(scenario);
  return text.length > MAX_CACHED_SCENARIO_CHARS ? null : text;
}

/** Where the class is in a lesson, and its predictions (by lesson id). */
interface LessonState {
  lesson: Lesson;
  step: number;
}

interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

/** A rejected upload: its problems (or its size, when too large to read), and the parsed value when it can still be opened to fix. */
interface UploadFailure {
  file: string;
  problems: ScenarioProblem[];
  /** Set when the file was too large to read. */
  tooLarge: boolean;
  value: Draft | null;
}

/** One problem for a list: the path as written in the file, the reason in the current language. */
function problemItem(p: { path: string | null; reason: ScenarioProblem['reason'] }) {
  return html`<li>${p.path === null ? nothing : html`<code>${p.path}</code>: `}${reasonIn(p.reason)}</li>`;
}

let noticeId = 0;

export class DlApp extends LitElement {
  static override properties = {
    draft: { state: true },
    colors: { state: true },
    problems: { state: true },
    warnings: { state: true },
    sim: { state: true },
    notices: { state: true },
    upload: { state: true },
    previous: { state: true },
    yours: { state: true },
    longRun: { state: true },
    shareLink: { state: true },
    theme: { state: true },
    introOpen: { state: true },
    started: { state: true },
    lesson: { state: true },
    guesses: { state: true },
    lessonPicker: { state: true },
    presenter: { type: Boolean, reflect: true },
  };

  static override styles = [
    controlStyles,
    editingLayoutStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--dl-page);
      }
      .topbar {
        position: sticky;
        top: 0;
        z-index: 5;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 10px;
        padding: 10px 20px;
        background: var(--dl-bg);
        border-bottom: 1px solid var(--dl-border);
      }
      .brand {
        display: flex;
        flex-direction: column;
        margin-right: 10px;
      }
      h1 {
        margin: 0;
        font-size: calc(19px * var(--dl-scale, 1));
        line-height: 1.1;
      }
      .tagline {
        font-size: calc(12px * var(--dl-scale, 1));
        color: var(--dl-text-muted);
      }
      @media (max-width: 1500px) {
        .tagline {
          display: none;
        }
      }
      .group {
        display: flex;
        align-items: center;
        gap: 6px;
      }
      .sep {
        width: 1px;
        align-self: stretch;
        background: var(--dl-border);
        margin: 2px 4px;
      }
      .grow {
        flex: 1;
      }
      .topbar select {
        max-width: 230px;
      }
      @media (max-width: 1400px) {
        .topbar select {
          max-width: 160px;
        }
        /* Room for the intro's "?" so the bar stays one line at 1280 px ("Open a preset…" still whole). */
        .topbar div.group.advanced > select {
          max-width: 144px;
        }
        .brand {
          margin-right: 0;
        }
        .topbar {
          gap: 6px 5px;
          padding: 10px 14px;
        }
        .sep {
          display: none;
        }
      }
      .menu {
        position: relative;
      }
      .menu summary {
        list-style: none;
        cursor: pointer;
        min-height: 32px;
        box-sizing: border-box;
        padding: 6px 12px;
        border-radius: 6px;
        border: 1px solid var(--dl-border);
        background: var(--dl-surface);
        font-size: calc(13px * var(--dl-scale, 1));
      }
      .menu summary::after {
        content: ' ▾';
      }
      .menu-items {
        position: absolute;
        top: 38px;
        left: 0;
        z-index: 10;
        display: flex;
        flex-direction: column;
        gap: 6px;
        padding: 10px;
        min-width: 230px;
        background: var(--dl-bg);
        border: 1px solid var(--dl-border);
        border-radius: 8px;
        box-shadow: 0 6px 20px rgb(0 0 0 / 18%);
      }
      .menu-items button {
        text-align: left;
      }
      .layout {
        display: grid;
        grid-template-columns: 340px minmax(0, 1fr);
        align-items: start;
      }
      aside {
        position: sticky;
        top: 57px;
        max-height: calc(100vh - 57px);
        overflow-y: auto;
        background: var(--dl-bg);
        border-right: 1px solid var(--dl-border);
      }
      main {
        padding: 16px 20px 40px;
        min-width: 0;
      }
      .messages {
        display: flex;
        flex-direction: column;
        gap: 8px;
        margin-bottom: 12px;
      }
      .message {
        display: flex;
        gap: 10px;
        align-items: flex-start;
        padding: 10px 14px;
        border-radius: 8px;
        border: 1px solid var(--dl-border);
        background: var(--dl-bg);
        font-size: calc(14px * var(--dl-scale, 1));
      }
      .message.warning {
        border-color: var(--dl-warning);
      }
      .message.error {
        border-color: var(--dl-error);
      }
      .message .text {
        flex: 1;
      }
      .message ul {
        margin: 6px 0 0;
        padding-left: 20px;
      }
      .message li {
        margin: 2px 0;
      }
      code {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
        font-size: calc(12.5px * var(--dl-scale, 1));
      }
      .intro {
        margin: 0 0 16px;
        max-width: 1100px;
      }
      .intro h2 {
        font-size: calc(20px * var(--dl-scale, 1));
        margin: 0 0 4px;
      }
      .intro p.clamped {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
      }
      button.link {
        border: none;
        background: none;
        padding: 0;
        min-height: 0;
        color: var(--dl-focus);
        text-decoration: underline;
      }
      .intro p {
        margin: 0;
        font-size: calc(14px * var(--dl-scale, 1));
        line-height: 1.5;
        color: var(--dl-text-muted);
      }
      /* Print (the verdict's "Print report"): the comparison only — the verdict prints the settings and the seed. */
      @media print {
        :host {
          min-height: 0;
          background: none;
        }
        .topbar,
        aside,
        .messages,
        .intro,
        #strategies,
        #analysis,
        #results-h {
          display: none;
        }
        .layout {
          display: block;
        }
        main {
          padding: 0;
          zoom: 0.75;
        }
      }
      .section-head {
        display: flex;
        align-items: baseline;
        gap: 12px;
        margin: 0 0 10px;
      }
      h2 {
        margin: 0;
        font-size: calc(16px * var(--dl-scale, 1));
      }
      .muted {
        color: var(--dl-text-muted);
        font-size: calc(13px * var(--dl-scale, 1));
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(215px, 1fr));
        gap: 12px;
        margin-bottom: 18px;
      }
      .status {
        display: flex;
        align-items: center;
        gap: 12px;
        margin: 0 0 14px;
        min-height: 28px;
        font-size: calc(13px * var(--dl-scale, 1));
      }
      progress {
        width: 220px;
        height: 8px;
        appearance: none;
        border: none;
        border-radius: 4px;
        background: var(--dl-grid);
        overflow: hidden;
      }
      progress::-webkit-progress-bar {
        background: var(--dl-grid);
        border-radius: 4px;
      }
      progress::-webkit-progress-value {
        background: var(--dl-focus);
        border-radius: 4px;
      }
      .share {
        display: flex;
        gap: 8px;
        align-items: center;
        margin-top: 6px;
      }
      .share input {
        flex: 1;
        min-width: 0;
      }
      input[type='file'] {
        display: none;
      }
      .lang select {
        max-width: 120px;
      }
      button[aria-pressed='true'] {
        background: var(--dl-focus);
        border-color: var(--dl-focus);
        color: var(--dl-on-focus, #ffffff);
      }
      .hidden-results {
        border: 1px dashed var(--dl-border);
        border-radius: 10px;
        padding: 40px 24px;
        text-align: center;
        color: var(--dl-text-muted);
        background: var(--dl-bg);
        font-size: calc(16px * var(--dl-scale, 1));
      }
      /* Presenter mode: one column, the lesson and the comparison only, large type. */
      :host([presenter]) .layout {
        grid-template-columns: minmax(0, 1fr);
      }
      :host([presenter]) aside,
      :host([presenter]) .advanced,
      :host([presenter]) #strategies,
      :host([presenter]) #analysis,
      :host([presenter]) .intro {
        display: none;
      }
      :host([presenter]) main {
        padding: 16px 28px 40px;
      }
      /* On a run step: the lesson on the left (always in view), the replay and charts on the right. */
      :host([presenter]) main.with-lesson {
        display: grid;
        grid-template-columns: minmax(520px, 36%) minmax(0, 1fr);
        column-gap: 24px;
        align-items: start;
      }
      :host([presenter]) main.with-lesson > * {
        grid-column: 2;
      }
      :host([presenter]) main.with-lesson > dl-lesson {
        grid-column: 1;
        grid-row: 1 / span 4;
        position: sticky;
        top: calc(70px * var(--dl-scale, 1));
        max-height: calc(100vh - 80px * var(--dl-scale, 1));
        overflow-y: auto;
      }
      :host([presenter]) main.with-lesson > dl-lesson-picker {
        grid-column: 1 / -1;
      }
      :host([presenter]) h1 {
        font-size: calc(19px * var(--dl-scale, 1));
      }
      @media (max-width: 1000px) {
        .layout {
          grid-template-columns: 1fr;
        }
        aside {
          position: static;
          max-height: none;
          border-right: none;
          border-bottom: 1px solid var(--dl-border);
        }
      }
    `,
  ];

  declare draft: Draft;
  declare colors: number[];
  declare problems: PlacedProblem[];
  declare warnings: ScenarioProblem[];
  declare sim: SimulationState;
  declare notices: Notice[];
  declare upload: UploadFailure | null;
  /** The work an opened-to-fix upload replaced (one click brings it back). */
  declare previous: { draft: Draft; colors: number[] } | null;
  /**
   * The user's own scenario while a lesson or preset stands in for it ("Back to your scenario"),
   * or — after a reload onto a draft with problems — the last scenario that validated. Kept in
   * localStorage too, so a reload in the middle of a lesson does not lose it.
   */
  declare yours: { draft: Draft; colors: number[]; lastValid: boolean } | null;
  /** A valid scenario whose estimated time or memory asks for a yes before it runs. */
  declare longRun: { scenario: Scenario; text: string; estimate: RunEstimate } | null;
  declare shareLink: string | null;
  declare theme: ThemeChoice;
  /** The scenario description shown in full (else two lines). */
  declare introOpen: boolean;
  /** The address has been read (a lesson link may open a lesson): until then nothing greets a first visit. */
  declare started: boolean;
  /** The lesson being taught and its step, or null. */
  declare lesson: LessonState | null;
  /** The class's prediction per lesson id (choice index). */
  declare guesses: Record<string, number>;
  /** The lesson list is open. */
  declare lessonPicker: boolean;
  /** Presenter mode: large type, advanced controls hidden (`?present=1`). */
  declare presenter: boolean;

  readonly controller = new SimulationController();
  /** Undo / redo of the working state (Ctrl/Cmd+Z, toolbar buttons). */
  readonly undo = new UndoController(this, (state) => this.setDraft(state.draft, state.colors, { history: false }));
  /** Strategy names the user typed: never renamed to follow the settings. */
  private readonly typedNames = new Set<string>();
  /** When the last edit was made (a burst of edits is simulated once it settles). */
  private lastEditAt: number | null = null;
  /** The draft validated, or null while it has problems (the Analyse area runs on it). */
  private validScenario: Scenario | null = null;
  private runTimer: ReturnType<typeof setTimeout> | null = null;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;
  /** Finished simulations by scenario key, most recent last. */
  private readonly doneStates = new Map<string, SimulationState>();
  /** Scenario key of each lesson step's scenario (validation is not free). */
  private readonly lessonKeys = new Map<string, string | null>();
  /** The locale's warning for a malformed ?locale=, shown once the page is up. */
  private localeWarning: string | null = null;
  /**
   * The scenario text the address holds (written by this page or opened from a link), saved with
   * the draft: a reload within the address's debounce finds an older link than the saved edits of
   * that same link, and the edits win.
   */
  private urlText: string | null = null;
  /** The text of the long run the user said yes to (edits that keep it long ask again). */
  private approvedLongRun = '';
  /** The last draft that validated, as saved beside a draft with problems. */
  private lastValid: { scenarioText: string; colors: number[] } | null = loadSavedState()?.lastValid ?? null;
  /** The last scenario sent to the simulation (a re-validation of the same text does not re-run). */
  private lastRunText = '';
  /** Set once the initial state is read (the URL may take a moment to decompress). */
  ready: Promise<void>;

  constructor() {
    super();
    this.draft = {};
    this.colors = [];
    this.problems = [];
    this.warnings = [];
    this.sim = IDLE_STATE;
    this.notices = [];
    this.upload = null;
    this.previous = null;
    this.yours = null;
    this.longRun = null;
    this.shareLink = null;
    this.theme = loadTheme();
    this.introOpen = false;
    this.lesson = null;
    this.guesses = {};
    this.lessonPicker = false;
    const search = new URLSearchParams(location.search);
    this.presenter = search.get('present') === '1';
    document.documentElement.toggleAttribute('data-present', this.presenter);
    const start = initialLocale({ search: location.search, stored: loadLocale(), languages: navigator.languages ?? [navigator.language] });
    setLocale(start.locale, { remember: false });
    document.documentElement.lang = start.locale;
    if (start.badParam !== null) {
      this.localeWarning = start.badParam;
      console.warn(`Unknown ?locale=${start.badParam.slice(0, 40)}; using ${start.locale}.`);
    }
    new LocaleController(this);
    // Lessons, Analyse and the lesson list are chunks of their own, loaded when shown or when idle.
    new LazyElements(this, {
      'dl-lesson': () => Promise.all([loadLessons(), import('./dlLesson')]),
      'dl-lesson-picker': () => Promise.all([loadLessons(), import('./dlLessonPicker')]),
      'dl-analysis': () => import('../analysis/dlAnalysis'),
    }, { preloadWhenIdle: true });
    this.started = false;
    this.ready = this.initialise().finally(() => (this.started = true));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.controller.subscribe((state) => {
      const restarted = state.notice && state.notice !== this.sim.notice;
      this.sim = state;
      if (state.phase === 'done' && state.scenario) this.remember(state);
      if (restarted) this.notify('warning', state.notice === WORKER_REPLACED_NOTICE ? t('msg.workerReplaced') : state.notice!);
    });
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('keydown', this.onKeyDown);
    this.applyTheme();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('keydown', this.onKeyDown);
    this.controller.dispose();
  }

  // ── State in and out ─────────────────────────────────────────────────────────────────────

  private async initialise(): Promise<void> {
    if (this.localeWarning !== null) this.notify('warning', t('msg.badLocale', { value: this.localeWarning.slice(0, 40), language: LOCALE_NAMES[currentLocale()] }));
    const lessonPlace = await parseLessonHash(location.hash);
    if (lessonPlace.place) {
      this.restoreYours();
      this.keepSavedAsYours(null);
      this.openLesson(lessonPlace.place.id, lessonPlace.place.step);
      return;
    }
    if (lessonPlace.unknownId !== null) {
      this.notify('warning', t('msg.badLesson', { value: lessonPlace.unknownId }));
      this.lessonPicker = true;
    }
    const fromUrl = await decodeHash(location.hash);
    if (fromUrl.warning) this.notify('warning', urlWarning(fromUrl.warning));
    if (fromUrl.scenarioText !== null) {
      const draft = this.draftFromText(fromUrl.scenarioText, 'link');
      if (draft) {
        this.restoreYours();
        const saved = loadSavedState();
        const newer = saved && !saved.fromLesson && saved.urlText === fromUrl.scenarioText && saved.scenarioText !== fromUrl.scenarioText ? draftFromText(saved.scenarioText, 'saved') : null;
        if (newer && 'draft' in newer) {
          // Our own link, reloaded before the address caught up with the last edits: keep the edits.
          this.setDraft(newer.draft, saved!.colors);
          return;
        }
        this.keepSavedAsYours(draft);
        this.urlText = fromUrl.scenarioText;
        this.setDraft(draft, fromUrl.colors ?? [], { url: false });
        return;
      }
    }
    const saved = loadSavedState();
    const draft = saved ? this.draftFromText(saved.scenarioText, 'saved') : null;
    this.restoreYours();
    this.setDraft(draft ?? firstVisitDraft(), draft ? (saved?.colors ?? []) : []);
    // A reload onto a draft with problems keeps the last valid scenario one click away.
    const lastValid = saved?.lastValid ? this.draftFromText(saved.lastValid.scenarioText, 'saved') : null;
    if (this.yours === null && this.problems.length > 0 && lastValid && draftText(lastValid) !== draftText(this.draft))
      this.keepYours({ draft: lastValid, colors: saved!.lastValid!.colors, lastValid: true });
  }

  /**
   * A draft from scenario text (bounded parser: scenarioInput.ts) when it is a JSON object, valid
   * or not; otherwise null, with a warning naming the problem.
   */
  private draftFromText(text: string, source: ScenarioSource): Draft | null {
    const read = draftFromText(text, source);
    if ('draft' in read) return read.draft;
    const key = source === 'link' ? 'msg.linkRefused' : 'msg.savedRefused';
    if ('problem' in read) this.notify('warning', t(key, { problem: problemIn(read.problem) }));
    else if (source === 'link') this.notify('warning', t('msg.linkNotScenario'));
    return null;
  }

  /** The user's own scenario kept in storage by an earlier visit, shown with "Back to your scenario". */
  private restoreYours(): void {
    const kept = loadYours();
    const draft = kept ? draftFromText(kept.scenarioText, 'saved') : null;
    if (draft && 'draft' in draft) this.yours = { draft: draft.draft, colors: kept!.colors, lastValid: false };
  }

  /**
   * A link or a lesson link opened over the work saved by an earlier visit: keep that work (unless
   * it is the same scenario, or was itself a lesson step) instead of overwriting it.
   */
  private keepSavedAsYours(incoming: Draft | null): void {
    if (this.yours !== null) return;
    const saved = loadSavedState();
    if (!saved || saved.fromLesson) return;
    const read = draftFromText(saved.scenarioText, 'saved');
    if (!('draft' in read)) return;
    if (incoming !== null && draftText(incoming) === draftText(read.draft)) return;
    this.keepYours({ draft: read.draft, colors: saved.colors, lastValid: false });
  }

  /** Keep the user's own scenario (page and storage) before something stands in for it. */
  private keepYours(kept: { draft: Draft; colors: number[]; lastValid: boolean }): void {
    this.yours = kept;
    if (!saveYours({ scenarioText: draftText(kept.draft), colors: kept.colors })) this.notify('info', t('msg.tooLargeToKeep'), 'storage');
  }

  /** Before a lesson or preset replaces the page: keep what the user had, unless it is already kept or is a lesson. */
  private keepCurrentAsYours(): void {
    if (this.lesson !== null || (this.yours !== null && !this.yours.lastValid)) return;
    if (Object.keys(this.draft).length === 0) return;
    this.keepYours({ draft: this.draft, colors: this.colors, lastValid: false });
  }

  /** The user said yes to a long run. */
  private runLong(): void {
    const pending = this.longRun;
    if (!pending) return;
    this.approvedLongRun = pending.text;
    this.longRun = null;
    this.lastRunText = '';
    this.scheduleRun(pending.scenario, pending.text);
  }

  /** "Back to your scenario": the kept scenario replaces the lesson or preset. */
  private backToYours(): void {
    const kept = this.yours;
    if (!kept) return;
    this.lesson = null;
    this.lessonPicker = false;
    this.forgetYours();
    this.setDraft(kept.draft, kept.colors);
  }

  private forgetYours(): void {
    this.yours = null;
    saveYours(null);
  }

  private readonly onHashChange = async () => {
    const lessonPlace = await parseLessonHash(location.hash);
    if (lessonPlace.place) {
      if (lessonPlace.place.id !== this.lesson?.lesson.id || lessonPlace.place.step !== this.lesson.step) this.openLesson(lessonPlace.place.id, lessonPlace.place.step);
      return;
    }
    const state = await decodeHash(location.hash);
    if (state.warning) this.notify('warning', urlWarning(state.warning));
    if (state.scenarioText === null) return;
    if (state.scenarioText === draftText(this.draft)) return; // our own replaceState
    const draft = this.draftFromText(state.scenarioText, 'link');
    if (!draft) return;
    this.urlText = state.scenarioText;
    this.setDraft(draft, state.colors ?? [], { url: false });
  };

  /** Replace the working state: validate, save, put in the URL, and simulate when valid. */
  setDraft(draft: Draft, colors: readonly number[], options: { url?: boolean; history?: boolean; group?: string } = {}): void {
    this.draft = draft;
    // The same array when nothing changed: a new one makes every chart redraw (measured: most of a slider drag's main-thread time).
    const normalised = normaliseColors(colors, strategiesOf(draft).length);
    if (normalised.length !== this.colors.length || normalised.some((c, i) => c !== this.colors[i])) this.colors = normalised;
    if (options.history !== false) this.undo.record({ draft, colors: this.colors }, options.group ?? null);
    // Problems and warnings are kept as data and worded at render time, so a language switch rewords them.
    const validation = checkScenario(draft);
    this.validScenario = validation.ok ? validation.scenario : null;
    this.problems = validation.ok ? [] : placeProblems(validation.problems);
    this.warnings = validation.ok ? validation.warnings : [];
    const text = draftText(draft);
    if (validation.ok) this.lastValid = { scenarioText: text, colors: this.colors };
    // The last valid scenario is kept beside a draft with problems, so a reload never loses it.
    const lastValid = validation.ok ? null : this.lastValid;
    if (!saveState({ scenarioText: text, colors: this.colors, lastValid, fromLesson: this.lesson !== null, urlText: this.urlText })) this.notify('info', t('msg.tooLargeToKeep'), 'storage');
    if (options.url !== false && !this.lesson) this.scheduleUrl(text);
    const now = performance.now();
    const delay = settleDelay(this.lastEditAt, now);
    this.lastEditAt = now;
    if (validation.ok) this.scheduleRun(validation.scenario, text, delay);
    else {
      if (this.runTimer !== null) clearTimeout(this.runTimer);
      this.longRun = null;
      this.controller.stop();
      this.lastRunText = '';
    }
  }

  private scheduleRun(scenario: Scenario, text: string, delay = RUN_DEBOUNCE_MS): void {
    if (text === this.lastRunText && this.sim.phase !== 'error' && this.sim.phase !== 'stopped') return;
    this.lastRunText = text;
    if (this.runTimer !== null) clearTimeout(this.runTimer);
    this.longRun = null;
    // A run expected to take minutes (or gigabytes) waits for a yes: the estimate is shown with the question.
    const estimate = estimateRun(scenario, this.controller.pool.size);
    if (isLongRun(estimate) && text !== this.approvedLongRun) {
      this.runTimer = null;
      this.controller.stop();
      this.longRun = { scenario, text, estimate };
      return;
    }
    const key = scenarioKey(scenario);
    const done = key === null ? undefined : this.doneStates.get(key);
    if (done) {
      // Same scenario, same numbers: show the finished simulation again instead of re-running it.
      this.runTimer = null;
      this.controller.restore(done);
      return;
    }
    this.runTimer = setTimeout(() => {
      this.runTimer = null;
      void this.controller.start(scenario);
    }, delay);
  }

  private scheduleUrl(text: string): void {
    if (this.urlTimer !== null) clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      this.urlTimer = null;
      void this.writeUrl(text);
    }, URL_DEBOUNCE_MS);
  }

  /** The shareable URL of the current state; null when the scenario is too large for a link. */
  async shareUrl(text = draftText(this.draft)): Promise<string | null> {
    // A link can never carry more than a link reader accepts: do not compress what cannot be shared.
    if (text.length > MAX_LINK_SCENARIO_LENGTH || textHoldsEdgeListRef(text)) return null;
    const hash = await encodeHash(text, this.colors);
    if (hash.length > MAX_HASH_LENGTH) return null;
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  private async writeUrl(text: string): Promise<void> {
    // Too large for a link (an uploaded edge list): drop the hash rather than leave an older scenario in it.
    const shared = await this.shareUrl(text);
    const url = shared ?? `${location.origin}${location.pathname}${location.search}`;
    if (url !== location.href) history.replaceState(null, '', url);
    this.urlText = shared === null ? null : text;
  }

  /** Keep a finished simulation for re-showing (also updated when its network statistics arrive). */
  private remember(state: SimulationState): void {
    const key = scenarioKey(state.scenario!);
    if (key === null) return;
    this.doneStates.delete(key);
    this.doneStates.set(key, state);
    while (this.doneStates.size > DONE_CACHE_SIZE) this.doneStates.delete(this.doneStates.keys().next().value!);
  }

  // ── Lessons ──────────────────────────────────────────────────────────────────────────────

  /** Open lesson `id` at `step` (0-based): its scenario for that step, the URL, the panel. */
  openLesson(id: string, step = 0): void {
    const lesson = lessonById(id);
    const preset = lesson && PRESETS.find((p) => p.id === lesson.preset);
    if (!lesson || !preset) {
      this.notify('warning', t('msg.badLesson', { value: id.slice(0, 60) }));
      return;
    }
    const at = Math.min(lesson.steps.length - 1, Math.max(0, step));
    this.keepCurrentAsYours();
    const previous = this.lesson;
    this.lesson = { lesson, step: at };
    this.lessonPicker = false;
    this.upload = null;
    this.previous = null;
    // Keep the class's own edits while the step's scenario stays the same.
    const draft = lessonDraft(lesson, preset.draft, at);
    const same = previous?.lesson.id === id && draftText(lessonDraft(lesson, preset.draft, previous.step)) === draftText(draft);
    if (!same) this.setDraft(draft, [], { url: false });
    const hash = lessonHash({ id, step: at });
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }

  private leaveLesson(): void {
    this.lesson = null;
    void this.writeUrl(draftText(this.draft));
  }

  private goToStep(step: number): void {
    if (this.lesson) this.openLesson(this.lesson.lesson.id, step);
  }

  /** The finished result of a lesson step's scenario, when it has been simulated. */
  private readonly lessonResultAt = (step: number): SimulationResult | null => {
    const state = this.lesson;
    if (!state) return null;
    const cacheKey = `${state.lesson.id}:${step}`;
    let key = this.lessonKeys.get(cacheKey);
    if (key === undefined) {
      const preset = PRESETS.find((p) => p.id === state.lesson.preset);
      const validation = preset ? checkScenario(lessonDraft(state.lesson, preset.draft, step)) : null;
      key = validation?.ok ? scenarioKey(validation.scenario) : null;
      this.lessonKeys.set(cacheKey, key);
    }
    return key === null ? null : (this.doneStates.get(key)?.result ?? null);
  };

  /** The lesson's strategy names in the current language (charts and the lesson panel show these). */
  private lessonNames(): string[] | null {
    if (!this.lesson) return null;
    // The same array while lesson and language stay (the charts redraw when it changes).
    const key = `${this.lesson.lesson.id}|${currentLocale()}`;
    if (this.namesCache?.key !== key) this.namesCache = { key, names: this.lesson.lesson.strategyNames.map((n) => local(n)) };
    return this.namesCache.names;
  }
  private namesCache: { key: string; names: string[] } | null = null;

  // ── Presenter mode and keys ──────────────────────────────────────────────────────────────

  /** Presenter mode on or off; kept in the URL (`?present=1`) so a reload stays in it. */
  setPresenter(on: boolean): void {
    this.presenter = on;
    document.documentElement.toggleAttribute('data-present', on);
    const url = new URL(location.href);
    if (on) url.searchParams.set('present', '1');
    else url.searchParams.delete('present');
    history.replaceState(null, '', url.href);
  }

  /** Space: play/pause the replay when it is on the page, else run the simulation again (or stop it). */
  togglePlay(): void {
    const view = this.renderRoot.querySelector('dl-results')?.shadowRoot?.querySelector('dl-network-view:defined') as
      | (HTMLElement & { playing: boolean; play(): void; pause(): void })
      | null;
    if (view && this.sim.phase === 'done') {
      if (view.playing) view.pause();
      else {
        view.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        view.play();
      }
      return;
    }
    if (this.sim.phase === 'running') this.controller.stop();
    else if (this.sim.scenario && this.problems.length === 0) void this.controller.start(this.sim.scenario);
  }

  /** Esc leaves presenter mode; the lesson's keys (arrows, space, L) are the classroom controller's. */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.key !== 'Escape' || !this.presenter) return;
    e.preventDefault();
    this.setPresenter(false);
  };
  private readonly classroom = new ClassroomKeys(this);

  /** Switch the language (remembered); a `?locale=` in the URL follows so a reload keeps it. */
  private switchLocale(locale: Locale): void {
    setLocale(locale);
    const url = new URL(location.href);
    if (url.searchParams.has('locale')) {
      url.searchParams.set('locale', locale);
      history.replaceState(null, '', url.href);
    }
  }

  // ── Edits ────────────────────────────────────────────────────────────────────────────────

  private onEdit(e: CustomEvent<EditDetail>): void {
    const { path, value } = e.detail;
    let draft = this.draft;
    if (path === 'network.kind') draft = switchNetworkKind(draft, String(value));
    else if (path === 'model.kind') draft = switchModelKind(draft, String(value));
    else {
      if (path.startsWith('network.kols.')) {
        const kols = (draft.network as Record<string, Json> | undefined)?.kols;
        if (typeof kols !== 'object' || kols === null) draft = setPath(draft, 'network.kols', { count: 0, reach: 0.2, homeBias: 0.5 });
      }
      draft = setPath(draft, path, value as Json);
      if (/^strategies\[\d+\]\.name$/.test(path) && typeof value === 'string') this.typedNames.add(value);
      draft = followNames(this.draft, draft, this.typedNames, currentLocale());
    }
    this.setDraft(draft, this.colors, { group: path });
  }

  private onStrategy(e: CustomEvent<StrategyOpDetail>): void {
    const { op, index, value } = e.detail;
    const state = { draft: this.draft, colors: this.colors };
    let next = state;
    if (op === 'duplicate') next = duplicateStrategy(state, index);
    else if (op === 'delete') next = deleteStrategy(state, index);
    else if (op === 'up') next = moveStrategy(state, index, -1);
    else if (op === 'down') next = moveStrategy(state, index, 1);
    else if (op === 'apply-shared' || op === 'scale') {
      const action = cardAction(op, this.draft, index, this.sim.phase === 'done' && !this.staleReason() ? this.sim.result : null);
      if (!action) return;
      this.notify(action.notice.kind, action.notice.text);
      next = { draft: action.draft, colors: this.colors };
    } else if (op === 'color' && value !== undefined) {
      const colors = [...this.colors];
      colors[index] = value;
      next = { draft: this.draft, colors };
    }
    this.setDraft(next.draft, next.colors);
  }

  private add(): void {
    const next = addStrategy({ draft: this.draft, colors: this.colors }, (baseline) => autoName(baseline, currentLocale()));
    this.setDraft(next.draft, next.colors);
  }

  private openPreset(id: string): void {
    this.keepCurrentAsYours();
    if (this.lesson) this.lesson = null;
    if (id === 'new') this.setDraft(blankTemplate(), []);
    else {
      const preset = PRESETS.find((p) => p.id === id);
      if (preset) this.setDraft(structuredClone(preset.draft), []);
    }
    this.upload = null;
    this.previous = null;
  }

  /** A scenario from the browser library replaces the page (one undo brings back what was there). */
  private openSaved(opened: LibraryOpenDetail): void {
    if (this.lesson) this.lesson = null;
    this.setDraft(opened.draft, opened.colors);
    this.notify('info', EDITING_TEXT.openedSaved(opened.name));
  }

  /** Why the results on the page are not those of the scenario being edited ('' when they are). */
  private staleReason(): string {
    return staleReason({ sim: this.sim, hasProblems: this.problems.length > 0, awaitingLongRun: this.longRun !== null, runPending: this.runTimer !== null });
  }

  // ── Files ────────────────────────────────────────────────────────────────────────────────

  private pickFile(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  /** Read an uploaded scenario (or result) file; a bad one is reported and changes nothing. */
  async uploadFile(file: File): Promise<void> {
    if (file.size > MAX_UPLOAD_BYTES) {
      this.upload = { file: file.name, problems: [], tooLarge: true, value: null };
      return;
    }
    // Read, measured, parsed and validated in a worker: a large edge list never blocks the page.
    const parsed = await readUpload(file);
    if ('problem' in parsed) {
      this.upload = { file: file.name, problems: [parsed.problem], tooLarge: false, value: null };
      return;
    }
    const validation = checkScenario(parsed.value);
    const asDraft = typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value) ? (parsed.value as Draft) : null;
    if (!validation.ok) {
      this.upload = { file: file.name, problems: validation.problems, tooLarge: false, value: asDraft };
      return;
    }
    this.upload = null;
    this.previous = { draft: this.draft, colors: this.colors };
    this.setDraft(asDraft!, []);
    this.notify('info', t('msg.opened', { file: file.name }));
  }

  private openUploadToFix(): void {
    if (!this.upload?.value) return;
    this.previous = { draft: this.draft, colors: this.colors };
    this.setDraft(this.upload.value, []);
    this.upload = null;
  }

  private restorePrevious(): void {
    if (!this.previous) return;
    this.setDraft(this.previous.draft, this.previous.colors);
    this.previous = null;
  }

  private async share(): Promise<void> {
    const url = await this.shareUrl();
    if (url === null) {
      this.notify('warning', t('msg.tooLargeForLink'));
      return;
    }
    history.replaceState(null, '', url);
    this.shareLink = url;
    try {
      await navigator.clipboard.writeText(url);
      this.notify('info', t('msg.linkCopied'), 'share');
    } catch {
      // No clipboard permission (e.g. an insecure origin): the link stays selectable below.
    }
  }

  private exportResult(kind: ResultExport): void {
    const { result, data } = this.sim;
    if (this.sim.phase !== 'done' || !result || !data) return;
    void downloadResult(kind, result, data, () => this.controller.stepsCsvOffThread(result));
  }

  // ── Messages and theme ───────────────────────────────────────────────────────────────────

  /** Show a message; `key` replaces an earlier message with the same key. */
  notify(kind: Notice['kind'], text: string, key?: string): void {
    const id = ++noticeId;
    const rest = this.notices.filter((n) => n.text !== text && (key === undefined || !n.text.startsWith(key)));
    // A notice may quote a link or file (a lesson id, a parser's message): never its control characters.
    this.notices = [...rest, { id, kind, text: escapeControl(text) }].slice(-4);
  }

  private dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  private setTheme(theme: ThemeChoice): void {
    this.theme = theme;
    saveTheme(theme);
    this.applyTheme();
  }

  private applyTheme(): void {
    const forced = new URLSearchParams(location.search).get('theme');
    const theme = forced === 'light' || forced === 'dark' ? forced : this.theme;
    if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', theme);
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────

  /** Problems no control on the page shows (e.g. a field only a file can set). */
  private unplacedProblems(): PlacedProblem[] {
    const sections = scenarioFields(knownKindsOnly(this.draft));
    const fieldPaths = [...sections.network, ...sections.model, ...sections.run].map((f) => f.path);
    const exactPaths: string[] = [];
    strategiesOf(this.draft).forEach((_, i) => {
      for (const f of strategyFields(this.draft, i)) fieldPaths.push(f.path);
      fieldPaths.push(`strategies[${i}].name`);
      exactPaths.push(`strategies[${i}]`, `strategies[${i}].seeding`);
    });
    return this.problems.filter((p) => !exactPaths.includes(p.path) && !fieldPaths.some((path) => problemsAt([p], path).length > 0));
  }

  private renderToolbar() {
    const done = this.sim.phase === 'done' && this.sim.data !== null;
    const locale = currentLocale();
    return html`<header class="topbar">
      <dl-skip-link .inLesson=${this.lesson !== null && !this.lessonPicker}></dl-skip-link>
      <div class="brand" title=${t('app.formula')}><h1>${t('app.title')}</h1><span class="tagline">${t('app.tagline')}</span></div>
      <div class="group advanced">
        <select aria-label=${t('toolbar.openPresetLabel')} @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          this.openPreset(select.value);
          select.value = '';
        }}>
          <option value="" selected>${t('toolbar.openPreset')}</option>
          <option value="new">${t('toolbar.newTemplate')}</option>
          ${presetChoices(locale).map((p) => html`<option value="${p.id}">${p.name}</option>`)}
        </select>
      </div>
      <div class="group">
        <button type="button" id="lessons-button" aria-pressed=${this.lessonPicker ? 'true' : 'false'} @click=${() => (this.lessonPicker = !this.lessonPicker)}>${t('toolbar.lessons')}</button>
        <dl-intro .autoOpen=${this.started && !this.presenter && this.lesson === null && !this.lessonPicker}></dl-intro>
      </div>
      <span class="sep advanced"></span>
      <div class="group advanced">
        <button type="button" @click=${this.pickFile} title=${t('toolbar.uploadTitle')}>${t('toolbar.upload')}</button>
        <input type="file" id="scenario-upload" accept=".json,application/json" aria-label=${t('toolbar.fileLabel')} @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void this.uploadFile(file);
        }} />
        <button type="button" @click=${() => downloadScenario(draftText(this.draft), String(this.draft.name ?? 'scenario'))} title=${t('toolbar.downloadTitle')}>${t('toolbar.download')}</button>
        <button type="button" @click=${this.share}>${t('toolbar.share')}</button>
      </div>
      <span class="sep advanced"></span>
      <details class="menu advanced" id="export-menu">
        <summary>${t('toolbar.export')}</summary>
        <div class="menu-items" role="group" aria-label=${t('toolbar.export')}>
          <button type="button" ?disabled=${!done} @click=${() => this.exportResult('json')}>${t('toolbar.exportJson')}</button>
          <button type="button" ?disabled=${!done} @click=${() => this.exportResult('runs-csv')}>${t('toolbar.exportRunsCsv')}</button>
          <button type="button" ?disabled=${!done} @click=${() => this.exportResult('steps-csv')}>${t('toolbar.exportStepsCsv')}</button>
          <span class="muted">${done ? t('toolbar.exportChartsHint') : t('toolbar.exportWhenDone')}</span>
        </div>
      </details>
      <span class="grow"></span>
      <label class="group lang">
        <select id="language" aria-label=${t('toolbar.languageLabel')} @change=${(e: Event) => this.switchLocale((e.target as HTMLSelectElement).value as Locale)}>
          ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === locale}>${LOCALE_NAMES[l]}</option>`)}
        </select>
      </label>
      <button type="button" id="present" aria-pressed=${this.presenter ? 'true' : 'false'} title=${this.presenter ? t('toolbar.presentExit') : t('toolbar.presentTitle')} @click=${() => this.setPresenter(!this.presenter)}>${t('toolbar.present')}</button>
      <label class="group muted advanced">
        <select aria-label=${t('toolbar.themeLabel')} @change=${(e: Event) => this.setTheme((e.target as HTMLSelectElement).value as ThemeChoice)}>
          ${(['auto', 'light', 'dark'] as const).map((th) => html`<option value="${th}" ?selected=${th === this.theme}>${th === 'auto' ? t('toolbar.themeAuto') : th === 'light' ? t('toolbar.themeLight') : t('toolbar.themeDark')}</option>`)}
        </select>
      </label>
    </header>`;
  }

  private renderMessages() {
    const unplaced = this.unplacedProblems();
    const items = [];
    const dismiss = t('msg.dismiss');
    if (this.upload) {
      items.push(html`<div class="message error" role="alert" id="upload-error">
        <div class="text">
          <strong>${t('msg.notOpened', { file: this.upload.file })}</strong>${t('msg.unchanged')}
          <ul>${this.upload.tooLarge ? html`<li><code>${t('msg.uploadTooLarge', { mb: MAX_UPLOAD_BYTES / 1e6 })}</code></li>` : nothing}${this.upload.problems.map(problemItem)}</ul>
          ${this.upload.value ? html`<button type="button" @click=${this.openUploadToFix}>${t('msg.openAnyway')}</button>` : nothing}
        </div>
        <button class="icon" type="button" aria-label=${dismiss} @click=${() => (this.upload = null)}>✕</button>
      </div>`);
    }
    if (this.longRun) {
      const { estimate } = this.longRun;
      items.push(html`<div class="message warning" role="alert" id="long-run"><div class="text">${t('msg.longRun', { minutes: Math.max(1, Math.round(estimate.seconds / 60)), mb: Math.round(estimate.bytes / 1e6) })}</div>
        <button type="button" id="run-long" @click=${this.runLong}>${t('msg.longRunStart')}</button></div>`);
    }
    if (this.yours) {
      const back = this.yours.lastValid ? t('msg.backToLastValid') : t('msg.backToYours');
      items.push(html`<div class="message info" id="yours-kept"><div class="text">${this.yours.lastValid ? t('msg.lastValidKept') : t('msg.yoursKept')}</div>
        <button type="button" id="back-to-yours" @click=${this.backToYours}>${back}</button>
        <button class="icon" type="button" aria-label=${dismiss} @click=${this.forgetYours}>✕</button></div>`);
    }
    if (this.previous) {
      items.push(html`<div class="message info"><div class="text">${t('msg.openedNew')}</div>
        <button type="button" @click=${this.restorePrevious}>${t('msg.backToPrevious')}</button>
        <button class="icon" type="button" aria-label=${dismiss} @click=${() => (this.previous = null)}>✕</button></div>`);
    }
    if (this.problems.length > 0) {
      items.push(html`<div class="message error" role="status" id="problems">
        <div class="text"><strong>${tPlural('msg.problems', this.problems.length)}</strong>${t('msg.problemsTail')}
          ${unplaced.length ? html`<ul>${unplaced.map(problemItem)}</ul>` : nothing}
        </div></div>`);
    }
    for (const w of this.warnings)
      items.push(html`<div class="message warning"><div class="text">${w.path === null ? nothing : html`<code>${w.path}</code>: `}${reasonIn(w.reason)}</div></div>`);
    for (const n of this.notices)
      items.push(html`<div class="message ${n.kind}" role=${n.kind === 'info' ? 'status' : 'alert'}>
        <div class="text">${n.text}</div>
        <button class="icon" type="button" aria-label=${dismiss} @click=${() => this.dismiss(n.id)}>✕</button>
      </div>`);
    if (this.shareLink)
      items.push(html`<div class="message info"><div class="text">${t('msg.shareThis')}
        <div class="share"><input type="text" readonly aria-label=${t('msg.shareLabel')} id="share-link" .value=${this.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></div></div>
        <button class="icon" type="button" aria-label=${dismiss} @click=${() => (this.shareLink = null)}>✕</button></div>`);
    return items.length ? html`<div class="messages">${items}</div>` : nothing;
  }

  private renderStatus() {
    const s = this.sim;
    if (this.problems.length > 0 && s.phase !== 'running')
      return html`<div class="status"><span id="progress-text" class="muted">${s.result ? t('status.waitingShowsLast') : t('status.waiting')}</span></div>`;
    if (s.phase === 'running')
      return html`<div class="status" aria-live="polite">
        <progress id="progress" max="${s.runsTotal}" .value=${s.runsDone} aria-label=${t('status.runsLabel')}></progress>
        <span id="progress-text">${t('status.simulating', { done: s.runsDone, total: s.runsTotal })}</span>
        <button type="button" id="stop" @click=${() => this.controller.stop()}>${t('status.stop')}</button>
      </div>`;
    if (s.phase === 'done')
      return html`<div class="status"><span id="progress-text">${t('status.done', { runs: s.runsTotal, seconds: ((s.elapsedMs ?? 0) / 1000).toFixed(1), workers: this.controller.pool.size })} <code>${s.scenario?.seed}</code></span></div>`;
    if (s.phase === 'error') return html`<div class="status"><span id="progress-text">${t('status.failed')}</span></div>`;
    if (s.phase === 'stopped')
      return html`<div class="status"><span id="progress-text">${this.problems.length
        ? t('status.stoppedWaiting')
        : html`${t('status.stopped', { done: s.runsDone, total: s.runsTotal })} <button type="button" @click=${() => s.scenario && void this.controller.start(s.scenario)}>${t('status.runAgain')}</button>`}</span></div>`;
    return html`<div class="status"><span id="progress-text" class="muted">${this.problems.length ? t('status.waiting') : t('status.starting')}</span></div>`;
  }

  /** The lesson panel (or the lesson list) at the top of the main column. */
  private renderLesson() {
    if (this.lessonPicker)
      return html`<dl-lesson-picker .lastLesson=${this.lesson?.lesson.id ?? null}
        @dl-lesson-open=${(e: CustomEvent<LessonOpenDetail>) => this.openLesson(e.detail.id, 0)}
        @dl-lesson-picker-close=${() => (this.lessonPicker = false)}
      ></dl-lesson-picker>`;
    if (!this.lesson) return nothing;
    const { lesson, step } = this.lesson;
    return html`<dl-lesson
      .lesson=${lesson}
      .step=${step}
      .draft=${this.draft}
      .state=${this.sim}
      .resultAt=${this.lessonResultAt}
      .guess=${this.guesses[lesson.id] ?? null}
      .displayNames=${this.lessonNames() ?? []}
      @dl-edit=${this.onEdit}
      @dl-lesson-step=${(e: CustomEvent<LessonStepDetail>) => this.goToStep(e.detail.step)}
      @dl-lesson-guess=${(e: CustomEvent<LessonGuessDetail>) => (this.guesses = { ...this.guesses, [lesson.id]: e.detail.choice })}
      @dl-lesson-exit=${this.leaveLesson}
      @dl-lesson-list=${() => (this.lessonPicker = true)}
    ></dl-lesson>`;
  }

  /** The scenario's name and description above the cards (a preset's own text in the UI language). */
  private renderIntro(name: string, description: unknown) {
    const shown = typeof description === 'string' && description ? shownScenarioText('description', description) : '';
    return html`<section class="intro" aria-label=${t('app.aboutScenario')}>
      <h2 id="scenario-name">${shownScenarioText('name', name)}</h2>
      ${shown
        ? html`<p id="scenario-description" class=${this.introOpen ? '' : 'clamped'}>${shown}</p>
            ${lineWidth(shown) > 220
              ? html`<button type="button" class="link" aria-expanded=${this.introOpen} @click=${() => (this.introOpen = !this.introOpen)}>${this.introOpen ? t('app.less') : t('app.more')}</button>`
              : nothing}`
        : nothing}
    </section>`;
  }

  protected override render() {
    const strategies = strategiesOf(this.draft);
    const lesson = this.lesson;
    const highlight = lesson ? (lesson.lesson.steps[lesson.step]?.highlight ?? []) : [];
    const hideResults = lesson !== null && !resultsVisible(lesson.lesson, lesson.step);
    const stale = this.staleReason();
    const canScale = this.sim.phase === 'done' && !stale && this.sim.result?.strategies.length === strategies.length;
    return html`
      ${this.renderToolbar()}
      <div class="layout">
        <aside aria-label=${t('app.scenarioRegion')}>
          <dl-edit-tools .draft=${this.draft} .colors=${this.colors} ?canUndo=${this.undo.history.canUndo} ?canRedo=${this.undo.history.canRedo}
            @dl-undo=${() => this.undo.undo()} @dl-redo=${() => this.undo.redo()}
            @dl-edit-notice=${(e: CustomEvent<EditNoticeDetail>) => this.notify(e.detail.kind, e.detail.text)}
            @dl-library-open=${(e: CustomEvent<LibraryOpenDetail>) => this.openSaved(e.detail)}></dl-edit-tools>
          <dl-scenario-panel .draft=${this.draft} .problems=${this.problems} .highlight=${highlight} @dl-edit=${this.onEdit}></dl-scenario-panel>
        </aside>
        <main class=${lesson && !this.lessonPicker && !hideResults && lesson.lesson.steps[lesson.step]?.kind === 'run' ? 'with-lesson' : ''}>
          ${this.renderMessages()}
          ${this.renderLesson()}
          ${typeof this.draft.name === 'string' && !lesson ? this.renderIntro(this.draft.name, this.draft.description) : nothing}
          <section aria-labelledby="strategies-h" id="strategies">
            <div class="section-head">
              <h2 id="strategies-h">${t('app.strategiesTitle')}</h2>
              <span class="muted">${t('app.strategiesCount', { n: strategies.length })}</span>
              <span class="grow"></span>
              <button type="button" class="primary" id="add-strategy" ?disabled=${strategies.length >= MAX_STRATEGIES} @click=${this.add}>${t('app.addStrategy')}</button>
            </div>
            <div class="cards" @dl-edit=${this.onEdit} @dl-strategy=${this.onStrategy}>
              ${strategies.slice(0, MAX_STRATEGIES).map(
                (_, i) => html`<dl-strategy-card .draft=${this.draft} .index=${i} .color=${this.colors[i] ?? i} .problems=${this.problems} .highlight=${highlight} ?canScale=${canScale}></dl-strategy-card>`,
              )}
            </div>
          </section>
          ${hideResults ? nothing : html`<dl-edit-summary .result=${this.sim.result} .colors=${this.colors} .names=${this.lessonNames()} stale=${stale}
            note=${this.sim.phase === 'running' && this.sim.result ? tPlural('results.runsSoFar', this.sim.result.strategies[0]?.runs.length ?? 0) : ''}></dl-edit-summary>`}
          <section aria-labelledby="results-h">
            <div class="section-head"><h2 id="results-h">${t('app.comparison')}</h2></div>
            ${this.renderStatus()}
            ${hideResults
              ? html`<div class="hidden-results" id="results-hidden">${t('lesson.resultsHidden')}</div>`
              : html`${stale ? html`<p class="stale-label" id="stale-label" role="status">${stale}</p>` : nothing}
                  <dl-results class=${stale ? 'stale' : ''} .state=${this.sim} .colors=${this.colors} .names=${this.lessonNames()} .presenter=${this.presenter}></dl-results>`}
          </section>
          <section aria-labelledby="analysis-h" id="analysis">
            <div class="section-head"><h2 id="analysis-h">${ANALYSIS_TEXT.heading}</h2></div>
            <dl-analysis .draft=${this.draft} .scenario=${this.validScenario} .colors=${this.colors} .pool=${this.controller.pool}
              @dl-analysis-card=${(e: CustomEvent<AnalysisCardDetail>) => this.setDraft(e.detail.state.draft, e.detail.state.colors)}
              @dl-analysis-world=${(e: CustomEvent<AnalysisWorldDetail>) => this.setDraft(e.detail.draft, this.colors)}></dl-analysis>
          </section>
        </main>
      </div>
    `;
  }
}

if (!customElements.get('dl-app')) customElements.define('dl-app', DlApp);

declare global {
  interface HTMLElementTagNameMap {
    'dl-app': DlApp;
  }
}
