/**
 * The pacing of `<dl-results>`' charts, as a reactive controller of the panel: the first partial
 * result of a run appears in steps, charts catch up with a newer view one per task, and the panel
 * gets `data-settled` once every chart shows and has drawn the latest view. Apart from the panel
 * because this timing state cuts across all its charts, while the panel decides what they show.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResultView } from '../resultView';
import { drawsSettled, queueDraw } from '../../charts/elements/drawQueue';
import { ChartElement } from '../../charts/elements/chartElement';
import type { BaseChartOptions } from '../../charts/chartSvg';

export type ChartId = 'reached' | 'converted' | 'paired' | 'funnel' | 'distribution' | 'intervals' | 'attribution' | 'decomposition';
/** Charts in the order they catch up (top of the page first). */
const CHART_IDS: readonly ChartId[] = ['reached', 'converted', 'paired', 'funnel', 'distribution', 'intervals', 'attribution', 'decomposition'];

/** Chart frames added per step while the first partial result of a run appears (after the verdict, which has a step of its own). */
const REVEAL_STEP = 1;

/** What the pacing needs of the panel. */
export interface PacedPanel {
  /** The chart view of the latest result, or null when there is none. */
  view(): ResultView | null;
  /** A simulation is running (its first partial result is revealed in steps). */
  running(): boolean;
}

export class ChartPacing implements ReactiveController {
  /**
   * Chart frames rendered so far (−1: not even the verdict). The first partial result of a run
   * builds the whole comparison (verdict, every frame, chart element and shadow root) — over
   * 100 ms in one task beside a 1M-person run — so it appears in steps paced with the charts'
   * draws (drawQueue.ts): the verdict, then REVEAL_STEP frames per step. A finished result shown
   * at once (nothing running) is rendered whole. Read by the panel's render.
   */
  revealed = Number.POSITIVE_INFINITY;
  /** How many frames the panel's last render had (set by its render). */
  frameCount = 0;
  /** The view each chart currently shows: charts catch up with the latest view one per task. */
  private readonly shown = new Map<string, ResultView>();
  private pumping = false;
  private hadView = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly panel: PacedPanel,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const hasView = this.panel.view() !== null;
    if (!hasView) this.revealed = Number.POSITIVE_INFINITY;
    else if (!this.hadView && this.panel.running()) this.revealed = -1;
    this.hadView = hasView;
  }

  /** Render the next frames in a task of their own, paced with the charts' draws (drawQueue.ts), until all are. */
  private revealMore(): void {
    if (this.revealed < this.frameCount) queueDraw(this.revealStep);
  }

  private readonly revealStep = (): void => {
    if (this.revealed >= this.frameCount) return;
    this.revealed = this.revealed < 0 ? 0 : this.revealed + REVEAL_STEP;
    this.host.requestUpdate();
  };

  /** The view chart `id` shows (the latest once it has caught up). */
  at(id: ChartId, latest: ResultView): ResultView {
    return this.shown.get(id) ?? latest;
  }

  /**
   * Bring the charts up to the latest view one at a time, each in its own task: drawing all of
   * them at once takes longer than a frame while the workers keep the cores busy.
   */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    queueDraw(this.pumpStep);
  }

  /** One chart brought up to the latest view; the next step is queued once that update is rendered. */
  private readonly pumpStep = (): void => {
    const latest = this.panel.view();
    const behind = latest ? CHART_IDS.find((id) => this.shown.has(id) && this.shown.get(id) !== latest) : undefined;
    if (!latest || behind === undefined) {
      this.pumping = false;
      this.markSettled();
      return;
    }
    this.shown.set(behind, latest);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => queueDraw(this.pumpStep));
  };

  hostUpdated(): void {
    const latest = this.panel.view();
    if (!latest) {
      this.shown.clear();
      return;
    }
    if (this.revealed < this.frameCount) {
      this.host.toggleAttribute('data-settled', false);
      this.revealMore();
      return;
    }
    // A chart seen for the first time shows the latest view at once (nothing to catch up from).
    for (const id of CHART_IDS) if (!this.shown.has(id)) this.shown.set(id, latest);
    if (CHART_IDS.some((id) => this.shown.get(id) !== latest)) {
      this.host.toggleAttribute('data-settled', false);
      this.pump();
    } else this.markSettled();
  }

  /**
   * `data-settled` (what tests and the print view wait for): every chart shows the latest view and
   * has drawn it — draws wait for frames (drawQueue.ts), so after the queue empties, and only if
   * nothing newer came meanwhile.
   */
  private markSettled(): void {
    const latest = this.panel.view();
    void this.chartsDrawn().then(() => {
      const current = latest !== null && latest === this.panel.view() && !this.pumping && this.revealed >= this.frameCount;
      if (current && CHART_IDS.every((id) => this.shown.get(id) === latest)) this.host.toggleAttribute('data-settled', true);
    });
  }

  /**
   * Every chart of this panel has run its pending update and drawn it, and no draw waits. The
   * queue alone is not enough: `hostUpdated` runs before the panel's new charts have had their
   * first update, so their draws were not queued yet (it once marked a panel settled with six
   * empty charts).
   */
  private async chartsDrawn(): Promise<void> {
    const charts = [...this.host.renderRoot.querySelectorAll('*')].filter((e): e is ChartElement<unknown, BaseChartOptions> => e instanceof ChartElement);
    await Promise.all(charts.map((c) => c.updateComplete));
    await drawsSettled();
  }
}
