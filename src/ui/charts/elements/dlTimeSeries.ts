/** `<dl-time-series>`: cumulative outcome over time with 5–95 % bands (see ../timeSeriesBands.ts). */

import type { StrategyResult } from '../chartData';
import { drawTimeSeriesBands, type TimeSeriesOptions } from '../timeSeriesBands';
import { ChartElement } from './chartElement';

export class DlTimeSeries extends ChartElement<readonly StrategyResult[], TimeSeriesOptions> {
  protected override draw(svg: SVGSVGElement, data: readonly StrategyResult[] | undefined, options: TimeSeriesOptions): void {
    drawTimeSeriesBands(svg, data ?? [], options);
  }

  protected override preferredHeight(_data: readonly StrategyResult[] | undefined, width: number): number {
    // A landscape plot that stays readable from a phone to a projector.
    return Math.round(Math.min(460, Math.max(280, width * 0.5)));
  }
}

if (!customElements.get('dl-time-series')) customElements.define('dl-time-series', DlTimeSeries);

declare global {
  interface HTMLElementTagNameMap {
    'dl-time-series': DlTimeSeries;
  }
}
