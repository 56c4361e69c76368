/**
 * `<dl-sweep-heatmap>`: a 2-D sweep as one heatmap panel per strategy (see ../sweepHeatmap.ts),
 * with a tooltip on hover. The tooltip is an HTML element in the shadow root, placed with
 * `element.style` (CSSOM), which the app's CSP allows — an inline `style` attribute would not be.
 */

import { css, html } from 'lit';
import type { SweepChartSource } from '../sweepChartData';
import { drawSweepHeatmap, heatmapHeight, type HeatmapHover, type SweepHeatmapOptions } from '../sweepHeatmap';
import { ChartElement } from './chartElement';

/** Gap between the hovered cell and the tooltip, px. */
const TOOLTIP_OFFSET = 10;

export class DlSweepHeatmap extends ChartElement<SweepChartSource, SweepHeatmapOptions> {
  // One CSSResult (the base declares a single one): the base styles composed with the tooltip's.
  static override styles = css`
      ${ChartElement.styles}
      :host {
        position: relative;
      }
      .tooltip {
        position: absolute;
        z-index: 1;
        max-width: 280px;
        padding: 6px 9px;
        border-radius: 6px;
        border: 1px solid var(--dl-border, #d0d7de);
        background: var(--dl-bg, #ffffff);
        color: var(--dl-text, #1f2328);
        font: 12px/1.45 var(--dl-font, system-ui, sans-serif);
        box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
        pointer-events: none;
        white-space: nowrap;
      }
      .tooltip[hidden] {
        display: none;
      }
      .tooltip .title {
        font-weight: 600;
      }
    `;

  protected override render() {
    return html`<svg part="chart"></svg><div class="tooltip" role="tooltip" hidden></div>`;
  }

  protected override draw(svg: SVGSVGElement, data: SweepChartSource | undefined, options: SweepHeatmapOptions): void {
    this.showTooltip(null);
    drawSweepHeatmap(svg, data, { ...options, onHover: (hover) => this.showTooltip(hover) });
  }

  protected override preferredHeight(data: SweepChartSource | undefined, width: number): number {
    return heatmapHeight(data, width);
  }

  /** Show the values of a hovered cell next to it (hide with null). */
  private showTooltip(hover: HeatmapHover | null): void {
    const tip = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    if (!tip) return;
    if (hover === null) {
      tip.hidden = true;
      return;
    }
    const lines = hover.lines.map((line, k) => {
      const div = document.createElement('div');
      if (k === 0) div.className = 'title';
      div.textContent = line;
      return div;
    });
    tip.replaceChildren(...lines);
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const cell = hover.element.getBoundingClientRect();
    // Right of the cell, or left of it when that would leave the chart; clamped vertically.
    let left = cell.right - host.left + TOOLTIP_OFFSET;
    if (left + tip.offsetWidth > host.width) left = cell.left - host.left - TOOLTIP_OFFSET - tip.offsetWidth;
    const top = Math.max(0, Math.min(cell.top - host.top, host.height - tip.offsetHeight));
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${top}px`;
  }
}

if (!customElements.get('dl-sweep-heatmap')) customElements.define('dl-sweep-heatmap', DlSweepHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'dl-sweep-heatmap': DlSweepHeatmap;
  }
}
