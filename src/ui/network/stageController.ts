/**
 * The replay on stage in `<dl-network-view>`, as a Lit reactive controller: it loads the replay
 * for the element's inputs (ReplayLoader: layout, traces, indexes), keeps one NetworkStage for
 * what arrived — the current one stays on screen until the next is ready, at the same position
 * when the picture is the same —, keeps which strategies the panels show and in which view,
 * binds the stage to the panels' canvases once they are rendered, sizes them to their column,
 * and writes the running counts under them. It resolves the element's `ready` and announces
 * `dl-network-ready` / `dl-network-error`.
 *
 * Apart from the element, which declares the inputs, renders (networkViewTemplate.ts) and
 * answers its public API from the stage held here; a view taken out of the page drops its
 * stage, and one put back loads it again.
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../core/scenario';
import type { NetworkPicture } from '../../layout/networkPicture';
import { readChartTheme } from '../theme';
import { sharedLayoutClient, type LayoutClient, type NetworkSource } from './layoutClient';
import { countsNodes } from './networkLegend';
import { NetworkStage, type ViewMode } from './networkStage';
import { networkText, type NetworkText } from './networkText';
import { strategyCounts } from './nodeDetails';
import { paintColors } from './paintContext';
import { ReplayLoader, type LoaderState } from './replayLoader';
import type { ReplayStrategyInput, StrategyReplay } from './strategyReplay';
import { chooseViewMode, choosesWebgl, MAX_PANELS, panelColumns, toggledPanels } from './viewChoice';

export interface NetworkReadyDetail {
  nodes: number;
  groups: number;
  mode: ViewMode;
  layoutMs: number;
}

export type ViewStatus = { kind: 'empty' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'unsupported' } | { kind: 'ready' };

/** The element: its inputs (public properties) a replay is loaded from and shown with. */
export interface StageHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
  readonly hasUpdated: boolean;
  scenario: Scenario | null;
  run: number;
  colors: readonly string[] | null;
  network: NetworkSource | null;
  strategies: ReplayStrategyInput[];
  steps: number | undefined;
  maxNodes: number;
  mode: 'auto' | ViewMode;
  renderer: 'auto' | 'webgl' | 'canvas';
  text: Partial<NetworkText> | undefined;
  layoutClient: LayoutClient | null;
}

/** What the stage asks of the element's other parts. */
export interface StageHooks {
  /** After each paint; `frameChanged` when the integer step differs from the last paint's. */
  painted(frameChanged: boolean): void;
  /** Bring the transport bar in step with the clock. */
  syncControls(): void;
  /** The panels or the replay changed: close the inspector and forget its target. */
  forget(): void;
}

export class StageController implements ReactiveController {
  /** What the element shows: a note (empty, loading, error, unsupported) or the panels. */
  status: ViewStatus = { kind: 'empty' };
  /** Indices into `strategies` of the panels shown (at most MAX_PANELS). */
  shown: number[] = [];
  viewMode: ViewMode = 'people';
  picture: NetworkPicture | null = null;
  replays: StrategyReplay[] = [];
  stage: NetworkStage | null = null;
  /** Resolves once the current data is laid out and painted. */
  ready: Promise<void> = Promise.resolve();
  private readyResolve: (() => void) | null = null;
  /** The `data-strategy` of the canvases the stage is bound to ('': bind after the next render). */
  private boundPanels = '';
  private readonly loader = new ReplayLoader(
    () => this.host.layoutClient ?? sharedLayoutClient(),
    (state) => this.onLoaded(state),
  );

  constructor(
    private readonly host: StageHost,
    private readonly hooks: StageHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page (disconnected, then connected again): load what was dropped.
    if (this.host.hasUpdated && !this.stage) this.reload();
  }

  hostDisconnected(): void {
    this.loader.cancel();
    this.dropStage();
  }

  /** Called from the host's willUpdate: new inputs load again, a new mode or renderer re-chooses. */
  inputsChanged(changed: PropertyValues): void {
    const inputs = ['scenario', 'run', 'colors', 'network', 'strategies', 'steps', 'maxNodes'];
    if (inputs.some((k) => changed.has(k))) this.reload();
    if ((changed.has('mode') || changed.has('renderer')) && this.picture) this.viewMode = this.resolveMode(this.picture);
    if (changed.has('renderer')) this.boundPanels = '';
  }

  private reload(): void {
    const host = this.host;
    void this.loader.load({
      scenario: host.scenario,
      run: host.run ?? 0,
      colors: host.colors,
      network: host.network,
      strategies: host.strategies,
      steps: host.steps,
      maxNodes: host.maxNodes,
    });
  }

  private resolveMode(picture: NetworkPicture): ViewMode {
    return chooseViewMode(this.host.mode, this.host.renderer, picture);
  }

  /** Whether people panels get a WebGL canvas (the stage still falls back if a context fails). */
  wantsWebgl(): boolean {
    return choosesWebgl(this.host.renderer, this.picture?.nodeCount ?? 0);
  }

  /** The loader's progress: keep showing the current replay until the next one is ready. */
  private onLoaded(state: LoaderState): void {
    if (state.kind === 'loading') {
      if (!this.readyResolve) this.ready = new Promise((resolve) => (this.readyResolve = resolve));
      if (!this.stage) {
        this.status = { kind: 'loading' };
        this.host.requestUpdate();
      }
      return;
    }
    if (state.kind === 'error') return this.fail(state.message);
    if (state.kind !== 'ready') {
      this.dropStage();
      this.status = state;
      this.host.requestUpdate();
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
    this.stage.onPaint = (changed) => this.hooks.painted(changed);
    this.shown = state.replays.map((_, k) => k).slice(0, MAX_PANELS);
    this.status = { kind: 'ready' };
    this.host.requestUpdate();
  }

  private dropStage(): void {
    this.stage?.destroy();
    this.stage = null;
    this.boundPanels = '';
    this.hooks.forget();
  }

  private fail(message: string): void {
    this.dropStage();
    this.status = { kind: 'error', message };
    this.host.requestUpdate();
    this.host.dispatchEvent(new CustomEvent('dl-network-error', { detail: { message }, bubbles: true, composed: true }));
    this.readyResolve?.();
    this.readyResolve = null;
  }

  /** Called from the host's updated(): bind the stage to the rendered canvases when they changed. */
  bindPanels(): void {
    if (this.status.kind === 'ready' && this.stage) {
      const canvases = Array.from(this.host.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.panel'));
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
          this.hooks.syncControls();
          this.updateCounts();
          this.announceReady();
        }, 0);
      }
    } else this.boundPanels = '';
  }

  private announceReady(): void {
    const resolve = this.readyResolve;
    if (!resolve || !this.stage || !this.picture) return;
    this.readyResolve = null;
    resolve();
    const picture = this.picture;
    this.host.dispatchEvent(
      new CustomEvent<NetworkReadyDetail>('dl-network-ready', {
        detail: { nodes: picture.nodeCount, groups: picture.groupCount, mode: this.stage.mode, layoutMs: picture.stats.ms },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Panels per row at the host's width. */
  columns(): number {
    return panelColumns(this.shown.length, this.host.clientWidth);
  }

  /** Size the canvases to their column width and repaint (also on theme change). */
  layoutPanels(): void {
    const stage = this.stage;
    const canvas = this.host.renderRoot.querySelector<HTMLCanvasElement>('canvas.panel');
    if (!stage || !canvas || !canvas.parentElement) return;
    // The canvas has a 1 px border on each side: its drawing area is the column minus 2 px.
    const width = Math.floor(canvas.parentElement.clientWidth) - 2;
    if (width <= 0) return;
    const height = Math.round(Math.min(width * stage.preferredAspect(), Math.max(260, window.innerHeight * 0.62)));
    stage.resize(width, height, Math.min(window.devicePixelRatio || 1, 2), paintColors(readChartTheme(this.host)));
  }

  /** The running counts under each panel (plain DOM: Lit does not own these nodes). */
  updateCounts(): void {
    const counts = strategyCounts(this.shownReplays(), this.stage?.clock.frame ?? 0);
    this.host.renderRoot.querySelectorAll<HTMLElement>('.counts').forEach((el, k) => {
      if (counts[k]) el.replaceChildren(...countsNodes(networkText(this.host.text), counts[k]));
    });
  }

  /** The replays of the panels shown, in panel order. */
  shownReplays(): StrategyReplay[] {
    return this.shown.map((k) => this.replays[k]);
  }

  /** Show or hide strategy k's panel (the toolbar's strategy buttons). */
  toggleStrategy(k: number): void {
    const shown = toggledPanels(this.shown, k);
    if (!shown) return;
    this.shown = shown;
    this.host.requestUpdate();
    this.hooks.forget();
  }

  /** People or map (the toolbar's view buttons); people needs positions per person. */
  setViewMode(mode: ViewMode): void {
    if (mode === this.viewMode || (mode === 'people' && !this.picture?.positions)) return;
    this.viewMode = mode;
    this.host.requestUpdate();
    this.boundPanels = '';
    this.hooks.forget();
  }
}
