/**
 * Base class of the thin Lit wrappers around the D3 draw functions. Properties go down
 * (`data`, `options`, `height`), the width comes from a ResizeObserver on the host, and D3 draws
 * into the element's own SVG in its shadow root after every update. Events go up:
 * `dl-chart-rendered` after each draw (bubbles, composed).
 *
 * The theme is read from the CSS custom properties (see ../../theme.ts) at draw time, and the
 * element redraws when the OS colour scheme or `<html data-theme>` changes.
 *
 * Drawing happens in a task of its own (./drawQueue.ts), so a new result does not redraw the
 * whole dashboard in one long task; `updateComplete` resolves once the chart has been drawn.
 */

import { css, html, LitElement, type PropertyValues } from 'lit';
import { readChartTheme } from '../../theme';
import { queueDraw } from './drawQueue';
import { ThemeWatchController, VisibilityController, WidthController } from '../../hostWatch';
import type { BaseChartOptions } from '../chartSvg';

/** Detail of the `dl-chart-rendered` event. */
export interface ChartRenderedDetail {
  width: number;
  height: number;
}

/** Options an element passes through: everything but the size and theme, which it owns. */
export type PassedOptions<O extends BaseChartOptions> = Partial<Omit<O, 'width' | 'height' | 'theme'>>;

/** A chart element drawing `data` with a D3 draw function. */
export abstract class ChartElement<D, O extends BaseChartOptions> extends LitElement {
  static override properties = {
    data: { attribute: false },
    options: { attribute: false },
    height: { type: Number },
    deferHidden: { type: Boolean, attribute: 'defer-hidden' },
  };

  static override styles = css`
    :host {
      display: block;
      min-width: 0;
      color: var(--dl-text, #1f2328);
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
    }
  `;

  /** What to draw; `undefined` draws the empty state. */
  declare data: D | undefined;
  /** Chart options except size and theme (locale, title, metric, labels, …). */
  declare options: PassedOptions<O> | undefined;
  /** Height in px; when unset the chart picks one from its data (`preferredHeight`). */
  declare height: number | undefined;
  /**
   * Draw only while on or near the screen; a chart out of view is drawn when it comes into view.
   * The results set it while a run streams partial results: each one redraws every chart, and
   * off-screen charts would take the main thread from the workers for nothing a person sees.
   * Off (the default), every update draws, seen or not (exports, printing, tests read the SVG).
   */
  declare deferHidden: boolean;
  /** A draw skipped while hidden: done when the chart comes into view or deferring ends. */
  private drawSkipped = false;
  private readonly visibility = new VisibilityController(this, (visible) => {
    if (visible && this.drawSkipped) this.requestUpdate();
  });
  /** The host's content width (a resize redraws), and the theme (a change redraws). */
  protected readonly size = new WidthController(this);
  protected readonly themeWatch = new ThemeWatchController(this);

  /** The draw function this element wraps. */
  protected abstract draw(svg: SVGSVGElement, data: D | undefined, options: O): void;

  /** Height to use when the `height` property is unset (rows grow with strategies). */
  protected preferredHeight(_data: D | undefined, _width: number): number {
    return 360;
  }

  /** The SVG the chart is drawn in (for export). */
  getSvgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg');
  }

  protected override render() {
    return html`<svg part="chart"></svg>`;
  }

  /** Resolves when the draw asked for by the last update has happened; null when none waits. */
  private drawn: Promise<void> | null = null;
  private resolveDrawn: (() => void) | null = null;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.drawSkipped = this.deferHidden && this.visibility.visible === false;
    if (this.drawSkipped) return; // updateComplete does not wait: there is nothing to wait for
    if (this.drawn === null) this.drawn = new Promise((resolve) => (this.resolveDrawn = resolve));
    queueDraw(this.drawNow);
  }

  /** Lit's update promise, extended to the queued draw: awaiting it means the SVG is drawn. */
  override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.drawn !== null) await this.drawn;
    return result;
  }

  private readonly drawNow = (): void => {
    const resolve = this.resolveDrawn;
    this.drawn = null;
    this.resolveDrawn = null;
    try {
      this.drawChart();
    } finally {
      resolve?.();
    }
  };

  private drawChart(): void {
    const svg = this.getSvgElement();
    const width = this.size.width || Math.floor(this.getBoundingClientRect().width);
    if (!svg || width <= 0) return;
    const height = this.height ?? this.preferredHeight(this.data, width);
    const options = { ...(this.options ?? {}), width, height, theme: readChartTheme(this) } as O;
    this.draw(svg, this.data, options);
    this.dispatchEvent(
      new CustomEvent<ChartRenderedDetail>('dl-chart-rendered', { detail: { width, height }, bubbles: true, composed: true }),
    );
  }
}
