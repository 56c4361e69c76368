/**
 * `<dl-app>`: the page. Holds the scenario being edited (the draft, in the public file format)
 * and the strategies' colours; validates every edit, keeps it in localStorage, and composes the
 * shell's controllers (src/ui/app/shell/): the address (urlStateController), when to simulate and
 * the kept results (runScheduler), lessons, "back to your scenario" (yourScenario), uploads,
 * notices, theme and presenter mode — with undo (editing/undoController) and the classroom's keys;
 * what its children ask for is done by shell/pageCommands, the lessons' side by shell/lessonsOnPage.
 * Its children are the toolbar, the messages, the run status and the editing and result elements.
 * A bad link or upload never replaces the current work: it is reported next to it.
 */
import { html, LitElement, nothing } from 'lit';
import { checkScenario } from '../../../scenario/validateScenario';
import type { ScenarioProblem } from '../../../scenario/reasons';
import type { Scenario } from '../../../core/scenario';
import { draftText, normaliseColors, placeProblems, strategiesOf, type Draft, type PlacedProblem } from '../draft';
import { WORKER_REPLACED_NOTICE } from '../simulationState';
import { saveState } from '../storage';
import { MAX_STRATEGIES } from '../../../scenario/limits';
import { controlStyles, placeholderBoxStyles } from '../styles';
import type { DlResults } from './dlResults';
import './dlResults';
import './dlScenarioPanel';
import './dlStrategyCard';
import { ClassroomKeys } from '../classroom/classroomKeys';
import { LazyElements } from '../lazyElements';
import { LocaleController } from '../../i18n/localeController';
import { t, tPlural } from '../../i18n/t';
import { loadLessons } from '../lessons/lessonsOnDemand';
import type { AnalysisCardDetail } from '../analysis/dlAnalysis';
import type { AnalysisWorldDetail } from '../analysis/dlCalibration';
import { UndoController } from '../editing/undoController';
import { editingLayoutStyles } from '../editing/editingLayout';
import { staleReason } from '../editing/staleReason';
import type { EditNoticeDetail, LibraryOpenDetail } from '../editing/dlEditTools';
import '../editing/dlEditTools';
import '../editing/dlEditSummary';
import { appStyles } from '../shell/appStyles';
import { LessonController } from '../shell/lessonController';
import { lessonPage, lessonPanel } from '../shell/lessonsOnPage';
import { NoticeList, type Notice, type NoticeKind } from '../shell/noticeList';
import { PageCommands } from '../shell/pageCommands';
import { startLocale } from '../shell/pageLocale';
import { PresenterMode } from '../shell/presenterMode';
import { RunScheduler } from '../shell/runScheduler';
import { openHash, readStartState } from '../shell/startState';
import { ThemeController } from '../shell/themeController';
import { UploadController } from '../shell/uploadController';
import { UrlStateController } from '../shell/urlStateController';
import { YourScenario } from '../shell/yourScenario';
import '../shell/dlMessages';
import '../shell/dlRunStatus';
import '../shell/dlScenarioIntro';
import '../shell/dlToolbar';

export { RUN_DEBOUNCE_MS } from '../shell/runScheduler';
export { MAX_UPLOAD_BYTES } from '../shell/uploadController';

export class DlApp extends LitElement {
  static override properties = {
    draft: { state: true },
    colors: { state: true },
    problems: { state: true },
    warnings: { state: true },
    shareLink: { state: true },
    started: { state: true },
  };

  static override styles = [controlStyles, placeholderBoxStyles, editingLayoutStyles, appStyles];

  declare draft: Draft;
  declare colors: number[];
  declare problems: PlacedProblem[];
  declare warnings: ScenarioProblem[];
  declare shareLink: string | null;
  /** The address has been read (a lesson link may open a lesson): until then nothing greets a first visit. */
  declare started: boolean;

  readonly noticeList = new NoticeList(this);
  readonly runs = new RunScheduler(this, (notice) => this.notify('warning', notice === WORKER_REPLACED_NOTICE ? t('msg.workerReplaced') : notice));
  /** The simulation itself (the tests read its pool and state). */
  readonly controller = this.runs.simulation;
  readonly url = new UrlStateController(this, { colors: () => this.colors, onHashChange: () => void openHash(this) });
  readonly yours = new YourScenario(this, () => this.notify('info', t('msg.tooLargeToKeep'), 'storage'));
  readonly lessons: LessonController = new LessonController(this, lessonPage(this));
  readonly uploads = new UploadController(this, {
    current: () => ({ draft: this.draft, colors: this.colors }),
    open: (state, opened) => {
      this.setDraft(state.draft, state.colors);
      if (opened !== null) this.notify('info', t('msg.opened', { file: opened }));
    },
  });
  readonly theme = new ThemeController(this);
  readonly presenter = new PresenterMode(this);
  /** Undo / redo of the working state (Ctrl/Cmd+Z, toolbar buttons). */
  readonly undo = new UndoController(this, (state) => this.setDraft(state.draft, state.colors, { history: false }));
  private readonly classroom = new ClassroomKeys(this);
  /** What the children's requests do: edits, strategy operations, the toolbar's and messages' actions. */
  private readonly commands = new PageCommands(this);
  /** The draft validated, or null while it has problems (the Analyse area runs on it). */
  private validScenario: Scenario | null = null;
  /** The last draft that validated, as saved beside a draft with problems. */
  private lastValid: { scenarioText: string; colors: number[] } | null = null;
  /** Set once the initial state is read (the URL may take a moment to decompress). */
  ready: Promise<void>;

  constructor() {
    super();
    this.draft = {};
    this.colors = [];
    this.problems = [];
    this.warnings = [];
    this.shareLink = null;
    this.started = false;
    new LocaleController(this);
    // Lessons, Analyse and the lesson list are chunks of their own, loaded when shown or when idle.
    new LazyElements(this, {
      'dl-lesson': () => Promise.all([loadLessons(), import('./dlLesson')]),
      'dl-lesson-picker': () => Promise.all([loadLessons(), import('./dlLessonPicker')]),
      'dl-analysis': () => import('../analysis/dlAnalysis'),
    }, { preloadWhenIdle: true });
    this.ready = readStartState(this, startLocale()).finally(() => (this.started = true));
  }

  // ── For the classroom's keys (classroom/classroomKeys.ts) ─────────────────────────────────

  get lesson() {
    return this.lessons.current;
  }
  get lessonPicker(): boolean {
    return this.lessons.picker;
  }
  set lessonPicker(open: boolean) {
    this.lessons.showList(open);
  }
  get sim() {
    return this.runs.state;
  }
  /** The passing messages on screen (the tests read them). */
  get notices(): readonly Notice[] {
    return this.noticeList.items;
  }

  /** Put the focus on the toolbar's Lessons button (the lesson list was closed). */
  focusLessonsButton(): void {
    this.renderRoot.querySelector('dl-toolbar')?.focusLessons();
  }

  /** Space: play/pause the replay when it is on the page, else run the simulation again (or stop it). */
  togglePlay(): void {
    if (this.sim.phase === 'done' && this.renderRoot.querySelector<DlResults>('dl-results')?.togglePlayback()) return;
    if (this.sim.phase === 'running') this.runs.stop();
    else if (this.sim.scenario && this.problems.length === 0) this.runs.restart();
  }

  // ── State in and out ─────────────────────────────────────────────────────────────────────

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
    if (!saveState({ scenarioText: text, colors: this.colors, lastValid, fromLesson: this.lesson !== null, urlText: this.url.text }))
      this.notify('info', t('msg.tooLargeToKeep'), 'storage');
    if (options.url !== false && !this.lesson) this.url.schedule(text);
    this.runs.edited(validation.ok ? validation.scenario : null, text);
  }

  /** Keep `lastValid` as saved by an earlier visit (start-up: a reload onto a draft with problems). */
  rememberLastValid(lastValid: { scenarioText: string; colors: number[] } | null): void {
    this.lastValid = lastValid;
  }

  /** Show a message; `key` replaces an earlier message whose text starts with it. */
  notify(kind: NoticeKind, text: string, key?: string): void {
    this.noticeList.notify(kind, text, key);
  }


  /** Why the results on the page are not those of the scenario being edited ('' when they are). */
  staleReason(): string {
    return staleReason({ sim: this.sim, hasProblems: this.problems.length > 0, awaitingLongRun: this.runs.longRun !== null, runPending: this.runs.pending });
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const strategies = strategiesOf(this.draft);
    const lesson = this.lesson;
    const highlight = this.lessons.highlight();
    const hideResults = this.lessons.hidesResults();
    const stale = this.staleReason();
    const sim = this.sim;
    const canScale = sim.phase === 'done' && !stale && sim.result?.strategies.length === strategies.length;
    const names = this.lessons.names();
    return html`
      <dl-toolbar class="topbar" ?lessonsOpen=${this.lessons.picker} ?inLesson=${lesson !== null && !this.lessons.picker}
        ?introAutoOpen=${this.started && !this.presenter.on && lesson === null && !this.lessons.picker} ?canExport=${sim.phase === 'done' && sim.data !== null}
        ?presenter=${this.presenter.on} .theme=${this.theme.choice} @dl-toolbar=${this.commands.onToolbar}></dl-toolbar>
      <div class="layout">
        <aside aria-label=${t('app.scenarioRegion')}>
          <dl-edit-tools .draft=${this.draft} .colors=${this.colors} ?canUndo=${this.undo.history.canUndo} ?canRedo=${this.undo.history.canRedo}
            @dl-undo=${() => this.undo.undo()} @dl-redo=${() => this.undo.redo()}
            @dl-edit-notice=${(e: CustomEvent<EditNoticeDetail>) => this.notify(e.detail.kind, e.detail.text)}
            @dl-library-open=${(e: CustomEvent<LibraryOpenDetail>) => {
              this.commands.openInstead(e.detail);
              this.notify('info', t('editing.openedSaved', { name: e.detail.name }));
            }}></dl-edit-tools>
          <dl-scenario-panel .draft=${this.draft} .problems=${this.problems} .highlight=${highlight} @dl-edit=${this.commands.onEdit}></dl-scenario-panel>
        </aside>
        <main class=${lesson && !this.lessons.picker && !hideResults && this.lessons.isRunStep() ? 'with-lesson' : ''}>
          <dl-messages .draft=${this.draft} .problems=${this.problems} .warnings=${this.warnings} .notices=${this.notices} .upload=${this.uploads.failure}
            .longRun=${this.runs.longRun} .yours=${this.yours.kept} ?hasPrevious=${this.uploads.previous !== null} .shareLink=${this.shareLink}
            @dl-message=${this.commands.onMessage}></dl-messages>
          ${lessonPanel(this, this.commands.onEdit)}
          ${typeof this.draft.name === 'string' && !lesson ? html`<dl-scenario-intro .name=${this.draft.name} .description=${this.draft.description}></dl-scenario-intro>` : nothing}
          <section aria-labelledby="strategies-h" id="strategies">
            <div class="section-head">
              <h2 id="strategies-h">${t('app.strategiesTitle')}</h2>
              <span class="muted">${t('app.strategiesCount', { n: strategies.length })}</span>
              <span class="grow"></span>
              <button type="button" class="primary" id="add-strategy" ?disabled=${strategies.length >= MAX_STRATEGIES}
                @click=${this.commands.add}>${t('app.addStrategy')}</button>
            </div>
            <div class="cards" @dl-edit=${this.commands.onEdit} @dl-strategy=${this.commands.onStrategy}>
              ${strategies.slice(0, MAX_STRATEGIES).map(
                (_, i) => html`<dl-strategy-card .draft=${this.draft} .index=${i} .color=${this.colors[i] ?? i} .problems=${this.problems} .highlight=${highlight} ?canScale=${canScale}></dl-strategy-card>`,
              )}
            </div>
          </section>
          ${hideResults || !sim.result ? nothing : html`<dl-edit-summary .result=${sim.result} .colors=${this.colors} .names=${names} stale=${stale}
            note=${sim.phase === 'running' && sim.result ? tPlural('results.runsSoFar', sim.result.strategies[0]?.runs.length ?? 0) : ''}></dl-edit-summary>`}
          <section aria-labelledby="results-h">
            <div class="section-head"><h2 id="results-h">${t('app.comparison')}</h2></div>
            <dl-run-status .state=${sim} ?hasProblems=${this.problems.length > 0} ?awaitingAnswer=${this.runs.longRun !== null} .workers=${this.controller.pool.size}
              @dl-run-stop=${() => this.runs.stop()} @dl-run-again=${() => this.runs.restart()}></dl-run-status>
            ${hideResults
              ? html`<div class="hidden-results" id="results-hidden">${t('lesson.resultsHidden')}</div>`
              : html`${stale ? html`<p class="stale-label" id="stale-label" role="status">${stale}</p>` : nothing}
                  <dl-results class=${stale ? 'stale' : ''} .state=${sim} .colors=${this.colors} .names=${names} .presenter=${this.presenter.on} ?awaitingAnswer=${this.runs.longRun !== null}></dl-results>`}
          </section>
          <section aria-labelledby="analysis-h" id="analysis">
            <div class="section-head"><h2 id="analysis-h">${t('analysis.heading')}</h2></div>
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
