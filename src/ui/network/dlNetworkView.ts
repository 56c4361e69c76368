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
 *
 * The element declares the inputs and the public API and renders (networkViewTemplate.ts); its
 * parts: the replay on stage — loading, panels, layout, counts (stageController.ts, with what it
 * chooses for a network in viewChoice.ts) —, hover and inspector (hoverInspector.ts), transport
 * bar and keyboard (transportController.ts), PNG and video (viewExport.ts).
 */
import { LitElement, type PropertyValues } from 'lit';
import { networkViewStyles } from './networkViewStyles';
import { LAYOUT_DEFAULTS } from '../../layout/layoutOptions';
import type { NetworkPicture } from '../../layout/networkPicture';
import type { Scenario } from '../../core/scenario';
import './dlNodeInspector';
import './dlPlayback';
import { HoverInspector } from './hoverInspector';
import type { LayoutClient, NetworkSource } from './layoutClient';
import type { NetworkText } from './networkText';
import type { DotRenderer, NetworkStage, ViewMode } from './networkStage';
import { networkViewTemplate } from './networkViewTemplate';
import type { GlUploads } from './glDotLayer';
import type { ReplayStrategyInput } from './strategyReplay';
import { StageController, type ViewStatus } from './stageController';
import { TransportController } from './transportController';
import { ViewExport } from './viewExport';
import { ThemeWatchController, WidthController } from '../hostWatch';

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

  /** The layout client (tests may inject one); default: the page-wide worker and cache. */
  layoutClient: LayoutClient | null = null;
  private readonly replay: StageController = new StageController(this, {
    painted: (frameChanged) => this.afterPaint(frameChanged),
    syncControls: () => this.transport.sync(),
    forget: () => this.inspector.forget(),
  });
  private readonly inspector = new HoverInspector(this, this.replay);
  private readonly transport = new TransportController(this, this.replay, (e) => this.inspector.escape(e));
  private readonly exporter = new ViewExport(this, this.replay, this.inspector, this.transport);
  /** A new size or theme lays the panels out again (the page's shared watchers: ../hostWatch.ts). */
  protected readonly size = new WidthController(this, () => this.replay.layoutPanels());
  protected readonly themeWatch = new ThemeWatchController(this, () => this.replay.layoutPanels());

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
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
  }

  /** Resolves once the current data is laid out and painted. */
  get ready(): Promise<void> {
    return this.replay.ready;
  }

  /** What the view shows now: nothing yet, loading, an error (with its message), no way to draw, or the replay. */
  get status(): ViewStatus {
    return this.replay.status;
  }

  private get stage(): NetworkStage | null {
    return this.replay.stage;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.replay.inputsChanged(changed);
  }

  protected override updated(): void {
    this.renderRoot.querySelectorAll<HTMLElement>('.swatch[data-color]').forEach((e) => (e.style.background = e.dataset.color!));
    const panels = this.renderRoot.querySelector<HTMLElement>('.panels');
    panels?.style.setProperty('--dl-panel-columns', String(this.replay.columns()));
    this.replay.bindPanels();
  }

  /** After each paint (no Lit re-render per animation frame). */
  private afterPaint(frameChanged: boolean): void {
    if (!this.stage) return;
    this.transport.afterPaint(frameChanged);
    if (!frameChanged) return;
    this.replay.updateCounts();
    if (this.inspector.hover) this.inspector.describeHover();
  }

  // ── playback API ────────────────────────────────────────────────────────────────────────

  play(): void {
    this.stage?.clock.play();
    this.stage?.run();
    this.transport.sync();
  }

  pause(): void {
    this.stage?.clock.pause();
    this.stage?.stop();
    this.stage?.paint();
    this.transport.sync();
  }

  seek(step: number): void {
    this.stage?.clock.seek(step);
    this.stage?.run();
    this.transport.sync();
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
    this.transport.sync();
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
    return this.replay.picture;
  }

  /** The current frame of the shown panels as a PNG (what the PNG button downloads). */
  exportPng(scale = 2): Promise<Blob> {
    return this.exporter.exportPng(scale);
  }

  /** Record the whole replay at the current speed as a WebM video (MediaRecorder). */
  recordVideo(): Promise<Blob> {
    return this.exporter.recordVideo();
  }

  protected override render() {
    return networkViewTemplate(this, { replay: this.replay, inspector: this.inspector, transport: this.transport, exporter: this.exporter });
  }
}

if (!customElements.get('dl-network-view')) customElements.define('dl-network-view', DlNetworkView);

declare global {
  interface HTMLElementTagNameMap {
    'dl-network-view': DlNetworkView;
  }
}
