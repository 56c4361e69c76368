/**
 * `<dl-app>`: the page. Holds the scenario being edited (the draft, in the public file format)
 * and the strategies' colours; validates every edit, keeps it in the URL and in localStorage,
 * and re-simulates valid scenarios on the worker pool (a new edit cancels the stale run).
 * Toolbar: presets and template, upload/download of the scenario, share link, result exports,
 * theme. A bad link or upload never replaces the current work: it is reported next to it.
 */
import { css, html, LitElement, nothing } from 'lit';
import { parseScenarioText, validateScenario } from '../../../scenario/validateScenario';
import type { Scenario } from '../../../core/scenario';
import {
  addStrategy,
  deleteStrategy,
  draftText,
  duplicateStrategy,
  moveStrategy,
  normaliseColors,
  parseProblems,
  problemsAt,
  setPath,
  strategiesOf,
  switchModelKind,
  switchNetworkKind,
  type Draft,
  type Json,
  type Problem,
} from '../draft';
import { downloadResult, downloadScenario, scenarioFromUpload, type ResultExport } from '../exportResults';
import { scenarioFields, strategyFields } from '../fieldSpecs';
import { blankTemplate, firstVisitDraft, PRESETS } from '../presets';
import { IDLE_STATE, SimulationController, type SimulationState } from '../simulationController';
import { loadSavedState, loadTheme, saveState, saveTheme, type ThemeChoice } from '../storage';
import { controlStyles } from '../styles';
import { decodeHash, encodeHash, MAX_HASH_LENGTH } from '../urlState';
import type { EditDetail } from './dlField';
import type { StrategyOpDetail } from './dlStrategyCard';
import './dlResults';
import './dlScenarioPanel';
import './dlStrategyCard';
import '../analysis/dlAnalysis';
import type { AnalysisCardDetail } from '../analysis/dlAnalysis';

/** Wait after an edit before simulating: slider drags coalesce, a click still feels instant. */
export const RUN_DEBOUNCE_MS = 120;
/** Wait after an edit before rewriting the URL. */
const URL_DEBOUNCE_MS = 300;
/** Largest scenario file read from an upload. */
export const MAX_UPLOAD_BYTES = 200_000_000;

interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

/** A rejected upload: its problems, and the parsed value when it can still be opened to fix. */
interface UploadFailure {
  file: string;
  problems: string[];
  value: Draft | null;
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
    shareLink: { state: true },
    theme: { state: true },
    introOpen: { state: true },
  };

  static override styles = [
    controlStyles,
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
        font-size: 19px;
        line-height: 1.1;
      }
      .tagline {
        font-size: 12px;
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
        font-size: 13px;
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
        font-size: 14px;
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
        font-size: 12.5px;
      }
      .intro {
        margin: 0 0 16px;
        max-width: 1100px;
      }
      .intro h2 {
        font-size: 20px;
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
        font-size: 14px;
        line-height: 1.5;
        color: var(--dl-text-muted);
      }
      .section-head {
        display: flex;
        align-items: baseline;
        gap: 12px;
        margin: 0 0 10px;
      }
      h2 {
        margin: 0;
        font-size: 16px;
      }
      .muted {
        color: var(--dl-text-muted);
        font-size: 13px;
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
        font-size: 13px;
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
  declare problems: Problem[];
  declare warnings: string[];
  declare sim: SimulationState;
  declare notices: Notice[];
  declare upload: UploadFailure | null;
  /** The work an opened-to-fix upload replaced (one click brings it back). */
  declare previous: { draft: Draft; colors: number[] } | null;
  declare shareLink: string | null;
  declare theme: ThemeChoice;
  /** The scenario description shown in full (else two lines). */
  declare introOpen: boolean;

  readonly controller = new SimulationController();
  /** The draft validated, or null while it has problems (the Analyse area runs on it). */
  private validScenario: Scenario | null = null;
  private runTimer: ReturnType<typeof setTimeout> | null = null;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;
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
    this.shareLink = null;
    this.theme = loadTheme();
    this.introOpen = false;
    this.ready = this.initialise();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.controller.subscribe((state) => {
      const restarted = state.notice && state.notice !== this.sim.notice;
      this.sim = state;
      if (restarted) this.notify('warning', state.notice!);
    });
    window.addEventListener('hashchange', this.onHashChange);
    this.applyTheme();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    window.removeEventListener('hashchange', this.onHashChange);
    this.controller.dispose();
  }

  // ── State in and out ─────────────────────────────────────────────────────────────────────

  private async initialise(): Promise<void> {
    const fromUrl = await decodeHash(location.hash);
    if (fromUrl.warning) this.notify('warning', fromUrl.warning);
    if (fromUrl.scenarioText !== null) {
      const draft = this.draftFromText(fromUrl.scenarioText);
      if (draft) {
        this.setDraft(draft, fromUrl.colors ?? [], { url: false });
        return;
      }
      this.notify('warning', 'The scenario in the link is not a scenario object; showing your last scenario instead.');
    }
    const saved = loadSavedState();
    const draft = saved ? this.draftFromText(saved.scenarioText) : null;
    this.setDraft(draft ?? firstVisitDraft(), saved?.colors ?? []);
  }

  /** A draft from JSON text when it is a JSON object (valid or not), else null. */
  private draftFromText(text: string): Draft | null {
    try {
      const value = JSON.parse(text) as unknown;
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Draft) : null;
    } catch {
      return null;
    }
  }

  private readonly onHashChange = async () => {
    const state = await decodeHash(location.hash);
    if (state.warning) this.notify('warning', state.warning);
    if (state.scenarioText === null) return;
    if (state.scenarioText === draftText(this.draft)) return; // our own replaceState
    const draft = this.draftFromText(state.scenarioText);
    if (draft) this.setDraft(draft, state.colors ?? [], { url: false });
  };

  /** Replace the working state: validate, save, put in the URL, and simulate when valid. */
  setDraft(draft: Draft, colors: readonly number[], options: { url?: boolean } = {}): void {
    this.draft = draft;
    this.colors = normaliseColors(colors, strategiesOf(draft).length);
    const validation = validateScenario(draft);
    this.validScenario = validation.ok ? validation.scenario : null;
    this.problems = validation.ok ? [] : parseProblems(validation.errors);
    this.warnings = validation.ok ? validation.warnings : [];
    const text = draftText(draft);
    if (!saveState({ scenarioText: text, colors: this.colors }))
      this.notify('info', 'This scenario is too large to keep for your next visit; download it to keep it.', 'storage');
    if (options.url !== false) this.scheduleUrl(text);
    if (validation.ok) this.scheduleRun(validation.scenario, text);
    else {
      if (this.runTimer !== null) clearTimeout(this.runTimer);
      this.controller.stop();
      this.lastRunText = '';
    }
  }

  private scheduleRun(scenario: Scenario, text: string): void {
    if (text === this.lastRunText && this.sim.phase !== 'error' && this.sim.phase !== 'stopped') return;
    this.lastRunText = text;
    if (this.runTimer !== null) clearTimeout(this.runTimer);
    this.runTimer = setTimeout(() => {
      this.runTimer = null;
      void this.controller.start(scenario);
    }, RUN_DEBOUNCE_MS);
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
    const hash = await encodeHash(text, this.colors);
    if (hash.length > MAX_HASH_LENGTH) return null;
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  private async writeUrl(text: string): Promise<void> {
    // Too large for a link (an uploaded edge list): drop the hash rather than leave an older scenario in it.
    const url = (await this.shareUrl(text)) ?? `${location.origin}${location.pathname}${location.search}`;
    if (url !== location.href) history.replaceState(null, '', url);
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
    }
    this.setDraft(draft, this.colors);
  }

  private onStrategy(e: CustomEvent<StrategyOpDetail>): void {
    const { op, index, value } = e.detail;
    const state = { draft: this.draft, colors: this.colors };
    let next = state;
    if (op === 'duplicate') next = duplicateStrategy(state, index);
    else if (op === 'delete') next = deleteStrategy(state, index);
    else if (op === 'up') next = moveStrategy(state, index, -1);
    else if (op === 'down') next = moveStrategy(state, index, 1);
    else if (op === 'color' && value !== undefined) {
      const colors = [...this.colors];
      colors[index] = value;
      next = { draft: this.draft, colors };
    }
    this.setDraft(next.draft, next.colors);
  }

  private add(): void {
    const next = addStrategy({ draft: this.draft, colors: this.colors });
    this.setDraft(next.draft, next.colors);
  }

  private openPreset(id: string): void {
    if (id === 'new') this.setDraft(blankTemplate(), []);
    else {
      const preset = PRESETS.find((p) => p.id === id);
      if (preset) this.setDraft(structuredClone(preset.draft), []);
    }
    this.upload = null;
    this.previous = null;
  }

  // ── Files ────────────────────────────────────────────────────────────────────────────────

  private pickFile(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  /** Read an uploaded scenario (or result) file; a bad one is reported and changes nothing. */
  async uploadFile(file: File): Promise<void> {
    if (file.size > MAX_UPLOAD_BYTES) {
      this.upload = { file: file.name, problems: [`scenario: the file is larger than ${MAX_UPLOAD_BYTES / 1e6} MB`], value: null };
      return;
    }
    const text = await file.text();
    const parsed = scenarioFromUpload(text);
    if ('error' in parsed) {
      this.upload = { file: file.name, problems: [parsed.error], value: null };
      return;
    }
    const validation = validateScenario(parsed.value);
    const asDraft = typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value) ? (parsed.value as Draft) : null;
    if (!validation.ok) {
      this.upload = { file: file.name, problems: validation.errors, value: asDraft };
      return;
    }
    this.upload = null;
    this.previous = { draft: this.draft, colors: this.colors };
    this.setDraft(asDraft!, []);
    this.notify('info', `Opened ${file.name}.`);
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
      this.notify('warning', 'This scenario is too large for a link (an uploaded edge list?). Download the scenario file and share that instead.');
      return;
    }
    history.replaceState(null, '', url);
    this.shareLink = url;
    try {
      await navigator.clipboard.writeText(url);
      this.notify('info', 'Link copied: it opens exactly this scenario.', 'share');
    } catch {
      // No clipboard permission (e.g. an insecure origin): the link stays selectable below.
    }
  }

  private exportResult(kind: ResultExport): void {
    const { result, data } = this.sim;
    if (this.sim.phase !== 'done' || !result || !data) return;
    downloadResult(kind, result, data);
  }

  // ── Messages and theme ───────────────────────────────────────────────────────────────────

  /** Show a message; `key` replaces an earlier message with the same key. */
  notify(kind: Notice['kind'], text: string, key?: string): void {
    const id = ++noticeId;
    const rest = this.notices.filter((n) => n.text !== text && (key === undefined || !n.text.startsWith(key)));
    this.notices = [...rest, { id, kind, text }].slice(-4);
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
  private unplacedProblems(): Problem[] {
    const sections = scenarioFields(this.draft);
    const fieldPaths = [...sections.network, ...sections.model, ...sections.run].map((f) => f.path);
    const exactPaths: string[] = [];
    strategiesOf(this.draft).forEach((_, i) => {
      fieldPaths.push(...strategyFields(this.draft, i).map((f) => f.path), `strategies[${i}].name`);
      exactPaths.push(`strategies[${i}]`, `strategies[${i}].seeding`);
    });
    return this.problems.filter((p) => !exactPaths.includes(p.path) && !fieldPaths.some((path) => problemsAt([p], path).length > 0));
  }

  private renderToolbar() {
    const done = this.sim.phase === 'done' && this.sim.data !== null;
    return html`<header class="topbar">
      <div class="brand" title="social dividend = information × relationship chain × interaction"><h1>Dividend Lab</h1><span class="tagline">information × relationship chain × interaction</span></div>
      <div class="group">
        <select aria-label="Open a preset or template" @change=${(e: Event) => {
          const select = e.target as HTMLSelectElement;
          this.openPreset(select.value);
          select.value = '';
        }}>
          <option value="" selected>Open a preset…</option>
          <option value="new">New from template</option>
          ${PRESETS.map((p) => html`<option value="${p.id}">${p.name}</option>`)}
        </select>
      </div>
      <span class="sep"></span>
      <div class="group">
        <button type="button" @click=${this.pickFile} title="Open a scenario (or result) JSON file">Upload scenario</button>
        <input type="file" accept=".json,application/json" aria-label="Scenario file" @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void this.uploadFile(file);
        }} />
        <button type="button" @click=${() => downloadScenario(draftText(this.draft), String(this.draft.name ?? 'scenario'))} title="Save this scenario as a JSON file">Download scenario</button>
        <button type="button" @click=${this.share}>Share link</button>
      </div>
      <span class="sep"></span>
      <details class="menu" id="export-menu">
        <summary>Export results</summary>
        <div class="menu-items" role="group" aria-label="Export results">
          <button type="button" ?disabled=${!done} @click=${() => this.exportResult('json')}>JSON: scenario + results</button>
          <button type="button" ?disabled=${!done} @click=${() => this.exportResult('runs-csv')}>CSV per run</button>
          <button type="button" ?disabled=${!done} @click=${() => this.exportResult('steps-csv')}>CSV per step</button>
          <span class="muted">${done ? 'Charts: SVG/PNG buttons on each chart.' : 'Available when the simulation is done.'}</span>
        </div>
      </details>
      <span class="grow"></span>
      <label class="group muted">
        <select aria-label="Colour theme" @change=${(e: Event) => this.setTheme((e.target as HTMLSelectElement).value as ThemeChoice)}>
          ${(['auto', 'light', 'dark'] as const).map((t) => html`<option value="${t}" ?selected=${t === this.theme}>${t === 'auto' ? 'System theme' : t === 'light' ? 'Light' : 'Dark'}</option>`)}
        </select>
      </label>
    </header>`;
  }

  private renderMessages() {
    const unplaced = this.unplacedProblems();
    const items = [];
    if (this.upload) {
      items.push(html`<div class="message error" role="alert" id="upload-error">
        <div class="text">
          <strong>${this.upload.file} was not opened</strong> — your current scenario is unchanged.
          <ul>${this.upload.problems.map((p) => html`<li><code>${p}</code></li>`)}</ul>
          ${this.upload.value ? html`<button type="button" @click=${this.openUploadToFix}>Open it anyway and fix the fields</button>` : nothing}
        </div>
        <button class="icon" type="button" aria-label="Dismiss" @click=${() => (this.upload = null)}>✕</button>
      </div>`);
    }
    if (this.previous) {
      items.push(html`<div class="message info"><div class="text">Opened a new scenario.</div>
        <button type="button" @click=${this.restorePrevious}>Back to the previous scenario</button>
        <button class="icon" type="button" aria-label="Dismiss" @click=${() => (this.previous = null)}>✕</button></div>`);
    }
    if (this.problems.length > 0) {
      items.push(html`<div class="message error" role="status" id="problems">
        <div class="text"><strong>${this.problems.length === 1 ? '1 problem stops' : `${this.problems.length} problems stop`}</strong> the simulation: fix the highlighted fields.
          ${unplaced.length ? html`<ul>${unplaced.map((p) => html`<li><code>${p.path}</code>: ${p.reason}</li>`)}</ul>` : nothing}
        </div></div>`);
    }
    for (const w of this.warnings) items.push(html`<div class="message warning"><div class="text">${w}</div></div>`);
    for (const n of this.notices)
      items.push(html`<div class="message ${n.kind}" role=${n.kind === 'info' ? 'status' : 'alert'}>
        <div class="text">${n.text}</div>
        <button class="icon" type="button" aria-label="Dismiss" @click=${() => this.dismiss(n.id)}>✕</button>
      </div>`);
    if (this.shareLink)
      items.push(html`<div class="message info"><div class="text">Share this link: it opens exactly this scenario.
        <div class="share"><input type="text" readonly aria-label="Shareable link" id="share-link" .value=${this.shareLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></div></div>
        <button class="icon" type="button" aria-label="Dismiss" @click=${() => (this.shareLink = null)}>✕</button></div>`);
    return items.length ? html`<div class="messages">${items}</div>` : nothing;
  }

  private renderStatus() {
    const s = this.sim;
    if (this.problems.length > 0 && s.phase !== 'running')
      return html`<div class="status"><span id="progress-text" class="muted">Waiting for a valid scenario${s.result ? '; the charts show the last valid one' : ''}.</span></div>`;
    if (s.phase === 'running')
      return html`<div class="status" aria-live="polite">
        <progress id="progress" max="${s.runsTotal}" .value=${s.runsDone} aria-label="Runs simulated"></progress>
        <span id="progress-text">Simulating… ${s.runsDone} / ${s.runsTotal} runs</span>
        <button type="button" id="stop" @click=${() => this.controller.stop()}>Stop</button>
      </div>`;
    if (s.phase === 'done')
      return html`<div class="status"><span id="progress-text">${s.runsTotal} runs per strategy in ${((s.elapsedMs ?? 0) / 1000).toFixed(1)} s on ${this.controller.pool.size} workers · random seed <code>${s.scenario?.seed}</code></span></div>`;
    if (s.phase === 'error') return html`<div class="status"><span id="progress-text">The simulation failed (see below).</span></div>`;
    if (s.phase === 'stopped')
      return html`<div class="status"><span id="progress-text">${this.problems.length
        ? 'Waiting for a valid scenario; the charts show the last one.'
        : html`Stopped after ${s.runsDone} of ${s.runsTotal} runs. <button type="button" @click=${() => s.scenario && void this.controller.start(s.scenario)}>Run again</button>`}</span></div>`;
    return html`<div class="status"><span id="progress-text" class="muted">${this.problems.length ? 'Waiting for a valid scenario.' : 'Starting…'}</span></div>`;
  }

  protected override render() {
    const strategies = strategiesOf(this.draft);
    return html`
      ${this.renderToolbar()}
      <div class="layout">
        <aside aria-label="Scenario">
          <dl-scenario-panel .draft=${this.draft} .problems=${this.problems} @dl-edit=${this.onEdit}></dl-scenario-panel>
        </aside>
        <main>
          ${this.renderMessages()}
          ${typeof this.draft.name === 'string'
            ? html`<section class="intro" aria-label="About this scenario">
                <h2 id="scenario-name">${this.draft.name}</h2>
                ${typeof this.draft.description === 'string' && this.draft.description
                  ? html`<p class=${this.introOpen ? '' : 'clamped'}>${this.draft.description}</p>
                      ${this.draft.description.length > 220
                        ? html`<button type="button" class="link" aria-expanded=${this.introOpen} @click=${() => (this.introOpen = !this.introOpen)}>${this.introOpen ? 'Less' : 'More'}</button>`
                        : nothing}`
                  : nothing}
              </section>`
            : nothing}
          <section aria-labelledby="strategies-h">
            <div class="section-head">
              <h2 id="strategies-h">Information: the strategies</h2>
              <span class="muted">${strategies.length} of 8 · the first is the baseline</span>
              <span class="grow"></span>
              <button type="button" class="primary" id="add-strategy" ?disabled=${strategies.length >= 8} @click=${this.add}>+ Add strategy</button>
            </div>
            <div class="cards" @dl-edit=${this.onEdit} @dl-strategy=${this.onStrategy}>
              ${strategies.map(
                (_, i) => html`<dl-strategy-card .draft=${this.draft} .index=${i} .color=${this.colors[i] ?? i} .problems=${this.problems}></dl-strategy-card>`,
              )}
            </div>
          </section>
          <section aria-labelledby="results-h">
            <div class="section-head"><h2 id="results-h">Comparison</h2></div>
            ${this.renderStatus()}
            <dl-results .state=${this.sim} .colors=${this.colors}></dl-results>
          </section>
          <section aria-labelledby="analysis-h">
            <div class="section-head"><h2 id="analysis-h">Analyse</h2></div>
            <dl-analysis .draft=${this.draft} .scenario=${this.validScenario} .colors=${this.colors}
              @dl-analysis-card=${(e: CustomEvent<AnalysisCardDetail>) => this.setDraft(e.detail.state.draft, e.detail.state.colors)}></dl-analysis>
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
