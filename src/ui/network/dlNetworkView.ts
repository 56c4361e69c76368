/**
 * `<dl-network-view>`: watch it spread. Replays the representative run of two to four
 * strategies side by side on one layout of the network, synchronised by one clock, with their
 * running counts under each panel, a transport bar, a node inspector, and PNG / video export.
 *
 * Properties down — either a scenario (the view fetches everything itself):
 *   scenario    a validated Scenario (dividend model); the layout worker regenerates its network,
 *               lays it out and re-simulates every strategy on `run` with traces
 *   run         the representative run index (default 0)
 *   colors      CSS colour per strategy (default: the strategy palette in order)
 * — or the pieces:
 *   network     where the network comes from: {spec, seed, run} (regenerated and laid out in
 *               the layout worker) or {graph, key?} (a graph the page holds)
 *   strategies  [{name, color, trace, seeds?}] — traces of one run index for every strategy
 *   steps       the scenario's step count (the replay ends one step after the last change, at most here)
 *   stepHours   hours per step (default 1) for "hour 30 · day 2"
 *   mode        'auto' (people when laid out per person — up to maxNodes — and, on the Canvas
 *               path, up to CANVAS_PEOPLE_LIMIT; else the community map) | 'people' | 'map'
 *   maxNodes    node limit of the people view (default 2,000,000: see LayoutOptions)
 *   renderer    'auto': WebGL2 on a GPU; with software WebGL (no GPU) only above
 *               CANVAS_PEOPLE_LIMIT people, the Canvas path below (it plays smoother there);
 *               without WebGL2 the Canvas path | 'webgl': WebGL2 wherever available | 'canvas'
 *   heading     title used in exports (e.g. the scenario name)
 *   text        partial NetworkText (translations)
 * Events up: `dl-network-ready` {nodes, groups, mode, layoutMs} once laid out and painted;
 * `dl-network-error` {message}.
 * Keyboard (focus anywhere inside): space play/pause, ←/→ step, Home/End, +/− speed, Esc unpin.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { networkViewStyles } from './networkViewStyles';
import { applyPlaybackAction, applyPlaybackKey } from './playbackCommands';
import { countsLine, countsNodes, floatingPosition, networkLegend } from './networkLegend';
import { LAYOUT_DEFAULTS } from '../../layout/layoutOptions';
import type { NetworkPicture } from '../../layout/networkPicture';
import type { Scenario } from '../../core/scenario';
import { readChartTheme } from '../theme';
import './dlNodeInspector';
import './dlPlayback';
import type { DlPlayback, PlaybackDetail } from './dlPlayback';
import { downloadBlob, exportFramePng } from './exportFrame';
import { sharedLayoutClient, type LayoutClient, type NetworkSource } from './layoutClient';
import { describeGroup, describeNode, strategyCounts, type GroupDetails, type NodeDetails } from './nodeDetails';
import { networkText, stepLabel, type NetworkText } from './networkText';
import { NetworkStage, type DotRenderer, type HoverTarget, type ViewMode } from './networkStage';
import type { GlUploads } from './glDotLayer';
import { webgl2Support } from './webglSupport';
import { paintColors } from './paintContext';
import { recordReplay, canRecordVideo } from './recordReplay';
import { ReplayLoader, type LoaderState } from './replayLoader';
import type { ReplayStrategyInput, StrategyReplay } from './strategyReplay';
import type { MapPainter } from './mapPainter';
import { ThemeWatchController, WidthController } from '../hostWatch';

/** Panels side by side at most. */
export const MAX_PANELS = 4;
/**
 * The Canvas path's reach. In 'auto' mode without WebGL, bigger networks open as the community
 * map: the Canvas path repaints every dot on the CPU after a jump back (~8 ms per 20k-node
 * panel, measured), so a million would stall the page (the "People" button still shows them).
 * Up to it, software WebGL (no GPU) leaves the people view to the Canvas path, which plays
 * these sizes within the frame budget where SwiftShader's per-frame canvas readback does not.
 */
export const CANVAS_PEOPLE_LIMIT = 25_000;


export interface NetworkReadyDetail {
  nodes: number;
  groups: number;
  mode: ViewMode;
  layoutMs: number;
}

type Status = { kind: 'empty' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'unsupported' } | { kind: 'ready' };

export class DlNetworkView extends LitElement {
  static override properties = {
    scenario: { attribute: false },
    run: { type: Number },
    colors: { attribute: false },
    network: { attribute: false },
    strategies: { attribute: false },
    steps: { type: Number },
    stepHours: { type: Number, attribute: 'step-hours' },
    mode: { type: String },
    renderer: { type: String },
    maxNodes: { type: Number, attribute: 'max-nodes' },
    heading: { type: String },
    text: { attribute: false },
    status: { state: true },
    shown: { state: true },
    viewMode: { state: true },
    details: { state: true },
    recording: { state: true },
  };

  static override styles = networkViewStyles;

  declare scenario: Scenario | null;
  declare run: number;
  declare colors: readonly string[] | null;
  declare network: NetworkSource | null;
  declare strategies: ReplayStrategyInput[];
  declare steps: number | undefined;
  declare stepHours: number;
  declare mode: 'auto' | ViewMode;
  declare renderer: 'auto' | 'webgl' | 'canvas';
  declare maxNodes: number;
  declare heading: string;
  declare text: Partial<NetworkText> | undefined;
  declare protected status: Status;
  /** Indices into `strategies` of the panels shown (at most MAX_PANELS). */
  declare protected shown: number[];
  declare protected viewMode: ViewMode;
  declare protected details: NodeDetails | GroupDetails | null;
  declare protected recording: boolean;

  /** The layout client (tests may inject one); default: the page-wide worker and cache. */
  layoutClient: LayoutClient | null = null;
  private picture: NetworkPicture | null = null;
  private replays: StrategyReplay[] = [];
  private stage: NetworkStage | null = null;
  private hover: HoverTarget = null;
  private pinned = false;
  /** A new size or theme lays the panels out again (the page's shared watchers: ../hostWatch.ts). */
  protected readonly size = new WidthController(this, () => this.layoutPanels());
  protected readonly themeWatch = new ThemeWatchController(this, () => this.layoutPanels());
  private readyResolve: (() => void) | null = null;
  /** Resolves once the current data is laid out and painted. */
  ready: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.scenario = null;
    this.run = 0;
    this.colors = null;
    this.network = null;
    this.strategies = [];
    this.stepHours = 1;
    this.mode = 'auto';
    this.renderer = 'auto';
    this.maxNodes = LAYOUT_DEFAULTS.maxNodes;
    this.heading = '';
    this.status = { kind: 'empty' };
    this.shown = [];
    this.viewMode = 'people';
    this.details = null;
    this.recording = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.addEventListener('keydown', this.onKeyDown);
    // Moved in the page (disconnected, then connected again): load what was dropped.
    if (this.hasUpdated && !this.stage) this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.loader.cancel();
    this.dropStage();
  }

  // ── data ────────────────────────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = ['scenario', 'run', 'colors', 'network', 'strategies', 'steps', 'maxNodes'];
    if (inputs.some((k) => changed.has(k))) this.reload();
    if ((changed.has('mode') || changed.has('renderer')) && this.picture) this.viewMode = this.resolveMode(this.picture);
    if (changed.has('renderer')) this.boundPanels = '';
  }

  private reload(): void {
    void this.loader.load({
      scenario: this.scenario,
      run: this.run ?? 0,
      colors: this.colors,
      network: this.network,
      strategies: this.strategies,
      steps: this.steps,
      maxNodes: this.maxNodes,
    });
  }

  private readonly loader = new ReplayLoader(
    () => this.layoutClient ?? sharedLayoutClient(),
    (state) => this.onLoaded(state),
  );

  private resolveMode(picture: NetworkPicture): ViewMode {
    if (this.mode === 'map' || !picture.positions) return 'map';
    if (this.mode === 'auto' && !this.wantsWebgl() && picture.nodeCount > CANVAS_PEOPLE_LIMIT) return 'map';
    return 'people';
  }

  /** Whether people panels get a WebGL canvas (the stage still falls back if a context fails). */
  private wantsWebgl(): boolean {
    if (this.renderer === 'canvas') return false;
    const support = webgl2Support();
    if (support === 'none') return false;
    if (this.renderer === 'webgl' || support === 'hardware') return true;
    return (this.picture?.nodeCount ?? 0) > CANVAS_PEOPLE_LIMIT;
  }

  /** The loader's progress: keep showing the current replay until the next one is ready. */
  private onLoaded(state: LoaderState): void {
    if (state.kind === 'loading') {
      if (!this.readyResolve) this.ready = new Promise((resolve) => (this.readyResolve = resolve));
      if (!this.stage) this.status = { kind: 'loading' };
      return;
    }
    if (state.kind === 'error') return this.fail(state.message);
    if (state.kind !== 'ready') {
      this.dropStage();
      this.status = state;
      this.readyResolve?.();
      this.readyResolve = null;
      return;
    }
    const samePicture = this.picture?.key === state.picture.key && this.picture === state.picture;
    const position = samePicture ? (this.stage?.clock.position ?? 0) : 0;
    this.dropStage();
    this.picture = state.picture;
    this.replays = state.replays;
    this.viewMode = this.resolveMode(state.picture);
    const lastEvent = Math.max(...state.replays.map((r) => r.index.lastEvent));
    const end = Math.max(1, Math.min(state.steps ?? Infinity, lastEvent + 1));
    this.stage = new NetworkStage(state.picture, end);
    this.stage.clock.seek(position);
    this.stage.onPaint = (changed) => this.afterPaint(changed);
    this.shown = state.replays.map((_, k) => k).slice(0, MAX_PANELS);
    this.status = { kind: 'ready' };
  }

  private dropStage(): void {
    this.stage?.destroy();
    this.stage = null;
    this.boundPanels = '';
    this.details = null;
    this.hover = null;
  }

  private fail(message: string): void {
    this.dropStage();
    this.status = { kind: 'error', message };
    this.dispatchEvent(new CustomEvent('dl-network-error', { detail: { message }, bubbles: true, composed: true }));
    this.readyResolve?.();
    this.readyResolve = null;
  }

  protected override updated(): void {
    this.renderRoot.querySelectorAll<HTMLElement>('.swatch[data-color]').forEach((e) => (e.style.background = e.dataset.color!));
    const panels = this.renderRoot.querySelector<HTMLElement>('.panels');
    panels?.style.setProperty('--dl-panel-columns', String(this.columns()));
    if (this.status.kind === 'ready' && this.stage) {
      const canvases = Array.from(this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.panel'));
      const glCanvases = canvases.map((c) => c.parentElement?.querySelector<HTMLCanvasElement>('canvas.gl-dots') ?? null);
      const bound = canvases.map((c) => c.dataset.strategy).join(',');
      if (bound !== this.boundPanels) {
        this.boundPanels = bound;
        // Bind and paint in a task of its own, not in the one that rendered the template.
        const stage = this.stage;
        setTimeout(() => {
          if (stage !== this.stage || bound !== this.boundPanels) return;
          stage.setPanels(canvases, this.shown.map((k) => this.replays[k]), this.viewMode, glCanvases);
          this.layoutPanels();
          this.syncControls();
          this.updateCounts();
          this.announceReady();
        }, 0);
      }
    } else this.boundPanels = '';
  }

  private boundPanels = '';

  private announceReady(): void {
    const resolve = this.readyResolve;
    if (!resolve || !this.stage || !this.picture) return;
    this.readyResolve = null;
    resolve();
    const picture = this.picture;
    this.dispatchEvent(
      new CustomEvent<NetworkReadyDetail>('dl-network-ready', {
        detail: { nodes: picture.nodeCount, groups: picture.groupCount, mode: this.stage.mode, layoutMs: picture.stats.ms },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private columns(): number {
    const n = this.shown.length;
    const wide = this.clientWidth >= 900;
    if (n <= 1) return 1;
    if (n === 3) return wide ? 3 : 2;
    return 2;
  }

  /** Size the canvases to their column width and repaint (also on theme change). */
  private layoutPanels(): void {
    const stage = this.stage;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.panel');
    if (!stage || !canvas || !canvas.parentElement) return;
    // The canvas has a 1 px border on each side: its drawing area is the column minus 2 px.
    const width = Math.floor(canvas.parentElement.clientWidth) - 2;
    if (width <= 0) return;
    const height = Math.round(Math.min(width * stage.preferredAspect(), Math.max(260, window.innerHeight * 0.62)));
    stage.resize(width, height, Math.min(window.devicePixelRatio || 1, 2), paintColors(readChartTheme(this)));
  }

  // ── frame updates (no Lit re-render per animation frame) ──────────────────────────────────

  private afterPaint(frameChanged: boolean): void {
    const stage = this.stage;
    if (!stage) return;
    const playback = this.renderRoot.querySelector<DlPlayback>('dl-playback');
    if (playback && (frameChanged || playback.playing !== stage.clock.playing)) this.syncControls();
    if (!frameChanged) return;
    this.updateCounts();
    if (this.hover) this.describeHover();
  }

  /** The running counts under each panel (plain DOM: Lit does not own these nodes). */
  private updateCounts(): void {
    const counts = strategyCounts(this.shownReplays(), this.stage?.clock.frame ?? 0);
    this.renderRoot.querySelectorAll<HTMLElement>('.counts').forEach((el, k) => {
      if (counts[k]) el.replaceChildren(...countsNodes(networkText(this.text), counts[k]));
    });
  }

  private syncControls(): void {
    const stage = this.stage;
    const playback = this.renderRoot.querySelector<DlPlayback>('dl-playback');
    if (!stage || !playback) return;
    playback.position = stage.clock.position;
    playback.end = stage.clock.end;
    playback.playing = stage.clock.playing;
    playback.speed = stage.clock.speed;
  }

  private shownReplays(): StrategyReplay[] {
    return this.shown.map((k) => this.replays[k]);
  }

  // ── playback API ────────────────────────────────────────────────────────────────────────

  play(): void {
    this.stage?.clock.play();
    this.stage?.run();
    this.syncControls();
  }

  pause(): void {
    this.stage?.clock.pause();
    this.stage?.stop();
    this.stage?.paint();
    this.syncControls();
  }

  seek(step: number): void {
    this.stage?.clock.seek(step);
    this.stage?.run();
    this.syncControls();
  }

  /** Playback position in steps. */
  get position(): number {
    return this.stage?.clock.position ?? 0;
  }

  /** Last frame of the replay. */
  get end(): number {
    return this.stage?.clock.end ?? 0;
  }

  /** Playback speed multiplier (1–16; snaps to the offered speeds). */
  get speed(): number {
    return this.stage?.clock.speed ?? 1;
  }

  set speed(multiplier: number) {
    this.stage?.clock.setSpeed(multiplier);
    this.syncControls();
  }

  get playing(): boolean {
    return this.stage?.clock.playing ?? false;
  }

  /** Milliseconds of the recent paints of all panels (frame-time budget checks). */
  paintTimes(): number[] {
    return this.stage ? [...this.stage.paintTimes] : [];
  }

  /** Where a node is drawn in the first panel, in viewport px (for tests and tours). */
  nodeClientPoint(node: number, panel = 0): { x: number; y: number } | null {
    const canvas = this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.panel')[panel];
    const p = this.stage?.screenPoint(node);
    if (!canvas || !p) return null;
    const box = canvas.getBoundingClientRect();
    return { x: box.left + p[0], y: box.top + p[1] };
  }

  /** How the dots are drawn now: 'webgl' or 'canvas' (the map view counts as 'canvas'). */
  get dotRenderer(): DotRenderer {
    return this.stage?.renderer ?? 'canvas';
  }

  /** GPU uploads per WebGL panel so far (for tests: positions once per network, state bytes per frame). */
  glUploads(): GlUploads[] {
    return this.stage?.glUploads() ?? [];
  }

  /** RGBA of the dot layer under the centre of `node` in panel `panel`, as last painted (for tests). */
  dotPixel(node: number, panel = 0): [number, number, number, number] | null {
    const p = this.stage?.screenPoint(node);
    return p ? (this.stage?.dotPixel(panel, p[0], p[1]) ?? null) : null;
  }

  /** The laid-out picture (null while loading). */
  get networkPicture(): NetworkPicture | null {
    return this.picture;
  }

  private onPlayback(e: CustomEvent<PlaybackDetail>): void {
    if (!this.stage) return;
    applyPlaybackAction(this.stage.clock, e.detail);
    this.stage.run();
    this.syncControls();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const stage = this.stage;
    if (!stage || e.altKey || e.ctrlKey || e.metaKey) return;
    const origin = e.composedPath()[0] as HTMLElement | undefined;
    const result = applyPlaybackKey(stage.clock, e.key, origin?.tagName ?? '');
    if (result === 'escape') {
      // Consumed only when there was something to let go of (the page may use Escape too).
      if (this.pinned || this.hover) {
        e.preventDefault();
        this.clearHover(true);
      }
      return;
    }
    if (result !== 'clock') return;
    e.preventDefault();
    stage.run();
    this.syncControls();
  };

  // ── hover and inspector ─────────────────────────────────────────────────────────────────

  private pointerTarget(e: PointerEvent): HoverTarget {
    const canvas = e.currentTarget as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    return this.stage?.hitTest(e.clientX - box.left, e.clientY - box.top) ?? null;
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.pinned || e.pointerType === 'touch') return;
    this.setHover(this.pointerTarget(e));
    this.placeInspector(e.clientX, e.clientY);
  }

  /** Put the floating inspector beside the pointer, flipped to stay inside the panels. */
  private placeInspector(clientX: number, clientY: number): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    const card = this.renderRoot.querySelector<HTMLElement>('dl-node-inspector');
    if (!stage || !card) return;
    const box = stage.getBoundingClientRect();
    const { left, top } = floatingPosition(clientX - box.left, clientY - box.top, box.width, box.height, card.offsetWidth || 360, card.offsetHeight || 160);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  private onPointerLeave(): void {
    if (!this.pinned) this.clearHover(false);
  }

  private onClick(e: PointerEvent): void {
    const target = this.pointerTarget(e);
    if (!target) {
      this.clearHover(true);
      return;
    }
    this.pinned = true;
    this.setHover(target);
    this.placeInspector(e.clientX, e.clientY);
  }

  private clearHover(unpin: boolean): void {
    if (unpin) this.pinned = false;
    this.setHover(null);
  }

  private setHover(target: HoverTarget): void {
    const same =
      (target === null && this.hover === null) ||
      (target && this.hover && 'node' in target && 'node' in this.hover && target.node === this.hover.node) ||
      (target && this.hover && 'group' in target && 'group' in this.hover && target.group === this.hover.group);
    if (same) return;
    this.hover = target;
    this.describeHover();
  }

  /** Inspector text and highlight for the hovered target at the current frame. */
  private describeHover(): void {
    const stage = this.stage;
    const picture = this.picture;
    if (!stage || !picture || !this.hover) {
      this.details = null;
      stage?.setHighlight(null);
      return;
    }
    const frame = stage.clock.frame;
    const replays = this.shownReplays();
    if ('node' in this.hover) {
      const d = describeNode(picture, replays, this.hover.node, frame);
      this.details = d;
      const node = this.hover.node;
      stage.setHighlight(d.stories.map((s) => ({ node, path: s.path.nodes })));
    } else {
      const tallies = stage.painters().map((p) => (p as MapPainter).tally.at(frame));
      this.details = describeGroup(picture, replays, tallies, this.hover.group, frame);
      stage.setHighlight(null, this.hover.group);
    }
  }

  // ── toolbar ─────────────────────────────────────────────────────────────────────────────

  private toggleStrategy(k: number): void {
    const on = this.shown.includes(k);
    if (on && this.shown.length === 1) return;
    if (!on && this.shown.length >= MAX_PANELS) return;
    this.shown = on ? this.shown.filter((x) => x !== k) : [...this.shown, k].sort((a, b) => a - b);
    this.details = null;
    this.hover = null;
  }

  private setViewMode(mode: ViewMode): void {
    if (mode === this.viewMode || (mode === 'people' && !this.picture?.positions)) return;
    this.viewMode = mode;
    this.boundPanels = '';
    this.details = null;
    this.hover = null;
  }

  /** The current frame of the shown panels as a PNG (what the PNG button downloads). */
  async exportPng(scale = 2): Promise<Blob> {
    const stage = this.stage;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.panel');
    if (!stage || !this.picture || !canvas) throw new Error('nothing to export yet');
    const t = networkText(this.text);
    const frame = stage.clock.frame;
    const replays = this.shownReplays();
    const counts = strategyCounts(replays, frame);
    const highlight =
      this.hover && 'node' in this.hover ? describeNode(this.picture, replays, this.hover.node, frame).stories.map((s) => ({ node: (this.hover as { node: number }).node, path: s.path.nodes })) : [];
    return exportFramePng({
      picture: this.picture,
      replays,
      mode: stage.mode,
      position: stage.clock.position,
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      columns: this.columns(),
      colors: paintColors(readChartTheme(this)),
      title: this.heading,
      timeLabel: stepLabel(frame, this.stepHours, t),
      countLines: counts.map((c) => countsLine(t, c)),
      highlights: highlight,
      text: t,
      scale,
    });
  }

  private async downloadPng(): Promise<void> {
    const blob = await this.exportPng();
    const frame = this.stage?.clock.frame ?? 0;
    downloadBlob(blob, `network-step-${frame}.png`);
  }

  /** Record the whole replay at the current speed as a WebM video (MediaRecorder). */
  async recordVideo(): Promise<Blob> {
    const stage = this.stage;
    if (!stage || this.recording) throw new Error('nothing to record');
    const canvases = Array.from(this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.panel'));
    this.recording = true;
    try {
      const t = networkText(this.text);
      return await recordReplay({
        stage,
        canvases,
        underlays: canvases.map((c) => c.parentElement?.querySelector<HTMLCanvasElement>('canvas.gl-dots:not([hidden])') ?? null),
        columns: this.columns(),
        names: this.shownReplays().map((r) => ({ name: r.name, color: r.color })),
        colors: paintColors(readChartTheme(this)),
        label: (frame) => stepLabel(frame, this.stepHours, t),
        title: this.heading,
      });
    } finally {
      this.recording = false;
      this.syncControls();
    }
  }

  private async downloadVideo(): Promise<void> {
    const blob = await this.recordVideo();
    downloadBlob(blob, 'network-replay.webm');
  }

  // ── template ────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const t = networkText(this.text);
    if (this.status.kind === 'empty') return html`<div class="note">${t.noData}</div>`;
    if (this.status.kind === 'loading') return html`<div class="note" role="status">${t.loading}</div>`;
    if (this.status.kind === 'error') return html`<div class="note" role="alert">${t.failed(this.status.message)}</div>`;
    if (this.status.kind === 'unsupported') return html`<div class="note">${t.needsDividend}</div>`;
    const picture = this.picture!;
    const canPeople = picture.positions !== null;
    return html`
      <div class="toolbar">
        ${this.replays.length > 1
          ? html`<div class="group" role="group" aria-label=${t.shownStrategies}>
              ${this.replays.map(
                (r, k) => html`<button type="button" aria-pressed=${this.shown.includes(k) ? 'true' : 'false'}
                  ?disabled=${!this.shown.includes(k) && this.shown.length >= MAX_PANELS}
                  @click=${() => this.toggleStrategy(k)}><span class="swatch" data-color=${r.color}></span>${r.name}</button>`,
              )}
            </div>`
          : nothing}
        <div class="group" role="group">
          <button type="button" aria-pressed=${this.viewMode === 'people' ? 'true' : 'false'} ?disabled=${!canPeople}
            @click=${() => this.setViewMode('people')}>${t.nodesView}</button>
          <button type="button" aria-pressed=${this.viewMode === 'map' ? 'true' : 'false'} @click=${() => this.setViewMode('map')}>${t.mapView}</button>
        </div>
        <span class="spacer"></span>
        <div class="group">
          <button type="button" class="export-png" @click=${() => this.downloadPng()}>${t.exportPng}</button>
          ${canRecordVideo()
            ? html`<button type="button" class="record" ?disabled=${this.recording} @click=${() => this.downloadVideo()}>
                ${this.recording ? t.recording : t.recordVideo}</button>`
            : nothing}
        </div>
      </div>
      ${canPeople ? nothing : html`<p class="hint">${t.mapOnly(this.maxNodes.toLocaleString())}</p>`}
      ${canPeople && this.mode === 'auto' && this.viewMode === 'map' && !this.wantsWebgl() && picture.nodeCount > CANVAS_PEOPLE_LIMIT
        ? html`<p class="hint">${t.canvasMap(CANVAS_PEOPLE_LIMIT.toLocaleString())}</p>`
        : nothing}
      <div class="stage">
        <div class="panels">
          ${this.shown.map((k, i) => {
            const r = this.replays[k];
            return html`<figure>
              <figcaption><span class="swatch" data-color=${r.color}></span>${r.name}</figcaption>
              ${keyed(
                this.wantsWebgl(),
                // Keyed: a 2D context's transparency is fixed at creation, so switching renderer makes new canvases.
                html`<div class="surface">
                ${this.wantsWebgl() ? html`<canvas class="gl-dots" hidden aria-hidden="true"></canvas>` : nothing}
                <canvas class="panel" data-strategy="${this.viewMode}:${k}:${this.wantsWebgl() ? 'gl' : '2d'}" role="img"
                  aria-label="${r.name}: ${this.viewMode === 'map' ? t.mapView : t.nodesView}"
                  @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave} @click=${this.onClick}></canvas>
              </div>`,
              )}
              <div class="counts" data-panel=${i}></div>
            </figure>`;
          })}
        </div>
        <dl-node-inspector ?open=${this.details !== null} .details=${this.details} .text=${this.text} step-hours=${this.stepHours}></dl-node-inspector>
      </div>
      <dl-playback .text=${this.text} step-hours=${this.stepHours} @dl-playback=${this.onPlayback}></dl-playback>
      ${networkLegend(t, this.viewMode)}
    `;
  }

}

if (!customElements.get('dl-network-view')) customElements.define('dl-network-view', DlNetworkView);

declare global {
  interface HTMLElementTagNameMap {
    'dl-network-view': DlNetworkView;
  }
}
